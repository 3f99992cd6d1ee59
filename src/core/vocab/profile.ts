/**
 * The vocabulary of the document profile (src/core/profile): doctype, fase, coalitietype and regierol cues, in the
 * phrase syntax of ./phrase.ts. Users extend any of them with `phrases: { "<id>": ["…"] }`. Lists describe kinds
 * of policy language, never sentences of particular documents.
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

export const PROFILE_CONCEPTS = concepts({
  // — doctype and speaker —
  coalition: { description: { nl: 'Coalitie en fracties (een akkoord)', en: 'Coalition and parliamentary groups (an agreement)' },
    phrases: ['coalitie', 'coalitiepartijen', 'coalitiefracties', 'coalitiepartners', 'coalitieakkoord', 'fracties'] },
  coalitionTerm: { description: { nl: 'De zittingsperiode van een akkoord', en: 'The term of an agreement' },
    phrases: ['raadsperiode', 'collegeperiode', 'statenperiode', 'dit akkoord'] },
  sectorParties: { description: { nl: 'Sectorpartijen en sociale partners', en: 'Sector parties and social partners' },
    phrases: ['sectorpartijen', 'brancheorganisatie', 'brancheorganisaties', 'sociale partners', 'werkgevers- en werknemersorganisaties'] },
  notGenreHead: { description: { nl: 'Titelwoorden die op een genrewoord eindigen maar iets anders zijn', en: 'Title words ending in a genre noun that are something else' },
    phrases: ['wetsvoorstel', 'initiatiefvoorstel', 'bestemmingsplan', 'omgevingsplan', 'gemeenteregeling', 'gemeenschappelijke'] },
  govAuthor: { description: { nl: 'Een overheid als auteur', en: 'A government as the author' },
    phrases: ['het|dit kabinet', 'het college', 'de gemeente', 'de provincie', 'het rijk'] },

  // — fase —
  ownIntent: { description: { nl: 'De eigen intentieformule van een intentieverklaring', en: 'A letter of intent\'s own intent formula' },
    phrases: ['deze intentieverklaring', 'verklaren de intentie', 'spreken de intentie uit', 'spreken ~ de intentie uit', 'verklaren ~ intentie',
      'niet juridisch bindend', 'geen juridisch bindende'] },
  decideVerb: { description: { nl: 'Wat een raad gevraagd wordt te besluiten (het werkwoord van een beslispunt)', en: 'What a council is asked to decide (the verb of a decision point)' },
    phrases: ['te nemen', 'vast te stellen', 'in te stemmen', 'beschikbaar te stellen', 'aan te gaan', 'te verlenen', 'toe te kennen', 'te brengen',
      'te maken', 'te geven', 'te besluiten', 'over te gaan'] },
  decideRunning: { description: { nl: 'Beslispunt over iets dat loopt (uitvoering)', en: 'Decision on something running (execution)' },
    phrases: ['kennis te nemen', 'zienswijze', 'jaarstukken', 'jaarrekening', 'jaarverslag', 'voortgangs*', 'verantwoording', 'begrotingswijziging'] },
  decideBind: { description: { nl: 'Beslispunt dat bindt (contracteren)', en: 'Decision that binds (contracting)' },
    phrases: ['beschikbaar te stellen', 'krediet*', 'investering*', 'aan te gaan', 'overeenkomst*', 'verordening*', 'tarieven', 'garantie*', 'lening*', 'kosten',
      'exploitatie*', 'regeling', 'bestemmingsplan*', 'omgevingsplan*', 'te verlenen', 'toe te kennen', '€'] },
  decideForm: { description: { nl: 'Beslispunt over een koers of kader (formeren)', en: 'Decision on a course or framework (forming)' },
    phrases: ['*visie', '*kader', '*agenda', '*strategie', '*nota', 'uitgangspunten', 'ambitie*', 'koers*', 'startnotitie', 'plan van aanpak', '*plan'] },
  decideExplore: { description: { nl: 'Beslispunt over onderzoek (zoeken)', en: 'Decision on research (searching)' },
    phrases: ['onderzoek*', 'te verkennen', 'verkenning'] },

  // — coalitietype —
  turbulent: { description: { nl: 'Turbulente vraag: transities, probleemwijken, vragen zonder bekend antwoord', en: 'Turbulent demand: transitions, problem areas, questions without a known answer' },
    phrases: ['leefbaarheid', 'probleemwijk*', 'aandachtswijk*', 'krachtwijk*', 'achterstandswijk*', 'prachtwijk*', 'stedelijke vernieuwing',
      'grotestedenbeleid', 'transitie', 'transities', 'systeemverandering', 'radicalisering', 'ondermijning', 'heruitvinden', 'wicked', 'hardnekkig*',
      'veelkoppig*', 'leefbaarheidsproblemen', 'stadseconomie', 'herstructurering'] },
  newOffer: { description: { nl: 'Een nieuw aanbod of een opnieuw bepaalde vraag', en: 'A new offer or a redefined demand' },
    phrases: ['innovatie', 'innovatief', 'innovatieve', 'vernieuwing', 'nieuw concept', 'nieuwe dienst', 'nieuw aanbod', 'experiment', 'proeftuin',
      'living lab', 'brede school', 'nieuwe markt'] },
  bilateral: { description: { nl: 'Twee partijen', en: 'Two parties only' },
    phrases: ['beide partijen', 'beide colleges', 'beide organisaties', 'beide partners', 'beide diensten', 'beide toezichthouders', 'de andere partij',
      'elkaars bevoegdheden', 'tussen beide'] },
  twoSides: { description: { nl: 'Een titel tussen twee kanten', en: 'A title between two sides' }, phrases: ['tussen ~ en'] },
  genericOrg: { description: { nl: 'Organisatiewoorden die geen bepaalde partner noemen', en: 'Organisation words that name no particular partner' },
    phrases: ['organisatie', 'organisaties', 'instelling', 'instellingen', 'raad', 'bestuur', 'directie', 'college', 'colleges', 'stichting', 'vereniging',
      'landschap', 'gemeenschap', 'zeggenschap', 'fonds', 'leidraad', 'kantoren', 'woningvoorraad', 'regio'] },

  // — regierol —
  government: { description: { nl: 'Een overheid als actor (het eerste woord van de actor)', en: 'A government as the actor (the actor\'s first word)' },
    phrases: ['gemeente', 'gemeenten', 'gemeenteraad', 'raad', 'college', 'provincie', 'provincies', 'gedeputeerde', 'staten', 'rijk', 'kabinet', 'minister',
      'ministers', 'ministerie', 'staatssecretaris', 'burgemeester', 'wethouder', 'wethouders', 'gemeentebestuur', 'provinciebestuur', 'overheid', 'overheden',
      'waterschap', 'waterschappen', 'b&w', 'vng', 'ipo'] },
  citizen: { description: { nl: 'De burger zelf als actor', en: 'The citizen as the actor' },
    phrases: ['burger', 'burgers', 'inwoner', 'inwoners', 'cliënt', 'cliënten', 'gezin', 'gezinnen', 'patiënt', 'patiënten', 'zelf'] },
  rolProces: { description: { nl: 'Procesregie: verbinden, afstemmen, faciliteren', en: 'Process regie: connecting, aligning, facilitating' },
    phrases: ['procesregie', 'procesregisseur', 'coördin*', 'samenhang', 'afstemm*', 'agender*', 'bewaken', 'bewaakt', 'verbinden', 'verbindt',
      'bijeenbrengen', 'bij elkaar brengen', 'faciliteren', 'faciliteert', 'netwerk', 'zonder eigen belang', 'overleg', 'signaleren', 'platform'] },
  rolOrdening: { description: { nl: 'Ordeningsregie: regels, kaders, bevoegdheden', en: 'Ordering regie: rules, frameworks, powers' },
    phrases: ['ordeningsregie', 'ordenende regie', 'wet', 'wettelijk*', 'regels', 'normen', 'vergunning*', 'bevoegd*', 'handhav*', 'verordening',
      'openbare orde', 'prestatieafspraken', 'sturen', 'kaders', 'toezicht', 'beleidsregels', 'eisen', 'voorwaarden', 'verantwoordelijk voor', 'eindverantwoordelijk*',
      'bestemmingsplan', 'omgevingsplan', 'huisvesting*', 'beleid', 'afspraken maken met', 'ketenafspraken', 'bevel', 'aanwijzing'] },
  rolUitvoering: { description: { nl: 'Uitvoeringsregie: eigen geld, mensen en uitvoering', en: 'Execution regie: own money, people and delivery' },
    phrases: ['uitvoeringsregie', 'uitvoerende regie', 'investeren', 'investeert', 'bouwen', 'ontwikkelen', 'zelf', 'eigen geld', 'eigen mensen',
      'budget', 'fte', 'projectleider', 'geeft opdracht', 'geven opdracht', 'betaalt', 'financiert', 'levert', 'leveren', 'werft', 'zet ~ in', 'stelt ~ beschikbaar',
      'voert ~ uit', 'opdrachtgever', 'initiatiefnemer'] },

  // — profile/lead.ts: the leading party's acts (lemmas; book ch. 4) —
  leadOrderVerbs: { textOnly: true, description: { nl: 'Ordenen vanuit eigen eindverantwoordelijkheid: verplichten, toestaan, handhaven, toezien (lemma\'s)', en: 'Ordering from own final responsibility: oblige, permit, enforce, supervise (lemmas)' },
    phrases: words('verplichten aanwijzen opdragen verbieden toestaan handhaven toezien beoordelen eisen opleggen aanspreken verlenen ' +
      'toetsen intrekken weigeren voorschrijven verordenen afdwingen mandateren sanctioneren inspecteren normeren') },
  leadDecideVerbs: { textOnly: true, description: { nl: 'Beslissen: vaststellen, besluiten, bepalen, instellen (lemma\'s); ordenen als wat vastgesteld wordt anderen bindt', en: 'Deciding (lemmas); ordering when what is fixed binds others' },
    phrases: words('vaststellen besluiten bepalen beslissen goedkeuren instellen benoemen') },
  leadNormNouns: { textOnly: true, description: { nl: 'Wat anderen bindt als een partij het vaststelt: regels, normen, voorwaarden, plannen met rechtskracht (lemma\'s, ook als kopwoord)', en: 'What binds others when a party fixes it (lemmas, compound heads too)' },
    phrases: words('regel norm eis voorwaarde kader tarief criterium verplichting verbod verordening plafond bestemmingsplan ' +
      'omgevingsplan beleidsregel maatstaf richtlijn') },
  leadFundVerbs: { textOnly: true, description: { nl: 'Ordenen via geldstromen en contracten: verstrekken, subsidiëren, inkopen, gunnen (lemma\'s)', en: 'Ordering through money flows and contracts (lemmas)' },
    phrases: words('verstrekken toekennen subsidiëren uitkeren verdelen bekostigen vergoeden contracteren inkopen aanbesteden gunnen') },
  leadExecuteVerbs: { textOnly: true, description: { nl: 'Een medespeler met eigen geld en mensen: uitvoeren, investeren, bouwen, leveren (lemma\'s)', en: 'A co-player with own money and people: execute, invest, build, deliver (lemmas)' },
    phrases: words('uitvoeren investeren bouwen aanleggen realiseren leveren openen opzetten aanpakken oppakken meefinancieren inbrengen ' +
      'beheren exploiteren renoveren ontwikkelen meewerken deelnemen bijdragen betalen financieren werven') },
  leadOwnMeansVerbs: { textOnly: true, description: { nl: 'Uitvoerende werkwoorden die zelf eigen geld of mensen inbrengen: betalen, investeren, werven (lemma\'s)', en: 'Executing verbs that put in own money or people by themselves (lemmas)' },
    phrases: words('betalen financieren investeren meefinancieren werven inbrengen meebetalen') },
  leadConveneVerbs: { textOnly: true, description: { nl: 'Een bemiddelaar zonder eigen belang: coördineren, faciliteren, samenbrengen, aanjagen (lemma\'s)', en: 'A mediator without own stake: coordinate, facilitate, convene (lemmas)' },
    phrases: words('coördineren faciliteren verbinden bijeenbrengen samenbrengen agenderen bemiddelen afstemmen voorzitten begeleiden bewaken bijeenroepen ' +
      'mobiliseren aanjagen') },
  leadGrantNouns: { textOnly: true, description: { nl: 'Wat een subsidierelatie geeft: subsidie, uitkering, bijdrage (lemma\'s, ook als kopwoord)', en: 'What a grant gives (lemmas, compound heads too)' },
    phrases: words('subsidie uitkering bijdrage vergoeding toelage') },
  leadGrantVerbs: { textOnly: true, description: { nl: 'Werkwoorden van een geldstroom van de financier: betalen, verlenen, ontvangen, krijgen (met een subsidiewoord) (lemma\'s)', en: 'Verbs of a money flow from the funder, with a grant noun (lemmas)' },
    phrases: words('betalen financieren verlenen ontvangen krijgen uitbetalen') },
  leadGovernmentHeads: { textOnly: true, description: { nl: 'Koppen die een overheidspartij noemen (lemma\'s): de leidende partij als niets anders haar noemt', en: 'Heads that name a government party (lemmas)' },
    phrases: words('gemeente gemeenteraad raad college provincie gedeputeerde staten rijk kabinet minister ministerie staatssecretaris ' +
      'burgemeester wethouder gemeentebestuur provinciebestuur overheid waterschap regering') },
  jointMeans: { textOnly: true, description: { nl: 'Samen met anderen of met eigen middelen ("samen met", "mede", "eigen geld"): het teken van een medespeler', en: 'Together with others or with own means: the co-player\'s mark' },
    phrases: ['samen met', 'met de|onze|alle? partners|partijen', 'gezamenlijk', 'mede', 'eigen geld|middelen|mensen|medewerkers|budget'] },
  anaphorSubject: { textOnly: true, description: { nl: 'Voornaamwoorden die het onderwerp van de vorige zin opnemen ("Zij investeert …") (woorden)', en: 'Pronouns that take up the subject of the sentence before (words)' },
    phrases: words('zij ze hij het deze die dit') },
  regieBodyHead: { textOnly: true, description: { nl: 'Een orgaan met regie in zijn naam als kopwoord van een partij (regiegroep, regietafel, regieteam)', en: 'A body with regie in its name as the head of a party' },
    phrases: ['regiegroep*', 'regietafel*', 'regieteam*', 'regieoverleg*', 'regieorgaan*', 'regieraad*', 'regiecommissie*', 'regiebureau*'] },
  // — profile/profile.ts: fase —
  intentTitle: { textOnly: true, description: { nl: 'Een titel die een voornemen noemt (intentie, voornemen, ook in samenstellingen)', en: 'A title naming an intention (also inside compounds)' },
    // Inside a word too ("Intentieverklaring"): the whole word that holds it is the match.
    phrases: [String.raw`re:[\p{L}\p{M}\p{N}-]*(?:intentie|voornemen)[\p{L}\p{M}\p{N}-]*`] },
  partiesAgreed: { textOnly: true, description: { nl: 'Partijen die het eens zijn geworden of getekend hebben (overeen, aldus, ondertekend, vertegenwoordigd; ook in samenstellingen)', en: 'Parties that agreed or signed (also inside compounds)' },
    phrases: [String.raw`re:[\p{L}\p{M}\p{N}-]*(?:overeen|aldus|ondertekend|vertegenwoordigd)[\p{L}\p{M}\p{N}-]*`] },
  exploratoryTitle: { textOnly: true, description: { nl: 'Een titel van een verkennend genre (verkenning, startnotitie, discussienota, vooronderzoek, zoektocht)', en: 'A title of an exploratory genre' },
    phrases: [String.raw`re:[\p{L}\p{M}\p{N}-]*(?:verkenn|startnotitie|discussie|vooronderzoek|zoektocht)[\p{L}\p{M}\p{N}-]*`] },
  // — profile/lead.ts —
  receiveForms: { textOnly: true, description: { nl: 'Vormen van ontvangen en krijgen: wie een subsidie ontvangt, financiert niet (woorden)', en: 'Forms of receiving: who receives a grant does not fund (words)' },
    phrases: words('ontvang ontvangt ontvangen krijgt krijgen') },
  // — profile/profile.ts —
  pluralAuthor: { textOnly: true, description: { nl: 'Een auteur van meerdere partijen: een coalitie, fracties, partners die "we" schrijven', en: 'An author of several parties writing "we"' },
    phrases: ['coalitie*', 'partijen', 'partners', 'fracties', 'gemeenten', 'provincies', 'organisaties', 'waterschappen', 'besturen'] },
  caseRegie: { textOnly: true, description: { nl: 'Regie op het niveau van een casus, gezin of traject (casusregie, gezinsregisseur): geen regierol van een partij', en: 'Regie at the level of a case, family or trajectory: no party\'s regie role' },
    phrases: ['casusregi*', 'wijkregi*', 'gezinsregi*', 'zorgregi*', 'levensregi*', 'trajektregi*', 'trajectregi*', 'dossierregi*'] },
  coordinatingLead: { textOnly: true, description: { nl: 'Leiding als coördinatie of voorzitterschap ("coördineert", "zit voor", "aanjager"): procesregie', en: 'Leadership as coordination or chairing: process regie' },
    phrases: ['coördin*', 'voorzitter*', 'zit* voor', 'procesbegeleid*', 'aanjager*', 'verbinder*'] },
  // — profile/policy.ts: is this a policy text at all? —
  policyWords: { textOnly: true, description: { nl: 'Bestuurswoorden die een beleidstekst kenmerken (gemeente, convenant, subsidie, uitvoering) (woorden)', en: 'Governance words that mark a policy text (words)' },
    phrases: [...words('beleid beleidsplan beleidsnota beleidskader beleidsregel beleidsregels gemeente gemeenten gemeentelijke gemeenteraad provincie provinciale rijk rijksoverheid ' +
      'minister ministerie staatssecretaris kabinet college raad wethouder wethouders burgemeester overheid overheden partijen partners samenwerking ' +
      'samenwerken samenwerkingsverband organisatie organisaties instellingen doel doelen doelstelling doelstellingen opgave opgaven maatregel maatregelen uitvoering ' +
      'uitvoeren programma project projecten convenant overeenkomst artikel besluit besluiten regeling wet wetgeving subsidie subsidies ' +
      'budget begroting middelen inwoners burgers bewoners afspraken verantwoordelijk verantwoordelijkheid taak taken regie aanpak ketenpartners ' +
      'stakeholders ambitie ambities evaluatie monitoring rapportage financiering investering investeringen kader kaders visie strategie dienstverlening ' +
      'zorg onderwijs veiligheid wonen woningbouw economie duurzaamheid participatie coalitie akkoord bestuur bestuurlijke bestuurlijk stuurgroep ' +
      'werkgroep overleg beleidsmatige maatschappelijke maatschappelijk voorzieningen uitvoeringsprogramma regio regionale lokale landelijke publieke bevoegdheid bevoegdheden ' +
      'toezicht handhaving procedure verordening prioriteit prioriteiten ketenpartner doelgroep doelgroepen professionals aanbieders instanties implementatie resultaten ' +
      'realisatie realiseren inzet capaciteit fte mandaat stakeholder sociaal domein jeugdzorg wmo participatiewet omgevingswet huisvesting ' +
      'klimaat energie mobiliteit'), 'beleid*', 'gemeent*', 'samenwerk*', 'organisat*', 'financi*', 'bestuur*', 'uitvoer*', 'regie*', 'regiss*'] },
  recipeWords: { textOnly: true, description: { nl: 'Keukenwoorden van een recept (gram, eetlepel, oven, bakken) (woorden)', en: 'Kitchen words of a recipe (words)' },
    phrases: words('gram kilo eetlepel eetlepels theelepel theelepels snufje mespunt oven pan koekenpan braadpan deeg boter ' +
      'bloem suiker zout peper ui uien knoflook roer bak bakken snijd snipper verwarm kook ' +
      'koken garneer serveer voeg doe klop schil rasp proef marineer liter ml dl minuten') },
  narrativeWords: { textOnly: true, description: { nl: 'Woorden van een verhaal: vertellende verleden tijd en persoonlijke voornaamwoorden (woorden)', en: 'Words of a story: narrative past tense and personal pronouns (words)' },
    phrases: words('zei vroeg keek liep zag dacht voelde stond zat lachte knikte fluisterde riep glimlachte ' +
      'pakte opende sloot draaide hij zij ze haar hem mijn ik je jij') },
});
