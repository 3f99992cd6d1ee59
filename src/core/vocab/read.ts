/**
 * The vocabulary of the reading core (src/core/read) and of the sentence facts of the checklist cues: classes of
 * words (lemmas, heads, first words) and short phrase lists, in the phrase syntax of ./phrase.ts. Lists read as
 * word classes (`isWord`) hold one-word phrases. Users extend any of them with `phrases: { "<id>": ["…"] }`.
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

/** Express binding in main-clause order: part of `unitCommitment`, and all that commits in a recital (`unitBinding`). */
const BINDING = ['verbindt|verbinden zich', 'verplicht|verplichten zich', 'draagt|dragen zorg', 'komen overeen', 'komen het volgende overeen', 'spreken af'];

export const READ_CONCEPTS = concepts({
  // — read/unit.ts: what a sentence does —
  unitIntention: { description: { nl: 'Een zin die een voornemen uitspreekt (willen, streven, beogen)', en: 'An intention (want, strive, aim)' },
    phrases: ['willen', 'wil', 'streven', 'streeft', 'beogen', 'beoogt', 'ambitie', 'ambiëren', 'doel is', 'doelstelling is', 'inzetten op',
      'zetten we|wij in op', 'zet in op', 'gaan voor'] },
  unitAgreed: { description: { nl: 'Iets dat nu is afgesproken of besloten (na een voltooid tegenwoordige tijd)', en: 'Something now agreed or decided (after a present perfect)' },
    phrases: ['afgesproken', 'overeengekomen', 'besloten', 'vastgesteld', 'vastgelegd', 'ingesteld', 'aangewezen', 'opgericht', 'toegezegd', 'verplicht', 'belast'] },

  unitDefinition: { description: { nl: 'Een zin die een begrip definieert (wordt verstaan, hierna te noemen)', en: 'A sentence that defines a term (is understood, hereinafter)' },
    phrases: ['wordt|worden ~ verstaan', 'verstaan we|wij onder', 'hierna :', 'hierna te noemen', 'hierna ~ te noemen', 'betekent :', 'wordt bedoeld', 'wordt aangeduid als',
      // A deeming provision ("Een betere bemaling dient te worden aangemerkt als een handeling in de zin van …",
      // "wordt gelijkgesteld met"): what counts as what, defined.
      'wordt|worden ~ aangemerkt', 'aangemerkt als', 'gelijkgesteld met',
      'in deze regeling|overeenkomst|convenant|verordening wordt',
      // A term (a noun or an infinitive, not "dit/dat/het") said to mean something ("Samenwerken betekent hier …").
      're:^(?!(?:dit|dat|het|deze|die|wat|dat|wij|we)\\s)[\\p{L}-]+\\s+(?:betekent|betekenen)\\s+(?:hier|voor\\s+ons|in\\s+deze\\s+\\S+|concreet|dus)?',
      // "Met ontschotten bedoelen we dat …" (a bare term said to be a named act, "Regie is het sturen van …", is read in
      // read/unit.ts `glossDefinition`: its first word must be a noun).
      're:^met\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:bedoelen|bedoel)\\s+(?:we|wij|ik)'] },
  glossLabel: { description: { nl: 'Labels van een opbouw, geen begrippen: na hun dubbele punt volgt inhoud, geen definitie ("Doel:", "Aanpak:", "Tip:") (woorden)', en: 'Structure labels, not terms: what follows their colon is content, not a definition (words)' },
    phrases: words('doel doelen doelstelling doelstellingen ambitie ambities aanpak actie acties resultaat resultaten maatregel maatregelen planning budget kosten wat wie hoe wanneer waarom toelichting opgave tip let voorbeeld status eigenaar trekker partners looptijd financiering afspraak afspraken besluit beslispunt conclusie advies aanbeveling waarom uitgangspunt uitgangspunten thema opdracht partijen ondergetekenden deelnemers betreft onderwerp') },
  unitCitation: { description: { nl: 'Een zin die een ander aanhaalt (volgens, zoals vastgelegd in, de ... stelt dat)', en: 'A sentence citing another (according to, as laid down in, ... states that)' },
    // "volgens" cites a source ("volgens de wet", "volgens het CBS"), not a way of working ("volgens het uitgangspunt …").
    phrases: ['zei|zegt|aldus', 're:volgens(?!\\s+(?:het|de|dit|deze|ons|onze)\\s+(?:uitgangspunt\\p{L}*|principe\\p{L}*|methode\\p{L}*|plan|werkwijze|aanpak|model|systematiek|schema|planning|stappenplan)(?![\\p{L}]))', 'zoals opgenomen|beschreven|vastgelegd|genoemd|verwoord|afgesproken in', 'de|het ~ stelt|schrijft|concludeert|adviseert dat',
      // A motion or amendment asks something of its addressee ("De motie-Jansen verzoekt de regering …"): its words, not the text's.
      're:(?:motie|amendement)[\\p{L}-]*\\s+(?:\\S+\\s+){0,9}?(?:verzoekt|verzoeken|vraagt|vragen|roept|roepen)(?![\\p{L}])',
      // What another text holds ("In het coalitieakkoord staan hoge ambities"); "in dit/deze …" is the text itself.
      're:^(?:in (?:het|de) [\\p{L}-]*(?:akkoord|programma|plan|nota|visie|agenda|convenant|verdrag|rapport|advies|verslag|brief|begroting|wet|beleidskader|kader)|hierin|daarin) (?:staan|staat|worden|wordt)'] },
  unitAnalysis: { description: { nl: 'Een zin die analyseert of terugkijkt (uit onderzoek blijkt, steeds meer)', en: 'A sentence that analyses or looks back (research shows, more and more)' },
    phrases: ['uit onderzoek|cijfers blijkt', 'uit de ~ blijkt', 'blijkt dat', 'bleek dat', 'in de praktijk', 'in de *e praktijk', 'veelal', 'doorgaans', 'vaak', 'steeds meer|minder', 'constateert|constateren|constateerde|constateerden ~ dat',
      'de afgelopen jaren', 'in het verleden', 'is|zijn gestegen|gedaald|toegenomen|afgenomen', 'neemt toe|af', 'is het gevolg', 'heeft geleid tot',
      // A consequence drawn ("Logisch gevolg daarvan is dat gemeenten meer gaan samenwerken"): reasoning about what follows.
      'gevolg daarvan|hiervan is dat', 'logisch|logische gevolg ~ is dat', 'het ligt voor de hand dat',
      // How things appear ("De voordelen lijken blijvend te zijn", "De kosten bleken hoger te liggen"): an observation.
      'lijkt|lijken|leek|leken|blijkt|blijken|bleek|bleken ~ te zijn|liggen|worden'] },
  unitBinding: { description: { nl: 'Woorden waarmee partijen zich uitdrukkelijk binden (komen overeen, spreken af, verbinden zich): in een overweging het enige dat iets toezegt', en: 'Words by which parties expressly bind themselves: in a recital the only thing that commits' },
    phrases: [...BINDING,
      // The order of a "dat"-clause: "(overwegende dat) partijen zich verbinden …", "… afspreken", "… zorg dragen".
      'zich verbindt|verbinden|verplicht|verplichten', 'overeenkomt|overeenkomen', 'afspreekt|afspreken', 'zorg draagt|dragen'] },
  unitCommitment: { description: { nl: 'Een zin die iets toezegt of regelt (verbindt zich, draagt zorg, betaalt)', en: 'A sentence that commits or arranges (undertakes, ensures, pays)' },
    phrases: [...BINDING, 'zorgt|zorgen voor|ervoor|dat', 'besluit', 'besluiten', 'stelt|stellen ~ vast', 'stelt|stellen beschikbaar', 'is|zijn verantwoordelijk', 'neemt', 'nemen', 'levert', 'leveren',
      'betaalt', 'betalen', 'financiert', 'financieren'] },

  // — read/context.ts —
  anaphor: { description: { nl: 'Eerste woorden die naar de vorige zin terugwijzen', en: 'First words that point back to the previous sentence' },
    phrases: ['het', 'dit', 'dat', 'deze', 'die', 'zij', 'ze', 'hij', 'daarbij', 'daarvoor', 'daartoe', 'hiervoor', 'hiertoe', 'hierbij', 'vervolgens', 'daarna'] },

  // — read/frames.ts —
  peopleHeads: { description: { nl: 'Koppen van zelfstandige naamwoorden voor de mensen voor wie het beleid is (lemma\'s)', en: 'Heads of nouns for the people a policy is for (lemmas)' },
    phrases: [
      'bewoner', 'inwoner', 'burger', 'gebruiker', 'zoekende', 'deelnemer', 'aanvrager', 'melder', 'verzoeker', 'indiener', 'inschrijver', 'leerling', 'scholier',
      'student', 'cursist', 'patiënt', 'cliënt', 'ouder', 'kind', 'jongere', 'oudere', 'gezin', 'huishouden', 'reiziger', 'bezoeker', 'klant', 'mantelzorger',
      'werkzoekende', 'statushouder', 'nieuwkomer', 'vluchteling', 'asielzoeker', 'dakloze', 'consument', 'huurder', 'pupil', 'slachtoffer',
      'ondernemer', 'bejaarde', 'senior', 'peuter', 'kleuter', 'baby', 'zwangere', 'mens', 'vrijwilliger', 'werknemer', 'medewerker', 'gehandicapte', 'jeugdige',
      'minderjarige', 'uitkeringsgerechtigde', 'gerechtigde', 'belanghebbende', 'ervaringsdeskundige'] },
  notAfnemer: { description: { nl: 'Groepen die partner of personeel zijn, niet de mensen voor wie het werk is', en: 'Groups that are partners or staff, not the people the work is for' },
    phrases: ['medewerker', 'werknemer', 'vrijwilliger'] },
  involveVerbs: { description: { nl: 'Werkwoorden van betrokkenheid (lemma\'s)', en: 'Verbs of involvement (lemmas)' },
    phrases: ['adviseren', 'meedenken', 'meepraten', 'meebeslissen', 'meeschrijven', 'meewerken', 'beoordelen', 'testen', 'toetsen', 'ontwerpen', 'evalueren',
      'inbrengen', 'aandragen', 'meekijken', 'meedoen'] },
  involveForms: { description: { nl: 'Vormen van werkwoorden van betrokkenheid (woorden)', en: 'Forms of verbs of involvement (words)' },
    phrases: ['adviseert', 'adviseren', 'denkt', 'denken', 'beoordeelt', 'beoordelen', 'test', 'testen', 'toetst', 'toetsen', 'ontwerpt', 'ontwerpen', 'evalueert',
      'evalueren', 'praat', 'praten', 'beslist', 'beslissen', 'schrijft', 'schrijven'] },
  bodyHeads: { description: { nl: 'Koppen van organen die naar hun leden heten (raad, panel)', en: 'Heads of bodies named after their members (council, panel)' },
    phrases: ['raad', 'panel', 'platform', 'forum', 'klankbordgroep', 'adviesraad', 'commissie', 'tafel'] },
  payVerbs: { description: { nl: 'Werkwoorden van betalen (lemma\'s)', en: 'Verbs of paying (lemmas)' },
    phrases: ['betalen', 'financieren', 'bekostigen', 'vergoeden', 'subsidiëren'] },
  memberHeads: { description: { nl: 'Koppen van woorden voor leden of personeel die ook de ontvangers van een regeling kunnen zijn (lemma\'s)', en: 'Heads of words for members or staff who may also be the recipients of a scheme (lemmas)' },
    phrases: ['werknemer', 'medewerker', 'deelnemer', 'kandidaat', 'leraar', 'docent', 'leerkracht', 'personeelslid', 'vrijwilliger', 'ambtenaar', 'professional'] },
  receiveVerbs: { description: { nl: 'Werkwoorden waarvan het onderwerp iets ontvangt (krijgen, ontvangen, behouden; lemma\'s)', en: 'Verbs whose subject receives something (lemmas)' },
    phrases: ['krijgen', 'ontvangen', 'behouden', 'genieten'] },
  entitlementPhrase: { description: { nl: 'Een aanspraak van het onderwerp: recht op, in aanmerking komen, aanspraak maken', en: 'An entitlement of the subject: a right to, being eligible, a claim' },
    phrases: ['heeft|hebben recht op', 'komt|komen in aanmerking', 'maakt|maken aanspraak op', 'gebruik maken|gebruikmaken van'] },
  recipientMark: { description: { nl: 'Wat voor een groep is bestemd: bedoeld voor, bestemd voor, ten behoeve van', en: 'What is meant for a group: intended for, destined for, on behalf of' },
    phrases: ['bedoeld voor', 'bestemd voor', 'ten behoeve van', 'ten goede aan'] },
  bearVerbs: { description: { nl: 'Werkwoorden waarvan het onderwerp een last draagt of baat heeft (lijden, profiteren)', en: 'Verbs whose subject bears a burden or gains (suffer, benefit)' },
    phrases: ['lijden', 'opdraaien', 'ondervinden', 'kampen', 'profiteren', 'winnen', 'ontberen', 'missen'] },
  hitVerbs: { description: { nl: 'Werkwoorden die hun lijdend voorwerp treffen (treffen, benadelen)', en: 'Verbs that hit their object (affect, disadvantage)' },
    phrases: ['treffen', 'raken', 'benadelen', 'belasten', 'schaden', 'hinderen', 'bedreigen', 'duperen'] },
  insufficiency: { description: { nl: 'Een tekort of schade (te weinig, onvoldoende, wachtlijst)', en: 'A shortage or harm (too little, insufficient, waiting list)' },
    phrases: ['te weinig', 'te veel', 'onvoldoende', 're:[\\p{L}]*tekort[\\p{L}]*', 'niet meer aan|aankunnen', 'niet meer rond komen|kunnen', 'kunnen ~ niet meer? aan',
      "risico|risico's voor|op", 'bedreig*', 'neemt|nemen toe', 'groeit aantal|tekort|probleem|overlast', 'groeiend* aantal|tekort|probleem|overlast',
      'wachtlijst*', 'overlast', 'eenzaam*', 'armoede', 're:[\\p{L}]*achterstand[\\p{L}]*', 'uitval', 'schulden'] },
  beneficiaryMarker: { description: { nl: 'Woorden vóór een groep mensen die zeggen dat het werk voor hen is', en: 'Words before a group of people saying the work is for them' },
    phrases: ['voor', 'ten behoeve van', 'ten goede aan', 'gericht op', 'bedoeld voor', 'bestemd voor'] },
  publicGoods: { description: { nl: 'Publieke goederen die een tekort of schade kunnen dragen', en: 'Public goods that can bear a shortage or harm' },
    phrases: ['zorg', 'wonen', 'woningen', 'natuur', 'water', 'lucht', 'veiligheid', 'gezondheid', 'leefbaarheid', 'huisarts*', 'leraren', 'personeel', 'scholen'] },
  exclusion: { description: { nl: 'Uitsluiting: wat er uitdrukkelijk buiten valt', en: 'Exclusion: what is expressly left out' },
    phrases: ['valt buiten', 'vallen buiten', 'buiten de? reikwijdte|scope', 'niet bedoeld voor', 'geen onderdeel van', 'maakt geen deel uit', 'uitgezonderd',
      'met uitzondering van', 'uitsluitend', 'alleen voor'] },

  // — checklist/cues.ts: sentence facts —
  recurrence: { description: { nl: 'Een terugkerend moment (jaarlijks, per kwartaal)', en: 'A recurring moment (yearly, quarterly)' },
    phrases: ['jaarlijks', 'elk jaar', 'ieder jaar', 'per jaar', 'halfjaarlijks', 'per kwartaal', 'elk kwartaal', 'maandelijks'] },
  notResultNoun: { description: { nl: 'Zelfstandige naamwoorden na een getal die geen resultaat zijn (jaar, euro, partijen)', en: 'Nouns after a number that are not results (year, euro, parties)' },
    phrases: ['euro', 'miljoen', 'miljard', 'jaar', 'jaren', 'maanden', 'maand', 'weken', 'week', 'dagen', 'dag', 'uur', 'uren', 'keer', 'maal', 'januari',
      'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'artikel', 'lid', 'leden', 'procent',
      'partijen', 'partners', 'gemeenten', 'colleges', 'keren', 'fases', 'fasen', 'stappen', 'annuïteiten', 'kwartalen', 'werkdagen', 'vergaderingen', 'geval',
      'gevallen', 'moment', 'momenten', 'onderwerp', 'onderwerpen', 'aspecten', 'malen', 'punten', 'thema', "thema's", 'partij', 'deelnemer'] },
  periodNoun: { textOnly: true, description: { nl: 'Tijdsnamen na een getal of "elk": een ritme of termijn, geen resultaat ("ieder kwartaal", "twee jaar") (woorden)', en: 'Period nouns after a number or "each": a rhythm or term, not a result (words)' },
    phrases: ['kwartaal', 'kwartalen', 'halfjaar', 'tertiaal', 'tertialen', 'maand', 'jaar', 'week', 'dag', 'seizoen', 'schooljaar', 'kalenderjaar', 'begrotingsjaar'] },
  actorVerb: { description: { nl: 'Woorden na een onbekende afkorting die haar tot actor maken (een werkwoord of "en")', en: 'Words after an unknown acronym that make it an actor (a verb or "en")' },
    phrases: ['is', 'zijn', 'heeft', 'hebben', 'wordt', 'worden', 'kan', 'kunnen', 'zal', 'zullen', 'mag', 'mogen', 'en', 'draagt', 'levert', 'stelt', 'neemt',
      'verstrekt', 'informeert', 'zendt', 'wijst', 'voert', 'financiert', 'betaalt', 'besluit', 'beslist', 'geeft', 'biedt', 'treedt', 'werkt', 'zorgt', 'houdt',
      'brengt', 'ontvangt', 'verzorgt'] },
  knownAcronyms: { description: { nl: 'Bekende afkortingen van organisaties', en: 'Known acronyms of organisations' },
    phrases: ['ggd', 'ggz', 'om', 'uwv', 'svb', 'cak', 'ind', 'coa', 'vng', 'ipo', 'uvw', 'riec', 'zvh', 'rvdk', 'igj', 'nza', 'cbs', 'rivm', 'rvo', 'ilt', 'kvk',
      'ns', 'rws', 'ser', 'duo', 'cjg', 'nvwa', 'acm', 'afm', 'dnb', 'bzk', 'vws', 'ocw', 'ezk', 'szw', 'lnv', 'jenv', 'ienw', 'knvb', 'mee', 'roc'] },
  // — checklist/evaluate.ts —
  indefiniteParty: { textOnly: true, description: { nl: 'Woorden vóór een partij die niemand bepaald noemen ("een andere gemeente", "sommige partners") (woorden)', en: 'Words before a party that name nobody in particular (words)' },
    phrases: ['een', 'andere', 'enige', 'sommige', 'welke'] },
  peopleGroupWords: { textOnly: true, description: { nl: 'Woorden voor een groep mensen als geheel (buurt, wijk, doelgroep, achterban)', en: 'Words for a group of people as a whole' },
    phrases: ['buurt', 'wijk', 'doelgroep', 'achterban'] },
  // — checklist/cues.ts —
  capacityEstimate: { textOnly: true, description: { nl: 'Capaciteit als schatting of besparing, geen inzet (schatting, geschat, besparen, minder, scheelt; ook in samenstellingen)', en: 'Capacity as an estimate or a saving, not a commitment (also inside compounds)' },
    phrases: [String.raw`re:[\p{L}\p{M}\p{N}-]*(?:schatting|geschat|bespar|minder|scheelt)[\p{L}\p{M}\p{N}-]*`] },
  // — rules/eigenaar-passief.ts: passives whose doer the instrument itself fixes —
  passiveCriterionVerbs: { description: { nl: 'Werkwoorden van afweging en gedrag: hun lijdende vorm is een norm, geen taak ("wordt rekening gehouden met") (lemma\'s)', en: 'Verbs of consideration and conduct: their passive is a norm, not a task (lemmas)' },
    phrases: 'letten houden uitgaan toetsen afwegen betrachten hanteren respecteren naleven aansluiten'.split(' ') },
  passiveExamineVerbs: { description: { nl: 'Werkwoorden van onderzoeken: een stap van een procedure als de volgorde of het kader dat zegt (lemma\'s)', en: 'Verbs of examining: a step of a procedure when its order or frame says so (lemmas)' },
    phrases: 'kijken zoeken nagaan bezien beoordelen onderzoeken bekijken'.split(' ') },
  transferVerbs: { description: { nl: 'Werkwoorden van een bestuurlijke overdracht: verstrekken, uitbetalen, indienen (lemma\'s)', en: 'Verbs of an administrative transfer: grant, pay, submit (lemmas)' },
    phrases: ('verstrekken toekennen verlenen uitbetalen betalen overmaken uitkeren vergoeden storten terugbetalen ' +
      'terugvorderen indienen aanvragen voorleggen aanleveren insturen toezenden opsturen overleggen').split(' ') },
  procedureNouns: { description: { nl: 'Zaken van een bestuurlijke procedure, waarvan de rollen bij het woord horen (aanvraag, beschikking, bijdrage)', en: 'Things of an administrative procedure whose roles come with the noun' },
    phrases: ('aanvraag aanvragen verzoek verzoeken bezwaar bezwaarschrift beschikking subsidie subsidies bijdrage ' +
      'bijdragen vergoeding vergoedingen voorschot voorschotten uitkering uitkeringen declaratie declaraties factuur facturen betaling ' +
      'betalingen aanmelding aanmeldingen vaststelling verantwoording eindverantwoording ' +
      // The instruments of a meeting: the one who convenes sends the invitation and the agenda.
      'uitnodiging uitnodigingen convocatie convocaties agenda').split(' ') },
  jointForum: { description: { nl: 'Een gezamenlijk overleg of een gezamenlijke schouw waarin partijen samen handelen ("bij de jaarlijkse gemeenschappelijke schouw")', en: 'A joint meeting or inspection in which the parties act together' },
    phrases: ['bij|in|tijdens|op de|het ~ gezamenlijke|gemeenschappelijke|gezamenlijk|gemeenschappelijk ~ overleg|schouw|vergadering|bijeenkomst|beraad|bestuursoverleg'] },
  referentialParticiples: { description: { nl: 'Deelwoorden van tekst over de tekst ("hieronder worden … beschreven"): geen handeling', en: 'Participles of text about the text: no action' },
    phrases: 'beschreven omschreven genoemd benoemd bedoeld verstaan verwacht aangeduid weergegeven toegelicht uitgelegd verwezen gesproken aangehaald vermeld'.split(' ') },
  discourseParticiples: { description: { nl: 'Deelwoorden van opmerken, zeggen en bedenken: met een dat-zin ("moet worden opgemerkt dat …") redeneert de tekst, niemand hoeft te handelen', en: 'Participles of noting, saying and bearing in mind: with a that-clause the text reasons, nobody is to act' },
    phrases: 'opgemerkt bedacht benadrukt onderstreept vastgesteld geconstateerd geconcludeerd erkend gemeld vermeld gesteld aangetekend beseft overwogen herhaald'.split(' ') },
  transferParticiples: { description: { nl: 'Deelwoorden van een bestuurlijke overdracht, ook in samenstellingen ("uitbetaald", "verstrekt")', en: 'Participles of an administrative transfer, also in compounds' },
    phrases: ['*verstrekt', '*toegekend', '*verleend', '*betaald', '*overgemaakt', '*uitgekeerd', '*vergoed', '*gestort', '*teruggevorderd', '*ingediend', '*aangevraagd',
      '*voorgelegd', '*aangeleverd', '*ingestuurd', '*toegezonden', '*opgestuurd', '*overgelegd'] },
  procedureStep: { description: { nl: 'De volgorde van stappen of het kader van een beoordeling ("eerst", "vervolgens", "bij de beoordeling")', en: 'The order of steps or the frame of an assessment' },
    phrases: ['eerst', 'allereerst', 'vervolgens', 'daarna', 'daarop', 'pas', 'ten slotte', 'tot slot', 'als eerste|tweede|laatste', 'in eerste|tweede|laatste instantie',
      'bij de beoordeling|toetsing|selectie|keuze|toekenning|afweging|rangschikking'] },
  normReference: { description: { nl: 'Een maatstaf of artikel waarnaar iets gebeurt ("op basis van", "overeenkomstig artikel 4")', en: 'A standard or article by which something is done' },
    phrases: ['op basis|grond van', 'overeenkomstig', 'conform', 'met inachtneming van', 'naar rato van', 'met toepassing van', 'gerelateerd aan',
      're:(?:bij|in|volgens|van)\\s+(?:het\\s+bepaalde\\s+in\\s+)?artikel\\s+\\d'] },
});
