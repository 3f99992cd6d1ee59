/**
 * The word classes of the checklist's predicates over clause records (src/core/checklist/evaluate.ts): lemmas of
 * verbs whose subject or door-agent is the party that acts, and heads of nouns (compounds reduced to their head:
 * "opleidingskosten" → kost). They are read as classes (`vocab(id).isWord(lemma)`), so every phrase is one word;
 * the pre-checks of the predicates are derived from them (./precheck.ts). Users extend any of them with
 * `phrases: { "<id>": ["…"] }`.
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

export const PREDICATE_CONCEPTS = concepts({
  // — K1 —
  needVerbs: { description: { nl: 'Werkwoorden van vraag: de mensen voor wie het werk is willen, vragen of verwachten iets (lemma\'s)', en: 'Verbs of demand: the people the work is for want, ask or expect something (lemmas)' },
    phrases: words('willen wensen verwachten vragen zoeken behoeven rekenen hopen') },
  needHeads: { description: { nl: 'Hoofdwoorden van behoeften ("zorgvraag", "woonbehoefte")', en: 'Heads of need nouns ("care demand", "housing need")' },
    phrases: words('behoefte wens vraag') },
  voiceHeads: { description: { nl: 'Hoofdwoorden van een stem van de mensen: inspraakvormen, panels, peilingen', en: 'Heads of nouns for a voice of the people: participation, panels, surveys' },
    phrases: words('samenspraak cocreatie participatie participatietraject panel forum klankbordgroep enquête peiling bijeenkomst gesprek meedenksessie consultatie tevredenheidsonderzoek ervaringsonderzoek') },
  voiceVerbs: { description: { nl: 'Werkwoorden waarmee mensen gehoord worden of meedoen (lemma\'s)', en: 'Verbs by which people are heard or take part (lemmas)' },
    phrases: words('ophalen raadplegen bevragen betrekken meedenken meepraten meebeslissen ontwerpen testen toetsen adviseren beoordelen') },
  stakeHeads: { description: { nl: 'Hoofdwoorden van een eigen belang of meerwaarde', en: 'Heads of nouns for a stake or added value' },
    phrases: words('belang meerwaarde voordeel winst') },
  // — K2 —
  accountVerbs: { description: { nl: 'Werkwoorden van verantwoording afleggen (lemma\'s)', en: 'Verbs of rendering account (lemmas)' },
    phrases: words('informeren rapporteren verantwoorden inlichten') },
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
      'meldpunt aanmeldpunt voordeur werkinstructie stappenplan') },
  processVerbs: { description: { nl: 'Werkwoorden van een werkwijze hanteren of uitvoeren (lemma\'s)', en: 'Verbs of using or running a way of working (lemmas)' },
    phrases: words('hanteren gebruiken volgen toepassen delen uitwisselen verstrekken doorverwijzen verwijzen aanmelden overdragen registreren ' +
      'aansluiten werken lopen behandelen afhandelen inrichten invoeren') },
  infoHeads: { description: { nl: 'Hoofdwoorden van casusinformatie die partners doorgeven', en: 'Heads of case information partners pass on' },
    phrases: words('informatie gegeven gegevens signaal melding data persoonsgegeven dossier casus overdracht verwijzing') },
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
      'beschikken inzetten opdragen verplichten') },
});
