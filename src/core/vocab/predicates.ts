/**
 * The word classes of the checklist's predicates over clause records (src/core/checklist/evaluate.ts): lemmas of
 * verbs whose subject or door-agent is the party that acts, and heads of nouns (compounds reduced to their head:
 * "opleidingskosten" → kost). They are read as classes (`vocab(id).isWord(lemma)`), so every phrase is one word;
 * the pre-checks of the predicates are derived from them (./precheck.ts). Users extend any of them with
 * `phrases: { "<id>": ["…"] }`.
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

/** Word classes: read as sets of lemmas or heads (`isWord`); the pre-checks use their surface stems. */
export const PREDICATE_WORD_CLASSES = concepts({
  // — K1 —
  needVerbs: { description: { nl: 'Werkwoorden van vraag: de mensen voor wie het werk is willen, vragen of verwachten iets (lemma\'s)', en: 'Verbs of demand: the people the work is for want, ask or expect something (lemmas)' },
    phrases: words('willen wensen verwachten vragen zoeken behoeven rekenen hopen') },
  targetGroupMark: { description: { nl: 'Woorden die een groep als doelgroep aanwijzen ("bedoeld voor", "doelgroep zijn", "richt zich op")', en: 'Words that name a group as the target group ("intended for", "the target group is", "is aimed at")' },
    phrases: ['bedoeld voor', 'bestemd voor', 'doelgroep is|zijn', 'de doelgroep bestaat uit', 'is|zijn de doelgroep', 'richt|richten zich op', 'is|zijn gericht op', 'is|zijn er voor', 'centraal staan|staat', 'staan|staat centraal'] },
  reportOfDemand: { description: { nl: 'Een verslag van wat mensen zeggen of wat blijkt, vóór "dat" ("uit de enquête blijkt dat", "ouders geven aan dat")', en: 'A report of what people say or what emerges, before "that"' },
    phrases: ['@blijken', 'geven|geeft|gaven|gaf ~ aan', 'aangeven|aangegeven', '@zeggen', 'laten|laat|lieten ~ weten', '@vertellen', '@melden'] },
  needMatters: { description: { nl: 'Woorden voor wat voor de mensen telt ("voor ouders is het belangrijk dat …")', en: 'Words for what matters to the people' },
    phrases: words('belangrijk essentieel cruciaal onmisbaar waardevol prettig fijn nodig') },
  approachHeads: { description: { nl: 'Hoofdwoorden van een aanpak of bestuur ("vraagt om een andere aanpak", "behoefte aan sturing"): wat het werk vraagt, geen behoefte van afnemers', en: 'Heads of nouns for an approach or governance: what the work requires, not a need of afnemers' },
    phrases: words('aanpak samenwerking samenspel keuze keus regie inzet sturing bijsturing omslag verandering bestuur overheid kijk balans visie inpassing maatregel instrument actie investering aandacht durf lef daadkracht continuïteit afstemming besluitvorming focus prioriteit cultuur houding kader stelsel monitoring analyse beleid beleidsvrijheid beleidsruimte') },
  needHeads: { description: { nl: 'Hoofdwoorden van behoeften ("zorgvraag", "woonbehoefte")', en: 'Heads of need nouns ("care demand", "housing need")' },
    phrases: words('behoefte wens vraag') },
  voiceHeads: { description: { nl: 'Hoofdwoorden van een stem van de mensen: inspraakvormen, panels, peilingen', en: 'Heads of nouns for a voice of the people: participation, panels, surveys' },
    phrases: words('samenspraak cocreatie participatie participatietraject panel forum klankbordgroep enquête peiling bijeenkomst gesprek meedenksessie consultatie tevredenheidsonderzoek ervaringsonderzoek sessie werksessie') },
  voiceVerbs: { description: { nl: 'Werkwoorden waarmee mensen gehoord worden of meedoen (lemma\'s)', en: 'Verbs by which people are heard or take part (lemmas)' },
    phrases: words('ophalen raadplegen bevragen betrekken meedenken meepraten meebeslissen meeschrijven meeontwerpen ontwerpen testen toetsen adviseren beoordelen') },
  stakeHeads: { description: { nl: 'Hoofdwoorden van een eigen belang of meerwaarde', en: 'Heads of nouns for a stake or added value' },
    phrases: words('belang meerwaarde voordeel winst baat profijt') },
  stakeNeed: { description: { nl: 'Woorden van noodzaak voor een partij ("onmisbaar voor de corporatie", "heeft het nodig")', en: 'Words of necessity for a party' },
    phrases: words('onmisbaar essentieel cruciaal noodzakelijk nodig onontbeerlijk waardevol') },
  difficultyWords: { description: { nl: 'Woorden van moeite of onvermogen in de zin van wie het treft ("vinden moeilijk werk", "hebben moeite met")', en: 'Words of difficulty or inability in the clause of whom it hits' },
    phrases: words('moeilijk moeilijker moeite lastig lastiger nauwelijks amper onvoldoende vastlopen') },
  countNouns: { description: { nl: 'Telwoorden vóór een groep mensen ("het aantal gezinnen", "steeds meer ouderen")', en: 'Count nouns before a group of people' },
    phrases: words('aantal aandeel percentage deel helft groep') },
  genericPeopleHeads: { description: { nl: 'Algemene woorden voor mensen die alleen geen bepaalde groep afnemers noemen (lemma\'s)', en: 'General words for people that alone name no particular group of afnemers (lemmas)' },
    phrases: words('inwoner bewoner burger mens persoon iedereen deelnemer belanghebbende gerechtigde gebruiker') },
  // — K2 —
  accountVerbs: { description: { nl: 'Werkwoorden van verantwoording afleggen (lemma\'s)', en: 'Verbs of rendering account (lemmas)' },
    phrases: words('informeren rapporteren verantwoorden inlichten') },
  roleActs: { description: { nl: 'Werkwoorden van een bijdrage of taak die een partij op zich neemt (lemma\'s; separabele werkwoorden herenigd)', en: 'Verbs of a contribution or task a party takes on (lemmas; separable verbs reunited)' },
    phrases: words('leveren aanleveren verzorgen uitvoeren organiseren financieren betalen bekostigen bijdragen verstrekken begeleiden ondersteunen ' +
      'coördineren faciliteren beheren onderhouden opstellen registreren monitoren adviseren werven opleiden inzetten aanbieden ' +
      'zorgen realiseren ontwikkelen handhaven toezien controleren verlenen regelen inrichten opzetten aanstellen huisvesten opvangen ' +
      'uitkeren vergoeden investeren beschikbaarstellen terbeschikkingstellen verbinden verplichten trekken leiden ' +
      'aanwijzen detacheren vrijmaken bemensen bouwen aanleggen') },
  staffHeads: { description: { nl: 'Hoofdwoorden van mensen die een partner inzet (na een aantal: "twee wijkcoaches", "vier ambtenaren")', en: 'Heads of nouns for staff a partner puts in (after a count)' },
    phrases: words('medewerker ambtenaar coach consulent begeleider adviseur coördinator regisseur handhaver boa functionaris specialist ' +
      'kwartiermaker werker manager projectleider programmaleider docent jurist verpleegkundige agent wijkagent casemanager trajectbegeleider') },
  // — K3 —
  payActs: { description: { nl: 'Werkwoorden van betalen of investeren; de betaler is het onderwerp (lemma\'s)', en: 'Verbs of paying or investing; the payer is the subject (lemmas)' },
    phrases: words('betalen financieren bekostigen vergoeden subsidiëren cofinancieren investeren bijdragen meebetalen meefinancieren voorfinancieren') },
  bearCostVerbs: { description: { nl: 'Werkwoorden van kosten of risico dragen, met een kostenwoord als lijdend voorwerp (lemma\'s)', en: 'Verbs of bearing a cost or risk, with a cost noun as object (lemmas)' },
    phrases: words('dragen nemen opvangen opbrengen dekken') },
  costHeads: { description: { nl: 'Hoofdwoorden van kosten, tekorten en risico\'s', en: 'Heads of cost, deficit and risk nouns' },
    phrases: words('kost kosten risico tekort saldo verlies overschrijding last lasten deel aandeel helft bijdrage') },
  decideVerbs: { description: { nl: 'Werkwoorden van besluiten; wie besluit is het onderwerp (lemma\'s)', en: 'Verbs of deciding; the decider is the subject (lemmas)' },
    phrases: words('besluiten beslissen vaststellen goedkeuren instemmen bepalen mandateren beschikken toewijzen weigeren intrekken machtigen aanwijzen benoemen beoordelen') },
  decisionHeads: { description: { nl: 'Hoofdwoorden van besluiten ("collegebesluit")', en: 'Heads of decision nouns ("council decision")' },
    phrases: words('besluit beschikking goedkeuring vaststelling instemming zeggenschap beslissing doorzettingsmacht beslissingsbevoegdheid') },
  deciderModifiers: { description: { nl: 'Wie besluit, als eerste deel van een besluitwoord ("collegebesluit")', en: 'Who decides, as the first part of a decision noun' },
    phrases: words('college raad bestuur minister staten directie stuurgroep gemeenteraad gemeente provincie burgemeester') },
  processHeads: { description: { nl: 'Hoofdwoorden van een werkwijze die partners kunnen delen', en: 'Heads of nouns for a way of working partners can share' },
    phrases: words('standaard protocol procedure werkproces proces werkwijze route loket intake registratie systeem format formulier ' +
      'handreiking methodiek werkafspraak definitie triage casusoverleg uitwisseling overdracht aanmelding toegang dossier informatiesysteem ' +
      'meldpunt aanmeldpunt voordeur werkinstructie stappenplan schouw') },
  processVerbs: { description: { nl: 'Werkwoorden van een werkwijze hanteren of uitvoeren (lemma\'s)', en: 'Verbs of using or running a way of working (lemmas)' },
    phrases: words('hanteren gebruiken volgen toepassen delen uitwisselen verstrekken doorverwijzen verwijzen aanmelden overdragen registreren ' +
      'aansluiten werken lopen behandelen afhandelen inrichten invoeren') },
  infoHeads: { description: { nl: 'Hoofdwoorden van casusinformatie die partners doorgeven', en: 'Heads of case information partners pass on' },
    phrases: words('informatie gegeven gegevens signaal melding data persoonsgegeven dossier casus overdracht verwijzing') },
  informVerbs: { description: { nl: 'Werkwoorden van elkaar inlichten (lemma\'s); met "elkaar" of "de andere partij" als voorwerp een informatieplicht tussen partijen', en: 'Verbs of informing each other (lemmas)' },
    phrases: words('informeren inlichten berichten') },
  keepInformedVerbs: { description: { nl: 'Werkwoorden bij "op de hoogte" (lemma\'s): elkaar op de hoogte houden, brengen, stellen', en: 'Verbs with "op de hoogte" (keep, bring informed)' },
    phrases: words('houden brengen stellen') },
  passVerbs: { description: { nl: 'Werkwoorden van informatie doorgeven of doorverwijzen (lemma\'s)', en: 'Verbs of passing information on or referring (lemmas)' },
    phrases: words('uitwisselen delen verstrekken doorgeven melden overdragen doorverwijzen verwijzen doorzetten aanmelden doorgeleiden terugkoppelen') },
  // — K4 —
  rungVerbs: { description: { nl: 'Treden van de participatieladder (lemma\'s): loslaten, faciliteren, stimuleren, regisseren, reguleren', en: 'Rungs of the participation ladder (lemmas)' },
    phrases: words('loslaten faciliteren stimuleren regisseren reguleren ordenen') },
  roleNouns: { description: { nl: 'Rolwoorden die een trede kan kenmerken ("een faciliterende rol")', en: 'Role nouns a rung qualifies ("a facilitating role")' },
    phrases: words('rol overheid houding positie taak opstelling') },
  meansHeads: { description: { nl: 'Hoofdwoorden van middelen van een regisseur: bevoegdheid, budget, mensen', en: 'Heads of nouns for a regie holder\'s means: power, budget, people' },
    phrases: words('bevoegdheid mandaat budget fonds formatie fte team bureau programmabureau projectleider ' +
      'doorzettingsmacht aanwijzingsbevoegdheid instrument instrumentarium middel begroting subsidie') },
  meansVerbs: { description: { nl: 'Werkwoorden die een middel inzetten: betalen, opleggen, handhaven (lemma\'s)', en: 'Verbs that use a means: pay, impose, enforce (lemmas)' },
    phrases: words('financieren betalen bekostigen subsidiëren opleggen aanwijzen handhaven verlenen weigeren intrekken mandateren ' +
      'beschikken inzetten opdragen verplichten') },});

/** Patterns of the predicates and frames: phrase lists (`re:` only where a gap or a character class is needed). */
export const PREDICATE_PATTERNS = concepts({
  joinVerbs: { description: { nl: 'Werkwoorden van meedoen aan een samenwerking (meedoen, deelnemen, aansluiten; lemma\'s)', en: 'Verbs of taking part in a cooperation (lemmas)' },
    phrases: words('meedoen deelnemen aansluiten instappen participeren toetreden') },
  yieldVerbs: { description: { nl: 'Werkwoorden van opbrengen voor iemand (opleveren, opbrengen; lemma\'s)', en: 'Verbs of yielding something to someone (lemmas)' },
    phrases: words('opleveren opbrengen') },
  gainHeads: { description: { nl: 'Hoofdwoorden van wat iets oplevert als winst (besparing, opbrengst)', en: 'Heads of nouns for what is yielded as a gain' },
    phrases: words('besparing opbrengst rendement') },
  harmHeads: { description: { nl: 'Hoofdwoorden van schade of last (probleem, risico, nadeel)', en: 'Heads of nouns for harm or burden' },
    phrases: words('probleem risico nadeel schade last') },
  reductionWords: { description: { nl: 'Woorden van vermindering (minder, lagere)', en: 'Words of reduction (less, lower)' },
    phrases: words('minder lager lagere kortere korter') },
  stakeAlone: { description: { nl: 'Wat niemand alleen kan ("geen van de partijen kan dit alleen", "op eigen kracht")', en: 'What none could do alone' },
    phrases: ['re:(?:geen|niemand|niet)\\s+(?:[\\p{L}-]+\\s+){1,7}(?:alleen|afzonderlijk)', 're:(?:meer|beter|sterker|verder)\\s+dan\\s+(?:[\\p{L}-]+\\s+){0,3}(?:alleen|afzonderlijk|apart)', 're:niet\\s+alleen\\s*[.,;]', 're:(?:alleen|afzonderlijk)\\s+(?:[\\p{L}-]+\\s+){0,5}(?:niet|geen)',
      'in hun|haar|zijn|ons eentje', 'op eigen kracht'] },
  stakeNoneOrMore: { description: { nl: 'Niemand, niet, of meer dan (bij wat niemand alleen kan)', en: 'None, not, or more than (with what none could do alone)' },
    phrases: ['geen', 'niet', 'niemand', 'meer|beter|sterker dan'] },
  stakeNotOnly: { description: { nl: '"Niet alleen … maar ook": geen "niet alleen" in de zin van samen', en: '"Not only … but also"' },
    phrases: ['re:niet\\s+alleen(?![\\p{L}])[^.;]*(?<![\\p{L}])maar', 'niet alleen op|in|bij|voor|om|de|het|een|aan|van'] },
  stakeReach: { description: { nl: 'Bereiken of oplossen (wat niemand alleen kan)', en: 'Reaching or solving' },
    phrases: ['kan', 'kunnen', 'kon', 'konden', 'bereik*', 'realiser*', 'oplos*', 'op te lossen', 'lukt', 'lukken', 'voor elkaar'] },
  stakeOwn: { description: { nl: 'De eigen taak of het eigen doel van een partij ("voor zijn eigen wettelijke taak")', en: 'A party\'s own task or aim' },
    phrases: ['eigen taak|taken|doel|doelen|doelstelling|doelstellingen|werk|opdracht', 'eigen wettelijke taak|taken', 'wettelijke taak|taken', 'eigen bedrijfsvoering'] },
  sharedStake: { description: { nl: 'Een eigen of gedeeld belang ("wederzijds belang", "belang bij")', en: 'An own or shared stake' },
    phrases: ['eigen belang*', 'gezamenlijk* belang*', 'gemeenschappelijk* belang*', 'gedeeld* belang*', 'wederzijds* belang*', '*belang bij'] },
  accounting: { description: { nl: 'Boekhoudwoorden: daar zijn lasten en baten begrotingsposten', en: 'Accounting words: there costs and benefits are budget lines' },
    phrases: ['baten en lasten', 'lasten en baten', 'jaarrekening', 'begroting*', 'balans*', 'exploitatie*', 'kostensoort*', 'opbrengst*'] },
  genericPartyHeads: { description: { nl: 'Algemene namen van organisaties die geen bepaalde partner noemen (koppen van actoren)', en: 'Generic organisation names that name no particular partner' },
    phrases: ['partijen', 'partners', 'organisaties', 'instanties', 'raad', 'bestuur', 'directie', 'college', 'colleges', 'instelling', 'instellingen', 'organisatie',
      'stichting', 'regio', 'werkgroep', 'projectgroep', 'fonds'] },
  principal: { description: { nl: 'Een opdrachtgever aan wie verantwoording wordt afgelegd (raad, staten, minister, stuurgroep)', en: 'A principal one answers to' },
    phrases: ['raad', 'gemeenteraad', 'staten', 'provinciale staten', 'kamer', 'tweede kamer', 'minister', 'stuurgroep', 'opdrachtgever', 'algemeen bestuur', 'bestuur'] },
  grantRule: { description: { nl: 'Spelregels van een subsidierelatie: volgorde van binnenkomst, horen vóór een besluit', en: 'Rules of a grant relation: order of receipt, a hearing' },
    phrases: ['volgorde van binnenkomst|ontvangst|indiening|aanvraag', 'in de gelegenheid gesteld', 'in de gelegenheid te worden gehoord', 'wordt|worden gehoord'] },
  decisionTerm: { description: { nl: 'Een beslistermijn ("binnen acht weken")', en: 'A decision term ("within eight weeks")' },
    phrases: ['re:binnen\\s+(?:\\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|dertien)\\s+(?:dagen|werkdagen|weken|maanden|maand|week)'] },
  sharedWay: { description: { nl: 'Een werkwijze die gedeeld is, niet van één partij ("gezamenlijk", "uniform", "samen")', en: 'A way of working that is shared' },
    phrases: ['gezamenlijk*', 'gemeenschappelijk*', 'uniform*', 'eenduidig*', 'één', 'centraal', 'centrale', 'zelfde', 'gedeeld*', 'landelijk*', 'regionaal', 'regionale',
      'onderling*', 'elkaars', 'beide', 'alle partijen', 'samen', 'hetzelfde', 'dezelfde'] },
  ownWay: { description: { nl: 'Ieder een eigen werkwijze ("elke partner zijn eigen systeem")', en: 'Each party its own way of working' },
    phrases: ['re:(?:elk|ieder|iedere|elke)\\s+(?:\\p{L}+\\s+){0,2}eigen', 'eigen intern|interne'] },
  regieKindWord: { description: { nl: 'Een soort regie in één woord (procesregie, uitvoeringsregie, casusregisseur)', en: 'A kind of regie in one word' },
    phrases: ['procesregie', 'procesregisseur*', 'procesbegeleid*', 'procesmanag*', 'ordeningsregie', 'ordeningregie', 'ordenende regie', 'uitvoeringsregie', 'uitvoeringregie',
      'uitvoerende regie', 'casusregie', 'casusregisseur*'] },
  regieImplies: { description: { nl: 'Wat een trede inhoudt wordt uitgelegd (zonder, betekent, in plaats van, met geld of regels)', en: 'What a rung implies is spelled out' },
    phrases: ['zonder', 'betekent', 'houdt in', 'wil zeggen', 'in plaats van', 'maar niet', 're:niet\\s+\\p{L}+\\s+maar', 'met geld|middelen|subsidie|regels|wetgeving',
      'op afstand', 'vanuit onze|haar|zijn|de verantwoordelijkheid|eindverantwoordelijkheid', ':'] },
  regieKindSubstance: { description: { nl: 'De soort regie in woorden: zonder eigen belang, als medespeler, doorzettingsmacht, ingrijpen als het vastloopt', en: 'The kind of regie in substance' },
    phrases: ['zonder eigen belang', 'onafhankelijk|onafhankelijke procesbegeleider|voorzitter|regisseur', 'als medespeler', 'met eigen geld|middelen en mensen|menskracht',
      'doorzettingsmacht', 'als|wanneer|zodra het vastloopt|stokt|stagneert', 'als|wanneer|zodra het proces vastloopt|stokt|stagneert',
      'als|wanneer|zodra de samenwerking vastloopt|stokt|stagneert'] },
  regieOrLead: { description: { nl: 'Een woord voor regie of leiding (regie, regisseur, regierol, leiding, trekker, voortouw)', en: 'A word for regie or leadership' },
    phrases: ['re:\\p{L}*regi(?:e|sseur|sseren|sserend\\p{L}*|srol)\\p{L}*', 'leiding', 'trekker', 'voortouw'] },
  // — patterns of the frames (read/frames.ts) —
  gainFor: { description: { nl: 'Winst of last met wie die draagt na "voor" ("winst voor bewoners", "maatschappelijke kosten")', en: 'A gain or burden with its bearer after "voor"' },
    phrases: ['re:(?:voordeel|voordelen|winst|baat|baten|nadeel|nadelen|gevolgen|lasten|kosten|schade)\\s+(?:\\p{L}+\\s+){0,2}voor', 'maatschappelijke kosten|schade'] },
  burdenAdj: { description: { nl: 'Een belastend bijvoeglijk naamwoord met wie het draagt ("tijdrovend voor de scholen")', en: 'A burdening adjective with its bearer' },
    phrases: ['re:(?:belastend|kostbaar|tijdrovend|arbeidsintensief|nadelig|schadelijk|ingrijpend|zwaar|duur|frustrerend|onveilig|ongezond)\\s+(?:\\p{L}+\\s+){0,2}voor'] },
  bearerMark: { description: { nl: 'Wie de last draagt of de baat heeft ("ten koste van", "ten goede aan", "de dupe")', en: 'Who bears or gains ("at the expense of", "to the benefit of")' },
    phrases: ['ten koste van', 'ten goede aan|komen|komt', 'komt|komen ten goede', 'de dupe', 'last|hinder van', 'baat bij', 'betalen|betaalt de prijs', 'de prijs @betalen',
      'betalen|betaalt ~ de prijs', 'de rekening ligt|komt ~ bij',
      're:(?:kosten|lasten|rekening|gevolgen)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:komen|komt|belanden|belandt)\\s+(?:[\\p{L}-]+\\s+){0,5}(?:terecht|uit)\\s+bij',
      're:(?:kosten|lasten|rekening|gevolgen)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:komen|komt|belanden|belandt)\\s+(?:[\\p{L}-]+\\s+){0,2}bij\\s+(?:[\\p{L}-]+\\s+){1,3}terecht'] },
  rising: { description: { nl: 'Stijgen of oplopen', en: 'Rising' },
    phrases: ['stijg*', 'gestegen', 'toe nemen|neemt|genomen', '@nemen ~ toe', 'toenemen', 'toeneemt', 'toegenomen', 'loopt|lopen op', '@lopen ~ op', 'oplopen', 'opgelopen', 'groei*', 'verdubbel*'] },
  costWord: { description: { nl: 'Kosten, uitgaven of schade (ook in samenstellingen)', en: 'Costs, spending or damage (also in compounds)' },
    phrases: ['*kosten', '*uitgaven', '*schade'] },
  exclusionContrast: { description: { nl: 'Een tegenstelling ", niet …" ("voor bewoners, niet voor bezoekers")', en: 'A contrast ", not …"' },
    // The comma stands in a lookbehind: a `re:` phrase starts at a word edge.
    phrases: ['re:(?<=,\\s*)(?:maar\\s+)?niet\\s+(?:de|het|hun|voor|aan)?\\s*\\p{L}+'] },
  payerMark: { description: { nl: 'Wie betaalt: ten laste van, naar rato, de kosten dragen, een bijdrage of heffing', en: 'Who pays: charged to, pro rata, bearing the costs, a contribution or levy' },
    phrases: ['ten laste van', 'naar rato', 'gelijkelijk', 're:(?:draagt|dragen)\\s+(?:\\S+\\s+){0,5}kosten', 're:kosten\\s+(?:\\S+\\s+){0,6}(?:gedragen|verdeeld)',
      'deelnemersbijdrage|ledenbijdrage|partijenbijdrage', 're:bijdrage\\s+van\\s+(?:de|elke|iedere)\\s+\\p{L}+', 'heffing*', 'kostendekkend*',
      're:uit\\s+(?:de|hun|haar|eigen)\\s+(?:reguliere\\s+)?(?:begroting|middelen|budget)\\p{L}*'] },
  society: { description: { nl: 'De samenleving als drager van winst of last', en: 'Society as the bearer of a gain or burden' },
    phrases: ['re:\\p{L}*(?:samenleving|maatschappij)\\p{L}*'] },
});

export const PREDICATE_CONCEPTS = { ...PREDICATE_WORD_CLASSES, ...PREDICATE_PATTERNS };
