/**
 * The words the regie reader (src/core/regie.ts) needs, one list per concept, in the token phrase syntax of
 * `checklist/cues.ts` (a phrase is a token sequence; `word*` / `*word` match a prefix / suffix, `a|b` alternatives,
 * `a|b?` optional, `~` a gap of up to six tokens inside the clause, `re:` a raw regular expression on the lowercase
 * text). Every entry is Dutch policy language in general (guide judgement §5, real-documents C1/C2), never a
 * sentence of a particular document.
 */
import type { Localized } from '../types';
import { concepts, type Concept } from './concept';

/** A separable verb with its particle up to 60 characters further in the clause ("stelt … vast", "voert … uit"). */
const sep = (verbs: string, particle: string): string => `re:(?:${verbs}) [^.;:]{0,60}?(?<![\\p{L}])(?:${particle})`;

export const REGIE_VOCAB = {
  /** A kind of regie named or described (book ch. 4; the participation ladder; stepping in when things stall). */
  kind: ['procesregie', 'procesregisseur', 'ordeningsregie', 'ordenende regie', 'orderingsregie', 'uitvoeringsregie', 'uitvoerende regie',
    'regie als medespeler', 'als medespeler', 'zonder eigen belang', 'eindverantwoordelijkheid', 'eindverantwoordelijke', 'eindverantwoordelijk', 'doorzettingsmacht',
    'participatieladder', 'met eigen geld en mensen', 'vanuit onze|haar|zijn eindverantwoordelijkheid',
    'faciliterende|stimulerende|regulerende|loslatende rol ~ betekent|houdt|door|:', 'faciliteren|stimuleren|reguleren|loslaten betekent|houdt|:',
    'als|wanneer|indien|zodra ~ vastloopt|vastlopen|stokt|stokken|stagneert|stagneren|stilvalt|stilvallen',
    sep('grijpt|grijpen', 'in'), 'ingrijpen', 'in te grijpen'],
  /** Means of the regie: mandate or legal competence, money, people (judgement §5; K4.regiemiddelen). */
  means: ['mandaat', 'gemandateerd', 'mandateren', 'bevoegdheid', 'bevoegdheden', 'bevoegd gezag', 'doorzettingsmacht', 'aanwijzingsbevoegdheid',
    'wettelijke taak|verantwoordelijkheid|grondslag|bevoegdheid|instrumenten|mogelijkheden', 'op grond van artikel',
    're:op grond van (?:de |het )?[\\p{L}-]*(?:wet|besluit|verordening)', 'heeft|hebben|met het? gezag', 'opperbevel', 'krachtens', 'ingevolge',
    'aanwijzingen geven|te', 'geeft|geven aanwijzingen', 'als eindverantwoordelijke|verantwoordelijke voor', 'formatie van', 'fte', 'programmabureau',
    'projectleider', 'kwartiermaker', 'projectteam', 'opdrachten aan|geven|verstrekken', 'geeft|geven opdracht', 'beschikt|beschikken over ~ budget|middelen|fonds|capaciteit',
    'budget van', 'begroting van', 'vergunning*', '*vergunning', '*vergunningen', 'noodverordening', 'instrumentarium', 'handhav*', 'sancti*', '*fonds',
    'dat|dit|deze|die|het geld|middelen|budget|bedrag|fonds', 'betaalt|financiert|bekostigt', 'instrumenten', 'sturingsinstrument*',
    'wetsvoorstel', 'wettelijke basis|verankering', 'aanwijzing', 'aanwijzingen',
    // A responsibility that takes effect on a date ("Per 1 juli 2021 zijn we verantwoordelijk voor de regie op …",
    // "Sinds 2015 zijn gemeenten verantwoordelijk voor …"): a statutory task transferred, the mandate of the regie.
    're:(?:per|vanaf|sinds|met ingang van) (?:\\d{1,2} [\\p{L}]+ )?\\d{4}\\b[^.;:]{0,80}?(?<![\\p{L}])verantwoordelijk(?![\\p{L}])'],
  /** Verbs that make a task concrete by themselves (decide, fix, pay, order, appoint, report, enforce). */
  strongTask: [sep('stelt|stellen', 'vast'), 'vaststellen', 'vaststelt', 'vast te stellen', 'vastgesteld', 'vastlegt', 'vastleggen', sep('legt|leggen', 'vast'),
    'aanwijst', sep('wijst|wijzen', 'aan'), 'inkoopt', sep('koopt|kopen', 'in'), 'besluit|besluiten over|tot|om|bij|binnen|op', 'beslist', 'beslissen',
    'neemt|nemen een|het? besluit|besluiten', 'verdeelt', 'verdelen', 'contracteert', 'contracteren', 'financiert', 'financieren', 'betaalt', 'betalen',
    'werft', 'werven', 'geeft opdracht', 'opdracht geven|aan', 'opdracht te geven', 'rapporteert', 'rapporteren', sep('legt|leggen', 'verantwoording af'),
    'handhaaft', 'handhaven', 'verleent', 'verlenen', 'verstrekt', 'verstrekken', 'subsidieert', 'subsidiëren',
    'sluit|sluiten ~ convenant|overeenkomst|contract|afspraken', 'maakt|maken concrete|gerichte|bindende|sluitende? afspraken',
    'zet|zetten ~ acties|taken|interventies uit', 'acties|taken|interventies ~ uitzetten|uitzet', sep('stuurt|sturen', 'naar (?:de )?(?:raad|staten|kamer|minister)')],
  /** Verbs that make a task concrete only with a concrete object, a date or a number. */
  weakTask: [sep('stelt|stellen', 'op'), 'opstelt', 'opstellen', 'op te stellen', 'opgesteld', 'ontwikkelt', 'ontwikkelen', 'te ontwikkelen', 'ontwikkeld',
    'uitvoert', 'uitvoeren', sep('voert|voeren', 'uit'), 'inricht', 'inrichten', sep('richt|richten', 'in'), 'ingericht', 'maakt', 'maken', 'organiseert',
    'organiseren', 'levert', 'leveren', 'bouwt', 'bouwen', 'realiseert', 'realiseren', 'continueren', 'continueert', sep('zet|zetten', 'in'),
    'start', 'starten', 'omzetten', 'bij te stellen', 'bijstellen', 'monitort', 'monitoren', 'evalueert', 'evalueren', sep('bereidt|bereiden', 'voor'),
    'draagt|dragen zorg voor', 'zorgt|zorgen voor', 'houdt toezicht', 'coördineert de uitvoering', sep('werkt|werken', 'aan'), sep('stuurt|sturen', 'naar'),
    sep('biedt|bieden', 'aan')],
  /** Objects that make a weak task concrete. */
  concreteObject: ['*plan', '*plannen', 'plan van aanpak', '*programma', 'beleid', 'besluit', 'besluiten', 'afspraken', 'opdracht', 'opdrachten',
    'rapport', 'rapportage', '*rapportage', 'verslag', 'verslagen', 'voorstel', 'voorstellen', 'kader', 'verordening', 'regeling', 'convenant',
    'overeenkomst', 'contract', 'contracten', 'budget', 'begroting', 'acties', 'aanpak', 'agenda', 'procedure', 'protocol', 'dossier', 'loket',
    'voorziening', 'voorzieningen', 'projecten', 'campagne', 'woningen', 'maatregelen', 'evaluatie', 'monitor', 'werkwijze', '*voortgang',
    '*visie', '*route', 'interventies'],
  /** Coordination-only work: does not make a founding clause concrete (judgement §5). */
  coordinationOnly: ['bewaakt', 'bewaken', 'coördineert', 'coördineren', 'stemt|stemmen ~ af', 'afstemmen', 'signaleert', 'signaleren', 'agendeert',
    'agenderen', 'stimuleert', 'stimuleren', 'bevordert', 'bevorderen', 'verbetert', 'verbeteren', 'verbindt', 'verbinden', 'faciliteert', 'faciliteren',
    'legt|leggen ~ verbinding|verbindingen|contact|contacten', 'brengt|brengen ~ samen|bijeen', 'denkt|denken ~ mee', 'houdt|houden ~ overzicht'],
  /** A party that lacks the means, and a party that takes over (judgement §5: "missing means stated, with a remedy"). */
  lack: ['te weinig|onvoldoende capaciteit|mensen|middelen|menskracht|mandaat|kennis', 'mist|missen|ontbreekt|ontbreken ~ capaciteit|middelen|mandaat|menskracht',
    'lukt|lukken ~ niet', 'niet lukt|lukken', 'vastloopt', 'vastlopen', 'stagneert'],
  takeover: ['neemt|nemen|neem ~ over .|;|,', 'overnemen', 'over te nemen', 'neemt|nemen ~ over als|wanneer|indien|zodra|en|daarbij'],

  /** Holders whose regie is their own grip on their life, data or care (judgement §5 "anders"). Compounds by suffix. */
  people: ['burger', 'burgers', '*burger', '*burgers', 'inwoner', 'inwoners', '*inwoner', '*inwoners', 'bewoner', 'bewoners', '*bewoner', '*bewoners',
    'cliënt', 'cliënten', 'client', 'clienten', '*cliënt', '*cliënten', 'patiënt', 'patiënten', '*patiënt', '*patiënten', 'ouder', 'ouders',
    'jongere', 'jongeren', 'mens', 'mensen', 'gezin', 'gezinnen', 'huishouden', 'huishoudens', 'zorgvrager', 'zorgvragers', 'hulpvrager',
    'hulpvragers', 'leerling', 'leerlingen', 'student', 'studenten', 'scholier', 'scholieren', 'werkzoekende', 'werkzoekenden', 'mantelzorger',
    'mantelzorgers', 'oudere', 'ouderen', 'senioren', 'kind', 'kinderen', 'klant', 'klanten', 'persoon', 'personen', 'individu', 'gebruiker',
    'gebruikers', 'huurder', 'huurders', 'ondernemer', 'ondernemers', 'gezinsleden', 'betrokkene', 'cliëntsysteem', 'verzoeker', 'melder'],
  /** Professionals: their regie over a case or their own work is no public party's claim (brief; real-documents C1). */
  professionals: ['professional', 'professionals', 'hulpverlener', 'hulpverleners', '*hulpverlener', '*hulpverleners', 'zorgverlener', 'zorgverleners',
    '*zorgverlener', '*zorgverleners', 'leraar', 'leraren', 'docent', 'docenten', 'huisarts', 'huisartsen', 'verpleegkundige', 'verpleegkundigen',
    '*verpleegkundige', '*verpleegkundigen', 'behandelaar', 'behandelaars', '*werker', '*werkers', 'medewerker', 'medewerkers', 'consulent', 'consulenten',
    '*consulent', '*consulenten'],
  /** Right after the regie word: the holder's own life, data or dossier. */
  ownObject: ['over|op|van|bij hun|zijn|haar|je|jouw|uw|mijn', 'over|op|van de|het? eigen', 'over|op|van onze|ons eigen',
    're:(?:over|op|van|en) (?:\\S+ ){0,2}(?:hun|zijn|haar|uw|je|jouw|mijn) (?:eigen )?\\S+'],
  /** Right after the regie word: personal data, a dossier, a life — the person's own unless an organisation holds it. */
  personalObject: ['re:(?:over|op|van|en) (?:de |het )?(?:eigen )?(?:persoons|gezondheids|zorg|patiënt|patiënten|medische )?(?:gegevens|data|dossier|zorgdossier|leven|levens|woonsituatie|financiën|geldzaken|zorgproces|zorgplan|behandeling|herstel|gezondheid|loopbaan)'],
  /** Right after the regie word: the organisation's own inner workings (management control, not regie among partners). */
  internalObject: ['re:(?:op|over|van) (?:de |het |haar |zijn |hun |onze )?(?:eigen |interne )?(?:interne|bedrijfsvoering|eigen organisatie|informatiehuishouding|administratie)'],
  /** Someone's own grip, wherever it stands in the sentence. */
  ownGrip: ['eigen regie', 'zelf de|meer|weer? regie', 'regie ~ terug', 'regie zelf', 'zelfregie'],
  /** Verbs that give regie to someone else: the holder is the indirect object (dative). */
  giveVerb: ['geven', 'geeft', 'gegeven', 'te geven', 'bieden', 'biedt', 'teruggeven', 'laten', 'laat'],
  /** Verbs (lemmas) of asking regie of someone: the party asked, named after the verb, is to hold it. */
  askVerb: ['vragen', 'verzoeken', 'verwachten', 'eisen', 'oproepen', 'aansporen'],

  /** Joint regie without an owner (judgement §5 "joint regie, no owner"). */
  collective: ['samen', 'gezamenlijk', 'gezamenlijke', 'gedeelde', 'met elkaar', 'alle partners|partijen|betrokkenen|deelnemers', 'iedereen',
    'in gezamenlijkheid', 'collectieve', 'horizontale'],
  /** Regie held jointly: whoever the subject is, nobody owns it (judgement §5 "joint regie, no owner"). */
  jointly: ['samen', 'gezamenlijk', 'gezamenlijke', 'gedeelde', 'met elkaar', 'in gezamenlijkheid', 'collectieve', 'horizontale'],
  /** Regie aimed at a buzz object instead of a result (judgement §5: pushes towards hol). */
  buzzObject: ['regie* op|over|voor|van de|het? samenhang|synergie|verbinding|integraliteit|geheel|keten|netwerk|samenwerking|processen',
    'regie* op|over|voor|van de? integrale aanpak'],
  /** A founding clause: the body is set up here. */
  founding: ['er is|komt|wordt een|het|de', 'wordt|worden ingesteld|opgericht|opgezet|ingericht|gevormd', sep('stelt|stellen', 'in'), 'richt|richten ~ in',
    // "richt … op" founds a body; "richt zich op" is to focus on.
    String.raw`re:(?:richt|richten)\s+(?!zich(?![\p{L}]))(?:[\p{L}-]+\s+){0,5}?op`,
    'in te stellen', 'op te richten', 'in het leven geroepen'],
  /** Bodies with regie in their name (tested on the word itself). */
  body: ['re:[\\p{L}-]*regie(?:groep|tafel|team|overleg|orgaan|raad|raden|commissie|bureau|punt|wet|centrum|platform|board|organisatie|afdeling|eenheid|directie|kamer)(?:en|s)?'],
  /**
   * The second part of a compound that starts with regie and still names the role or its exercise ("regierol",
   * "regietaak", "regievoering"); any other second part names a thing of its own ("regieverlies", "regiemodel"), which
   * claims no regie (read as a word class, tested on the part after "regie").
   */
  claimHead: ['rol', 'rollen', 'functie', 'functies', 'taak', 'taken', 'voering', 'voerder', 'voerders', 'gemeente', 'houder', 'verantwoordelijkheid',
    'verantwoordelijkheden', 'bevoegdheid', 'bevoegdheden', 'opdracht', 'positie', 'macht'],
  /** Head words of a proper name that a capitalised regie word continues ("Wet regie op …", "Programma Regie …"). */
  nameHead: ['wet', 'programma', 'regeling', 'besluit', 'actieplan', 'agenda', 'netwerk', 'platform', 'project', 'pilot', 'aanpak', 'stichting',
    'kenniscentrum', 'werkgroep', 'overleg', 'leidraad', 'handreiking', 'model', 'functie', 'principe', 'thema'],
  /** A form instruction at the start of a sentence: the text asks the reader, it claims nothing. */
  formInstruction: ['beschrijf', 'omschrijf', 'geef aan', 'geef een', 'vermeld', 'licht toe', 'motiveer', 'noem', 'vul in', 'kruis aan', 'toelichting :'],
  /** Verbs of content: a regie word listed as what a text contains is an argument of a description, no claim. */
  contentVerb: ['bevat', 'bevatten', 'omvat', 'omvatten', 'beschrijft', 'beschrijven', 'bestaat|bestaan uit', 'gaat|gaan over', 'behandelt',
    'behandelen', 'aandacht voor', 'onderwerpen', 'thema\'s'],
  /** What an indicator counts or measures: a regie word inside it is no claim (real-documents C1). */
  indicator: ['indicator', 'indicatoren', '*indicator', '*indicatoren', 'kengetal', 'kengetallen', 'het aantal', 'aantal', 'percentage', 'het aandeel',
    'mate waarin', 'meten', 'gemeten'],
  /** "We" defined as one party, or the text speaking as one authority (judgement §7). */
  weDefined: ['wij , de|het', 'we|wij als gemeente|college|provincie|rijk|kabinet|gemeentebestuur|waterschap|coalitie|bestuur',
    'als gemeente|college|provincie|gemeentebestuur we|wij|willen|gaan|zetten|voeren|nemen',
    're:hierna(?:\\s+te\\s+noemen)?:?\\s+["“]?(?:wij|we|ons)', 'onze gemeente|provincie|inwoners|stad|dorpen|regio', 'ons college|dorp',
    'dit|het coalitieakkoord|collegeprogramma|bestuursakkoord|collegeakkoord|raadsakkoord|coalitieprogramma'],
  /** Several parties speak: an agreement, or collectives acting throughout. */
  multiParty: ['komen het volgende? overeen', 'ondergetekenden', 'ondertekenaars', 'partijen', 'partners', 'ketenpartners', 'deelnemers',
    'samenwerkingspartners', 'netwerkpartners', 'deelnemende gemeenten|organisaties|partijen'],
  /** The partners gave the role: appointed, asked, chosen or mandated by them (regie/eenzijdig does not fire). */
  given: ['op verzoek van', 'op voordracht van', 'aangewezen door', 'aangewezen als', sep('wijzen', 'aan'), 'gekozen door', 'kiezen ~ als',
    'met instemming van', 'in opdracht van', 'gemandateerd door', 'namens de|alle? partners|partijen|deelnemers',
    'door de partners|partijen|deelnemers aangewezen|gekozen|gevraagd|gemandateerd',
    'de|alle? partners|partijen|deelnemers vragen|verzoeken|wijzen|kiezen|mandateren|geven'],
  /**
   * The partners decide with the holder: a shared responsibility, or a joint body of all of them that steers ("maar
   * deelt de verantwoordelijkheid met de gemeenten", "een stuurgroep waarin alle deelnemers zitting hebben");
   * regie/eenzijdig does not fire.
   */
  coDecide: ['delen|deelt ~ verantwoordelijkheid|verantwoordelijkheden ~ met', 'gedeelde|gezamenlijke verantwoordelijkheid',
    'waarin|waarin alle ~ vertegenwoordigd|zitting', 'samen|gezamenlijk besluiten|beslissen', 'besluiten|beslissen ~ samen|gezamenlijk'],
  /** Stepping in when things stall: an agreed escalation rule, not a grab (regie/eenzijdig does not fire). */
  stepIn: ['re:(?:als|wanneer|indien|zodra|mocht|bij) [^.;]{0,80}?(?<![\\p{L}])(?:vastloopt|vastlopen|stagneert|stagneren|niet lukt|niet tot stand komt|escaleert|niet tijdig|uitblijft|in gebreke)'],
  /** Equals in the same clause as a regie claim (regie/horizontaal). */
  equals: ['gelijkwaardig', 'gelijkwaardige', 'gelijkwaardigheid', 'nevengeschikt', 'nevengeschikte', 'zonder hiërarchie', 'niet-hiërarchisch',
    'niet hiërarchisch', 'horizontaal', 'horizontale', 'onder gelijken', 'als gelijken'],
  /** A pronoun as the whole subject of the regie clause: its holder is in the sentence before (read as a word class). */
  pronoun: ['zij', 'ze', 'hij', 'het', 'dit', 'deze', 'die', 'dat', 'hierbij', 'daarbij'],
  /** Verbs before "bij <party>" that place the regie with that party ("ligt bij", "berust bij", "is belegd bij") (read as a word class). */
  placedWith: ['ligt', 'liggen', 'berust', 'berusten', 'blijft', 'blijven', 'komt', 'komen', 'is', 'zijn', 'belegd', 'gelegd', 'neergelegd'],
  /**
   * Verbs (lemmas) whose clause claims the regie word in it (guide real-documents C1): holding, taking, carrying,
   * placing, keeping, strengthening or providing regie, and the copula of "regie is …" (read as a word class).
   */
  claimVerb: ['voeren', 'nemen', 'hebben', 'houden', 'krijgen', 'pakken', 'leggen', 'liggen', 'berusten', 'overnemen', 'terugnemen', 'behouden',
    'uitoefenen', 'vervullen', 'innemen', 'oppakken', 'hernemen', 'heroveren', 'beleggen', 'versterken', 'vergroten', 'verbeteren', 'organiseren', 'zijn', 'worden',
    'komen', 'zorgen', 'inzetten', 'blijven', 'claimen', 'opeisen', 'toekennen', 'neerleggen', 'regisseren', 'optreden', 'fungeren', 'vragen', 'vergen', 'vereisen', 'verwachten',
    'moeten', 'vullen', 'invullen', 'zetten', 'kiezen', 'hanteren', 'toepassen', 'aannemen', 'delen', 'verdelen'],
  /** The author's "we" in the regie clause or the phrase with the regie word (read as a word class). */
  firstPerson: ['we', 'wij', 'ons', 'onze'],
  /** Regie in the sense of the arts: the director of a film, a play or a performance. */
  performanceContext: ['film', 'films', '*film', '*films', 'voorstelling', 'voorstellingen', '*voorstelling', 'toneel', '*toneel', 'theater', '*theater',
    'opera', 'musical', 'documentaire', 'speelfilm', 'acteur', 'acteurs', 'actrice', 'cast', 'filmfestival', 'toneelstuk', 'regisseur van de|het film|voorstelling|stuk'],
  /**
   * A sentence that takes up a regie claimed without a holder in the sentence before ("Regie is nodig. Wij pakken die
   * rol op door …", "Er moet regie komen. De provincie richt daarom een regietafel in"): the regie word with a
   * demonstrative, or a connector of purpose (guide real-documents: the next sentence that opens with an anaphor).
   */
  needTakenUp: ['die|deze|dat|dit regie*', 'die|deze|dat|dit rol', 'die|deze|dat|dit taak', 'daarom', 'daartoe', 'hiertoe', 'daarvoor', 'hiervoor', 'om die reden'],
  /** Verbs of another party's expectation, wish or request before a "dat"-clause (lemmas, read as a word class). */
  wishVerbs: ['verwachten', 'vragen', 'eisen', 'wensen', 'willen', 'verlangen', 'verzoeken', 'adviseren', 'aanbevelen'],
} as const;

export type RegieVocabId = keyof typeof REGIE_VOCAB;

/** What each list means, in Dutch and English (the vocabulary list in docs/vocabulary.md and the config help). */
const DESCRIPTIONS: Record<RegieVocabId, Localized> = {
  kind: { nl: 'Een soort regie, genoemd of beschreven', en: 'A kind of regie, named or described' },
  needTakenUp: { nl: 'Een zin die een regie zonder houder uit de zin ervoor opneemt ("die rol", "daarom", "daartoe")', en: 'A sentence that takes up a regie without holder from the sentence before ("that role", "therefore")' },
  means: { nl: 'Middelen van de regie: mandaat, bevoegdheid, geld, mensen', en: 'Means of the regie: mandate, competence, money, people' },
  strongTask: { nl: 'Werkwoorden die een taak op zichzelf concreet maken (vaststellen, betalen, opdragen)', en: 'Verbs that make a task concrete by themselves (decide, pay, order)' },
  weakTask: { nl: 'Werkwoorden die een taak alleen met een concreet object concreet maken', en: 'Verbs that make a task concrete only with a concrete object' },
  concreteObject: { nl: 'Objecten die een zwakke taak concreet maken (plan, besluit, budget)', en: 'Objects that make a weak task concrete (plan, decision, budget)' },
  coordinationOnly: { nl: 'Alleen coördineren of afstemmen: maakt een regieclaim niet concreet', en: 'Coordination only: does not make a regie claim concrete' },
  lack: { nl: 'Een partij die de middelen mist', en: 'A party that lacks the means' },
  takeover: { nl: 'Een partij die het overneemt', en: 'A party that takes over' },
  people: { nl: 'Mensen wier regie hun eigen grip op hun leven is (inwoners, cliënten)', en: 'People whose regie is their own grip on their life (residents, clients)' },
  professionals: { nl: 'Professionals: hun regie over een casus is geen claim van een publieke partij', en: 'Professionals: their regie over a case is no public party’s claim' },
  ownObject: { nl: 'Direct na het regiewoord: het eigen leven, de eigen gegevens of het eigen dossier', en: 'Right after the regie word: one’s own life, data or dossier' },
  personalObject: { nl: 'Direct na het regiewoord: persoonsgegevens, een dossier, een leven', en: 'Right after the regie word: personal data, a dossier, a life' },
  internalObject: { nl: 'Direct na het regiewoord: de eigen bedrijfsvoering of interne zaken', en: 'Right after the regie word: the organisation\'s own inner workings' },
  ownGrip: { nl: 'Eigen regie, waar het ook in de zin staat', en: 'Own grip, wherever it stands in the sentence' },
  giveVerb: { nl: 'Werkwoorden die regie aan een ander geven', en: 'Verbs that give regie to someone else' },
  askVerb: { nl: 'Werkwoorden (lemma\'s) waarmee regie van een ander gevraagd wordt ("Wij vragen de provincie om regie")', en: 'Verbs (lemmas) that ask regie of someone else' },
  collective: { nl: 'Gezamenlijke regie zonder eigenaar', en: 'Joint regie without an owner' },
  jointly: { nl: 'Regie die samen wordt gevoerd: niemand is eigenaar', en: 'Regie held jointly: nobody owns it' },
  buzzObject: { nl: 'Regie op een toverwoord in plaats van een resultaat', en: 'Regie aimed at a buzzword instead of a result' },
  founding: { nl: 'Een instellingsbepaling: het orgaan wordt hier opgericht', en: 'A founding clause: the body is set up here' },
  body: { nl: 'Organen met regie in hun naam (regietafel, regiegroep)', en: 'Bodies with regie in their name (regie table, regie group)' },
  claimHead: { nl: 'Tweede deel van een samenstelling met regie dat nog de rol noemt (regierol, regietaak); elk ander deel noemt iets anders (regieverlies)', en: 'Second part of a regie compound that still names the role (regie role, regie task); any other part names something else (loss of control)' },
  nameHead: { nl: 'Kopwoorden van een eigennaam die een regiewoord voortzet (Wet, Programma)', en: 'Head words of a proper name a regie word continues (Act, Programme)' },
  formInstruction: { nl: 'Een invulinstructie aan het begin van de zin', en: 'A form instruction at the start of a sentence' },
  contentVerb: { nl: 'Werkwoorden van inhoud: een regiewoord als onderwerp van een beschrijving', en: 'Verbs of content: a regie word as what a text contains' },
  indicator: { nl: 'Wat een indicator telt of meet', en: 'What an indicator counts or measures' },
  weDefined: { nl: '"We" als één partij, of de tekst spreekt als één overheid', en: '"We" defined as one party, or the text speaking as one authority' },
  multiParty: { nl: 'Meerdere partijen spreken: een overeenkomst', en: 'Several parties speak: an agreement' },
  given: { nl: 'De partners gaven de rol: aangewezen, gevraagd of gemandateerd', en: 'The partners gave the role: appointed, asked or mandated' },
  coDecide: { nl: 'De partners beslissen mee: gedeelde verantwoordelijkheid of een gezamenlijk orgaan dat stuurt', en: 'The partners decide along: a shared responsibility or a joint body that steers' },
  stepIn: { nl: 'Ingrijpen als het vastloopt: een afgesproken escalatie', en: 'Stepping in when things stall: an agreed escalation' },
  claimVerb: { nl: 'Werkwoorden waarvan de zin het regiewoord claimt (voeren, nemen, hebben, liggen bij, zorgen voor, zijn)', en: 'Verbs whose clause claims the regie word' },
  equals: { nl: 'Gelijken in dezelfde zin als een regieclaim', en: 'Equals in the same clause as a regie claim' },
  pronoun: { nl: 'Een voornaamwoord als onderwerp van de regiezin: de houder staat in de zin ervoor (woorden)', en: 'A pronoun as the subject of the regie clause: the holder is in the sentence before (words)' },
  placedWith: { nl: 'Werkwoorden vóór "bij <partij>" die de regie daar leggen ("ligt bij", "is belegd bij") (woorden)', en: 'Verbs before "bij <party>" that place the regie with that party (words)' },
  firstPerson: { nl: 'De "we" van de auteur in de regiezin (woorden)', en: 'The author\'s "we" in the regie clause (words)' },
  performanceContext: { nl: 'Regie in de kunsten: de regisseur van een film, toneelstuk of voorstelling', en: 'Regie in the arts: the director of a film, play or performance' },
  wishVerbs: { nl: 'Werkwoorden van verwachting, wens of verzoek van een andere partij vóór een dat-zin (lemma\'s)', en: 'Verbs of another party\'s expectation, wish or request before a that-clause (lemmas)' },
};

const conceptIds = new Map<string, string>();
/** The concept id of a regie list in the vocabulary: `kind` → `regieReaderKind`. */
export function regieConceptId(key: RegieVocabId): string {
  // Built once per key: the reader asks for its lists per word, and a fresh id string per call cost a string build and
  // a hash of it in every `vocab` look-up.
  let id = conceptIds.get(key);
  if (id === undefined) conceptIds.set(key, (id = `regieReader${key[0].toUpperCase()}${key.slice(1)}`));
  return id;
}

/** Lists read as word classes only (`isWord`): kept out of the combined per-sentence pass. */
const WORD_CLASSES = new Set<RegieVocabId>(['pronoun', 'firstPerson', 'placedWith', 'claimVerb', 'wishVerbs']);

/** The regie reader's lists as concepts of the one vocabulary (registered in ./index.ts; users extend them by id). */
export const REGIE_CONCEPTS: Record<string, Concept> = concepts(Object.fromEntries((Object.keys(REGIE_VOCAB) as RegieVocabId[])
  .map((k) => [regieConceptId(k), { description: DESCRIPTIONS[k], phrases: REGIE_VOCAB[k] as readonly string[], ...(WORD_CLASSES.has(k) ? { textOnly: true } : {}) }])));
