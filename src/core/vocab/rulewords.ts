/**
 * The word lists inside the finding rules (src/core/rules/*.ts) that tell one reading from another: the senses and
 * frames a rule checks before it reports (what makes a text committing, a money context, a distributive subject, a
 * hedge that can be struck out). One concept per meaning, in the phrase syntax of ./phrase.ts; the rules read them
 * through ./classes.ts (`wordClass`, `phraseClass`, `wholePhraseClass`), so the user's `phrases` reach them.
 * `re:` phrases keep a pattern whose gap is counted in words (`(?:\S+\s+){0,6}`), a look-around or a character
 * class that the steps cannot say; they match on the vocabulary's word edges (./phrase.ts).
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

/**
 * Read on a word, a hit or a text the rule passes (`isWord`, a string), never on a sentence: kept out of the combined
 * per-sentence pass (./concept.ts `textOnly`). The two lists geld/ontbreekt tests on whole sentences stay in it.
 */
const onText = <T extends object>(table: Record<string, T>, sentenceLists: readonly string[]): Record<string, T & { textOnly?: true }> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, sentenceLists.includes(k) ? v : { ...v, textOnly: true as const }]));

export const RULE_WORD_CONCEPTS = concepts(onText({
  // — rules/geld-vaag.ts —
  moneyContext: { description: { nl: 'Geldwoorden die een uitgestelde invulling ("nog te bepalen") tot geld maken', en: 'Money words that make a deferral ("to be decided") about money' },
    phrases: ['geld', 'budget*', 'middelen', 'financi*', 'bedrag*', 'kosten', 'euro', '€', 'bijdrage*', 'dekking', 'subsidie*', 'begroting*', 'investering*', 'tarie*',
      'vergoeding*', 'fonds*'] },
  vagueQuantity: { description: { nl: 'Een vage hoeveelheid geld die een bedrag ernaast invult ("voldoende", "de benodigde") (begin van de vondst)', en: 'A vague quantity of money that an amount next to it fills (start of the hit)' },
    phrases: ['voldoende', 'de benodigde', 'de nodige', 'passende'] },
  // — rules/geld-ontbreekt.ts —
  committingText: { description: { nl: 'Een tekst die iets aangaat: een overeenkomst, regeling, programma of plan, of een handeling van afspreken', en: 'A text that commits: an agreement, rule set, programme or plan, or an act of agreeing' },
    phrases: ['convenant', 'overeenkomst', 'samenwerkingsovereenkomst', 'intentieverklaring', 'protocol', 'regeling', 'besluit', 'besluiten :', 'programma',
      'uitvoeringsprogramma', 'actieplan', 'akkoord', 'coalitieakkoord', 'aanwijzing', 'circulaire', 'subsidie'] },
  committingAct: { description: { nl: 'Woorden die zelf een handeling van afspreken zijn ("komen overeen", "stellen vast", "we gaan", een artikel)', en: 'Words that are an act of agreeing in themselves' },
    // An article number: the digit may be followed by more digits or a letter ("artikel 12a"), not by a word.
    phrases: ['komen overeen', 'komen het volgende overeen', 'verbinden zich', 'spreken af', 'stelt|stellen vast', 'we|wij gaan', 'zetten in op', 'investeren', 'realiseren',
      'uitvoeren', String.raw`re:artikel\s+\d(?!\p{L})[\p{L}\p{M}\p{N}-]*`] },
  // — rules/doel-vaag.ts —
  documentPurpose: { description: { nl: 'Het doel van de tekst zelf ("doel van dit convenant", "deze regeling heeft")', en: 'The purpose of the text itself' },
    phrases: ['doel van dit|deze convenant|protocol|overeenkomst|regeling|besluit|notitie|nota|document|brief|verklaring|artikel|hoofdstuk|paragraaf',
      'deze regeling|notitie|nota|brief heeft|is',
      // A text named by its kind, however compounded ("doel van het gezamenlijke veiligheidsplan is …", "doel van dit
      // uitvoeringskader"), and a legal or financial instrument, whose purpose is stated by its maker ("het doel van deze
      // wet", "het doel van de huurtoeslag"): the purpose of the instrument, not a goal this text sets for its work.
      ...['plan', 'nota', 'notitie', 'kader', 'programma', 'visie', 'agenda', 'convenant', 'protocol', 'overeenkomst', 'regeling', 'akkoord', 'document', 'brief', 'verordening', 'rapport', 'wetsvoorstel',
        'wet', 'richtlijn', 'subsidie', 'toeslag', 'uitkering']
        .map((k) => `doel|doelstelling van het|de ~ *${k}`),
      // With "dit"/"deze" only the instruments and procedural texts: "het doel van deze visie" or "van dit plan" is the
      // policy goal of this text itself, which the rule reads.
      ...['kader', 'regeling', 'verordening', 'wet', 'richtlijn', 'subsidie', 'toeslag', 'uitkering']
        .map((k) => `doel|doelstelling van dit|deze ~ *${k}`),
      // The same purpose said with the maker as subject: "Met deze regelingen beogen we …", "Met deze subsidie willen we …".
      String.raw`re:met\s+(?:deze|dit)\s+[\p{L}-]*(?:regeling|regelingen|subsidie|subsidies|verordening|wet|richtlijn|toeslag|uitkering)\s+(?:beogen|beoogt|wil|willen)(?![\p{L}])`,
      // What the text tells its reader: "Met deze brief willen wij u informeren over …", "Met deze nota nemen we u mee in …".
      String.raw`re:met\s+(?:deze|dit)\s+[\p{L}-]*(?:brief|nota|notitie|memo|rapportage|voorstel|bericht|document)\s+(?:wil|willen|willen\s+wij|willen\s+we|wil\s+ik)\s+(?:\S+\s+){0,3}?(?:informeren|meenemen|mee\s+te\s+nemen|toelichten|inzicht\s+geven|voorleggen|op\s+de\s+hoogte)(?![\p{L}])`] },
  thingPurpose: { description: { nl: 'Het doel van een ding of andere partij ("de campus beoogt", "de stichting heeft tot doel"): met een ander dan de auteur als onderwerp beschrijft het dat doel, de tekst stelt het niet (de hele vondst)', en: 'The purpose of a thing or another party: with another subject than the author it describes that purpose (the whole hit)' },
    phrases: ['beoogt|beogen|beoogde', 'heeft|hebben tot doel', 'tot doel', 'moet|moeten leiden tot'] },
  instrumentKind: { description: { nl: 'Soorten beleidsinstrumenten: na "integraal" noemen ze een soort stuk ("integraal veiligheidsbeleid", "integraal huisvestingsplan"), geen toverwoord (woorden, ook als laatste deel van een samenstelling)', en: 'Kinds of policy instrument: after "integraal" they name a kind of document, not a buzzword (words, also as the last part of a compound)' },
    phrases: ['*beleid', '*plan', '*plannen', '*visie', '*visies', '*kader', '*kaders', '*programma', "*programma's", '*programma’s', '*nota', "*nota's", '*nota’s', '*agenda', "*agenda's", '*agenda’s', '*wet', '*wetten', '*verordening', '*verordeningen'] },
  undertakingHolder: { description: { nl: 'Het eigen werk van de partijen als houder van een doel ("de samenwerking heeft tot doel", "het programma beoogt"): hun doel, niet dat van een ander (woorden, ook als laatste deel van een samenstelling)', en: 'The parties\' own undertaking as the holder of a goal: their goal, not another\'s (words, also as the last part of a compound)' },
    phrases: ['*samenwerking', '*programma', '*project', '*coalitie', '*alliantie', '*partnerschap', '*beleid'] },
  benchmarkBound: { description: { nl: 'Een grens ten opzichte van een referentiecijfer ("niet meer stijgen dan de inflatie"): een maat', en: 'A bound against a reference figure: a measure' },
    phrases: [String.raw`re:(?:meer|hoger|lager|minder|sneller|trager)\s+(?:\S+\s+){0,6}dan\s+(?:met\s+)?(?:het|de)\s+(?:\S+\s+)?(?:inflatie\S*|gemiddelde|niveau|index|prijsindex|norm)`,
      // A rank among a named set ("de veiligste 100.000+ gemeente van Nederland", "de groenste provincie van het land").
      String.raw`re:de\s+\p{L}+ste\s+(?:\S+\s+){0,3}(?:gemeente|stad|provincie|regio|waterschap|dorp)\s+van\s+(?:nederland|het\s+land|de\s+regio|europa|de\s+provincie)`,
      // Above or below the average of a named set ("bovengemiddeld scoren in de regio", "beter dan het landelijk gemiddelde").
      String.raw`re:(?:boven|onder)gemiddeld\s+(?:\S+\s+){0,3}?(?:in|van|binnen)\s+(?:de|het|nederland|ons)`,
      // Staying within a budget that is given ("binnen de budgetten blijven die wij van het Rijk krijgen"): spending is
      // bounded by a known amount. "Binnen bestaande budgetten" without "blijven" is money left open (geld/vaag).
      String.raw`re:binnen\s+(?:de|het|ons|onze|dit|deze)\s+(?:\S+\s+)?(?:budget|budgetten|begroting|financiële\s+kaders?|kaders?)\s+(?:\S+\s+){0,10}?blijven(?![\p{L}])`] },
  goalInstrument: { description: { nl: 'Wetten en verdragen waarvan het doel wordt aangehaald ("het doel van de Omgevingswet") (woorden)', en: 'Laws and treaties whose aim is cited (words)' },
    phrases: ['wet', '*wet', 'verdrag', 'richtlijn', 'grondwet', 'wetsvoorstel', 'wetgeving'] },
  eligibility: { description: { nl: 'Criteria om in aanmerking te komen ("komt in aanmerking", "subsidiabel", "wordt beoordeeld")', en: 'Criteria of eligibility' },
    phrases: [String.raw`re:(?:(?:komt|komen)\s+(?:\S+\s+){0,6}?in\s+aanmerking|in\s+aanmerking\s+(?:komt|komen|te\s+komen)|subsidiabel\p{L}*|(?:wordt|worden)\s+(?:\S+\s+){0,4}?beoordeeld|beoordelingscriteri\p{L}*|toetsingscriteri\p{L}*)`] },
  genericHolder: { description: { nl: 'Woorden vóór een onbepaalde groep houders van een doel ("veel gemeenten", "sommige scholen") (woorden)', en: 'Words before an unspecified set of goal holders (words)' },
    phrases: words('veel vele sommige enkele meeste diverse verschillende steeds tal talloze andere') },
  goalNoun: { description: { nl: 'Het doel als zelfstandig naamwoord (doel, doelstelling, ambitie) (woorden)', en: 'The goal as a noun (words)' },
    phrases: words('doel doelen doelstelling doelstellingen ambitie ambities') },
  goalContent: { description: { nl: 'Woorden na een doelwoord die de inhoud ervan inleiden ("Ons doel is", "de ambitie om") (woorden)', en: 'Words after a goal noun that introduce its content (words)' },
    phrases: words('is zijn was blijft luidt luiden om : dat namelijk te voor op van bij') },
  // — rules/eigenaar-diffuus.ts —
  declarative: { description: { nl: 'Verklaringen van partijen samen: geen taak ("komen overeen", "erkennen", "zijn van mening")', en: 'Declarations of the parties together: no task' },
    phrases: ['komen overeen', 'komen het volgende overeen', 'verklaren', 'realiseren wij|we? ons', 'beseffen', 'onderschrijven', 'erkennen', 'constateren', 'overwegende',
      'zijn het eens', 'zijn van mening', 'achten', 'hebben kennisgenomen', 'in aanmerking nemend'] },
  distributive: { description: { nl: 'Elke partij afzonderlijk ("elke partij", "iedere gemeente")', en: 'Each party separately' },
    phrases: ['elke|iedere|ieder|elk partij|partner|deelnemer|organisatie|gemeente|instelling'] },
  jointByNature: { description: { nl: 'Handelingen die uit hun aard samen gebeuren: overleggen, afspraken maken, evalueren, ondertekenen, een gezamenlijk orgaan oprichten', en: 'Acts that are joint by nature: consult, agree, evaluate, sign, found a joint body' },
    phrases: ['overleg*', '*afspraken maken|gemaakt', String.raw`re:maken\s+(?:\S+\s+){0,3}\p{L}*afspraken`, 'evalueren', 'evaluatie', 'bespreken',
      'overeenkomen', 'ondertekenen', 'wijzigen', 'stemmen in', 'oprichten', 'richten|richt ~ op', 'treffen|treft ~ regeling',
      // Choosing together ("We maken met elkaar de keuzes"): a choice made together is joint by nature.
      String.raw`re:maken\s+(?:\S+\s+){0,4}keuzes?(?![\p{L}])`, 'keuzes maken'] },
  ownPart: { description: { nl: 'Ieder zijn eigen deel ("hun eigen", "ieder voor zich", "naar rato", "elkaars")', en: 'Each its own part' },
    phrases: ['hun eigen', 'ieder|elk voor zich', 'binnen|vanuit de eigen', 'naar rato', 'elkaars', 'elkaar niet',
      // Each is itself at turn or answerable ("De organisaties zijn primair zelf aan zet", "zijn zelf verantwoordelijk").
      'zelf aan zet', 'zelf verantwoordelijk', 'zelf aanspreekbaar'] },
  reciprocal: { description: { nl: 'Een wederkerig "elkaar" (niet "met elkaar", "samen", "door elkaar")', en: 'A reciprocal "elkaar" (not "with each other")' },
    phrases: [String.raw`re:(?<!(?:met|bij|samen|door)\s)elkaar`] },
  collectiveMark: { description: { nl: 'Een uitdrukkelijk gezamenlijke uitvoerder ("samen", "met elkaar", "alle partijen"); "samen met" noemt een partner', en: 'An expressly joint doer; "samen met" names a partner' },
    phrases: [String.raw`re:(?:samen|gezamenlijk)(?!\s+met\s)`, 'met elkaar', 'in gezamenlijkheid', String.raw`re:met\s+z'n\s+allen`, 'met zijn allen',
      'alle partijen|partners|betrokkenen|deelnemers'] },
  sharedResponsibility: { description: { nl: 'Een uitdrukkelijk gedeelde verantwoordelijkheid ("gedeelde verantwoordelijkheid", "de verantwoordelijkheid ligt bij zowel … als …", "we zijn samen verantwoordelijk"): het eigenaarschap ligt bij iedereen en dus bij niemand', en: 'An expressly shared responsibility: ownership lies with everyone, so with no one' },
    phrases: ['gedeelde verantwoordelijkheid', 'gezamenlijke verantwoordelijkheid',
      String.raw`re:verantwoordelijkheid\s+(?:\S+\s+){0,4}?(?:ligt|liggen|is|zijn)\s+(?:\S+\s+){0,3}?bij\s+(?:zowel|ons\s+allemaal|ons\s+allen|iedereen|alle)(?![\p{L}])`,
      String.raw`re:(?:zijn|is|blijven|worden)\s+(?:\S+\s+){0,2}?(?:samen|gezamenlijk|allemaal|allen)\s+(?:\S+\s+)?verantwoordelijk(?![\p{L}])`] },
  // — rules/eigenaar-samenwerken.ts —
  collaborationHow: { description: { nl: 'Hoe de samenwerking loopt: een vorm, een middel of een ritme ("via", "in één loket", "maandelijks")', en: 'How the collaboration runs: a form, a means or a rhythm' },
    phrases: ['via', 'door middel van', 'met behulp van', 'in een|één', 'met een', 'binnen een', 'in het kader van', 'op basis van', 'volgens', 'in de vorm van',
      'loket', 'casusoverleg', 'protocol', 'werkproces', 'convenant', 'overeenkomst', 'meldpunt', 'team', 'teams', 'spreekuur',
      // A venue or instrument behind a preposition, also as the head of a compound ("in het wijkteam", "aan de
      // versnellingstafels", "via een ketenoverleg"); not the compound as the doer ("De wijkteams werken samen") or
      // the partner ("samen met de wijkteams").
      String.raw`re:(?:in|via|binnen|aan|bij|op)\s+(?:(?:de|het|een|één|ons|onze|hun)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:loket|loketten|team|teams|tafel|tafels|werkgroep|werkgroepen|platform|platforms|spreekuur|meldpunt|\p{L}{3}overleg|\p{L}{3}overleggen)(?![\p{L}])`,
      // A programme, agenda or agreement as the frame the work runs in ("in de uitvoeringsagenda", "binnen het programma").
      String.raw`re:(?:in|binnen|onder)\s+(?:de|het)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]*(?:agenda|programma|akkoord)(?![\p{L}])`,
      // A public body of their own as the frame ("werken in de veiligheidsregio samen", "binnen het samenwerkingsverband").
      String.raw`re:(?:in|binnen|via)\s+(?:de|het|een|ons|onze|hun)\s+(?:[\p{L}-]+\s+){0,1}(?:veiligheidsregio|omgevingsdienst|samenwerkingsverband|gemeenschappelijke\s+regeling|coöperatie)(?![\p{L}])`,
      'wekelijks', 'maandelijks', 'tweewekelijks',
      'elke week|maand', 'per kwartaal', 'jaarlijks', 'verbonden partij|partijen', 'gemeenschappelijke regeling|regelingen',
      // The means as a clause ("door regiodeals te sluiten", "Dit doen zij door een fonds op te richten"): a named act
      // with its object, not another word of collaboration ("door samen te werken").
      String.raw`re:door\s+(?!samen|gezamenlijk)(?:[\p{L}-]+\s+){1,8}?(?:te|op\s+te|in\s+te|aan\s+te|af\s+te|uit\s+te|vast\s+te)\s+(?!werken|samenwerken|verbinden|afstemmen)\p{L}+`] },
  collaborationNoun: { description: { nl: 'Zelfstandige naamwoorden van samenwerking: onderwerp van een zin over hoe de samenwerking gaat ("de samenwerking verbetert") (woorden)', en: 'Nouns of collaboration, as the topic of a sentence on how it fares (words)' },
    phrases: words('samenwerking samenwerkingen afstemming verbinding verbindingen coördinatie partnerschap partnerschappen samenspel wisselwerking ketensamenwerking') },
  collaborationWhat: { description: { nl: 'Waaraan wordt samengewerkt: een voorwerp van het werk ("aan het plan", "op de dossiers")', en: 'What the collaboration works on' },
    phrases: [String.raw`re:(?:aan|op|over|rond|bij|voor)\s+(?:de|het|een|hun|onze)?\s*[\p{L}-]*(?:plan|plannen|aanpak|dossier|dossiers|casus|casussen|gezinnen|woningen|projecten|opdracht|aanbesteding|overdracht|wachtlijst|signalen|meldingen|uitvoering|verwijzingen)`] },
  nameNouns: { description: { nl: 'Woorden voor een titel of naam waarvan de woorden worden genoemd, niet gebruikt (titel, naam, motto; lemma\'s)', en: 'Words for a title or name whose words are mentioned, not used (lemmas)' },
    phrases: ['titel', 'ondertitel', 'werktitel', 'naam', 'motto', 'slogan', 'slagzin'] },
  taskNouns: { description: { nl: 'Zelfstandige naamwoorden van een taak met een voorwerp (beheer, aanleg, herinrichting; lemma\'s)', en: 'Nouns of a task with an object (management, construction, redesign; lemmas)' },
    phrases: ['beheer', 'aanleg', 'bouw', 'onderhoud', 'inrichting', 'herinrichting', 'renovatie', 'realisatie', 'sanering', 'sloop', 'verbouwing', 'uitbreiding', 'vervanging', 'herstel', 'opvang', 'begeleiding', 'inkoop', 'aanbesteding', 'voorbereiding'] },
  separableCollaboration: { description: { nl: 'Scheidbare samenwerkingswerkwoorden met hun partikel verderop ("stemt … af", "werken … samen")', en: 'Separable collaboration verbs with their particle further on' },
    phrases: [String.raw`re:(?:stemt|stemmen|werkt|werken|trekt|trekken|slaat|slaan)\s(?:[^.;:]{0,50}?\s)?(?:af|samen(?:\s+op)?|ineen)`] },
  // — rules/taal-voorbehoud.ts —
  removableHedge: { description: { nl: 'Bijwoordelijke voorbehouden die men kan schrappen ("waar mogelijk", "in principe") (de hele vondst)', en: 'Adverbial hedges that can be struck out (the whole hit)' },
    phrases: ['zo|waar|indien mogelijk', 'in principe|beginsel', 'zoveel mogelijk', 'zo veel mogelijk', 'waar|zo|indien nodig', 'op termijn'] },
  freedomClause: { description: { nl: 'Een vrijheid die openlijk wordt voorbehouden ("partijen zijn vrij om", "het staat ... vrij om")', en: 'A freedom reserved openly ("parties are free to")' },
    phrases: [String.raw`re:(?:(?:zijn|is|blijven|blijft)\s+(?:\S+\s+){0,3}vrij\s+om|staat\s+(?:het\s+)?(?:\S+\s+){0,3}vrij\s+om)`] },
  studyWhether: { description: { nl: 'Onderzoeken of: een open optie of een controle van feiten', en: 'Examining whether: an open option or a check of facts' },
    phrases: ['onderzoeken|onderzoekt of'] },
  possibilityModal: { description: { nl: 'Modale werkwoorden van mogelijkheid (kan, mag, zou) (woorden)', en: 'Modal verbs of possibility (words)' },
    phrases: words('kan kunnen kun kunt mag mogen zou zouden') },
  streefNounDet: { description: { nl: 'Woorden die "streven" tot zelfstandig naamwoord maken ("het streven naar", "in haar streven") (woorden)', en: 'Words that make "streven" a noun (words)' },
    phrases: words('het haar zijn hun ons dit dat ieders elk een') },
  capableAdjective: { description: { nl: 'Bijvoeglijke naamwoorden van geschiktheid na "in principe" ("in principe bruikbaar"): een eigenschap (eerste woord)', en: 'Adjectives of capability after "in principe": a property (first word)' },
    phrases: words('bruikbaar toepasbaar geschikt overdraagbaar inzetbaar denkbaar mogelijk haalbaar uitvoerbaar') },
  correctiveAct: { description: { nl: 'Bijsturen, bijstellen, aanpassen, ingrijpen: handelingen die uit hun aard alleen waar nodig gebeuren', en: 'Corrective acts: by nature only where needed' },
    phrases: ['bijsturen', 'bijgestuurd', 'bij te sturen', 'bijstellen', 'bijgesteld', 'bij te stellen', 'aanpassen', 'aangepast', 'aan te passen', 'ingrijpen', 'ingegrepen',
      'in te grijpen', 'corrigeren', 'gecorrigeerd', 'bijsturing', 'bijstelling',
      // The separable forms with the particle up to six words further ("stuurt waar nodig bij", "past zo nodig aan").
      String.raw`re:(?:(?:stuurt|sturen|stellen|stelt)\s+(?:\S+\s+){0,6}bij|(?:past|passen)\s+(?:\S+\s+){0,6}aan|(?:grijpt|grijpen)\s+(?:\S+\s+){0,6}in)`] },
  assessingAct: { description: { nl: 'Toetsen, beoordelen, evalueren, meten: een controle waarvan de uitkomst bepaalt wat "waar nodig" is (woorden)', en: 'Assessing acts whose outcome decides what is "where needed" (words)' },
    phrases: words('toetsen toetst getoetst beoordelen beoordeelt beoordeeld evalueren evalueert geëvalueerd monitoren monitort gemonitord controleren controleert gecontroleerd meten meet gemeten bekijken bekijkt bekeken analyseren analyseert geanalyseerd inventariseren inventariseert geïnventariseerd doorlichten') },
  targetedParty: { description: { nl: 'Organisaties waarop iets gericht is ("gericht op bedrijven"): een doelgroep, geen resultaat (woorden)', en: 'Organisations a measure is aimed at: a target group, not a result (words)' },
    phrases: words('bedrijf bedrijven onderneming ondernemingen organisatie organisaties instelling instellingen doelgroep doelgroepen verenigingen vereniging') },
  participationPredicate: { description: { nl: 'Meedoen in de samenleving, opgroeien, zijn talenten ontwikkelen: een groep als wie erbij hoort, niet als uitvoerder (niet: deelnemen aan een activiteit)', en: 'Taking part in society, growing up, developing one\'s talents: the group as those included, not as the doers (not: taking part in an activity)' },
    phrases: [String.raw`re:(?:(?:(?:neemt|nemen)\s+(?:\S+\s+){0,3}?deel|deelnemen|deelneemt|(?:doet|doen)\s+(?:\S+\s+){0,3}?mee|meedoen|meedoet)\s+(?:aan|in)\s+(?:de|het)\s+(?:\p{L}+\s+)?(?:samenleving|maatschappij|leven|arbeidsmarkt)|(?:doet|doen)\s+(?:\S+\s+){0,3}?mee\s*[.!;]|(?:telt|tellen)\s+mee|meetellen|(?:groeit|groeien)\s+(?:\S+\s+){0,4}?op(?![\p{L}])|opgroeien|ontwikkel\p{L}*\s+(?:\S+\s+){0,2}?(?:zijn|haar|hun|eigen)\s+(?:\S+\s+)?talent\p{L}*)`] },
  omTeComplementVerbs: { description: { nl: 'Werkwoorden waarvan "om … te" het onderwerp is, geen doel ("proberen om", "besluiten om") (lemma\'s)', en: 'Verbs whose "om … te" is their content, not a purpose (lemmas)' },
    phrases: words('proberen trachten pogen besluiten beslissen beloven afspreken toezeggen vragen verzoeken helpen kiezen weigeren ' +
      'durven vergeten wensen voorstellen aanbieden overwegen adviseren oproepen uitnodigen aansporen toestaan verplichten ' +
      'streven zorgen beginnen starten doorgaan ophouden stoppen nalaten vermijden hopen verwachten menen') },
  purposeIntro: { description: { nl: 'Voegwoorden van een bijzin van reden, gevolg of doel (zodat, omdat, doordat) (woorden)', en: 'Conjunctions of a clause of reason, result or purpose (words)' },
    phrases: words('zodat omdat doordat opdat waardoor') },
  reasonIntro: { description: { nl: 'Andere inleiders van een reden (aangezien, gezien, want, nu) (woorden)', en: 'Other introducers of a reason (words)' },
    phrases: words('aangezien gezien want vermits nu') },
  effectConnective: { description: { nl: 'Verbindingswoorden van oorzaak en gevolg: de zin zegt wat ergens uit volgt (daardoor, dankzij) (woorden)', en: 'Connectives of cause and effect (words)' },
    phrases: words('daardoor hierdoor zodoende waardoor doordat dankzij') },
  scopeVerb: { description: { nl: 'Werkwoorden waarmee de tekst zijn eigen reikwijdte noemt ("deze regeling betreft") (woorden)', en: 'Verbs by which the text states its own scope (words)' },
    phrases: words('betreft betreffen geldt gelden omvat omvatten beschrijft beschrijven bevat bevatten') },
  openOption: { description: { nl: 'Woorden die van "onderzoeken of" een open optie van de auteur maken (we, kunnen, haalbaar, wenselijk)', en: 'Words that make "examine whether" an open option of the author' },
    phrases: words('we wij ons onze kan kunnen moet moeten wil willen mogelijk haalbaar wenselijk zinvol nodig nuttig') },
  measurableEndState: { description: { nl: 'Een meetbare eindtoestand: neutraal, vrij van iets, nul ("klimaatneutraal", "rookvrij")', en: 'A measurable end state: neutral, free of something, zero' },
    phrases: ['*neutraal', '*neutrale', 'nul', 'nul-*', String.raw`re:\p{L}{3,}vrije?(?:-[\p{L}\p{M}\p{N}-]*)?`] },
  elseBranch: { description: { nl: 'Het andere geval staat erbij ("in andere gevallen", "tenzij", "lukt dat niet"): een onderscheid, geen uitweg', en: 'The other case is given: a case distinction, not a way out' },
    phrases: [String.raw`re:(?:in\s+(?:alle\s+)?(?:andere|overige)\s+gevallen|zo\s?niet|tenzij|behalve\s+(?:als|wanneer|indien|bij)|met\s+uitzondering\s+van|(?:lukt|kan|gaat)\s+(?:dat|dit|het)\s+niet|(?:als|indien|wanneer|waar)\s+(?:dat|dit|het)\s+niet\s+(?:kan|lukt|mogelijk\s+is)|is\s+(?:dat|dit|het)\s+niet\s+mogelijk|(?:waar|als|indien|wanneer)\s+(?:dat|dit|het)\s+(?:moet|nodig\s+is))`,
      // "anders" as a connective opening a clause ("…; anders volgt …"), not the adverb ("anders stemmen").
      String.raw`re:(?<=(?:^|[;,:.])\s*)anders\s*,?\s+(?:volgt|wordt|worden|geldt|gelden|zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|is|zijn)`,
      // An alternative act after ", of" with the author's inverted verb ("… houden we jaartallen aan waar mogelijk, of spreken
      // we van 'voor 2030'").
      String.raw`re:(?<=,\s)of\s+[\p{L}-]+\s+(?:we|wij|ik)(?![\p{L}])`,
      // A concessive "al" after a comma states the exception openly ("In principe X, al blijft Y mogelijk").
      ', al blijft|blijven|is|zijn|kan|kunnen|mag|mogen|zal|zullen|wordt|worden|geldt|gelden',
      // The other level or way only where it is needed ("zo veel mogelijk lokaal, en alleen waar nodig regionaal"): the
      // rule of subsidiarity, both cases named.
      String.raw`re:(?:^|[,;]\s*|(?<![\p{L}])en\s+)(?:alleen|slechts|pas)\s+(?:waar|als|wanneer|indien|voor\s+zover|daar\s+waar)\s+(?:\S+\s+){0,3}?(?:nodig|noodzakelijk|vereist)(?![\p{L}])`] },
  exceptionOpener: { description: { nl: 'Een zin die het andere geval of de uitzondering noemt bij het voorbehoud ervoor ("Waar dat niet kan, …", "Hiervan kan worden afgeweken als …", "In uitzonderlijke gevallen …")', en: 'A sentence that names the other case or the exception to the hedge before it' },
    phrases: [String.raw`re:^\W*(?:(?:waar|als|indien|wanneer)\s+(?:dat|dit|het)\s+niet\s+(?:kan|lukt|mogelijk\s+is)|(?:lukt|kan|gaat)\s+(?:dat|dit|het)\s+niet|is\s+(?:dat|dit|het)\s+niet\s+mogelijk|(?:hiervan|daarvan|van\s+(?:dit|deze)\s+\p{L}+)\s+(?:kan|mag|wordt|kunnen|mogen)\s+(?:\p{L}+\s+){0,3}?afgeweken|(?:uitzonderingen|afwijkingen)\s+(?:zijn|is)\s+(?:alleen\s+)?(?:mogelijk|toegestaan)|in\s+(?:uitzonderlijke|andere|overige)\s+gevallen|alleen\s+(?:bij|als|wanneer|indien|in\s+geval\s+van)|wat\s+niet\s+(?:\p{L}+\s+){0,3}?(?:is|kan|lukt)\s*,)`] },
  possibilityHedge: { description: { nl: 'Voorbehouden van mogelijkheid of uitgangspunt ("waar mogelijk", "in beginsel"): die een ander geval beantwoordt (de hele vondst)', en: 'Hedges of possibility or default (the whole hit)' },
    phrases: ['waar|zo|indien|zoveel mogelijk', 'voor zover mogelijk', 'zo veel mogelijk', 'zoveel als mogelijk', 'zo veel als mogelijk', 'in beginsel|principe', 'waar|als dat|het kan'] },
  ownUnitHead: { description: { nl: 'Eenheden van de overheid zelf die voor haar handelen (wijkteam, loket, afdeling) (woorden, ook als laatste deel van een samenstelling)', en: 'A government\'s own units that act for it (neighbourhood team, desk, department) (words, also as the last part of a compound)' },
    phrases: ['team', '*team', 'teams', '*teams', 'loket', '*loket', 'afdeling', '*afdeling', 'dienst', '*dienst', 'bureau', '*bureau', 'consulent', '*consulenten', 'college', 'raad', 'wethouder', 'burgemeester', 'ambtenaren', 'organisatie'] },
  quantityHedge: { description: { nl: 'Voorbehouden van hoeveelheid of tempo ("zoveel mogelijk", "zo min mogelijk", "zo snel mogelijk"): in een voorzetselgroep bepalen ze hoeveel er van iets komt (de hele vondst)', en: 'Hedges of quantity or pace ("as much as possible", "as little as possible", "as soon as possible"): in a prepositional phrase they say how much of a thing there will be (the whole hit)' },
    phrases: ['zoveel|zomin mogelijk', 'zo veel|min|weinig|snel|spoedig mogelijk'] },
  caseNoun: { description: { nl: 'Gevallen en situaties: "in zoveel mogelijk gevallen" is een voorwaarde op de handeling, zoals "waar mogelijk" (lemma\'s)', en: 'Cases and situations: "in as many cases as possible" conditions the act, like "where possible" (lemmas)' },
    phrases: words('geval gevallen situatie situaties omstandigheid omstandigheden') },
  needHedge: { description: { nl: 'Voorbehouden van noodzaak ("waar nodig", "zo nodig") (de hele vondst)', en: 'Hedges of need (the whole hit)' },
    phrases: ['waar|zo|indien nodig', 'voor zover nodig'] },
  degreeHedge: { description: { nl: 'Voorbehouden van mate die een genominaliseerde handeling kunnen bepalen ("het zoveel mogelijk voorkomen") (de hele vondst)', en: 'Hedges of degree that can qualify a nominalised act (the whole hit)' },
    phrases: ['zoveel mogelijk', 'zo veel|snel|spoedig|goed|lang mogelijk', 'waar mogelijk|nodig'] },
  needMeans: { description: { nl: 'Middelen achter "waar nodig": geld, mensen, bevoegdheid of juridische vorm ("waar nodig investeren we", "waar nodig juridisch geborgd"); een behoeftevoorwaarde daarop laat de middelen open (lemma\'s)', en: 'Means after "where needed": money, people, authority or legal form; a need condition on them leaves the means open (lemmas)' },
    phrases: words('geld budget middel middelen financiering financieren bekostigen betalen investeren investering bijdrage subsidie euro capaciteit fte formatie personeel medewerker menskracht mandaat bevoegdheid doorzettingsmacht juridisch wettelijk borgen vastleggen verankeren regelgeving verordening wetgeving team teams *team *teams ' +
      // The legal instruments of spatial and administrative law: a need condition on them leaves the legal form open.
      'projectbesluit projectbesluiten voorbereidingsbesluit voorbereidingsbesluiten aanwijzingsbesluit aanwijzingsbesluiten bestemmingsplan bestemmingsplannen omgevingsplan omgevingsplannen beleidsregel beleidsregels instructieregel instructieregels') },
  unnamedAct: { description: { nl: 'Een handeling die niet wordt genoemd ("waar nodig nemen we maatregelen"): na "waar nodig" staat dan niets vast (lemma\'s)', en: 'An act left unnamed ("where needed we take measures"): after "where needed" nothing is then fixed (lemmas)' },
    phrases: words('maatregel maatregelen actie acties stap stappen') },
  dutyWord: { description: { nl: 'Woorden van plicht (moet, dient, verplicht) (woorden)', en: 'Words of duty (words)' },
    phrases: words('moet moeten dient dienen verplicht') },
  contentNoun: { description: { nl: 'Zelfstandige naamwoorden waarvan de "om … te"-bijzin de inhoud is ("het besluit om …"), geen doel (woorden of lemma\'s)', en: 'Nouns whose "om … te" complement is their content, not a purpose (words or lemmas)' },
    phrases: words('plan plannen voornemen intentie besluit afspraak afspraken ambitie doel bedoeling taak opdracht verplichting keuze belofte toezegging streven ' +
      'inzet uitdaging opgave wens verzoek voorstel advies ruimte mogelijkheid kans tijd moeite verantwoordelijkheid bereidheid') },
  objectPronoun: { description: { nl: 'Voorwerpen die anderen aanzetten om te handelen ("hen", "elkaar", "inwoners") (woorden)', en: 'Objects urged to act by others (words)' },
    phrases: words('hen hem haar ze elkaar inwoners iedereen') },
  // — rules/zwitsers-vaag.ts —
  peopleMadeAvailable: { description: { nl: 'Mensen, capaciteit of uren die beschikbaar komen of worden ingezet, zonder aantal ("capaciteit vrijmaken")', en: 'People, capacity or hours made available or deployed, without a number' },
    // Not a duration ("gedurende langere tijd niet beschikbaar": a system down) and not what is unavailable ("niet").
    phrases: [String.raw`re:(?:capaciteit|menskracht|mensen|medewerkers|personeel|professionals|ambtenaren|uren|(?<!(?:langere|lange|korte|kortere|enige|bepaalde|onbepaalde|gedurende)\s)tijd)\s+(?:(?!niet\s)[\p{L}-]+\s+){0,3}?(?:beschikbaar(?:\s+stellen|\s+gesteld)?|vrijmaken|vrijgemaakt|vrij\s+te\s+maken|inzetten|ingezet|leveren|geleverd)`] },
  peopleMadeAvailableVerbFirst: { description: { nl: 'Hetzelfde met het werkwoord vooraan ("zet eigen professionals in", "stellen mensen beschikbaar")', en: 'The same with the verb first' },
    // Each verb with its own particle ("zet … in", "stelt … beschikbaar", "maakt … vrij", "levert (eigen) medewerkers"); "in" only as the particle that
    // closes the clause or precedes a further adverbial, not the preposition of "mensen in de regio", "in dienst".
    phrases: [String.raw`re:(?:(?:zet|zetten)\s(?:[^.;:\d]{0,40}?\s)?(?:capaciteit|menskracht|mensen|medewerkers|personeel|professionals|ambtenaren|uren)\s+in(?=\s*(?:[.,;:!?)]|$)|\s+(?:en|of|voor|om|bij|als|op|tot|zodat|waarbij|vanuit|binnen|waar|te)(?![\p{L}]))|(?:stelt|stellen)\s(?:[^.;:\d]{0,40}?\s)?(?:capaciteit|menskracht|mensen|medewerkers|personeel|professionals|ambtenaren|uren)\s+beschikbaar|(?:maakt|maken)\s(?:[^.;:\d]{0,40}?\s)?(?:capaciteit|menskracht|mensen|medewerkers|personeel|professionals|ambtenaren|uren)\s+vrij|(?:levert|leveren)\s(?:(?:de|het|eigen|extra|voldoende|hun|haar|onze|ervaren|deskundige)\s){0,2}(?:capaciteit|menskracht|medewerkers|personeel|professionals|ambtenaren|uren)(?![\p{L}]))`] },
  namedTeam: { description: { nl: 'Een benoemd team of apparaat dat zegt wie het werk doet (projectteam, kwartiermaker)', en: 'A named team or apparatus that says who does the work' },
    phrases: words('programmabureau projectbureau projectteam kernteam uitvoeringsteam projectleider programmamanager kwartiermaker secretariaat') },
  peopleContext: { description: { nl: 'Woorden die "capaciteit" over mensen laten gaan (medewerkers, fte, formatie, vrijmaken)', en: 'Words that make "capaciteit" about people' },
    phrases: [String.raw`re:(?:medewerker\p{L}*|personeel\p{L}*|mensen|ambtelijk\p{L}*|ambtenaren|fte|uren|inzet|formatie|team\p{L}*|menskracht|professionals|capaciteit\s+(?:van|bij|uit)\s+(?:de|het|onze|hun)?\s*(?:partners|partijen|organisaties|gemeenten|afdeling\p{L}*)|beschikbaar\s+stellen|vrijmaken|vrij\s+te\s+maken|vrijgemaakt|(?:maak|make)\p{L}*\s+(?:\S+\s+){0,4}vrij|leveren|leveert)`] },
  onRequest: { description: { nl: 'Hulp die op verzoek wordt gegeven ("op verzoek", "desgevraagd", "indien gevraagd")', en: 'Help given when asked' },
    phrases: [String.raw`re:(?:op\s+(?:eerste\s+)?(?:verzoek|aanvraag)|desgevraagd|(?:indien|als|wanneer)\s+(?:daarom\s+)?(?:wordt\s+)?gevraagd)`] },
  settledFirst: { description: { nl: 'De eis dat iets eerst duidelijk is of vaststaat ("moet duidelijk zijn dat", "dient vast te staan hoe")', en: 'A demand that something be clear or settled first' },
    phrases: [String.raw`re:(?:moet|moeten|dient|dienen)\s+(?:\S+\s+){0,3}?(?:duidelijk|helder|bekend|vastgesteld|geregeld|vast\s+te\s+staan|vaststaan)(?:\s+(?:te\s+)?(?:zijn|worden|staan))?\s+(?:\S+\s+){0,12}?(?:dat|of|hoe|wat|welke|hoeveel)(?=\s)`] },
  precondition: { description: { nl: 'Een voorwaarde: wat men moet hebben om iets te kunnen ("moet voldoende capaciteit hebben om … te kunnen")', en: 'A precondition: what one must have in order to be able to do something' },
    phrases: [String.raw`re:(?:moet|moeten|dient|dienen)\s+(?:\S+\s+){0,10}?(?:hebben|beschikken\s+over\s+(?:\S+\s+){0,6}?)\s*om\s+(?:\S+\s+){0,10}?te\s+kunnen`] },
  // — rules/planb-ontbreekt.ts —
  selfRelianceGroup: { description: { nl: 'De mensen op wie zelfredzaamheid wordt gelegd (inwoners, gezinnen, de samenleving)', en: 'The people self-reliance is put on' },
    phrases: ['inwoner|inwoners|bewoner|bewoners|burger|burgers|cliënten|ouders|gezinnen|mensen|jongeren|ouderen|samenleving|huishoudens|individu'] },
  selfRelianceClaim: { description: { nl: 'Terugtreden dat alleen met mensen erbij een terugtreden is ("eigen verantwoordelijkheid", "loslaten", "eerst zelf") (de hele vondst)', en: 'Stepping back that is one only with people in the sentence (the whole hit)' },
    phrases: ['eigen verantwoordelijkheid|netwerk', 'loslaten', 'laten|laat los', 'sociale netwerk', 'zelf organiseren|oplossen', 'eerst zelf', 'in eerste instantie zelf'] },
  safetyNetClause: { description: { nl: 'Een vangnet in andere woorden: wie het niet lukt, een overheid die bijspringt, terugvallen op', en: 'A safety net in other words' },
    phrases: [String.raw`re:(?:(?:wie|die|mensen die|inwoners die)\s+(?:dat|dit|het)\s+(?:zelf\s+)?niet\s+(?:lukt|kan|kunnen|redt|redden)|(?:gemeente|overheid|wij|we|provincie|het rijk)\s+(?:springt|springen|stapt|stappen|grijpt|grijpen|treedt|treden)\s+(?:bij|in)|blijft\s+(?:de\s+)?(?:gemeente|overheid)\s+(?:verantwoordelijk|aanspreekbaar)|terugvallen\s+op|kunnen\s+(?:altijd\s+)?(?:terecht|aankloppen)\s+bij|(?:neemt|nemen)\s+(?:\S+\s+){0,4}over\s+(?:waar|als|wanneer|indien)|(?:waar|als|wanneer|indien)\s+(?:\S+\s+){0,6}(?:tekortschiet|tekortschieten|faalt|falen|niet\s+lukt|vastloopt|vastlopen)|(?:professionals|hulpverleners|het\s+wijkteam|de\s+wijkteams)\s+(?:\S+\s+){0,4}(?:helpen|helpt|ondersteunen|ondersteunt|vangen|vangt)\s+(?:\S+\s+){0,3}(?:wie|die|mensen|inwoners))`] },
  authorityOwnTask: { description: { nl: 'Overheden of landen die voor hun eigen taak verantwoordelijk blijven ("elke gemeente", "de provincies blijven")', en: 'Authorities that stay responsible for their own task' },
    phrases: ['elk|elke eiland|land|gemeente|provincie|lidstaat|partij|organisatie', 'iedere gemeente|provincie|partij|organisatie',
      'de? gemeenten|provincies|lidstaten|landen|partijen blijven|zijn|houden'] },
  // — rules/taal-toverwoord.ts —
  laidDownIn: { description: { nl: 'Iets dat in een instrument is of wordt vastgelegd ("vastgelegd in een convenant", "geregeld in de verordening")', en: 'Something laid down in an instrument' },
    phrases: [String.raw`re:(?:vastgelegd|vast\s+te\s+leggen|opgenomen|geregeld)\s+in\s+(?:een|de|het)(?=\s)`] },
  // — rules/taal-overleg.ts —
  consultationBody: { description: { nl: 'Overlegorganen, ook in samenstellingen (stuurgroep, werkgroep, tafel, platform) (woorden)', en: 'Consultation bodies, also in compounds (words)' },
    phrases: ['*overleg', '*stuurgroep', '*werkgroep', '*regiegroep', '*klankbordgroep', '*kerngroep', '*projectgroep', '*platform', '*tafel', '*commissie', '*beraad', '*kring',
      '*forum', '*netwerk'] },
}, ['committingText', 'committingAct']));
