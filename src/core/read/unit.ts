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
import { activeVocabKey, vocab } from '../vocab';

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
  {
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
    if (ADVICE_WORD.test(low) && ADVICE.test(low)) return pick('statement', 'advice');
    if (main && main.modality === 'possibility') return pick('statement', 'possibility');
    if (vocab('unitIntention').test(low)) return pick('intention', 'intention');
    if (vocab('unitCommitment').test(low)) return pick('commitment', 'commitment');
    if (main && (main.modality === 'future' || main.modality === 'obligation')) return pick('commitment', main.modality);
    if (main && main.passive && main.tense === 'present') return pick('commitment', 'passive');
    return pick('statement', 'statement');
  }
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
      const own = sectionRoleOfHeading(text);
      const inherited = stack.length ? stack[stack.length - 1].role : 'body';
      // An article heading ("Artikel 3 Financiering") inside an annex stays annex; a plain heading resets to body.
      stack.push({ level: block.level, role: own !== 'body' ? own : inherited === 'annex' ? 'annex' : 'body' });
      r[b] = stack[stack.length - 1].role;
      recital = false;
    } else {
      r[b] = stack.length ? stack[stack.length - 1].role : 'body';
      // Recitals without a heading: from "overwegende (dat):" / "in aanmerking nemende" up to the enacting formula
      // ("komen het volgende overeen", "besluiten:").
      const [f, l] = doc.blockSentences[b];
      const text = doc.sentences.slice(f, l).map((x) => x.low).join(' ');
      if (recital && ENACTING.test(text)) recital = false;
      else if (recital || RECITAL_OPEN.test(text)) { if (r[b] === 'body') r[b] = 'preamble'; recital = true; }
    }
  }
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

const units = new WeakMap<DocModel, Array<Unit | undefined>>();

/** The unit reading of sentence i: its local function, its section role, and whether it commits. */
export function unitOf(doc: DocModel, i: number): Unit {
  let cache = units.get(doc);
  if (!cache) units.set(doc, (cache = new Array<Unit | undefined>(doc.sentences.length)));
  const hit = cache[i];
  if (hit) return hit;
  const s = doc.sentences[i];
  const local = readLocal(s);
  const role = blockRoles(doc)[s.block] ?? 'body';
  const block = doc.blocks[s.block];
  let fn = local.fn;
  if (block?.kind === 'heading') fn = 'heading';
  else if (role === 'definitions' && (fn === 'statement' || /^\s*[\p{L}\s-]{2,60}:/u.test(s.raw))) fn = 'definition';
  else if (role === 'model' && fn !== 'heading') fn = 'model';
  else if (role === 'signature') fn = 'legal';
  // A recital states reasons and earlier agreements; the operative text follows the enacting formula.
  // A recital states reasons; only an explicit agreement verb in it ("komen overeen", "hebben afgesproken") commits.
  else if (role === 'preamble' && !(fn === 'commitment' && (local.cue === 'commitment' || local.cue === 'agreed'))) fn = 'analysis';
  else if (/^\s*overwegende\b/.test(s.low) || RECITAL.test(s.low)) fn = 'analysis';
  // In a background, explanation or annex section only an explicit commitment (future, obligation) or intention
  // counts; elsewhere also a plain present-tense statement (the operative voice of agreements and programmes).
  const explicit = fn === 'intention' || (fn === 'commitment' && !!local.main && (local.main.modality === 'future' || local.main.modality === 'obligation'));
  const commits = role === 'explanation' || role === 'annex' || role === 'analysis'
    ? explicit
    : fn === 'commitment' || fn === 'intention' || (fn === 'statement' && role === 'body' && local.cue !== 'advice' && !!local.main && local.main.modality !== 'possibility' && local.main.tense === 'present');
  // A row of a describing table ("| Omschrijving | …") describes a function or a term: it keeps its function (the
  // checklist reads what it settles) but commits nothing.
  const u: Unit = { ...local, fn, role, commits: commits && !(block?.kind === 'tableCell' && describedRow(doc, s.block)) };
  cache[i] = u;
  return u;
}
