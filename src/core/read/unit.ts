/**
 * What each unit does (guide real-documents §4.3, issue "a reader that carries over"): every sentence gets a
 * function — commitment or decision, intention, definition, legal or procedural formula, analysis or
 * description, question or form text, citation of another text, model clause or example, heading — and a
 * section role from the headings above it (preamble, definitions, explanation, annex, analysis, signature).
 *
 * Findings about ownership, money, people, hedges and goals are due only where the text commits or decides in
 * its own voice: `commits(u)`.
 */
import type { DocModel, Sentence } from '../document';
import { memoize } from '../document';
import { flat } from '../recognize/flat';
import { readClauses, mainClauses, type Clause } from './clause';
import { tagWords, type Tag } from './lexicon';
import { activeVocabKey, matchPhrases, vocab } from '../vocab';
import { speakerFacts } from '../profile/speaker';

/**
 * Process-wide memos by sentence text (bounded; cleared when full, like the matcher's caches): a sentence text
 * that recurs (in the document, in the next analysis of a CLI batch or of the same-results script) is tagged and
 * read once. The tokens of a sentence are a function of its `raw` text (line breaks and tabs read as spaces by the
 * tokenizer too), the tags of its tokens, the clause records of tokens and tags (token indices, no offsets).
 */
const TEXT_MEMO_MAX = 20000;
const tagMemo = new Map<string, Tag[]>();
/** The local reading also reads the vocabulary (the user's phrases): keyed by the active vocabulary too. */
const localMemo = new Map<string, LocalReading>();

/** The word classes of a sentence, tagged once per sentence text (clauses and frames share them). */
export function tagsOf(s: Sentence): Tag[] {
  return memoize(s, 'read:tags', () => {
    let tags = tagMemo.get(s.raw);
    if (!tags) {
      tags = tagWords(s.tokens.map((t) => t.text));
      if (tagMemo.size >= TEXT_MEMO_MAX) tagMemo.clear();
      tagMemo.set(s.raw, tags);
    }
    return tags;
  });
}

export type UnitFunction =
  | 'heading' | 'commitment' | 'intention' | 'definition' | 'legal' | 'analysis' | 'question' | 'form'
  | 'citation' | 'model' | 'statement';

export type SectionRole = 'body' | 'preamble' | 'definitions' | 'explanation' | 'annex' | 'analysis' | 'signature' | 'model';

/** What a sentence does on its own (no context): memoised per sentence text. */
export interface LocalReading {
  fn: UnitFunction;
  clauses: Clause[];
  /** The main clause that carries the sentence (first main clause with a finite verb). */
  main?: Clause;
  /** Why fn was chosen (for hovers and tests). */
  cue?: string;
}

export interface Unit extends LocalReading {
  role: SectionRole;
  /** The sentence commits or decides in the text's own voice. */
  commits: boolean;
}

const QUESTION_START = /^(wie|wat|waar|wanneer|hoe|waarom|welke|welk|hoeveel|in hoeverre|is er|zijn er|heeft|hebben|kan|kunnen|moet|wordt|worden)\b/;
const FORM = /(?<![\p{L}])((?:bij\s+)?vraag\s+\d+|onderdeel\s+\d+[a-z]?\b.*\b(?:vult|beschrijft|geeft)|u\s+(?:beschrijft|geeft\s+aan|vult|kruist|vermeldt|voegt\s+\S+\s+toe|licht\s+toe|dient\s+\S+\s+in)|vul\s+\S+(?:\s+\S+)?\s+in|kruis\s+aan|aankruisen|(?:ja|nee)\s*\/\s*(?:ja|nee)|het\s+aanvraagformulier|invulinstructie|toelichting\s+bij\s+vraag)(?![\p{L}])/u;
const LEGAL = /(?<![\p{L}])(treedt\s+(?:\S+\s+){0,4}in\s+werking|in\s+werking\s+(?:treedt|treden)|wordt\s+(?:\S+\s+){0,6}geplaatst\s+in\s+(?:de\s+staatscourant|het\s+(?:gemeenteblad|provinciaal\s+blad|waterschapsblad|publicatieblad))|(?:wordt|worden)\s+(?:\S+\s+){0,10}(?:in|via)\s+(?:de\s+|het\s+)?(?:staatscourant|gemeenteblad|provinciaal\s+blad|waterschapsblad|publicatieblad|blad)(?:\s+\S+){0,4}\s+(?:geplaatst|gepubliceerd|bekendgemaakt)|wordt\s+aangehaald\s+als|kan\s+worden\s+aangehaald|wordt\s+ingetrokken|worden\s+ingetrokken|vervalt\s+met\s+ingang|met\s+ingang\s+van\s+de\s+dag\s+na|stilzwijgend|onverminderd\s+het\s+bepaalde|gelet\s+op\s+(?:artikel|de\s+\S+wet|het\s+\S+besluit|de\s+algemene)|aldus\s+(?:vastgesteld|overeengekomen|getekend|ondertekend)|namens\s+deze|de\s+\S+\s+voornoemd|bij\s+(?:of\s+krachtens\s+)?(?:ministeriële\s+regeling|algemene\s+maatregel\s+van\s+bestuur|amvb)\s+(?:worden|wordt|kunnen)|ingevolge\s+artikel|krachtens\s+artikel|wordt\s+gepubliceerd|wordt\s+bekendgemaakt|bekendmaking)(?![\p{L}])/u;
const MODEL = /^(?:bijvoorbeeld|voorbeeld|een\s+voorbeeld|zo\s+kan|denk\s+aan|modelbepaling|modeltekst)\b/;

/**
 * A recital: "overwegende dat …" after the enacting party's name ("De minister …, overwegende dat …"), or a
 * recital continued on its own line ("dat partijen … hebben aangegeven …;").
 */
const RECITAL = /^[^.]{0,200}?[,:]\s*overwegende(?:\s+dat|\s*[,:])|^\s*dat\s[^]*[;,]\s*$/;

const RECITAL_OPEN = /^\W*(?:overwegende|in\s+aanmerking\s+nemende)\b|(?<![\p{L}])(?:overwegende|in\s+aanmerking\s+nemende)(?:\s+dat)?\s*:?\s*$/u;
const ENACTING = /(?<![\p{L}])(?:komen\s+(?:\S+\s+){0,3}overeen|verklaren\s+(?:\S+\s+){0,3}overeen|besluiten\s*:|besluit\s*:|spreken\s+(?:het\s+volgende\s+)?af|verklaren\s+als\s+volgt)(?![\p{L}])/u;

/** Advice or a value, not an act: "het is belangrijk dat …", "het is van belang om …", "het verdient aanbeveling". */
const ADVICE = /^(?:[^.]{0,40}?\s)?(?:het\s+is|is\s+het)\s+(?:\S+\s+)?(?:belangrijk|van\s+belang|wenselijk|raadzaam|aan\s+te\s+bevelen|verstandig|aanbevelenswaardig)\s+(?:dat|om)\b|(?<![\p{L}])het\s+verdient\s+aanbeveling(?![\p{L}])/u;
/**
 * An opinion or position: the speaker says what it finds or holds ("wij vinden het belangrijk dat …", "het kabinet
 * is van mening dat …", "onderschrijft het uitgangspunt dat …"). It states a value, it does not say who does what.
 */
const OPINION = /(?<![\p{L}])(?:(?:vind|vindt|vinden)\s+(?:\S+\s+){0,3}?(?:het\s+(?:\S+\s+)?(?:belangrijk|van\s+belang|wenselijk|noodzakelijk|nodig|essentieel|cruciaal|vanzelfsprekend|logisch)\s+)?(?:dat|om)\s|(?:is|zijn)\s+(?:\S+\s+){0,3}?van\s+(?:mening|oordeel|opvatting)\s+dat|(?:meent|menen|acht|achten)\s+(?:\S+\s+){0,3}?(?:dat\s|het\s+(?:\S+\s+)?(?:belangrijk|wenselijk|noodzakelijk)\s)|(?:onderschrijft|onderschrijven|deelt|delen|erkent|erkennen|omarmt|omarmen)\s+(?:\S+\s+){0,3}?(?:het\s+(?:uitgangspunt|belang|principe)|de\s+(?:opvatting|mening|visie|conclusie|analyse|uitgangspunten|principes|noodzaak|waarde))[\s:]|naar\s+(?:de\s+)?(?:mening|opvatting|oordeel)\s+van\s|(?:is|zijn)\s+het\s+(?:\S+\s+){0,5}?eens\s+(?:\S+\s+){0,5}?dat\s)/u;

/**
 * Another voice proposes or pleads (a report, an advisory body): "De Raad stelt voor om …", "de adviesraad pleit
 * ervoor dat …", "In het advies staat dat …". What it proposes is reported, not committed by this text (the
 * writer's own proposal, "wij stellen voor", is left to the other readings).
 */
const REPORTED = /(?<![\p{L}])(?:(?:stelt|stellen)\s+(?:\S+\s+){0,3}?voor\s+(?:om|dat)\s|(?:pleit|pleiten|bepleit|bepleiten)\s+(?:er\s*voor|voor|dat)\b|(?:in|uit)\s+(?:het|dit|dat|de|deze)\s+(?:[\p{L}-]+\s+)?(?:advies|rapport|onderzoek|verslag|evaluatie|rapportage)\s+(?:staat|blijkt|lezen\s+we|wordt\s+(?:gesteld|geconcludeerd|aanbevolen))\b)/u;

/**
 * A forecast or expectation: "naar verwachting …", "de verwachting is dat …", "we verwachten dat …" (what will
 * happen, not what someone does). "Verwachten van X dat …" asks something of X and is left to the other readings.
 */
const EXPECTATION = /(?<![\p{L}])(?:naar\s+(?:alle\s+)?verwachting|de\s+verwachting\s+is|(?:wordt|werd)\s+(?:\S+\s+)?verwacht\s+dat|verwacht\s+wordt|(?:verwacht|verwachten)\s+(?:(?!van\b)\S+\s+){0,3}?dat)(?![\p{L}])/u;

/** Verbs by which the addressed reader receives something. */
const RECEIVE = /^(ontvangt|ontvang|krijgt|krijg|hoort|hoor|wordt|word|heeft|hebt|kunt|kan|mag)$/;

/** A labelled finding or recommendation of a report ("Aanbeveling 3: …", "Conclusie 2: …", "Bevinding: …"). */
const FINDING_LABEL = /^\W*(?:aanbeveling|advies|conclusie|bevinding|constatering|observatie|leerpunt)(?:\s+\d+[a-z]?)?\s*:/;

/**
 * Text about the text: what a chapter, section or annex describes ("In dit hoofdstuk beschrijven we hoe …",
 * "Hieronder lichten we toe …"). The acts it names are committed, if at all, where they are written out.
 */
const META = /^(?:(?:in|met|op)\s+(?:dit|deze|het\s+volgende|de\s+volgende|onderstaande?|bijgaande?)\s+(?:[\p{L}-]+\s+)?(?:hoofdstuk|paragraaf|nota|notitie|brief|document|bijlage|rapport|deel|sectie|onderdeel|tabel|figuur|overzicht|memo)\S*|(?:in\s+)?(?:hoofdstuk|paragraaf|bijlage)\s+\d+\S*|hieronder|hierna|hierboven)\s*,?\s+(?:\S+\s+){0,2}?(?:beschrijv\S*|beschreven|schets\S*|geschetst|geven|geeft|lichten|licht|toegelicht|gaan|gaat|staat|staan|vindt|vind|volgt|volgen|komt|komen|presenteren|presenteert|behandelen|behandelt|wordt\s+(?:\S+\s+){0,6}(?:beschreven|toegelicht|ingegaan|geschetst|uitgewerkt|weergegeven|besproken)|worden\s+(?:\S+\s+){0,6}(?:beschreven|toegelicht|geschetst|uitgewerkt|weergegeven|besproken))(?![\p{L}])/u;

/**
 * A reason given for something said before ("De reden hiervoor is dat …", "Dit is nodig om …", "Dat is omdat …"):
 * it explains, it does not commit.
 */
const REASON = /^(?:de\s+)?(?:reden|achtergrond|verklaring|onderbouwing|grond)\s+(?:hiervoor|daarvoor|hiervan|daarvan|is|van\s+(?:dit|deze|die|dat)\s+\S+\s+is)\b|^(?:dit|dat|het)\s+is\s+(?:\S+\s+)?(?:nodig|noodzakelijk|van\s+belang|belangrijk|gewenst)\s+(?:om|omdat|want|zodat)\b|^(?:dit|dat)\s+(?:is|gebeurt|komt)\s+(?:\S+\s+)?omdat\b/u;

/**
 * Advice as a speech act: the writer (or a body it reports) recommends an act to someone else, it does not do it
 * ("wij adviseren de raad om …", "aanbevolen wordt …", "gemeenten doen er goed aan …", "het is zaak …"); and a
 * statement of value about a task ("het is een zware taak voor het waterschap om …", "het is een grote opgave
 * om …"). A plain allocation ("het is de taak van de coördinator om …") says who does it and is left alone.
 * The act advised or valued is not committed in the text's own voice.
 */
const ADVICE_ACT = /(?<![\p{L}])(?:(?:we|wij|ik)\s+(?:adviseren|adviseer|bevelen|beveel)\b|(?:adviseren|bevelen)\s+(?:we|wij)\b|(?:adviseert|adviseren|adviseer)\s+(?:\S+\s+){0,4}(?:om|dat)\s|(?:beveelt|bevelen|beveel)\s+(?:\S+\s+){0,4}aan(?![\p{L}])|(?:wordt|worden)\s+(?:\S+\s+){0,3}(?:geadviseerd|aanbevolen|aangeraden)(?![\p{L}])|(?:geadviseerd|aanbevolen|aangeraden)\s+(?:wordt|worden)(?![\p{L}])|(?:doet|doen)\s+er\s+(?:\S+\s+)?goed\s+aan|verdient\s+(?:het\s+)?(?:de\s+)?(?:voorkeur|aanbeveling)|(?:het\s+is|is\s+het)\s+(?:dan\s+|daarom\s+|wel\s+)?zaak|(?:het\s+is|is\s+het)\s+(?:een|de)\s+(?:(?:[\p{L}-]+\s+){1,2}taak|(?:[\p{L}-]+\s+){0,2}(?:opgave|uitdaging))\s+(?:(?:van|voor)\s+(?:[\p{L}-]+\s+){1,4})?om)(?![\p{L}])/u;
/** Every alternative of ADVICE holds one of these (belang/belangrijk, wenselijk, raadzaam, bevelen/aanbeveling, verstandig): a cheap pre-check. */
const ADVICE_WORD = /belang|wenselijk|raadzaam|bevel|verstandig/;

const HEADING_ROLES: Array<[RegExp, SectionRole]> = [
  [/begripsbepaling|definitie|begrippen|woordenlijst|afkortingen|verklaring van (?:termen|begrippen)/, 'definitions'],
  [/toelichting|memorie van|artikelsgewijs|verantwoording/, 'explanation'],
  [/^\W*bijlage|\bbijlage\s+[\divx]/, 'annex'],
  [/aanleiding|achtergrond|context|analyse|probleemstelling|probleemanalyse|huidige situatie|stand van zaken|terugblik|ontwikkelingen|trends|feiten en cijfers|wat zien we|wat speelt/, 'analysis'],
  [/ondertekening|handtekening|aldus (?:overeengekomen|getekend|vastgesteld)/, 'signature'],
  [/voorbeeld|modelbepaling|modeltekst|model voor/, 'model'],
  [/overwegingen|considerans|overwegende/, 'preamble'],
];

function sectionRoleOfHeading(low: string): SectionRole {
  for (const [re, role] of HEADING_ROLES) if (re.test(low)) return role;
  return 'body';
}

/** The local reading of a sentence (its text only). */
export function readLocal(s: Sentence): LocalReading {
  return memoize(s, 'read:local', () => {
    const vk = activeVocabKey();
    const key = vk ? `${vk}\u0000${s.raw}` : s.raw;
    let r = localMemo.get(key);
    if (!r) {
      r = computeLocal(s);
      if (localMemo.size >= TEXT_MEMO_MAX) localMemo.clear();
      localMemo.set(key, r);
    }
    return r;
  });
}

function computeLocal(s: Sentence): LocalReading {
  const clauses = readClauses(s.tokens, tagsOf(s));
  const mains = mainClauses(clauses);
  const main = mains.find((c) => c.finite >= 0) ?? mains[0];
  const low = flat(s).text.trim();
  const pick = (fn: UnitFunction, cue: string): LocalReading => ({ fn, clauses, main, cue });
  if (/\?\s*$/.test(low) || (QUESTION_START.test(low) && /\?/.test(low))) return pick('question', '?');
  if (FORM.test(low)) return pick('form', 'form');
  if (vocab('unitDefinition').test(low)) return pick('definition', 'definition');
  if (LEGAL.test(low)) return pick('legal', 'legal');
  if (MODEL.test(low)) return pick('model', 'example');
  if (/^["“'‘]/.test(s.raw.trim()) && /["”'’]\s*[.,]?\s*$/.test(s.raw.trim())) return pick('citation', 'quote');
  if (vocab('unitCitation').test(low)) return pick('citation', 'citation');
  if (main && main.tense === 'past') return pick('analysis', 'past');
  // A perfect of agreeing or deciding states what is now agreed ("Partijen hebben afgesproken dat …").
  if (main && main.tense === 'perfect' && vocab('unitAgreed').test(low)) return pick('commitment', 'agreed');
  if (vocab('unitAnalysis').test(low)) return pick('analysis', 'analysis');
  if ((ADVICE_WORD.test(low) && ADVICE.test(low)) || ADVICE_ACT.test(low)) return pick('statement', 'advice');
  if (OPINION.test(low)) return pick('statement', 'opinion');
  if ((REPORTED.test(low) && !/^\W*(?:we|wij|ik|u)\b/.test(low)) || FINDING_LABEL.test(low)) return pick('statement', 'reported');
  if (META.test(low)) return pick('statement', 'meta');
  if (EXPECTATION.test(low)) return pick('statement', 'expectation');
  // The reader is told what to do ("U betrekt waar mogelijk de inwoners …", "Je vult het plan in …"): guidance or
  // a form addresses the reader, the author commits nothing. What the reader receives ("u ontvangt", "u krijgt",
  // "u wordt geïnformeerd") is the author's promise and stays.
  if (main && main.subjectKind === 'you' && main.finite >= 0 && !RECEIVE.test(s.tokens[main.finite].low)) return pick('statement', 'instruction');
  if (REASON.test(low)) return pick('statement', 'reason');
  if (main && main.modality === 'possibility') return pick('statement', 'possibility');
  if (vocab('unitIntention').test(low)) return pick('intention', 'intention');
  if (vocab('unitCommitment').test(low)) return pick('commitment', 'commitment');
  if (main && (main.modality === 'future' || main.modality === 'obligation')) return pick('commitment', main.modality);
  if (main && main.passive && main.tense === 'present') return pick('commitment', 'passive');
  return pick('statement', 'statement');
}

const roles = new WeakMap<DocModel, SectionRole[]>();

/** Section role per block: from the nearest heading above it (a heading's own role too). */
export function blockRoles(doc: DocModel): SectionRole[] {
  let r = roles.get(doc);
  if (r) return r;
  r = new Array<SectionRole>(doc.blocks.length);
  // Headings nest: a role set by a level-n heading holds until the next heading of level ≤ n.
  const stack: Array<{ level: number; role: SectionRole }> = [];
  let recital = false;
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') {
      while (stack.length && stack[stack.length - 1].level >= block.level) stack.pop();
      const [f, l] = doc.blockSentences[b];
      const text = doc.sentences.slice(f, l).map((s) => s.low).join(' ');
      const own = prec6HeadingRole(text) ?? sectionRoleOfHeading(text);
      const inherited = stack.length ? stack[stack.length - 1].role : 'body';
      // An article heading ("Artikel 3 Financiering") inside an annex stays annex; a plain heading resets to body.
      stack.push({ level: block.level, role: own !== 'body' ? own : inherited === 'annex' ? 'annex' : 'body' });
      r[b] = stack[stack.length - 1].role;
      recital = false;
    } else {
      // A label line used as a heading ("Toelichting", "Achtergrond" on a line of its own, as in texts converted from
      // PDF or the web) sets the role of what follows until the next heading (prec6).
      const label = prec6LabelRole(doc, b);
      if (label === 'body') {
        // Another label line ("Afspraken", "Artikel 1") ends a background or recitals label; an explanation goes on
        // over its article labels.
        if (stack.length && stack[stack.length - 1].level === LABEL_LEVEL && stack[stack.length - 1].role !== 'explanation') stack.pop();
      } else if (label) {
        while (stack.length && stack[stack.length - 1].level >= LABEL_LEVEL) stack.pop();
        stack.push({ level: LABEL_LEVEL, role: label });
        r[b] = label;
        continue;
      } else if (stack.length && stack[stack.length - 1].level === LABEL_LEVEL && stack[stack.length - 1].role === 'preamble' && prec6Enacting(doc, b)) {
        // The enacting formula ends recitals opened by a label line.
        stack.pop();
      }
      r[b] = stack.length ? stack[stack.length - 1].role : 'body';
      // Recitals without a heading: from "overwegende (dat):" / "in aanmerking nemende" up to the enacting formula
      // ("komen het volgende overeen", "besluiten:").
      const [f, l] = doc.blockSentences[b];
      const text = doc.sentences.slice(f, l).map((x) => x.low).join(' ');
      if (recital && ENACTING.test(text)) recital = false;
      else if (recital || RECITAL_OPEN.test(text) || prec6RecitalOpen(text)) { if (r[b] === 'body') r[b] = 'preamble'; recital = true; }
    }
  }
  prec6BeforeOperative(doc, r);
  roles.set(doc, r);
  return r;
}

/** Row labels of a descriptive table: the row describes or defines something, it does not commit. */
const DESCRIBING_LABEL = /^\W*(omschrijving|beschrijving|definitie|betekenis|uitleg|toelichting|kenmerken)\W*$/;

/** The table cell is in a row whose first cell is a describing label ("| Omschrijving | Het vermogen om … |"). */
function describedRow(doc: DocModel, b: number): boolean {
  const line = doc.lines.at(doc.blocks[b].start).line;
  let first = b;
  while (first > 0 && doc.blocks[first - 1].kind === 'tableCell' && doc.lines.at(doc.blocks[first - 1].start).line === line) first--;
  if (first === b) return false;
  const [f, l] = doc.blockSentences[first];
  return DESCRIBING_LABEL.test(doc.sentences.slice(f, l).map((x) => x.low).join(' '));
}

/** A sentence opening with a pronominal adverb that points back: "Hiervoor …", "Daartoe …", "Daarbij …". */
const FOLLOW_UP = /^\W*(?:hiervoor|daarvoor|hiertoe|daartoe|hierbij|daarbij|hiervan|daarvan|daarnaast)\b/;

/** Cues of statements that commit nothing even in the body's present tense. */
const NO_VOICE: ReadonlySet<string> = new Set(['advice', 'opinion', 'meta', 'reason', 'reported', 'expectation', 'instruction']);

const units = new WeakMap<DocModel, Array<Unit | undefined>>();

/** The unit reading of sentence i: its local function, its section role, and whether it commits. */
export function unitOf(doc: DocModel, i: number): Unit {
  let cache = units.get(doc);
  if (!cache) units.set(doc, (cache = new Array<Unit | undefined>(doc.sentences.length)));
  const hit = cache[i];
  if (hit) return hit;
  const s = doc.sentences[i];
  const role = blockRoles(doc)[s.block] ?? 'body';
  const block = doc.blocks[s.block];
  // What the unit depends on besides the sentence's own text: its section role, its block's kind, whether it
  // continues advice of the sentence before in its block, and whether its table row describes. Kept per sentence under
  // that key, so an edit elsewhere reuses it (the per-document array above holds it for this document).
  const prevNoVoice = i > 0 && doc.sentences[i - 1].block === s.block && FOLLOW_UP.test(s.low) && NO_VOICE.has(readLocal(doc.sentences[i - 1]).cue ?? '');
  const described = block?.kind === 'tableCell' && describedRow(doc, s.block);
  const u = memoize(s, `read:unit|${role}|${block?.kind}|${prevNoVoice ? 1 : 0}|${described ? 1 : 0}`, () => unitFrom(s, readLocal(s), role, block?.kind, prevNoVoice, described));
  cache[i] = u;
  return u;
}

/** The unit of one sentence from its local reading and its context (see `unitOf`). */
function unitFrom(s: Sentence, local: LocalReading, role: SectionRole, blockKind: string | undefined, prevNoVoice: boolean, described: boolean): Unit {
  let fn = local.fn;
  let cue = local.cue;
  // A sentence that continues advice through a pronominal adverb ("Het is belangrijk dat de scholen hun behoefte
  // inschatten. Hiervoor dient tijd vrijgemaakt te worden.") states what the advice takes: advice too.
  // (`prevNoVoice` already holds only where the sentence opens with such an adverb.)
  if ((fn === 'commitment' || fn === 'statement') && cue !== 'agreed' && cue !== 'commitment' && prevNoVoice) {
    fn = 'statement'; cue = 'advice';
  }
  if (blockKind === 'heading') fn = 'heading';
  else if (role === 'definitions' && (fn === 'statement' || /^\s*[\p{L}\s-]{2,60}:/u.test(s.raw))) fn = 'definition';
  else if (role === 'model' && fn !== 'heading') fn = 'model';
  else if (role === 'signature') fn = 'legal';
  // A recital states reasons and earlier agreements; the operative text follows the enacting formula.
  // A recital states reasons; only an explicit agreement verb in it ("komen overeen", "hebben afgesproken") commits.
  else if (role === 'preamble' && !(fn === 'commitment' && (cue === 'commitment' || cue === 'agreed'))) fn = 'analysis';
  else if (/^\s*overwegende\b/.test(s.low) || RECITAL.test(s.low)) fn = 'analysis';
  // In a background, explanation or annex section only an explicit commitment (future, obligation) or intention
  // counts; elsewhere also a plain present-tense statement (the operative voice of agreements and programmes).
  const explicit = fn === 'intention' || (fn === 'commitment' && !!local.main && (local.main.modality === 'future' || local.main.modality === 'obligation'));
  const commits = role === 'explanation' || role === 'annex' || role === 'analysis'
    ? explicit
    : fn === 'commitment' || fn === 'intention' || (fn === 'statement' && role === 'body' && !NO_VOICE.has(cue ?? '') && !!local.main && local.main.modality !== 'possibility' && local.main.tense === 'present');
  // A row of a describing table ("| Omschrijving | …") describes a function or a term: it keeps its function (the
  // checklist reads what it settles) but commits nothing.
  return { ...local, fn, cue, role, commits: commits && !described };
}


// ——— prec6: readings of sentences that commit nothing although they read as present-tense statements ———

/** The first word of the subject of a clause, skipping determiners ("de wet" → "wet"). */
function subjectHead(s: Sentence, c: Clause | undefined): string | undefined {
  if (!c?.subject) return undefined;
  const words = s.tokens.slice(c.subject[0], c.subject[1]).filter((t) => t.kind === 'word');
  return words[words.length - 1]?.low;
}

/**
 * Why a sentence commits nothing although its unit may read as a plain statement (guide real-documents part 1:
 * a hedge, goal or passive in a sentence that commits nothing), or undefined:
 * - 'label': a paragraph labelled as explanation ("Toelichting: …", "Achtergrond: …");
 * - 'present': a description of the present state of affairs ("Corporaties bouwen momenteel …", "Sinds 2020 …"),
 *   unless the author itself speaks in the future or an obligation;
 * - 'law': a law or treaty of others is the subject ("De wet biedt in beginsel ruimte voor …"): its content is
 *   cited, not committed;
 * - 'effect': the sentence explains what follows from a measure ("Hiermee wordt zoveel mogelijk voorkomen dat …",
 *   "Op deze manier …"), with no "we" as its doer.
 */
export function prec6NoCommitment(s: Sentence): 'label' | 'present' | 'law' | 'effect' | 'rationale' | undefined {
  return memoize(s, 'read:prec6NoCommitment', () => {
    const low = flat(s).text.trim();
    if (vocab('explanationLabel').test(low)) return 'label';
    const { main } = readLocal(s);
    const own = !!main && (main.subjectKind === 'we' || main.subjectKind === 'i');
    const explicit = !!main && (main.modality === 'future' || main.modality === 'obligation');
    if (vocab('presentState').test(low) && !explicit && main?.tense !== 'future') return 'present';
    const head = subjectHead(s, main);
    if (head && main?.subjectKind === 'np' && vocab('otherInstrument').isWord(head) && main.tense === 'present') return 'law';
    // An explained effect opens the sentence ("Hiermee …", "Op deze manier …").
    const first = s.tokens.find((t) => t.kind === 'word');
    if (!own && first && matchPhrases(vocab('effectOpener'), s.raw, s.start).some((h) => h.start === first.start)) return 'effect';
    // An explanation, an interpretation or a possibility described ("De gedachte is dat …", "Dit betekent dat …",
    // "De aanpak biedt de mogelijkheid om …").
    if (!own && vocab('rationaleFrame').test(low)) return 'rationale';
    return undefined;
  });
}

/** The opening of recitals in other words than "overwegende" ("constaterende dat:", "Partijen nemen het volgende in
 * overweging:"): a short paragraph ending in a colon, or the recital formula at its start. */
function prec6RecitalOpen(text: string): boolean {
  if (!vocab('recitalOpen').test(text)) return false;
  return /:\s*$/.test(text) || text.length < 80;
}

/** Below every Markdown heading level: a label line holds until the next real heading. */
const LABEL_LEVEL = 7;

/**
 * The role a short label line gives what follows it: a paragraph of at most six words, no finite punctuation, whose
 * words name a background, explanation or recitals section ("Toelichting", "Achtergrond en aanleiding").
 */
function prec6LabelRole(doc: DocModel, b: number): SectionRole | 'body' | undefined {
  const block = doc.blocks[b];
  if (block.kind !== 'paragraph') return undefined;
  const [f, l] = doc.blockSentences[b];
  if (l - f !== 1) return undefined;
  const s = doc.sentences[f];
  if (/[.!?;,]\s*$/.test(s.raw) || s.tokens.filter((t) => t.kind === 'word').length > 6) return undefined;
  const role = prec6HeadingRole(s.low) ?? sectionRoleOfHeading(s.low);
  if (role === 'explanation' || role === 'analysis' || role === 'preamble') return role;
  // Any other label line with no verb: 'body' (it may end a label above).
  return readLocal(s).clauses.some((c) => c.finite >= 0) ? undefined : 'body';
}

function prec6Enacting(doc: DocModel, b: number): boolean {
  const [f, l] = doc.blockSentences[b];
  return ENACTING.test(doc.sentences.slice(f, l).map((x) => x.low).join(' '));
}

/** Headings of an introduction, a sketch of the situation or the legal frame: background, not the operative text. */
function prec6HeadingRole(low: string): SectionRole | undefined {
  return vocab('backgroundHeading').test(low) && !vocab('operativeHeading').test(low) ? 'analysis' : undefined;
}

/** The operative part must start in this share of the text for what precedes it to count as recitals. */
const OPERATIVE_SHARE = 0.5;

/**
 * What precedes the enacting or agreement formula ("besluit:", "komen het volgende overeen") in a decree or an
 * agreement states reasons and parties: recitals (guide judgement: "overwegende dat …" commits nothing). Body blocks
 * before the first operative sentence become 'preamble', when that sentence opens the text's first part.
 */
function prec6BeforeOperative(doc: DocModel, r: SectionRole[]): void {
  const from = speakerFacts(doc).operativeFrom;
  if (from <= 0 || from > doc.sentences.length * OPERATIVE_SHARE) return;
  const first = doc.sentences[from]?.block ?? 0;
  // The parties and their representatives ("vertegenwoordigd door", a section "Partijen") are named, not reasoned:
  // they keep their role (the checklist reads mandate and partners there).
  let parties = false;
  for (let b = 0; b < first; b++) {
    const [f, l] = doc.blockSentences[b];
    const text = doc.sentences.slice(f, l).map((x) => x.low).join(' ');
    if (doc.blocks[b].kind === 'heading') { parties = vocab('partyHeading').test(text); continue; }
    if (parties || vocab('partyListCue').test(text)) continue;
    if (r[b] === 'body') r[b] = 'preamble';
  }
}
