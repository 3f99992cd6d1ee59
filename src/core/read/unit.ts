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
import { carried, memoize, memoMap, textFacts, type Shared } from '../document';
import { flat } from '../recognize/flat';
import { readClauses, mainClauses, type Clause } from './clause';
import { compoundHead, tagWords, type Tag } from './lexicon';
import { shareTags } from '../intern';
import { activeVocabKey, matchPhrases, vocab } from '../vocab';
import { speakerFacts } from '../profile/speaker';
import { classifyDoctype } from '../profile/doctype';
import { tocLine } from '../rules/toc';
import { Slot } from '../slots';
import { isActorWord } from '../recognize/actors';
import { closesQuoteOpenedBefore, doubleQuoteOpenAfter } from '../text/quotes';

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
      // Equal tags as one object (../intern.ts): a tag is a value.
      tags = shareTags(tagWords(s.tokens.map((t) => t.text)));
      if (tagMemo.size >= TEXT_MEMO_MAX) tagMemo.clear();
      tagMemo.set(s.raw, tags);
    }
    return tags;
  });
}

export type UnitFunction =
  | 'heading' | 'commitment' | 'intention' | 'definition' | 'legal' | 'analysis' | 'question' | 'form'
  | 'citation' | 'model' | 'statement';

export type SectionRole = 'body' | 'preamble' | 'definitions' | 'explanation' | 'annex' | 'analysis' | 'signature' | 'model' | 'foreword';

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
  /** A narrative text describes another party's or a thing's state here (see `describesOther`): it commits nothing. */
  describes: boolean;
  /** The text narrates rather than lays down (see `narrativeText`). */
  narrative: boolean;
  /** The bestuurslaag of the text's author, when the text shows it (see `authorLevel`). */
  level?: AuthorLevel;
}

/** A bestuurslaag: who writes, and whose bodies are the author's own. */
export type AuthorLevel = 'gemeente' | 'provincie' | 'rijk' | 'waterschap';
const LEVELS: readonly AuthorLevel[] = ['gemeente', 'provincie', 'rijk', 'waterschap'];
const LEVEL_MARK: Record<AuthorLevel, [string, string]> = {
  gemeente: ['authorGemeenteStrong', 'authorGemeente'], provincie: ['authorProvincieStrong', 'authorProvincie'],
  rijk: ['authorRijkStrong', 'authorRijk'], waterschap: ['authorWaterschapStrong', 'authorWaterschap'],
};
const LEVEL_BODY: Record<AuthorLevel, string> = { gemeente: 'bodyGemeente', provincie: 'bodyProvincie', rijk: 'bodyRijk', waterschap: 'bodyWaterschap' };

/** Per sentence the weight it gives each laag as the author's (3 for an address form or a self-designation, 1 for a body named). */
function levelWeights(s: Sentence): readonly number[] {
  return memoize(s, 'read:levelWeights', () => LEVELS.map((l) => (vocab(LEVEL_MARK[l][0]).test(s.low) ? 3 : vocab(LEVEL_MARK[l][1]).test(s.low) ? 1 : 0)));
}
const levels = new Slot<DocModel, AuthorLevel | undefined>();

/**
 * The bestuurslaag of the author: the laag whose address forms and bodies the text names most, at least three in
 * weight and twice the next (a municipal nota that cites the cabinet twice stays municipal; a text that shows no laag
 * clearly has none). Read per sentence (cached by text) and summed per document.
 */
export function authorLevel(doc: DocModel): AuthorLevel | undefined {
  if (levels.has(doc)) return levels.get(doc);
  const sum = [0, 0, 0, 0];
  // A text fact: an Analyzer's next model reads the weights of the sentences it shares from an array (no memo look-up
  // and no closure per sentence on a keystroke).
  const weights = textFacts(doc, 'read:levelWeights', levelWeights);
  for (let i = 0; i < doc.sentences.length; i++) { const w = weights(i); for (let k = 0; k < 4; k++) sum[k] += w[k]; }
  let best = 0;
  for (let k = 1; k < 4; k++) if (sum[k] > sum[best]) best = k;
  const second = Math.max(...sum.filter((_, k) => k !== best));
  const level = sum[best] >= 3 && sum[best] >= 2 * second ? LEVELS[best] : undefined;
  levels.set(doc, level);
  return level;
}

/** The subject of clause c is a body of another bestuurslaag than the author's ("De provincie …" in a municipal nota). */
export function otherLaag(s: Sentence, c: Clause, level: AuthorLevel | undefined): boolean {
  if (!level || c.subjectKind !== 'np' || !c.subject) return false;
  const t = subjectNoun(s, c);
  if (t < 0) return false;
  const w = s.tokens[t].low;
  return LEVELS.some((l) => l !== level && vocab(LEVEL_BODY[l]).isWord(w)) && !vocab(LEVEL_BODY[level]).isWord(w);
}

/**
 * The formulas read below (questions, forms, legal text, advice, opinions, …) and the heading words of the section
 * roles are vocabulary concepts (src/core/vocab/unit.ts), so the user's `phrases` reach them.
 */
/** Section roles by the words of their headings (the first list that holds one decides). */
const HEADING_ROLES: Array<[string, SectionRole]> = [
  ['headingDefinitions', 'definitions'],
  ['headingExplanation', 'explanation'],
  ['headingAnnex', 'annex'],
  ['headingAnalysis', 'analysis'],
  ['headingSignature', 'signature'],
  ['headingModel', 'model'],
  ['headingPreamble', 'preamble'],
];

function sectionRoleOfHeading(low: string): SectionRole {
  for (const [id, role] of HEADING_ROLES) if (vocab(id).test(low)) return role;
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

/**
 * A term, a colon and its gloss ("Ketenregie: de afstemming van alle schakels …", "Regisseur: de professional die …"): a
 * definition in running text. The gloss opens with an article and has no finite verb of its own before a relative
 * pronoun or a comma; a label of the text's structure ("Doel:", "Aanpak:", "Tip:", vocab `glossLabel`) is no term.
 */
function glossDefinition(s: Sentence): boolean {
  const tok = s.tokens;
  if (termIsAct(s)) return true;
  const colon = tok.findIndex((t, k) => k >= 1 && k <= 3 && t.text === ':');
  if (colon < 0 || tok.slice(0, colon).some((t) => t.kind !== 'word' || vocab('glossLabel').isWord(t.low))) return false;
  if (!/^(de|het|een)$/.test(tok[colon + 1]?.low ?? '')) return false;
  const tags = tagsOf(s);
  for (let k = colon + 2; k < tok.length; k++) {
    if (tok[k].text === ',' || /^(die|dat|waarin|waarbij|waarmee|waar|welke)$/.test(tok[k].low)) return true;
    if (tags[k]?.verbForm === 'fin' || (tags[k]?.pos === 'AUX' && tags[k]?.verbForm !== 'inf')) return false;
  }
  return true;
}

/**
 * A bare term, "is", a definite article and a named act with its complement ("Regie is het sturen van een netwerk …",
 * "Participatie is het betrekken van inwoners …", "Ketenregie is de afstemming van …"): the term is defined. The term is a noun or an infinitive the
 * sentence opens with ("Daarom is het een van …", "Tegelijk is de rol van …" open with an adverb).
 */
function termIsAct(s: Sentence): boolean {
  const tok = s.tokens, tags = tagsOf(s);
  if (tok.length < 6 || tok[0].kind !== 'word' || !/^(NOUN|VERB)$/.test(tags[0]?.pos ?? '') || (tags[0]?.pos === 'VERB' && tags[0].verbForm !== 'inf')) return false;
  if (!/^(is|zijn)$/.test(tok[1].low) || !/^(het|de)$/.test(tok[2].low)) return false;
  // The named act is a verbal noun ("het sturen", "de afstemming", "de coördinatie"); "Regie is een speerpunt van mij",
  // "Regie is de basis van ons beleid" say what the term is worth, they do not define it.
  if (tok[3].kind !== 'word' || !/^(NOUN|VERB)$/.test(tags[3]?.pos ?? '') || !/\p{L}{2,}(?:en|ing|tie|sie)$/u.test(tok[3].low)) return false;
  return /^(van|waarbij|waarin|waarmee)$/.test(tok[4].low);
}

function computeLocal(s: Sentence): LocalReading {
  const clauses = readClauses(s.tokens, tagsOf(s));
  const mains = mainClauses(clauses);
  const main = mains.find((c) => c.finite >= 0) ?? mains[0];
  const low = flat(s).text.trim();
  const pick = (fn: UnitFunction, cue: string): LocalReading => ({ fn, clauses, main, cue });
  // A line of a table of contents names sections: it reads as a heading, whatever words its titles hold.
  if (tocLine(s.raw)) return pick('heading', 'toc');
  if (/\?\s*$/.test(low) || (vocab('unitQuestionStart').test(low) && /\?/.test(low))) return pick('question', '?');
  // A question without its "?" (the clause reader: a question word with the finite verb right after it).
  if (main && main.mood === 'question') return pick('question', 'wh');
  // The title of a parliamentary paper or a legal act names a document, it commits nothing.
  if (vocab('unitDocTitle').test(low)) return pick('heading', 'title');
  if (vocab('unitForm').test(low)) return pick('form', 'form');
  if (vocab('unitDefinition').test(low) || glossDefinition(s)) return pick('definition', 'definition');
  if (vocab('unitLegal').test(low)) return pick('legal', 'legal');
  if (vocab('unitModel').test(low)) return pick('model', 'example');
  if (/^["“'‘]/.test(s.raw.trim()) && /["”'’]\s*[.,]?\s*$/.test(s.raw.trim())) return pick('citation', 'quote');
  // A quotation that opens here and runs on past the sentence ("“Wij willen dat inwoners … . Daarom …”"): the words are
  // the quoted text's. Only double quotes: a single one also opens "'s avonds" or an apostrophe.
  if (/^[“„"]/.test(s.raw.trim()) && !/[”"]/.test(s.raw.trim().slice(1))) return pick('citation', 'quote');
  if (vocab('unitCitation').test(low)) return pick('citation', 'citation');
  if (main && main.tense === 'past') return pick('analysis', 'past');
  // A perfect of agreeing or deciding states what is now agreed ("Partijen hebben afgesproken dat …").
  if (main && main.tense === 'perfect' && vocab('unitAgreed').test(low)) return pick('commitment', 'agreed');
  if (vocab('unitAnalysis').test(low)) return pick('analysis', 'analysis');
  if (vocab('unitAdvice').test(low)) return pick('statement', 'advice');
  if (vocab('unitOpinion').test(low)) return pick('statement', 'opinion');
  if ((vocab('unitReported').test(low) && !vocab('unitOwnVoiceStart').test(low)) || vocab('unitFindingLabel').test(low)) return pick('statement', 'reported');
  if (vocab('unitMeta').test(low)) return pick('statement', 'meta');
  if (vocab('unitExpectation').test(low)) return pick('statement', 'expectation');
  // The reader is told what to do ("U betrekt waar mogelijk de inwoners …", "Je vult het plan in …"): guidance or
  // a form addresses the reader, the author commits nothing. What the reader receives ("u ontvangt", "u krijgt",
  // "u wordt geïnformeerd") is the author's promise and stays.
  if (main && main.subjectKind === 'you' && main.finite >= 0 && !vocab('unitReceiveVerbs').isWord(s.tokens[main.finite].low)) return pick('statement', 'instruction');
  // An imperative ("Benut de samenwerking die er is", "Ondersteun de gemeenten bij …") tells the reader what to do: a
  // recommendation or an instruction, not the author's own commitment.
  if (main && main.mood === 'imperative') return pick('statement', 'instruction');
  if (vocab('unitReason').test(low)) return pick('statement', 'reason');
  if (main && main.modality === 'possibility') return pick('statement', 'possibility');
  if (vocab('unitIntention').test(low)) return pick('intention', 'intention');
  // A passive perfect with "zijn" reports what was laid down or done ("In het plan zijn zeven ambities vastgelegd"):
  // what is now agreed ("er is afgesproken dat …") is read above.
  if (main && main.passive && main.tense === 'perfect' && main.modality === 'none') return pick('statement', 'perfect');
  if (vocab('unitCommitment').test(low)) return pick('commitment', 'commitment');
  if (main && (main.modality === 'future' || main.modality === 'obligation')) return pick('commitment', main.modality);
  if (main && main.passive && main.tense === 'present') return pick('commitment', 'passive');
  return pick('statement', 'statement');
}

const roles = new Slot<DocModel, SectionRole[]>();

/**
 * The vocabulary tests `blockRoles` makes on a block's text, memoised by that text (and the active vocabulary): an
 * edit re-reads only the blocks it changed, not the formulas of every block of the document. A heading is read for
 * its role; any other block for the formulas of recitals and parties.
 */
interface HeadingFacts { role: SectionRole; partyHeading: boolean }
interface BodyFacts { enacting: boolean; recitalOpen: boolean; recitalOpenLine: boolean; partyListCue: boolean }
const headingMemo = new Map<string, HeadingFacts>();
const bodyMemo = new Map<string, BodyFacts>();
function textMemo<T>(memo: Map<string, T>, text: string, compute: () => T): T {
  const vk = activeVocabKey();
  const key = vk ? `${vk}\u0000${text}` : text;
  let f = memo.get(key);
  if (!f) {
    f = compute();
    if (memo.size >= TEXT_MEMO_MAX) memo.clear();
    memo.set(key, f);
  }
  return f;
}
function headingFacts(doc: DocModel, b: number): HeadingFacts {
  const text = blockLow(doc, b);
  return textMemo(headingMemo, text, () => ({ role: headingRole(text), partyHeading: vocab('partyHeading').test(text) }));
}
function bodyFacts(doc: DocModel, b: number): BodyFacts {
  const text = blockLow(doc, b);
  return textMemo(bodyMemo, text, () => ({
    enacting: vocab('unitEnacting').test(text), recitalOpen: vocab('unitRecitalOpen').test(text),
    recitalOpenLine: isRecitalOpenLine(text), partyListCue: vocab('partyListCue').test(text),
  }));
}

/** The lower-case text of a block's sentences joined by spaces (a one-sentence block: its text, no copy). */
export function blockLow(doc: DocModel, b: number): string {
  const [f, l] = doc.blockSentences[b];
  if (l - f === 1) return doc.sentences[f].low;
  return doc.sentences.slice(f, l).map((x) => x.low).join(' ');
}

/** The section-role fold's state: its stack of headings as a persistent list (a frame is never changed). */
interface RoleFrame { level: number; role: SectionRole; up: RoleFrame | undefined }
/** The fold of `blockRoles` as kept for the next analysis: per block its role and the fold's state after it. */
interface RoleFold { pre: SectionRole[]; top: Array<RoleFrame | undefined>; recital: Uint8Array }

function sameFrames(a: RoleFrame | undefined, b: RoleFrame | undefined): boolean {
  while (a !== b) {
    if (!a || !b || a.level !== b.level || a.role !== b.role) return false;
    a = a.up; b = b.up;
  }
  return true;
}

/**
 * Section role per block: from the nearest heading above it (a heading's own role too). A fold over the blocks whose
 * step reads its own block only: after an edit (an Analyzer's next model) the previous fold is replayed over the
 * unchanged blocks at the start, and over those at the end from the first one whose state before it is the same.
 */
export function blockRoles(doc: DocModel): SectionRole[] {
  let r = roles.get(doc);
  if (r) return r;
  const n = doc.blocks.length;
  const fold: RoleFold = { pre: new Array<SectionRole>(n), top: new Array<RoleFrame | undefined>(n), recital: new Uint8Array(n) };
  const last = carried.previous<RoleFold>(doc, 'read:blockRoles');
  // Headings nest: a role set by a level-n heading holds until the next heading of level ≤ n.
  let top: RoleFrame | undefined;
  let recital = false;
  let b = 0;
  if (last) {
    for (; b < last.shared.pb; b++) { fold.pre[b] = last.value.pre[b]; fold.top[b] = last.value.top[b]; fold.recital[b] = last.value.recital[b]; }
    if (b > 0) { top = fold.top[b - 1]; recital = fold.recital[b - 1] === 1; }
  }
  const push = (level: number, role: SectionRole): void => { top = { level, role, up: top }; };
  for (; b < n; b++) {
    if (last && b >= n - last.shared.qb) {
      const ob = b - n + last.shared.prevBlocks;
      const was = last.value;
      if (sameFrames(top, ob > 0 ? was.top[ob - 1] : undefined) && recital === (ob > 0 && was.recital[ob - 1] === 1)) {
        for (let ob2 = ob; b < n; b++, ob2++) { fold.pre[b] = was.pre[ob2]; fold.top[b] = was.top[ob2]; fold.recital[b] = was.recital[ob2]; }
        break;
      }
    }
    const block = doc.blocks[b];
    let role: SectionRole;
    if (block.kind === 'heading') {
      while (top && top.level >= block.level) top = top.up;
      const own = headingFacts(doc, b).role;
      const inherited = top ? top.role : 'body';
      // An article heading ("Artikel 3 Financiering") inside an annex stays annex; so does an unnumbered subheading of a
      // foreword ("Voorwoord" › "Samen verder"); a numbered one ("1. Inleiding") opens the body of a text whose heading
      // levels were set one too deep. Any other plain heading resets to body.
      push(block.level, own !== 'body' ? own : inherited === 'annex' || (inherited === 'foreword' && !NUMBERED_HEADING.test(blockLow(doc, b))) ? inherited : 'body');
      role = top!.role;
      recital = false;
    } else {
      // A label line used as a heading ("Toelichting", "Achtergrond" on a line of its own, as in texts converted from
      // PDF or the web) sets the role of what follows until the next heading.
      const label = labelLineRole(doc, b);
      if (label === 'body') {
        // Another label line ("Afspraken", "Artikel 1") ends a background or recitals label; an explanation goes on
        // over its article labels.
        if (top && top.level === LABEL_LEVEL && top.role !== 'explanation') top = top.up;
      } else if (label) {
        while (top && top.level >= LABEL_LEVEL) top = top.up;
        push(LABEL_LEVEL, label);
      } else if (top && top.level === LABEL_LEVEL && top.role === 'preamble' && isEnactingBlock(doc, b)) {
        // The enacting formula ends recitals opened by a label line.
        top = top.up;
      }
      role = top ? top.role : 'body';
      if (!label || label === 'body') {
        // Recitals without a heading: from "overwegende (dat):" / "in aanmerking nemende" up to the enacting formula
        // ("komen het volgende overeen", "besluiten:").
        const facts = bodyFacts(doc, b);
        if (recital && facts.enacting) recital = false;
        else if (recital || facts.recitalOpen || facts.recitalOpenLine) { if (role === 'body') role = 'preamble'; recital = true; }
      }
    }
    fold.pre[b] = role; fold.top[b] = top; fold.recital[b] = recital ? 1 : 0;
  }
  carried.keep(doc, 'read:blockRoles', fold);
  r = fold.pre.slice();
  recitalsBeforeOperative(doc, r);
  roles.set(doc, r);
  return r;
}

/** The table cell is in a row whose first cell is a describing label ("| Omschrijving | Het vermogen om … |"). */
function describedRow(doc: DocModel, b: number): boolean {
  const line = doc.lines.at(doc.blocks[b].start).line;
  let first = b;
  while (first > 0 && doc.blocks[first - 1].kind === 'tableCell' && doc.lines.at(doc.blocks[first - 1].start).line === line) first--;
  if (first === b) return false;
  return vocab('unitDescribingLabel').test(blockLow(doc, first));
}

/** Cues of statements that commit nothing even in the body's present tense. */
const NO_VOICE: ReadonlySet<string> = new Set(['advice', 'opinion', 'meta', 'reason', 'reported', 'expectation', 'instruction']);

/**
 * The sentence on its own gives no voice of the text's to act in: advice, an opinion, text about the text, a reason,
 * another's words, a forecast, an instruction to the reader, or a perfect that reports what came about (not one of
 * agreeing). Read from the sentence alone (for rules that do not take the unit as input).
 */
export function voicelessLocal(r: LocalReading): boolean {
  return NO_VOICE.has(r.cue ?? '') || (r.main?.tense === 'perfect' && r.cue !== 'agreed');
}

/**
 * The sentence itself reports rather than claims, whatever its section: it analyses or looks back, defines, cites,
 * advises, gives an opinion or a reason, reports others, speaks about the text, forecasts, instructs the reader, or
 * states a possibility (the regie reader: a regie word there is no claim).
 */
export function reportsOnly(u: Unit): boolean {
  return u.fn === 'analysis' || u.fn === 'definition' || u.fn === 'citation' || NO_VOICE.has(u.cue ?? '') || u.main?.modality === 'possibility';
}

/**
 * The units of a model (filled on request), and what the next model of an Analyzer replays: a unit of a sentence in
 * an unchanged block whose neighbour blocks are unchanged too, with the same section role and narrative flag, is the
 * previous model's unit of that sentence (the same memo entry `unitOf` would find: its key holds nothing else).
 */
interface ModelUnits {
  units: Array<Unit | undefined>;
  roles: SectionRole[];
  narrative: boolean;
  level: AuthorLevel | undefined;
  /** The text is an agreement or a regulation (see `agreementText`). */
  agreement: boolean;
  last?: { value: ModelUnits; shared: Shared };
}
const units = new Slot<DocModel, ModelUnits>();

/** The last model asked for (most calls of `unitOf` in a row are for one model: no WeakMap lookup for them). */
let lastDoc: DocModel | undefined;
let lastUnits: ModelUnits | undefined;

function modelUnits(doc: DocModel): ModelUnits {
  if (doc === lastDoc) return lastUnits!;
  let m = units.get(doc);
  if (!m) {
    m = { units: new Array<Unit | undefined>(doc.sentences.length), roles: blockRoles(doc), narrative: narrativeText(doc), level: authorLevel(doc), agreement: agreementText(doc) };
    const last = carried.previous<ModelUnits>(doc, 'read:units');
    if (last && last.value.narrative === m.narrative && last.value.level === m.level && last.value.agreement === m.agreement) m.last = last;
    carried.keep(doc, 'read:units', { units: m.units, roles: m.roles, narrative: m.narrative, level: m.level, agreement: m.agreement });
    units.set(doc, m);
  }
  lastDoc = doc; lastUnits = m;
  return m;
}

/** The previous model's unit of sentence i (see `ModelUnits`), or undefined. */
function replayedUnit(doc: DocModel, m: ModelUnits, i: number): Unit | undefined {
  const last = m.last!;
  const b = doc.sentences[i].block;
  const n = doc.blocks.length;
  const { pb, qb, prevBlocks, prevSentences } = last.shared;
  let ob: number, oi: number;
  if (b + 1 < pb) { ob = b; oi = i; }
  else if (b - 1 >= n - qb) { ob = b - n + prevBlocks; oi = i - doc.sentences.length + prevSentences; }
  else return undefined;
  // A table cell's unit reads its row's first cell by line (`describedRow`): not replayed.
  if (doc.blocks[b].kind === 'tableCell' || m.roles[b] !== last.value.roles[ob]) return undefined;
  return last.value.units[oi];
}

const contextCodes = new Map<string | undefined, number>();
/** A small number per section role or block kind (for the unit's memo key). */
function contextCode(x: string | undefined): number {
  let c = contextCodes.get(x);
  if (c === undefined) contextCodes.set(x, (c = contextCodes.size));
  return c;
}

/** The unit reading of sentence i: its local function, its section role, and whether it commits. */
export function unitOf(doc: DocModel, i: number): Unit {
  const m = modelUnits(doc);
  const cache = m.units;
  const hit = cache[i];
  if (hit) return hit;
  if (m.last) {
    const u = replayedUnit(doc, m, i);
    if (u) return (cache[i] = u);
  }
  return (cache[i] = computeUnit(doc, m, i));
}

/**
 * The unit of sentence i read anew (`unitOf` without a unit in the model or a replay). A function of its own: the
 * closures below capture the sentence, and a function that makes closures allocates their context on every call, so
 * `unitOf`'s look-ups (hundreds per keystroke) make none.
 */
function computeUnit(doc: DocModel, m: ModelUnits, i: number): Unit {
  const s = doc.sentences[i];
  const role = m.roles[s.block] ?? 'body';
  const block = doc.blocks[s.block];
  // What the unit depends on besides the sentence's own text: its section role, its block's kind, whether it
  // continues advice of the sentence before in its block, and whether its table row describes. Kept per sentence under
  // that key, so an edit elsewhere reuses it (the per-document array above holds it for this document).
  const prevNoVoice = i > 0 && doc.sentences[i - 1].block === s.block && memoize(s, 'read:followUp', () => vocab('unitFollowUp').test(s.low)) && NO_VOICE.has(readLocal(doc.sentences[i - 1]).cue ?? '');
  const described = block?.kind === 'tableCell' && describedRow(doc, s.block);
  const narrative = m.narrative;
  const title = titleLine(doc, s);
  const quoted = quoteOpenBefore(doc, i) || closesQuoteOpenedBefore(s.raw);
  // The key as a small number (no key string to build and hash per sentence on every analysis).
  const level = m.level;
  const code = (((((((contextCode(role) * 256 + contextCode(block?.kind)) * 2 + (prevNoVoice ? 1 : 0)) * 2 + (described ? 1 : 0)) * 2 + (narrative ? 1 : 0)) * 2 + (title ? 1 : 0)) * 2 + (quoted ? 1 : 0)) * 5 + (level ? LEVELS.indexOf(level) + 1 : 0)) * 2 + (m.agreement ? 1 : 0);
  const byContext = memoMap<number, Unit>(s, 'read:unit');
  let u = byContext.get(code);
  if (!u) byContext.set(code, (u = unitFrom(s, readLocal(s), role, title ? 'heading' : block?.kind, prevNoVoice, described, narrative, quoted, level, m.agreement)));
  return u;
}

/**
 * A quotation opened in an earlier sentence of the same block is still open where sentence i starts ("Gedeputeerde Jansen:
 * “We zijn ambitieus. Voor een aantal ambities nemen we meer tijd.”"): the sentence is the quoted speaker's words.
 * Double quotes only (a single one also writes "'s avonds" or an apostrophe); a straight double quote toggles.
 */
function quoteOpenBefore(doc: DocModel, i: number): boolean {
  const b = doc.sentences[i].block;
  const first = doc.blockSentences[b]?.[0] ?? i;
  let open = false;
  for (let k = first; k < i; k++) {
    const raw = doc.sentences[k].raw;
    if (!/[“”„"]/.test(raw)) continue;
    open = doubleQuoteOpenAfter(raw, open);
  }
  return open;
}

/**
 * A paragraph that is one short line without closing punctuation stands as a title, whatever its words: "De regio
 * werkt samen" above a text, or the title line a document opens with ("Samen bouwen we de stad!"). A line that ends
 * in a colon leads in to what follows and is no title. A title stands above running text: a short line next to other
 * short lines, or above a list, is an item of a list set as paragraphs.
 */
function titleLine(doc: DocModel, s: Sentence): boolean {
  if (shortBareLine(doc, s.block)) return doc.blocks[s.block + 1]?.kind === 'paragraph' && !shortBareLine(doc, s.block + 1) && !shortBareLine(doc, s.block - 1);
  // The document's first line: its title, even with an exclamation mark.
  return s.block === 0 && loneParagraphSentence(doc, 0) === s && /!\s*$/.test(s.raw) && s.words <= 15;
}

/** Block b is a paragraph of one sentence of at most six words without closing punctuation. */
function shortBareLine(doc: DocModel, b: number): boolean {
  const x = loneParagraphSentence(doc, b);
  return !!x && x.words <= 6 && !/[.!?;:,]\s*$/.test(x.raw);
}

/** The sentence of block b when the block is a paragraph of exactly one sentence (a line standing alone), else undefined. */
export function loneParagraphSentence(doc: DocModel, b: number): Sentence | undefined {
  if (doc.blocks[b]?.kind !== 'paragraph') return undefined;
  const [f, l] = doc.blockSentences[b];
  return l - f === 1 ? doc.sentences[f] : undefined;
}

/** The unit of one sentence from its local reading and its context (see `unitOf`). */
function unitFrom(s: Sentence, local: LocalReading, role: SectionRole, blockKind: string | undefined, prevNoVoice: boolean, described: boolean, narrative: boolean, quoted = false, level?: AuthorLevel, agreement = false): Unit {
  let fn = local.fn;
  let cue = local.cue;
  // Inside a quotation that an earlier sentence opened: another speaker's words.
  if (quoted && fn !== 'heading' && fn !== 'question') { fn = 'citation'; cue = 'quote'; }
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
  // (A recital's plain act, "overwegende dat de gemeente bereid is personele inzet te leveren", is a reason.)
  else if (role === 'preamble' && !(fn === 'commitment' && ((cue === 'commitment' && vocab('unitBinding').test(s.low)) || cue === 'agreed'))) fn = 'analysis';
  else if (vocab('unitRecital').test(s.low)) fn = 'analysis';
  // In a background, explanation or annex section only an explicit commitment (future, obligation) or intention
  // counts; elsewhere also a plain present-tense statement (the operative voice of agreements and programmes).
  // A body of another bestuurslaag as the doer ("De provincie stelt jaarlijks een prognose op" in a municipal nota):
  // the author cannot commit it, so what it does, wants or will do is described.
  const othersAct = (fn === 'statement' || fn === 'commitment' || fn === 'intention') && otherLaagActs(s, local, level);
  const describes = narrative && role === 'body' && ((fn === 'statement' && cue === 'statement' && describesOther(s, local)) || reportsOther(s, local, cue) || othersAct);
  const explicit = fn === 'intention' || (fn === 'commitment' && !!local.main && (local.main.modality === 'future' || local.main.modality === 'obligation'));
  // A foreword commits nothing of its own: it introduces the document and points to the body that lays down.
  const commits = role === 'foreword' ? false
    : role === 'explanation' || role === 'annex' || role === 'analysis'
    ? explicit
    : (fn === 'commitment' && !reportsInPresent(s, local, agreement)) || fn === 'intention' || (fn === 'statement' && role === 'body' && !NO_VOICE.has(cue ?? '') && !!local.main && local.main.modality !== 'possibility' && local.main.tense === 'present' && !reportsInPresent(s, local, agreement) && statementLaysDownIn(s, local, agreement));
  // A row of a describing table ("| Omschrijving | …") describes a function or a term: it keeps its function (the
  // checklist reads what it settles) but commits nothing.
  return { ...local, fn, cue, role, commits: commits && !described && !describes, describes, narrative, ...(level ? { level } : {}) };
}


/**
 * Document kinds whose plain present tense is the operative voice: the articles of an agreement or a regulation, and
 * a programme of running work (what its parts do is laid down).
 */
const NORMATIVE: ReadonlySet<string> = new Set(['convenant', 'akkoord', 'regeling', 'programma']);

/** An agreement or a regulation: its plain present lays down a norm whatever the subject ("De huur stijgt met ten hoogste de inflatie"). */
export function agreementText(doc: DocModel): boolean {
  const t = classifyDoctype(doc).doctype;
  return t === 'convenant' || t === 'regeling';
}

/**
 * The text narrates rather than lays down (a nota, proposal, letter or other text): its plain present tense
 * describes ("Gemeenten werken steeds vaker samen", "De omgevingsvisie biedt het kader"), unless the author is the
 * doer. In an agreement or a regulation the same tense lays down what holds ("De partijen stellen … beschikbaar").
 */
export function narrativeText(doc: DocModel): boolean {
  return !NORMATIVE.has(classifyDoctype(doc).doctype);
}

/**
 * The doer of a clause is the text's own voice: "we"/"ik", a government body as the subject's first noun ("de
 * gemeente", "het college van B&W", "de provincie"), the usual author of a nota or a programme writing of itself, or
 * a noun of the author's own course ("De focus is …", "Ons uitgangspunt is …").
 * Another party, a thing or no subject at all is described, not committed.
 */
export function ownDoer(s: Sentence, c: Clause): boolean {
  if (c.subjectKind === 'we' || c.subjectKind === 'i' || c.subjectKind === 'document') return true;
  if (c.subjectKind !== 'np' || !c.subject) return false;
  const t = subjectNoun(s, c);
  if (t < 0) return false;
  // A bare plural opening the subject is generic ("Gemeenten zijn verantwoordelijk voor …": all municipalities), not
  // the author; with a determiner ("de gemeenten", "onze gemeenten") it names the parties.
  const tag = tagsOf(s)[t];
  if (t === c.subject[0] && tag.pos === 'NOUN' && tag.number === 'plur') return false;
  // A noun of the author's course speaks for the author as the subject of a statement ("De focus is …"), not as the
  // subject of a passive that reports where it was laid down ("In het plan zijn zeven ambities vastgelegd").
  return vocab('government').isWord(s.tokens[t].low) || (!c.passive && vocab('unitStanceNoun').isWord(s.tokens[t].low));
}

/**
 * The sentence carries the author's voice: a "we"/"ik" or a possessive of it, a government body, a form of "worden"
 * (an agentless passive is the author's), or a main clause that the author does (`ownDoer`), is passive, or has a
 * proper name as its subject (a regional body or a municipality writing of itself in the third person).
 */
export function authorVoiceIn(s: Sentence, clauses: readonly Clause[]): boolean {
  const tags = tagsOf(s);
  if (s.tokens.some((t) => AUTHOR_VOICE.test(t.low) || vocab('government').isWord(t.low))) return true;
  return clauses.some((c) => !c.subordinate && (ownDoer(s, c) || c.passive || (c.subject !== undefined && s.tokens.slice(c.subject[0], c.subject[1]).some((t, k) => tags[c.subject![0] + k]?.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text)))));
}
const AUTHOR_VOICE = /^(we|wij|ik|ons|onze|wordt|worden|werd|werden|u|uw|zal|zullen|afgesproken|afspraak|afspraken|taak|partijen)$/;

/**
 * A plain present-tense statement (no commitment word, no future, no obligation) lays something down only in the
 * text's own voice. In an agreement or a regulation every present is the norm ("De huur stijgt met ten hoogste de
 * inflatie"), and a task or goal allocated lays down anywhere (vocab `unitAllocation`). Otherwise a main clause in the
 * present must lay it down (`statementLaysDown`), or, where the clause reader found no clause of its own for it, a first
 * person or "partijen" elsewhere in the sentence ("…, waarin we de wachtlijsten verkorten", "Dat betekent dat wij …
 * afstemmen", "… en partijen zoeken …") — unless the main clause's "we" only perceives ("We zien dat …").
 * Measured against blind labels of what real sentences do (scripts/eval-units.ts): a trend, a thing, another party or
 * "er is …" as the subject of a plain present describes ("Het aantal jongeren stijgt", "De samenwerking loopt goed").
 */
function statementLaysDownIn(s: Sentence, local: LocalReading, agreement: boolean): boolean {
  if (agreement || vocab('unitAllocation').test(flat(s).text)) return true;
  const mains = mainClauses(local.clauses).filter((c) => c.finite >= 0 && c.tense === 'present');
  if (mains.some((c) => statementLaysDown(s, c))) return true;
  if (mains.some((c) => c.subjectKind === 'we' || c.subjectKind === 'i')) return false;
  // Not a first person of a clause that only addresses the reader ("De maatregelen die ik in deze brief presenteer, …").
  return s.tokens.some((t, k) => FIRST_PERSON.test(t.low) && !local.clauses.some((c) => k >= c.start && k < c.end && addressesReaderIn(s, c)));
}
const FIRST_PERSON = /^(we|wij|ik|ons|onze|mijn|partijen)$/;
const PRONOUN_BACK = /^(zij|ze|hij)$/;

/**
 * A main clause in the plain present (no future, obligation, wish or possibility) that reports or describes rather than
 * lays down, whoever its subject (measured on blind labels of what real sentences do, scripts/eval-units.ts):
 * - a word of the present state of affairs in it (vocab `presentState`: "Momenteel worden voorstellen uitgewerkt",
 *   "De partijen werken sinds 2014 samen", "Inmiddels wordt …"): running work described, not a plan;
 * - "zijn" with a participle outside an agreement or a regulation, with no moment ahead anywhere in the sentence
 *   (vocab `unitTimeAhead`): what was done or how things stand ("Voor de begroting zijn deze risico's ingedekt", "De
 *   brief is ondertekend door …"), not a target ("Eind 2027 zijn alle woningen geïsoleerd" stays one);
 * - "we"/"ik" addressing the reader about the text with its finite verb (vocab `unitAuthorMeta`: "Daarnaast informeren
 *   wij u over …", "In dit programma beschrijven wij …", "Ik neem uw Kamer mee in …").
 */
function reportsInPresent(s: Sentence, local: LocalReading, agreement: boolean): boolean {
  const main = local.main;
  if (!main || main.subordinate || main.finite < 0 || main.tense !== 'present' || main.modality !== 'none') return false;
  // Another main clause with the author as its doer still lays down ("De middelen zijn beperkt, dus kiezen we …").
  if (mainClauses(local.clauses).some((c) => c !== main && c.finite >= 0 && ownDoer(s, c))) return false;
  // In the main clause or a part of it the reader split off without a verb of its own ("… werken sinds 2019 samen"), not
  // in a subordinate clause with its own verb ("…, waarbij we de buurten betrekken die sinds 2020 overlast hebben").
  const own = (at: number): boolean => !local.clauses.some((c) => c.subordinate && c.finite >= 0 && at >= s.tokens[c.start].start && at < s.tokens[c.end - 1].end);
  if (vocab('presentState').test(s) && matchPhrases(vocab('presentState'), s.raw, s.start).some((h) => own(h.start))) return true;
  if (runsAlready(s, main)) return true;
  if (main.voice && !main.voice.dynamic && !agreement && !timeAhead(s)) return true;
  return authorAddressesReader(s, main);
}

/** A moment or period ahead stands in the sentence (vocab `unitTimeAhead`: "in 2030", "de komende vier jaar"); memoised. */
function timeAhead(s: Sentence): boolean {
  return memoize(s, 'read:timeAhead', () => vocab('unitTimeAhead').test(flat(s).text));
}

/**
 * Clause c, in the plain present with no modality, describes what already runs or holds: the adverb "al" (`alreadyIn`)
 * and no moment ahead in the sentence ("Regionaal werken we al intensief samen"; "We starten al in 2027" plans). Read
 * by the unit reader (a report, not a commitment) and the regie reader (regie that already holds is no new claim).
 */
export function runsAlready(s: Sentence, c: Clause): boolean {
  return c.finite >= 0 && c.tense === 'present' && c.modality === 'none' && alreadyIn(s, c) && !timeAhead(s);
}

/** Words after "al" that make it another word than "already": "al de/onze …" (all), "al dan niet", "al met al", "al te". */
const NOT_ALREADY_NEXT = /^(de|het|een|die|dat|deze|dit|onze|ons|hun|haar|zijn|mijn|jullie|uw|wat|wie|dan|met|naar|te|is|was|zou|of)$/;

/**
 * The main clause holds the adverb "al" (already) after its first word: running work or a state that already holds
 * ("Regionaal werken we al intensief samen", "De gemeente voert al een vroegsignaleringsaanpak uit"), described, not
 * laid down. Not "al" as a quantifier or in a fixed phrase ("al onze partners", "al dan niet"), nor opening the clause
 * ("Al is het budget beperkt, …": although); a moment ahead ("We starten al in 2027") is checked in `runsAlready`.
 */
function alreadyIn(s: Sentence, c: Clause): boolean {
  const t = s.tokens;
  for (let k = c.start + 1; k < c.end; k++) {
    if (t[k].low !== 'al' || NOT_ALREADY_NEXT.test(t[k + 1]?.low ?? '')) continue;
    if (tagsOf(s)[k]?.pos === 'ADV') return true;
  }
  return false;
}

/** Where the phrases of the author addressing the reader start (vocab `unitAuthorMeta`): matched once per sentence. */
function authorMetaStarts(s: Sentence): readonly number[] {
  return memoize(s, 'read:authorMeta', () => matchPhrases(vocab('unitAuthorMeta'), s.raw, s.start).map((h) => h.start));
}

/** Clause c is "we"/"ik" addressing the reader about the text with its finite verb (vocab `unitAuthorMeta`). */
function authorAddressesReader(s: Sentence, c: Clause): boolean {
  if ((c.subjectKind !== 'we' && c.subjectKind !== 'i') || c.finite < 0) return false;
  return authorMetaStarts(s).includes(s.tokens[c.finite].start);
}

/** A phrase of the author addressing the reader (vocab `unitAuthorMeta`) starts in clause c ("die ik in deze brief presenteer"). */
function addressesReaderIn(s: Sentence, c: Clause): boolean {
  const from = s.tokens[c.start].start, to = s.tokens[c.end - 1].end;
  return authorMetaStarts(s).some((at) => at >= from && at < to);
}

/**
 * A present main clause lays down by its subject: "we"/"ik" acting, not perceiving, knowing, having or belonging (vocab
 * `unitWeStateVerb`: "We bieden ondersteuning", not "We kennen veel verenigingen"); "er" with anything but a verb of
 * state ("Er komt …", not "Er is …"); a noun phrase that is the author's body or course (`ownDoer`), the subject of an
 * existential "er komt", or a party, a text or a pronoun that points back ("De gemeente … . Zij investeert …") with a
 * verb that is not one of state; a text with a verb of its course, not of what it holds or treats (vocab
 * `unitTextVerb`: "Dit plan zet in op …", not "Dit beleidsplan beschrijft …"). (Measured and not taken: a time ahead as a
 * plan, "Het project ondersteunt in 2026 …" — on the blind labels it added as many descriptions, forecasts above all,
 * as commitments.)
 */
function statementLaysDown(s: Sentence, c: Clause): boolean {
  const lemma = tagsOf(s)[c.finite]?.lemma ?? s.tokens[c.finite].low;
  const state = vocab('unitStateVerb').isWord(lemma);
  switch (c.subjectKind) {
    case 'we': case 'i': return !vocab('unitWeStateVerb').isWord(lemma);
    case 'impersonal': return !state;
    case 'np': return ownDoer(s, c) || (lemma === 'komen' && s.tokens[c.start]?.low === 'er') ||
      ((actorSubject(s, c) || PRONOUN_BACK.test(s.tokens[c.subject![0]].low)) && !state);
    case 'document': return !state && !vocab('unitTextVerb').isWord(lemma);
    default: return true;
  }
}

/**
 * The subject of clause c names a party or a text: its head is a proper name, an organisation or role noun or a text
 * ("De sportnota versterkt …"), or the author's possessive stands before the head ("onze ambities").
 */
function actorSubject(s: Sentence, c: Clause): boolean {
  if (!c.subject) return false;
  const tags = tagsOf(s);
  // The head of the subject, not a noun in a phrase after it ("De bijdrage van bedrijven …" is no party).
  const head = subjectNoun(s, c);
  for (let t = c.subject[0]; t < c.subject[1] && (head < 0 || t <= head); t++) {
    const w = s.tokens[t].low;
    if (/^(ons|onze|mijn)$/.test(w) || (t === head && (tags[t]?.pos === 'PROPN' || isActorWord(w) || vocab('documentHeads').isWord(compoundHead(w).head)))) return true;
  }
  return false;
}

/** The token index of the first noun or proper name in a clause's subject, or -1. */
export function subjectNoun(s: Sentence, c: Clause): number {
  if (!c.subject) return -1;
  const tags = tagsOf(s);
  for (let t = c.subject[0]; t < c.subject[1]; t++) if (tags[t]?.pos === 'NOUN' || tags[t]?.pos === 'PROPN') return t;
  return -1;
}

/**
 * In a narrative text, a main clause whose subject is another party or a thing and whose finite verb is one of state
 * or relation describes ("Gemeenten zijn in toenemende mate …", "De omgevingsvisie biedt het kader voor …", "Het
 * wijkteam is een netwerk van …"): unless the sentence allocates a task or an aim ("heeft tot taak", "is de taak
 * van"), or another clause of the sentence acts or has the author as its doer ("De middelen zijn eenmalig, dus kiezen
 * we …", "De kosten vallen binnen …, en partijen zoeken …"). Impersonal subjects ("het is de taak van …", "er is …")
 * and acts are left as they are.
 */
function describesOther(s: Sentence, local: LocalReading): boolean {
  const main = local.main;
  if (!main || main.subjectKind !== 'np' || main.finite < 0 || ownDoer(s, main)) return false;
  const tags = tagsOf(s);
  const state = (t: number): boolean => vocab('unitStateVerb').isWord(tags[t].lemma);
  if (!state(main.finite) || vocab('unitAllocation').test(flat(s).text)) return false;
  return nothingElseActs(s, local, main, state, (c) => state(c.finite));
}

/**
 * The main clause's doer is a body of another bestuurslaag than the author's (`otherLaag`), and no other main clause of
 * the sentence has the author as its doer ("De provincie stelt de prognose op en wij toetsen de plannen eraan" still
 * commits the author).
 */
function otherLaagActs(s: Sentence, local: LocalReading, level: AuthorLevel | undefined): boolean {
  const main = local.main;
  if (!level || !main || main.finite < 0 || !otherLaag(s, main, level)) return false;
  return !mainClauses(local.clauses).some((c) => c !== main && c.finite >= 0 && ownDoer(s, c) && !otherLaag(s, c, level));
}

/**
 * The rest of the sentence leaves the main clause's description or report standing (`describesOther`,
 * `reportsOther`): no other finite verb in the main clause that `verbStill` rejects (a coordinated act: "De kosten
 * vallen binnen … en partijen zoeken …"), and no other main clause with the author as doer or that `clauseStill`
 * rejects.
 */
function nothingElseActs(s: Sentence, local: LocalReading, main: Clause, verbStill: (t: number) => boolean, clauseStill: (c: Clause) => boolean): boolean {
  const tags = tagsOf(s);
  for (let t = main.start; t < main.end; t++) if (t !== main.finite && tags[t]?.verbForm === 'fin' && !verbStill(t)) return false;
  return !mainClauses(local.clauses).some((c) => c !== main && c.finite >= 0 && (ownDoer(s, c) || !clauseStill(c)));
}

/**
 * In a narrative text, a perfect whose subject is another party reports what that party did or said ("Het presidium
 * heeft uitgesproken te streven naar …", "De provincie heeft een plan opgesteld dat …"): like a past tense, it
 * describes, whatever intention or hedge the reported words hold. Unless it is the perfect of agreeing or deciding
 * (what is now agreed), the doer is the author, or another main clause of the sentence acts in the present or has the
 * author as doer ("Het Rijk heeft de regeling verlengd, dus verlengen wij …").
 */
function reportsOther(s: Sentence, local: LocalReading, cue: string | undefined): boolean {
  const main = local.main;
  // Another party as subject, or none ("Er is nagedacht over …"): what was done or said is reported.
  if (!main || main.tense !== 'perfect' || cue === 'agreed' || (main.subjectKind !== 'np' && main.subjectKind !== 'impersonal') || ownDoer(s, main)) return false;
  // A coordinated present act ("… heeft een plan opgesteld en de gemeente streeft naar …") or a present main clause acts.
  const tags = tagsOf(s);
  return nothingElseActs(s, local, main, (t) => tags[t]?.tense === 'past', (c) => c.tense === 'perfect' || c.tense === 'past');
}

// ——— Readings of sentences that commit nothing although they read as present-tense statements ———

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
export function commitsNothingHere(s: Sentence): 'label' | 'present' | 'law' | 'effect' | 'rationale' | 'text' | undefined {
  return memoize(s, 'read:commitsNothingHere', () => {
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
    // Or stands right after the finite verb of a main clause whose subject opens it ("Overheden halen hiermee zoveel
    // mogelijk rendement uit …"): the same adverb in the middle field. Not "zo", which also opens "zo veel mogelijk".
    const afterFinite = main && !main.subordinate && main.finite > main.start && main.subject && main.subject[0] === main.start ? s.tokens[main.finite + 1] : undefined;
    if (!own && afterFinite && afterFinite.low !== 'zo' && matchPhrases(vocab('effectOpener'), s.raw, s.start).some((h) => h.start === afterFinite.start)) return 'effect';
    // The text says how it itself is written ("In deze nota wordt zoveel mogelijk gesproken over …", "De focus ligt in
    // deze begroting zoveel mogelijk op …"): a pointer into this text and a verb of speaking about or of where the
    // weight lies.
    if (main && !main.subordinate && aboutThisText(s, main)) return 'text';
    // An explanation, an interpretation or a possibility described ("De gedachte is dat …", "Dit betekent dat …",
    // "De aanpak biedt de mogelijkheid om …").
    if (!own && vocab('rationaleFrame').test(low)) return 'rationale';
    return undefined;
  });
}

/** See `commitsNothingHere`: "in deze/dit <text>" or "hierin", with a main verb of speaking about or of weight. */
function aboutThisText(s: Sentence, main: Clause): boolean {
  const t = s.tokens;
  let here = false;
  for (let k = 0; k + 2 < t.length && !here; k++) {
    if (t[k].low === 'hierin') here = true;
    else if (t[k].low === 'in' && /^(deze|dit)$/.test(t[k + 1].low) && (vocab('documentHeads').isWord(t[k + 2].low) || /^(begroting|visie|notitie|kadernota|voorjaarsnota|brief)$/.test(t[k + 2].low))) here = true;
  }
  if (!here || main.finite < 0) return false;
  const tags = tagsOf(s);
  const verbs = new Set<string>();
  for (let k = main.start; k < main.end; k++) if (tags[k]?.pos === 'VERB' || tags[k]?.pos === 'AUX') verbs.add(tags[k].lemma);
  const head = subjectNoun(s, main);
  const weight = head >= 0 && /^(focus|nadruk|accent|accenten|zwaartepunt)$/.test(t[head].low);
  return [...verbs].some((v) => /^(spreken|behandelen|beschrijven|ingaan|bespreken)$/.test(v)) || (weight && verbs.has('liggen'));
}

/** The opening of recitals in other words than "overwegende" ("constaterende dat:", "Partijen nemen het volgende in
 * overweging:"): a short paragraph ending in a colon, or the recital formula at its start. */
function isRecitalOpenLine(text: string): boolean {
  if (!vocab('recitalOpen').test(text)) return false;
  return /:\s*$/.test(text) || text.length < 80;
}

/** Below every Markdown heading level: a label line holds until the next real heading. */
const LABEL_LEVEL = 7;

/**
 * The role a short label line gives what follows it: a paragraph of at most six words, no finite punctuation, whose
 * words name a background, explanation or recitals section ("Toelichting", "Achtergrond en aanleiding").
 */
function labelLineRole(doc: DocModel, b: number): SectionRole | 'body' | undefined {
  const s = loneParagraphSentence(doc, b);
  if (!s) return undefined;
  return memoize(s, 'read:labelRole', () => labelRoleOf(s));
}

/** The role a one-sentence paragraph gives as a label line (its text only; see `labelLineRole`). */
function labelRoleOf(s: Sentence): SectionRole | 'body' | undefined {
  if (/[.!?;,]\s*$/.test(s.raw) || s.tokens.filter((t) => t.kind === 'word').length > 6) return undefined;
  // A line of a table of contents ("3.2 Analyse van de wijken 14") names a section elsewhere; it sets no role here.
  if (tocLine(s.raw)) return undefined;
  const role = headingRole(s.low);
  if (role === 'explanation' || role === 'analysis' || role === 'preamble' || role === 'foreword') return role;
  // Any other label line with no verb: 'body' (it may end a label above).
  return readLocal(s).clauses.some((c) => c.finite >= 0) ? undefined : 'body';
}

function isEnactingBlock(doc: DocModel, b: number): boolean {
  return bodyFacts(doc, b).enacting;
}

/** The role a heading's words give (a foreword before the background headings, which name "voorwoord" too). */
function headingRole(low: string): SectionRole {
  if (vocab('headingForeword').test(low)) return 'foreword';
  return backgroundHeadingRole(low) ?? sectionRoleOfHeading(low);
}
/**
 * A heading that opens with a number or a chapter word ("1. Inleiding", "2.3 Aanpak", "Hoofdstuk 2"). Near the block
 * reader's `NUMBERED_HEADING` (text/blocks.ts), which asks more: text after the chapter number, to take a plain line for
 * a heading; here a bare "Hoofdstuk 2" below a foreword already opens the body.
 */
const NUMBERED_HEADING = /^\W*(?:\d+(?:\.\d+)*\.?\s|[ivx]+\.\s|(?:hoofdstuk|deel|paragraaf)\s)/;

/** Headings of an introduction, a sketch of the situation or the legal frame: background, not the operative text. */
function backgroundHeadingRole(low: string): SectionRole | undefined {
  return vocab('backgroundHeading').test(low) && !vocab('operativeHeading').test(low) ? 'analysis' : undefined;
}

/** The operative part must start in this share of the text for what precedes it to count as recitals. */
const OPERATIVE_SHARE = 0.5;

/**
 * What precedes the enacting or agreement formula ("besluit:", "komen het volgende overeen") in a decree or an
 * agreement states reasons and parties: recitals (guide judgement: "overwegende dat …" commits nothing). Body blocks
 * before the first operative sentence become 'preamble', when that sentence opens the text's first part.
 */
function recitalsBeforeOperative(doc: DocModel, r: SectionRole[]): void {
  const from = speakerFacts(doc).operativeFrom;
  if (from <= 0 || from > doc.sentences.length * OPERATIVE_SHARE) return;
  const first = doc.sentences[from]?.block ?? 0;
  // The parties and their representatives ("vertegenwoordigd door", a section "Partijen") are named, not reasoned:
  // they keep their role (the checklist reads mandate and partners there).
  let parties = false;
  for (let b = 0; b < first; b++) {
    if (doc.blocks[b].kind === 'heading') { parties = headingFacts(doc, b).partyHeading; continue; }
    if (parties || bodyFacts(doc, b).partyListCue) continue;
    if (r[b] === 'body') r[b] = 'preamble';
  }
}

/**
 * Whether this model's units replay the previous model's (`replayedUnit`): every document-level input of a unit is
 * the same as in the previous model of the Analyzer. A pass that replays what it read of the units in unchanged blocks
 * (profile/lead.ts `replayedOps`) asks this instead of naming those inputs itself.
 */
export function unitsCarryOver(doc: DocModel): boolean {
  return modelUnits(doc).last !== undefined;
}
