/**
 * The 24-item checklist (contract section A), decided the way guide/judgement.md §1 describes: items are
 * document-level (one clear instance anywhere is enough), evidence is the sentences that show it, and thin,
 * optional, deferred or hedged language does not count. Each item has a small decider that combines the
 * per-sentence cues of cues.ts with sentence facts (actors, amounts, dates, quantities) and, for a few items,
 * document facts (doctype, the regie readings).
 *
 * Cost: one pass of cue regexes per sentence (cached by sentence text), then each decider walks the
 * precomputed cue bits; no decider scans the raw document text.
 */
import type { ChecklistResult, Evidence } from '../types';
import type { DocModel, Sentence } from '../document';
import { blockFacts, carried, factIndexes, headingOf, memoize, quoteSentence, textFacts, wordsLow } from '../document';
import type { RegieReading } from '../regie';
import { CHECKLIST_ITEMS } from './items';
import { ITEM_SCOPES, type ChecklistInput, type ItemScope } from './scopes';
import { ScopeError } from '../scope';
import { has, sentenceCues, type CueId, type SentenceCues } from './cues';
import { classifyDoctype } from '../profile/doctype';
import type { Doctype } from '../types';
import { unitOf, readLocal, tagsOf, type UnitFunction } from '../read/unit';
import { frameHolds, isPeopleWord, memberTokens, peopleTokens, schemeRecipient, type Frames } from '../read/frames';
import { isRelativeOpener, type Clause } from '../read/clause';
import { compoundHead, isParticle, joinSeparable } from '../read/lexicon';
import { vocab } from '../vocab';
import { precheck } from '../vocab/precheck';
import { wordClass } from '../vocab/classes';
import { Slot } from '../slots';

/**
 * Which unit functions can carry evidence for an item (guide §0 "own commitments only"; real-documents kind F):
 * questions, form text, model clauses and citations of other texts never do; a goal must be the text's own
 * (not an analysis or a definition); an exclusion inside a definition is no afbakening; rules of play, roles,
 * answerability, mandate, people and decisions must be stated in the text's own voice (not as background).
 * Problems, needs, stakes and burdens live in analysis sections, so those items read them; the legal form and
 * the afnemers may also be named in definitions.
 */
const NEVER: readonly UnitFunction[] = ['question', 'form', 'model', 'citation'];
const EXCLUDE: Record<string, readonly UnitFunction[]> = {
  doel: [...NEVER, 'analysis', 'definition', 'legal'],
  afbakening: [...NEVER, 'definition'],
  aanspreekbaar: [...NEVER, 'definition'],
  spelregels: [...NEVER, 'definition'],
  mandaat: [...NEVER, 'analysis', 'legal'],
  mensen: NEVER,
  besliskracht: [...NEVER, 'definition'],
  financiering: NEVER,
  werkprocessen: NEVER,
  pcReportTimed: NEVER,
  betrokkenheid: [...NEVER, 'definition'],
  juridisch: [],
  lastBaat: [...NEVER, 'definition', 'legal'],
  opgaveFrame: [...NEVER, 'definition', 'legal'],
  afnemerSpecific: ['model'],
  afnemerGeneric: ['model'],
};

const MAX_EVIDENCE = 3;
/** `find` without its evidence limit: for a filter applied after the text facts (the unit reading), then cut to `MAX_EVIDENCE`. */
const ALL = { limit: Infinity } as const;

export interface ChecklistContext {
  doc: DocModel;
  cues: SentenceCues[];
  doctype: Doctype;
  regie: RegieReading[];
  /** Indices of sentences that are body text (not headings). */
  body: number[];
  isHeading: (i: number) => boolean;
  /** Per sentence: a list item whose lead-in sentence (just above the list) names a specific actor. */
  leadActor: boolean[];
}

const contexts = new Slot<DocModel, ChecklistContext>();

export function checklistContext(doc: DocModel, regie: RegieReading[] = []): ChecklistContext {
  const hit = contexts.get(doc);
  if (hit && hit.regie === regie) return hit;
  // Carried over per sentence from the previous model of the same Analyzer (cues depend on the sentence text only).
  const cueOf = textFacts(doc, 'cues', sentenceCues);
  const isHeading = (i: number): boolean => doc.blocks[doc.sentences[i].block].kind === 'heading';
  const { cues, body, leadActor } = contextArrays(doc, cueOf);
  const ctx: ChecklistContext = { doc, cues, doctype: classifyDoctype(doc).doctype, regie, body, isHeading, leadActor };
  contexts.set(doc, ctx);
  return ctx;
}

/** The per-sentence arrays of a checklist context (see `contextArrays`). */
interface ContextArrays { cues: SentenceCues[]; body: number[]; leadActor: boolean[] }

/**
 * The cues, the body sentences, and — "an actor in the heading or list lead-in just above counts" (guide §5) — the
 * lead-in's actor that list items inherit. An Analyzer's next model with as many sentences updates the previous
 * model's arrays in place (as `textFacts` does; a model is not read after the next one is built): only the sentences
 * between the shared start and end (`p`, `q`: the same built sentences, so the same text, block kind and cues) are
 * read again, and the lead-in state on from there to the first sentence after them that is no list item (from there
 * on it is what it was). Otherwise one pass over every sentence.
 */
function contextArrays(doc: DocModel, cueOf: (i: number) => SentenceCues): ContextArrays {
  const n = doc.sentences.length;
  const kindOf = (i: number): string => doc.blocks[doc.sentences[i].block].kind;
  const last = carried.previous<ContextArrays>(doc, 'checklist:context');
  let out: ContextArrays;
  if (last && last.shared.prevSentences === n && last.value.cues.length === n) {
    out = last.value;
    const { cues, body, leadActor } = out;
    const { p, q } = last.shared;
    const end = n - q;
    for (let i = p; i < end; i++) cues[i] = cueOf(i);
    // The body entries of the middle, in place of the old ones (the same count: overwritten; else spliced).
    let lo = 0, hi = body.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (body[mid] < p) lo = mid + 1; else hi = mid; }
    let k = lo;
    while (k < body.length && body[k] < end) k++;
    let count = 0;
    for (let i = p; i < end; i++) if (kindOf(i) !== 'heading') count++;
    if (count === k - lo) {
      let j = lo;
      for (let i = p; i < end; i++) if (kindOf(i) !== 'heading') body[j++] = i;
    } else {
      const mid: number[] = [];
      for (let i = p; i < end; i++) if (kindOf(i) !== 'heading') mid.push(i);
      body.splice(lo, k - lo, ...mid);
    }
    // The lead-in state before p: set by the last sentence before it that is no list item.
    let lead = false;
    for (let i = p - 1; i >= 0; i--) if (kindOf(i) !== 'listItem') { lead = cues[i].actorHeads.length > 0; break; }
    for (let i = p; i < n; i++) {
      const kind = kindOf(i);
      if (i >= end && kind !== 'listItem') break;
      if (kind === 'listItem') leadActor[i] = lead;
      else { leadActor[i] = false; lead = cues[i].actorHeads.length > 0; }
    }
  } else {
    const cues = new Array<SentenceCues>(n);
    const body: number[] = [];
    const leadActor = new Array<boolean>(n).fill(false);
    let lead = false;
    for (let i = 0; i < n; i++) {
      const c = (cues[i] = cueOf(i));
      const kind = kindOf(i);
      if (kind !== 'heading') body.push(i);
      if (kind === 'listItem') leadActor[i] = lead;
      else lead = c.actorHeads.length > 0;
    }
    out = { cues, body, leadActor };
  }
  carried.keep(doc, 'checklist:context', out);
  return out;
}

/**
 * The context one checklist item's decider gets, made from the item's declared scope (checklist/scopes.ts), as the
 * rules get theirs (scope.ts): it reaches no further than the declaration. The document inputs (`doctype`, `regie`,
 * other items' results, the unit function) throw a ScopeError unless declared; a sentence is read only through the
 * view of an evidence unit (`at(i)`), which reads sentence i alone (scope `sentence`), its block and list lead-in
 * (`paragraph`) or its section (`section`). The engine functions below (find, result) hold the document itself.
 */
export class ItemContext {
  constructor(readonly id: string, readonly scope: ItemScope, base: ChecklistContext, private readonly items: Readonly<Record<string, ChecklistResult>> = {}) {
    BASE.set(this, base);
  }

  /** Throws unless the item declares this input (the evidence views ask too, for the unit). */
  require(input: ChecklistInput): void {
    if (!this.scope.inputs.includes(input)) throw new ScopeError(`${this.id} reads the input "${input}" it does not declare`);
  }

  /** Body sentences (not headings), in document order: the evidence units an item may look at. */
  get body(): readonly number[] { return base(this).body; }
  get count(): number { return base(this).doc.sentences.length; }
  isHeading(i: number): boolean { return base(this).isHeading(i); }
  get doctype(): Doctype { this.require('doctype'); return base(this).doctype; }
  get regie(): readonly RegieReading[] { this.require('regie'); return base(this).regie; }
  item(id: string): ChecklistResult | undefined { this.require('items'); return this.items[id]; }

  /** The view of the evidence unit around sentence i. */
  at(i: number): EvidenceView {
    return new EvidenceUnit(this, base(this), i);
  }

  /** Sentences of regie claims and of leadership claimed without the word (input "regie"; computed once per analysis). */
  regieSentences(): readonly number[] {
    this.require('regie');
    return regieSentenceList(base(this));
  }

  /** The index of the sentence an evidence quote of another item came from (-1 if none). */
  indexOf(e: Evidence): number {
    return evidenceIndex(base(this), e);
  }
}

/** The view of one evidence unit: a small object per call, its methods on the prototype (no closures per sentence). */
class EvidenceUnit implements EvidenceView {
  constructor(private readonly item: ItemContext, private readonly b: ChecklistContext, private readonly i: number) {}

  within(j: number): boolean {
    const { b, i } = this;
    const scope = this.item.scope.evidence;
    return j === i || (scope === 'paragraph' ? b.doc.sentences[j]?.block === b.doc.sentences[i].block
      : scope === 'section' ? sectionIndex(b, j) === sectionIndex(b, i) : false);
  }

  /** Throws unless sentence j is inside the unit (a paragraph also reaches its list lead-in). */
  private reach(j: number, what: string): void {
    const scope = this.item.scope.evidence;
    if (this.within(j) || (scope === 'paragraph' && what === 'lead-in')) return;
    throw new ScopeError(`${this.item.id} (evidence scope ${scope}) reads ${what} of sentence ${j} from sentence ${this.i}`);
  }

  sentence(j = this.i): Sentence { this.reach(j, 'the text'); return this.b.doc.sentences[j]; }
  cue(j = this.i): SentenceCues { this.reach(j, 'the cues'); return this.b.cues[j]; }
  unit(j = this.i): ReturnType<typeof unitOf> { this.item.require('unit'); this.reach(j, 'the unit'); return unitOf(this.b.doc, j); }
  leadActor(j = this.i): boolean {
    const scope = this.item.scope.evidence;
    if (scope === 'sentence') throw new ScopeError(`${this.item.id} (evidence scope sentence) reads the list lead-in of sentence ${j}`);
    this.reach(j, 'lead-in');
    return this.b.leadActor[j];
  }
}

/** What an evidence unit may read: its own sentence, and its paragraph or section when the scope says so. */
export interface EvidenceView {
  /** Is sentence j inside this evidence unit (the sentence itself, its block, or its section)? */
  within(j: number): boolean;
  sentence(j?: number): Sentence;
  cue(j?: number): SentenceCues;
  unit(j?: number): ReturnType<typeof unitOf>;
  /** A list item whose lead-in (just above the list) names a specific actor (paragraph scope). */
  leadActor(j?: number): boolean;
}

const BASE = new Slot<ItemContext, ChecklistContext>();
function base(ctx: ItemContext): ChecklistContext { return BASE.get(ctx)!; }

/** A fact per sentence that reads that sentence alone (kept per sentence text, carried over between analyses). */
function facts<T>(ctx: ItemContext, key: string, f: (s: Sentence) => T): (i: number) => T {
  return textFacts(base(ctx).doc, key, f);
}

/**
 * A fact per sentence that reads that sentence's block alone, through the item's evidence view of sentence i (scope
 * `paragraph`: its own block, never the list lead-in, which lies in another block), carried over between analyses in
 * the blocks an edit did not change (document.ts `blockFacts`). Nothing of the document (doctype, regie, other items)
 * may go into it: the caller combines those with the fact.
 */
function paragraphFacts<T>(ctx: ItemContext, key: string, f: (i: number) => T): (i: number) => T {
  if (ctx.scope.evidence !== 'paragraph' && ctx.scope.evidence !== 'sentence') throw new ScopeError(`${ctx.id}: a paragraph fact in evidence scope ${ctx.scope.evidence}`);
  return blockFacts(base(ctx).doc, key, f);
}

/** Index of the governing heading block of sentence i (-1 before the first heading). */
function sectionIndex(ctx: ChecklistContext, i: number): number {
  const block = ctx.doc.sentences[i].block;
  if (ctx.doc.blocks[block].kind === 'heading') return block;
  return headingOf(ctx.doc, block)?.index ?? -1;
}

/** The index of the sentence an evidence quote came from (-1 if none). */
function evidenceIndex(ctx: ChecklistContext, e: Evidence): number {
  // The first sentence that starts there (the sentences are in document order: a binary search for the lowest index
  // whose start is not before it, as `findIndex` would find it, without a pass over the document).
  const list = ctx.doc.sentences;
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < e.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo].start === e.start ? lo : -1;
}

function evidenceOf(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.lineOf(s.start), text: quoteSentence(doc, s) };
}

type Pred = (c: SentenceCues, s: Sentence, i: number) => boolean;

/**
 * Sentences (body text unless `headings`) that satisfy `pred`. With an `id`, `pred` must read only the cues and
 * the sentence (not `i`): its answer per sentence is then kept as a text fact (carried over between analyses).
 */
function find(item: ItemContext, id: string | null, pred: Pred, opts: { headings?: boolean; limit?: number; candidates?: readonly number[] } = {}): number[] {
  const ctx = base(item);
  const out: number[] = [];
  const limit = opts.limit ?? MAX_EVIDENCE;
  const keys = id !== null ? findKeysOf(id) : undefined;
  const excluded = keys?.excluded ?? NEVER;
  if (id === null) {
    // `candidates`: the only sentences where `pred` can hold, in order (a factIndexes list of its text-only part).
    const cand = opts.candidates;
    const n = cand ? cand.length : opts.headings ? ctx.doc.sentences.length : ctx.body.length;
    for (let k = 0; k < n; k++) {
      const i = cand ? cand[k] : opts.headings ? k : ctx.body[k];
      if (cand && !opts.headings && ctx.isHeading(i)) continue;
      if (!pred(ctx.cues[i], ctx.doc.sentences[i], i)) continue;
      if (excluded.length && !ctx.isHeading(i) && excluded.includes(item.at(i).unit().fn)) continue;
      out.push(i);
      if (out.length >= limit) break;
    }
    return out;
  }
  // The context's cues of sentence i are `sentenceCues(s)` (the text fact 'cues'): read there, not looked up again per item.
  const test = textFacts(ctx.doc, keys!.fact, (s, i) => pred(ctx.cues[i], s, -1));
  // The scan as kept for the next model of an Analyzer (`Scan`): the sentences where the text fact holds are the same
  // in the unchanged start and end, so only the changed middle (and what the last scan did not reach) is tested again.
  const key = opts.headings ? keys!.scanHeadings : keys!.scan;
  const run = new FindRun(ctx, item, excluded, out, limit, opts.headings === true, test);
  const scan = run.scan;
  const n = ctx.doc.sentences.length;
  const last = carried.previous<Scan>(ctx.doc, key);
  let done: boolean;
  if (last) {
    const { p, q, prevSentences: m } = last.shared;
    const old = last.value;
    const d = n - m;
    // The start: the previous scan's hits before the end of the unchanged start or of that scan.
    const a = Math.min(p, old.end);
    done = false;
    let j = 0;
    for (; j < old.trues.length && old.trues[j] < a; j++) if (run.consider(old.trues[j])) { done = true; break; }
    // The middle, and what the previous scan left untested before it.
    if (!done) done = run.scanRange(a, n - q);
    if (!done) {
      // The end: the previous scan's hits there, then what it did not reach.
      for (j = 0; j < old.trues.length; j++) if (old.trues[j] >= m - q && run.consider(old.trues[j] + d)) { done = true; break; }
      if (!done) done = run.scanRange(Math.max(n - q, Math.min(n, old.end + d)), n);
    }
  } else done = run.scanRange(0, n);
  if (!done) scan.end = n;
  carried.keep(ctx.doc, key, scan);
  return out;
}

/**
 * One scan of `find` with a text fact: what it found and kept (an object with methods, not closures over `find`'s
 * variables: `find` runs about a hundred times per keystroke).
 */
class FindRun {
  readonly scan: Scan = { trues: [], end: 0 };
  constructor(
    private readonly ctx: ChecklistContext, private readonly item: ItemContext, private readonly excluded: readonly UnitFunction[],
    private readonly out: number[], private readonly limit: number, private readonly headings: boolean, private readonly test: (i: number) => boolean,
  ) {}

  /** Sentence i holds the text fact: kept, and found unless its unit is excluded; true when the limit is reached. */
  consider(i: number): boolean {
    this.scan.trues.push(i);
    if (this.excluded.length && !this.ctx.isHeading(i) && this.excluded.includes(this.unitFn(i))) return false;
    this.out.push(i);
    if (this.out.length < this.limit) return false;
    this.scan.end = i + 1;
    return true;
  }

  /**
   * The unit function of sentence i, as the evidence view of sentence i gives it (`item.at(i).unit().fn`: the item must
   * declare the input `unit`; the view's own sentence is always inside it), without a view object per hit: the replayed
   * hits of about a hundred scans ask it on every keystroke.
   */
  private unitFn(i: number): UnitFunction {
    this.item.require('unit');
    return unitOf(this.ctx.doc, i).fn;
  }

  /** Test the sentences [from, to); true when the limit is reached. */
  scanRange(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if ((this.headings || !this.ctx.isHeading(i)) && this.test(i) && this.consider(i)) return true;
    return false;
  }
}

/** The keys and exclusions `find` derives from an item id, once per id (not a split and three strings per call). */
interface FindKeys { fact: string; scan: string; scanHeadings: string; excluded: readonly UnitFunction[] }
const findKeys = new Map<string, FindKeys>();
function findKeysOf(id: string): FindKeys {
  let k = findKeys.get(id);
  if (!k) {
    k = { fact: `checklist:find:${id}`, scan: `checklist:scan:${id}`, scanHeadings: `checklist:scan:${id}:h`, excluded: EXCLUDE[id.split('#')[0]] ?? NEVER };
    findKeys.set(id, k);
  }
  return k;
}

/** `${id}#${frame}`, once per pair (`frame`). */
const frameIds = new Map<string, Map<string, string>>();
function frameId(id: string, f: string): string {
  let m = frameIds.get(id);
  if (!m) frameIds.set(id, (m = new Map()));
  let k = m.get(f);
  if (k === undefined) m.set(f, (k = `${id}#${f}`));
  return k;
}

/**
 * A scan of `find` as kept for the next model: the sentences before `end` (body sentences, or all with headings) were
 * tested, and `trues` are those where the text fact held, in order.
 */
interface Scan { trues: number[]; end: number }

/** Sentences where a frame of the reading core holds (read/frames.ts), with the same unit filter as `find`. */
function frame(ctx: ItemContext, id: string, f: keyof Frames): number[] {
  return find(ctx, frameId(id, f), (c, s) => !has(c, 'deferred') && frameHolds(s, f));
}

/**
 * Union of evidence lists in document order, without duplicates. Two lists each in ascending order (as `find` and the
 * frame readers give them) are merged in one pass; anything else is sorted (the same list either way).
 */
function union(...lists: number[][]): number[] {
  if (lists.length === 2 && ascending(lists[0]) && ascending(lists[1])) return mergeAscending(lists[0], lists[1]);
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The list is in ascending order (equal neighbours allowed). */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i] < list[i - 1]) return false;
  return true;
}

/** Two ascending lists merged into one ascending list without duplicates. */
function mergeAscending(x: readonly number[], y: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < x.length || j < y.length) {
    const v = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i++] : y[j++];
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

function result(item: ItemContext, idx: number[], met: boolean, why?: string): ChecklistResult {
  const doc = base(item).doc;
  const r: ChecklistResult = { met, evidence: met ? idx.slice(0, MAX_EVIDENCE).map((i) => evidenceOf(doc, doc.sentences[i])) : [] };
  if (why) r.why = why;
  return r;
}

const any = (c: SentenceCues, ...ids: CueId[]): boolean => ids.some((id) => has(c, id));
/** Not optional, deferred or hedged: what a reader counts as settled. */
/** Not hedged, deferred or stated as absent ("er komt geen …"). */
const firm = (c: SentenceCues): boolean => !has(c, 'hedge') && !has(c, 'deferred') && !has(c, 'absence');
const settled = (c: SentenceCues): boolean => firm(c) && !has(c, 'optional');

/** Specific actor heads, without the tokenizer's stray preposition "om". */
function actorHeads(c: SentenceCues, _s?: Sentence): string[] {
  return c.actorHeads.map((h) => h.replace(/^(de|het)\s+/, ''));
}
/** `actorHeads(c).length > 0` without building the list (the map keeps the length). */
function hasSpecific(c: SentenceCues, _s?: Sentence): boolean { return c.actorHeads.length > 0; }

// ——— predicates over clause records ———

/** Who does the act of a clause: a named party (subject or door-agent), "we", a collective, the document, or nobody. */
export type ActorKind = 'named' | 'np' | 'we' | 'collective' | 'document' | 'none';
/** Evidence strength: a plain act of a named party in the text's own voice is strong; conditions, "we", possibility weak. */
export type Strength = 'strong' | 'weak';

/** One act of a clause: a verb lemma (separable verbs reunited) with who does it and how firmly. */
export interface Act {
  lemma: string;
  actor: ActorKind;
  /** Token index of the verb. */
  verb: number;
  clause: Clause;
  /** kan/mag/zou: an option or a competence, not a commitment. */
  possible: boolean;
  negated: boolean;
  conditional: boolean;
  past: boolean;
}

const SPECIFIC_KINDS = new Set(['named', 'org', 'role']);
const INDEFINITE = wordClass('indefiniteParty');

/** The actor of a clause: a specific actor inside the subject span or after its door-agent, else the subject's kind. */
function clauseActor(s: Sentence, c: Clause): ActorKind {
  // An indefinite party ("een andere gemeente") names nobody.
  const specific = s.actors.filter((a) => SPECIFIC_KINDS.has(a.kind) && a.text !== 'om' && !INDEFINITE.test(s.tokens[a.token - 1]?.low ?? '') &&
    !INDEFINITE.test(s.tokens[a.token - 2]?.low ?? ''));
  if (c.subject && specific.some((a) => a.token >= c.subject![0] && a.token < Math.max(c.subject![1], c.subject![0] + 1) + 1)) return 'named';
  if (c.passive || c.agent) {
    for (let i = c.start; i < c.end; i++) {
      if (s.tokens[i].low !== 'door') continue;
      if (specific.some((a) => a.token > i && a.token <= i + 4)) return 'named';
    }
  }
  switch (c.subjectKind) {
    case 'we': return 'we';
    case 'collective': case 'distributive': return 'collective';
    case 'document': return 'document';
    case 'np': return 'np';
    default: return 'none';
  }
}

/** Every verb act of a sentence (memoised per sentence text). */
export function actsOf(s: Sentence): Act[] {
  return memoize(s, 'checklist:acts', () => {
    const tags = tagsOf(s);
    const out: Act[] = [];
    for (const c of readLocal(s).clauses) {
      let actor: ActorKind | undefined;
      const particles: number[] = [];
      // A separable particle after the verb (at the clause end, or before an extraposed phrase: "zet twee fte in voor …").
      for (let i = c.start; i < c.end; i++) if (s.tokens[i].kind === 'word' && isParticle(s.tokens[i].low)) particles.push(i);
      for (let i = c.start; i < c.end; i++) {
        const t = tags[i];
        if (!t || s.tokens[i].kind !== 'word' || (t.pos !== 'VERB' && t.pos !== 'AUX' && i !== c.finite)) continue;
        // A separable verb reunited with its particle at the clause end is that verb only ("draagt … uit" is uitdragen).
        const lemmas = [t.lemma.replace(/_/g, '')];
        // Known separable verbs from the lexicon, else particle + verb as a candidate the lemma sets may know ("wisselt … uit").
        for (const p of particles) if (p > i) lemmas.push(joinSeparable(s.tokens[p].low, t.lemma) ?? s.tokens[p].low + lemmas[0]);
        actor ??= clauseActor(s, c);
        for (const lemma of lemmas) {
          out.push({ lemma, actor, verb: i, clause: c, possible: c.modality === 'possibility', negated: c.negated,
            conditional: c.conditional, past: c.tense === 'past' });
        }
      }
    }
    return out;
  });
}

/** The lemma heads of the nouns of a sentence (compounds reduced: "werkbudget" → budget, "collegebesluit" → besluit). */
export function nounHeads(s: Sentence): Array<{ head: string; modifier?: string; token: number }> {
  return memoize(s, 'checklist:nounHeads', () => {
    const tags = tagsOf(s);
    const out: Array<{ head: string; modifier?: string; token: number }> = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const t = tags[i];
      if (!t || s.tokens[i].kind !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) continue;
      const h = compoundHead(t.lemma);
      out.push({ head: h.head, modifier: h.modifier, token: i });
    }
    return out;
  });
}

interface ActQuery {
  /** The vocabulary concept of the verb lemmas (src/core/vocab/predicates.ts). */
  lemmas: string;
  /** Actors that count (default: a named party). */
  actors?: readonly ActorKind[];
  /** kan/mag reads as a competence, not an option (decision power, legal means). */
  possibleOk?: boolean;
  /** A predicate on the clause's other words (the object), e.g. a noun head. */
  object?: (s: Sentence, c: Clause) => boolean;
}

/** The strongest act of the sentence that answers the query: undefined when none (negated, past, optional, wrong actor). */
function actStrength(s: Sentence, q: ActQuery): Strength | undefined {
  let best: Strength | undefined;
  const actors = q.actors ?? ['named'];
  const lemmas = vocab(q.lemmas);
  for (const a of actsOf(s)) {
    if (!lemmas.isWord(a.lemma) || a.negated || a.past || a.clause.mood === 'question') continue;
    // A competence (kan/mag) only in a main clause: "als … kunnen vaststellen" is a wish or a condition.
    if (a.possible && (!q.possibleOk || a.clause.subordinate)) continue;
    if (!actors.includes(a.actor)) continue;
    if (q.object && !q.object(s, a.clause)) continue;
    const strength: Strength = a.conditional || a.possible || a.actor !== 'named' ? 'weak' : 'strong';
    if (strength === 'strong') return strength;
    best = strength;
  }
  return best;
}

/** Does a noun with one of these heads stand inside the clause (or anywhere in the sentence when no clause is given)? */
function headIn(s: Sentence, concept: string, c?: Clause): boolean {
  const heads = vocab(concept);
  return nounHeads(s).some((n) => heads.isWord(n.head) && (!c || (n.token >= c.start && n.token < c.end)));
}


/**
 * Pre-checks of the predicates below, derived from the word classes and patterns each reads (src/core/vocab/precheck.ts):
 * a predicate can only hold where its pre-check passes, so the clause records and compound heads are read only there.
 */
const PRE = {
  pay: precheck({ lemmas: ['payActs', 'bearCostVerbs'] }),
  decide: precheck({ lemmas: ['decideVerbs', 'decisionHeads'] }),
  kind: precheck({ lemmas: ['rungVerbs'], phrases: ['regieKindWord', 'regieKindSubstance'] }),
  voice: precheck({ lemmas: ['voiceHeads', 'voiceVerbs'], words: ['samen', 'samenspraak', 'inbreng', 'input', 'dialoog', 'gesprek', 'co-creatie', 'cocreatie'] }),
  stake: precheck({ lemmas: ['stakeHeads', 'stakeNeed', 'joinVerbs', 'yieldVerbs'], phrases: ['stakeAlone'] }),
  demand: precheck({ lemmas: ['needVerbs', 'needHeads', 'needMatters'], words: ['nodig', 'gebaat', 'recht'] }),
  problem: precheck({ lemmas: ['peopleHeads'], phrases: ['publicGoods'] }),
  people: precheck({ lemmas: ['peopleHeads'] }),
  role: precheck({ lemmas: ['roleActs'] }),
};

// ——— K1 ———

/**
 * A problem of people or of a public good read from the clause (guide real-documents B1 "problem frame"): the
 * problem frame of read/frames.ts (an insufficiency with people or a public good as its bearer), people who cannot
 * cope any more ("kunnen de vraag niet meer aan": the separable verb *aankunnen* negated), people as the subject of a
 * clause of difficulty ("vinden moeilijk werk", "hebben moeite met"), or a count of people that rises ("het aantal
 * gezinnen met schulden verdubbelt"). Not in the past, not a question, not an organisational matter.
 */
function problemOf(s: Sentence, c: SentenceCues): boolean {
  if (has(c, 'opgaveOrganisational')) return false;
  if (frameHolds(s, 'problem')) return true;
  if (!PRE.problem.mayHold(s)) return false;
  const people = peopleTokens(s);
  if (people.length === 0 && !vocab('publicGoods').test(s)) return false;
  for (const a of actsOf(s)) {
    if (a.lemma === 'aankunnen' && a.negated && !a.past && a.clause.mood !== 'question') return true;
  }
  if (people.length === 0) return false;
  const clauses = readLocal(s).clauses;
  const inSubject = (x: Clause): boolean => !!x.subject && people.some((i) => i >= x.subject![0] && i <= x.subject![1]);
  for (const x of clauses) {
    if (x.mood === 'question' || x.tense === 'past') continue;
    const words = s.tokens.slice(x.start, x.end).map((t) => t.low);
    if (inSubject(x) && !x.negated && words.some((w) => vocab('difficultyWords').isWord(w))) return true;
  }
  // "Het aantal <mensen> … stijgt / is verdubbeld": a growing count of people (a count word just before them).
  return vocab('rising').test(s) && people.some((i) => s.tokens.slice(Math.max(0, i - 4), i).some((t) => vocab('countNouns').isWord(t.low)));
}

function opgave(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'opgave', (c) => {
    if (has(c, 'deferred')) return false;
    const problem = has(c, 'opgaveProblem');
    const societal = has(c, 'opgaveSocietal');
    const trend = has(c, 'opgaveTrend') && (problem || societal || has(c, 'opgaveDomain') || has(c, 'afnemerSpecific'));
    if (has(c, 'opgaveOrganisational') && !problem) return false;
    return problem || societal || trend;
  }), find(ctx, 'opgaveFrame#problem', (c, s) => !has(c, 'deferred') && !has(c, 'cited') && problemOf(s, c)));
  return result(ctx, idx, idx.length > 0);
}

/**
 * Every tensed clause of the sentence is past or perfect: it tells what happened, it sets no goal. Not a perfect whose
 * subject is the counted result ("In 2027 hebben 200 extra huishoudens een energiecoach gehad", "In 2030 is het aantal
 * valincidenten met 25% gedaald": a state to be reached by a moment, the future perfect of a goal); a story has its
 * doer as subject ("In 2019 hebben we 400 woningen gebouwd").
 */
function narrates(s: Sentence): boolean {
  let tensed = false;
  const tags = tagsOf(s);
  for (const x of readLocal(s).clauses) {
    if (x.tense === 'none') continue;
    if (x.tense !== 'past' && x.tense !== 'perfect') return false;
    // (After the finite verb of an inversion the subject's count may stand before the span the reader gives.)
    const from = x.subject && x.finite >= 0 && x.finite < x.subject[0] ? Math.min(x.subject[0], x.finite + 1) : x.subject?.[0] ?? 0;
    if (x.tense === 'perfect' && x.subject && (tags.slice(from, x.subject[1]).some((t) => t?.pos === 'NUM') ||
      s.tokens.slice(from, x.subject[1]).some((t) => vocab('countNouns').isWord(t.low)))) return false;
    tensed = true;
  }
  return tensed;
}

function doel(ctx: ItemContext): ChecklistResult {
  const idx = find(ctx, 'doel', (c, s) => {
    if (has(c, 'deferred') || has(c, 'cited')) return false;
    if (has(c, 'doelPrinciple')) return true;
    if (!(c.resultQty || has(c, 'doelProportion')) || !(c.time || c.recurrence)) return false;
    if (c.money || has(c, 'doelNotResult')) return false;
    return has(c, 'doelVerb') && !narrates(s);
  });
  return result(ctx, idx, idx.length > 0);
}

function afbakening(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'afbakening', (c) => has(c, 'afbakening') && !has(c, 'deferred')), frame(ctx, 'afbakening', 'exclusion'));
  return result(ctx, idx, idx.length > 0);
}

/**
 * A specific group of afnemers read by morphology (guide real-documents B1/B2): a noun for people whose head is not a
 * generic one (inwoner, burger, mens …: vocab `genericPeopleHeads`), or any compound of such a noun that names the
 * group ("huurwoningzoekenden", "bijstandsgerechtigden", "jeugdzorgcliënten"), in any number.
 */
function specificPeople(s: Sentence): boolean {
  if (!PRE.people.mayHold(s)) return false;
  const tags = tagsOf(s);
  for (const i of peopleTokens(s)) {
    const word = tags[i]?.pos === 'NOUN' || tags[i]?.pos === 'PROPN' ? tags[i].lemma : s.tokens[i].low;
    const h = compoundHead(word);
    // "voornemens" is no kind of "mens": a compound of the bare word for people is too often a false split.
    if (h.head === 'mens' || h.head === 'persoon') continue;
    if (h.modifier && h.modifier.length >= 4) return true;
    const head = h.head.replace(/(?:en|s|n)$/, '');
    if (!vocab('genericPeopleHeads').isWord(h.head) && !vocab('genericPeopleHeads').isWord(head) && !vocab('genericPeopleHeads').isWord(word)) return true;
  }
  return false;
}

function afnemerSentences(ctx: ItemContext): { specific: number[]; generic: number[] } {
  // Members or staff who receive under a scheme (a social plan's employees, a pilot's participants) are its afnemers too.
  const specific = find(ctx, 'afnemerSpecific', (c, s) => has(c, 'afnemerSpecific') || specificPeople(s) || schemeRecipient(s), { limit: 50 });
  const generic = find(ctx, 'afnemerGeneric', (c) => has(c, 'afnemerGeneric') && !has(c, 'afnemerSpecific'), { limit: 50 });
  return { specific, generic };
}

/** The sentence names the target group as such (`afnemers`; text-only). */
function targetGroupMarked(s: Sentence): boolean {
  return vocab('targetGroupMark').test(s);
}

function afnemers(ctx: ItemContext): ChecklistResult {
  const { specific, generic } = afnemerSentences(ctx);
  // One sentence that names the target group as such ("De aanpak is bedoeld voor mantelzorgers van …", "Doelgroep zijn
  // jongeren van 16 tot 23 jaar …") names the afnemers; a passing mention needs a second one.
  // Whether a sentence names the target group as such reads that sentence alone: a text fact, carried over between
  // analyses (the specific sentences are up to 50, each tested again on every keystroke before).
  const marked = facts(ctx, 'checklist:targetGroupMark', targetGroupMarked);
  const named = specific.some((i) => marked(i));
  const met = named || specific.length >= 2 || (specific.length >= 1 && generic.length >= 2) || generic.length >= 5;
  return result(ctx, [...specific, ...generic], met);
}


/** The people's own demand: people as the subject of a demand verb, or a need noun of theirs with its content. */
function demandOf(s: Sentence, people: readonly number[] = peopleTokens(s)): Strength | undefined {
  if (!PRE.demand.mayHold(s)) return undefined;
  if (people.length === 0) return undefined;
  // The clause is about the people: they are its subject, or it is a relative clause on them ("Mensen die
  // ondersteuning nodig hebben …": a relative clause says what they need as much as a main clause does; a condition or
  // another subordinate clause does not).
  const ofPeople = (x: Clause): boolean => {
    // A content clause after a report ("Uit de enquête blijkt dat jongeren een plek zoeken", "Ouders geven aan dat
    // zij …") states their demand as a main clause would.
    if (x.subordinate && !relativeOn(s, x, people) && !contentClause(s, x)) return false;
    return (!!x.subject && people.some((i) => i >= x.subject![0] && i <= x.subject![1])) || relativeOn(s, x, people);
  };
  for (const a of actsOf(s)) {
    // (A passive "van nieuwkomers wordt verwacht dat …" is what others want of them.)
    if (!vocab('needVerbs').isWord(a.lemma) || a.negated || a.past || a.clause.mood === 'question' || a.clause.passive) continue;
    if (ofPeople(a.clause)) return 'strong';
  }
  // "Jongeren hebben een vaste plek nodig", "ouders zijn gebaat bij één contactpersoon": people as the subject of a
  // clause of need; "voor ouders is het belangrijk dat …": what matters to them.
  for (const x of readLocal(s).clauses) {
    if (x.negated || x.mood === 'question' || x.tense === 'past' || !ofPeople(x)) continue;
    const words = s.tokens.slice(x.start, x.end).map((t) => t.low);
    if (words.includes('nodig') || words.includes('gebaat') || (words.includes('recht') && words.includes('op'))) return 'strong';
  }
  for (let i = 0; i < s.tokens.length; i++) {
    if (!vocab('needMatters').isWord(s.tokens[i].low)) continue;
    if (people.some((p) => p > i - 8 && p < i + 8 && /^(voor|bij)$/.test(s.tokens[p - 1]?.low ?? ''))) return 'weak';
  }
  // "de behoefte van ouders aan één contactpersoon", "de woonbehoefte van starters naar kleine woningen".
  for (const n of nounHeads(s)) {
    if (!vocab('needHeads').isWord(n.head)) continue;
    const after = s.tokens.slice(n.token + 1, n.token + 8).map((t) => t.low);
    if ((after.includes('aan') || after.includes('naar') || after.includes('om')) && people.some((i) => Math.abs(i - n.token) <= 6)) return 'weak';
  }
  return undefined;
}

/** A content clause opened by "dat" after a report ("Uit de enquête blijkt dat …", "Ouders geven aan dat …"). */
function contentClause(s: Sentence, x: Clause): boolean {
  if (!x.subordinate || x.conditional || s.tokens[x.start]?.low !== 'dat') return false;
  return vocab('reportOfDemand').test(s.low.slice(0, Math.max(0, s.tokens[x.start].start - s.start)));
}

/**
 * A relative clause whose antecedent is one of the people ("Mensen | die ondersteuning nodig hebben"). (One opened by
 * "waar…" with the people inside it says where or how they act: "waarbij inwoners vragen stellen", "waarvoor
 * belanghebbenden zich willen inspannen" — no need of theirs.)
 */
function relativeOn(s: Sentence, x: Clause, people: readonly number[]): boolean {
  if (!x.subordinate || x.conditional) return false;
  const opener = s.tokens[x.start]?.low ?? '';
  if (!isRelativeOpener(opener)) return false;
  // What they need must be said: a noun or a verb of its own ("die ondersteuning nodig hebben", "die willen werken"),
  // not a pronoun ("de inwoners die het nodig hebben").
  const tags = tagsOf(s);
  let content = false;
  for (let k = x.start + 1; k < x.end; k++) {
    const p = tags[k]?.pos;
    if ((p === 'NOUN' && !people.includes(k)) || (p === 'VERB' && tags[k].verbForm === 'inf' && !vocab('needVerbs').isWord(tags[k].lemma))) content = true;
  }
  if (!content) return false;
  if (/^(die|welke)$/.test(opener)) {
    // The pronoun is the clause's subject, not its object: no pronoun, article or name of another subject inside
    // ("de inwoners die we willen verwelkomen", "die de gemeente wil helpen"; a bare noun is the object the clause
    // reader may take for its subject: "die ondersteuning nodig hebben").
    if (x.subject && x.subject[0] !== x.start && /^(PRON|DET|PROPN)$/.test(tags[x.subject[0]]?.pos ?? '')) return false;
    const b = s.tokens[x.start - 1]?.text === ',' ? x.start - 2 : x.start - 1;
    return people.includes(b);
  }
  return false;
}

/**
 * "Dit vraagt om voldoende parken van goede kwaliteit", "de vraag naar studentenwoningen": what is asked for is a
 * product or a quality people get, their demand even where they are not named; "Dat vraagt om een andere aanpak",
 * "er is behoefte aan sturing" ask for a way of working or governing (`approachHeads`): what the work requires. The
 * list names what is not a demand, so a product in other words still counts (guide real-documents.md, kind B1).
 */
function demandsProduct(s: Sentence): boolean {
  const t = s.tokens;
  const tags = tagsOf(s);
  for (let i = 0; i < t.length; i++) {
    // "vraagt om", "vraag naar", "behoefte aan" and "behoefte hebben aan".
    if (!/^(om|aan|naar)$/.test(t[i].low) || (!/^(vraagt|vragen|vraag|behoefte)$/.test(t[i - 1]?.low ?? '') && t[i - 2]?.low !== 'behoefte')) continue;
    const first = nounHeads(s).find((n) => n.token > i && n.token <= i + 6);
    return !!first && !vocab('approachHeads').isWord(first.head) && !vocab('approachHeads').isWord(tags[first.token].lemma);
  }
  return false;
}

function behoefte(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'behoefte', (c, s) => firm(c) && (has(c, 'behoefte') || ((has(c, 'behoefteOf') || has(c, 'behoefteQuality')) && any(c, 'afnemerSpecific', 'afnemerGeneric')) ||
      (has(c, 'behoefteState') && has(c, 'afnemerSpecific')) || (has(c, 'behoefteOf') && demandsProduct(s)))),
    find(ctx, 'behoefte#demand', (c, s) => firm(c) && demandOf(s) !== undefined),
    membersAreAfnemers(ctx) ? find(ctx, 'behoefte#members', (c, s) => firm(c) && demandOf(s, memberTokens(s)) !== undefined) : []);
  return result(ctx, idx, idx.length > 0);
}

/**
 * The afnemers of this document are members or staff (a social plan for its employees, a pilot for its participants):
 * two sentences where they receive under the scheme (`schemeRecipient`). Their demand and their voice then count as
 * the afnemers' (K1.behoefte, K1.betrokkenheid), as a resident's would elsewhere.
 */
function membersAreAfnemers(ctx: ItemContext): boolean {
  // Asked by K1.behoefte and K1.betrokkenheid: the answer of the first is the second's (one model, one scan).
  const b = base(ctx);
  let v = membersAfnemers.get(b);
  if (v === undefined) membersAfnemers.set(b, (v = find(ctx, 'afnemers#recipient', (_c, s) => schemeRecipient(s), { limit: 2 }).length >= 2));
  return v;
}
const membersAfnemers = new Slot<ChecklistContext, boolean>();


/**
 * "participatie" after a modifier that is no group of people takes part in a domain of activity ("arbeidsparticipatie",
 * "sportparticipatie", "onderwijsparticipatie"): people working, playing sport or going to school, not a voice in the
 * work. After a group of people ("bewonersparticipatie", "jongerenparticipatie") it is their voice.
 */
function domainParticipation(n: { head: string; modifier?: string }): boolean {
  return n.head === 'participatie' && n.modifier !== undefined && !peopleModifier(n);
}

/** The compound's modifier names a group of people ("bewoners|bijeenkomst", "cliënten|enquête"), without its linking -s/-en/-. */
function peopleModifier(n: { modifier?: string }): boolean {
  return n.modifier !== undefined && isPeopleWord(n.modifier.replace(/(s|en|-)$/, ''));
}

/** Afnemers involved: a voice of the people in the sentence (a body, a participation process, a survey) or an act that gives it. */
function voiceOf(s: Sentence, members = false): Strength | undefined {
  if (!PRE.voice.mayHold(s)) return undefined;
  // A voice noun named after the people ("bewonersbijeenkomst", "cliëntenenquête") carries its own group.
  if (!members && nounHeads(s).some((n) => vocab('voiceHeads').isWord(n.head) && peopleModifier(n))) return 'weak';
  const people = members ? memberTokens(s) : peopleTokens(s);
  const group = people.length > 0 || (!members && vocab('peopleGroupWords').test(s.low));
  if (!group) return undefined;
  // "samen met / in samenspraak met / met inbreng van <mensen>": the people take part in the work.
  const low = s.tokens.map((t) => t.low);
  for (const i of people) {
    const before = low.slice(Math.max(0, i - 4), i).join(' ');
    if (/(?:^|\s)(?:samen met|in samenspraak met|met inbreng van|met input van|in dialoog met|in gesprek met|in co-creatie met|in cocreatie met)(?:\s|$)/.test(before + ' ')) return 'weak';
  }
  if (nounHeads(s).some((n) => (vocab('voiceHeads').isWord(n.head) && !domainParticipation(n)) || (n.modifier !== undefined && vocab('voiceHeads').isWord(n.modifier)))) return 'weak';
  return actStrength(s, { lemmas: 'voiceVerbs', actors: ['named', 'we', 'np', 'collective'] });
}

function betrokkenheid(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'betrokkenheid', (c) => has(c, 'betrokkenheid') && !has(c, 'deferred') && !(has(c, 'betrokkenheidNot') && has(c, 'optional'))),
    frame(ctx, 'betrokkenheid', 'involvement'),
    find(ctx, 'betrokkenheid#voice', (c, s) => settled(c) && !has(c, 'betrokkenheidNot') && !has(c, 'negation') && voiceOf(s) !== undefined),
    membersAreAfnemers(ctx) ? find(ctx, 'betrokkenheid#members', (c, s) => settled(c) && !has(c, 'betrokkenheidNot') && !has(c, 'negation') && voiceOf(s, true) !== undefined) : []);
  return result(ctx, idx, idx.length > 0);
}


/** A party named after "voor" (within three tokens) near token i, before or after it: what is said holds for that party. */
function forParty(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  return s.actors.some((a) => SPECIFIC_KINDS.has(a.kind) && Math.abs(a.token - i) <= 10 &&
    (toks[a.token - 1]?.low === 'voor' || toks[a.token - 2]?.low === 'voor' || toks[a.token - 3]?.low === 'voor'));
}

/**
 * Why a named party takes part, in other words than a stake noun (judgement K1.eigenbelang: "states why the partners
 * take part"): what the work yields for it ("Voor de scholen levert de aanpak minder uitval op", "Het levert de
 * gemeente een besparing op": the party is not the one who yields), or its joining with a reason ("De werkgevers doen
 * mee omdat zij zo makkelijker personeel vinden"). A party that itself yields ("De gemeente levert een rapport op")
 * or joins without a reason states no stake.
 */
function partyGainOrMotive(s: Sentence): Strength | undefined {
  const clauses = readLocal(s).clauses;
  const specific = s.actors.filter((a) => SPECIFIC_KINDS.has(a.kind));
  for (const a of actsOf(s)) {
    const x = a.clause;
    if (a.negated || a.past || x.mood === 'question') continue;
    const inSubject = (i: number) => !!x.subject && i >= x.subject[0] && i < x.subject[1];
    // (The separable verb reunited: "levert … op" is opleveren.)
    if (vocab('yieldVerbs').isWord(a.lemma) && specific.some((p) => p.token >= x.start && p.token < x.end && !inSubject(p.token)) && yieldsGain(s, x)) return 'weak';
    if (vocab('joinVerbs').isWord(a.lemma) && specific.some((p) => inSubject(p.token))) {
      const next = clauses[clauses.indexOf(x) + 1];
      if (next && next.subordinate && /^(omdat|want|aangezien)$/.test(s.tokens[next.start]?.low ?? '')) return 'weak';
    }
  }
  // "het belang" said for a named party ("Voor de corporaties is het belang dat …"); "(van) groot belang", "een groot
  // belang voor de provincie" is importance: what matters, not whose stake.
  for (const n of nounHeads(s)) {
    if (n.head === 'belang' && !n.modifier && forParty(s, n.token) && /^(het|hun|haar|zijn|eigen)$/.test(s.tokens[n.token - 1]?.low ?? '') &&
      !s.tokens.slice(Math.max(0, n.token - 2), n.token).some((t) => t.low === 'van')) return 'strong';
  }
  return undefined;
}

/**
 * What a clause of "opleveren" yields is a gain: a stake noun ("een schaalvoordeel", "een besparing") or a reduction
 * ("minder uitval", "lagere kosten"), and no harm ("een schaalprobleem", "extra risico's": vocab `harmHeads`).
 */
function yieldsGain(s: Sentence, x: Clause): boolean {
  let gain = false;
  for (const n of nounHeads(s)) {
    if (n.token < x.start || n.token >= x.end) continue;
    if (vocab('harmHeads').isWord(n.head)) return false;
    if (vocab('stakeHeads').isWord(n.head) || vocab('gainHeads').isWord(n.head)) gain = true;
  }
  return gain || s.tokens.slice(x.start, x.end).some((t) => vocab('reductionWords').isWord(t.low));
}

/** A partner's own stake or the shared added value: a stake noun held by a party, or what none could reach alone. */
function stakeOf(s: Sentence, c: SentenceCues): Strength | undefined {
  if (!PRE.stake.mayHold(s)) return undefined;
  // "De zorgverzekeraar heeft er baat bij dat …": a named party as the subject of "hebben" with a stake noun + "bij"
  // holds the stake, whoever the rest of the sentence is about.
  const tags = tagsOf(s);
  for (const x of readLocal(s).clauses) {
    if (!x.subject || x.negated || x.mood === 'question' || x.finite < 0 || tags[x.finite]?.lemma !== 'hebben') continue;
    const holder = s.actors.some((a) => SPECIFIC_KINDS.has(a.kind) && a.token >= x.subject![0] && a.token <= x.subject![1]) &&
      !peopleTokens(s).some((i) => i >= x.subject![0] && i <= x.subject![1]);
    if (!holder) continue;
    for (let i = x.start; i < x.end - 1; i++) {
      if (vocab('stakeHeads').isWord(s.tokens[i].low) && s.tokens.slice(i + 1, i + 3).some((t) => t.low === 'bij')) return 'strong';
    }
  }
  // Said for or of a named party, whoever else the sentence names (the afnemers may be what the party gains by).
  if (hasSpecific(c, s)) {
    const why = partyGainOrMotive(s);
    if (why) return why;
  }
  if (any(c, 'afnemerSpecific', 'afnemerGeneric')) return undefined;
  const partners = s.actors.some((a) => SPECIFIC_KINDS.has(a.kind) || a.kind === 'collective' || a.kind === 'we');
  if (!partners) return undefined;
  // "niet alleen …, maar ook" is "not only", not "not alone".
  if (vocab('stakeAlone').test(s) && vocab('stakeNoneOrMore').test(s) && vocab('stakeReach').test(s) && !vocab('stakeNotOnly').test(s)) return 'weak';
  // Necessity for a named party: "voor de corporatie is dat signaal onmisbaar", "het waterschap heeft de gegevens nodig
  // voor zijn eigen taak" (guide real-documents B1: "a partner that needs information for its own statutory task").
  if (hasSpecific(c, s) && !readLocal(s).main?.negated) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!vocab('stakeNeed').isWord(toks[i].low)) continue;
      const own = toks[i].low === 'nodig' && vocab('stakeOwn').test(s);
      if (forParty(s, i) || own) return 'strong';
    }
  }
  // A stake noun: held by a named party, or shared ("gezamenlijk/wederzijds belang"), not the afnemers' gain.
  for (const n of nounHeads(s)) {
    if (!vocab('stakeHeads').isWord(n.head) && !(n.head === 'waarde' && n.modifier === 'meer')) continue;
    if (n.head === 'belang' && !n.modifier && !vocab('sharedStake').test(s)) continue;
    // A gain or advantage needs a named holder ("winst voor het klimaat" is nobody's stake).
    if ((n.head === 'voordeel' || n.head === 'winst' || n.head === 'baat' || n.head === 'profijt') && !hasSpecific(c, s) && !s.actors.some((a) => a.kind === 'collective')) continue;
    return hasSpecific(c, s) ? 'strong' : 'weak';
  }
  return undefined;
}

function eigenbelang(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'eigenbelang', (c, s) => !has(c, 'eigenbelangNot') && !has(c, 'deferred') &&
    (has(c, 'eigenbelang') || (has(c, 'eigenbelangGain') && hasSpecific(c, s) && !any(c, 'afnemerSpecific', 'afnemerGeneric')))),
  find(ctx, 'eigenbelang#stake', (c, s) => !has(c, 'eigenbelangNot') && firm(c) && stakeOf(s, c) !== undefined));
  return result(ctx, idx, idx.length > 0);
}


function lastBaat(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'lastBaat', (c, s) => has(c, 'lastBaat') && !has(c, 'deferred') && !vocab('accounting').test(s) &&
    (any(c, 'afnemerSpecific', 'afnemerGeneric', 'opgaveProblem') || hasSpecific(c, s))),
  find(ctx, 'lastBaat#bearer', (c, s) => !has(c, 'deferred') && !vocab('accounting').test(s) && frameHolds(s, 'bearer')));
  return result(ctx, idx, idx.length > 0);
}

// ——— K2 ———


function checklistPartnerKeys(s: Sentence): string[] {
  return memoize(s, 'checklist:partners', () => {
    const out: string[] = [];
    for (const a of s.actors) {
      if (!(a.kind === 'named' || (a.kind === 'org' && !vocab('genericPartyHeads').isWord(a.text.toLowerCase())))) continue;
      const key = a.text.toLowerCase().replace(/^(de|het)\s+/, '');
      if (key === 'om' && a.text === 'om') continue;
      out.push(key);
    }
    return out;
  });
}
function namesChecklistPartner(s: Sentence): boolean {
  return checklistPartnerKeys(s).length > 0;
}

function partners(ctx: ItemContext): ChecklistResult {
  const seen = new Set<string>();
  const idx: number[] = [];
  const partnerKeys = facts(ctx, 'checklist:partners', checklistPartnerKeys);
  // Only the sentences that name a partner add one (factIndexes: carried over between analyses, in document order).
  for (const i of factIndexes(base(ctx).doc, 'checklist:partnersIn', namesChecklistPartner)) {
    const keys = partnerKeys(i);
    let added = false;
    for (const key of keys) {
      if (!seen.has(key)) { seen.add(key); added = true; }
    }
    if (added && idx.length < MAX_EVIDENCE) idx.push(i);
    // The result reads the first three sentences that add a partner and whether there are two: once both are known,
    // the sentences after them change nothing (each added sentence adds at least one partner, so three means three).
    if (idx.length >= MAX_EVIDENCE) break;
  }
  return result(ctx, idx, seen.size >= 2);
}

function rollen(ctx: ItemContext): ChecklistResult {
  const heads = new Set<string>();
  const idx: number[] = [];
  // What of the test below reads the sentence alone, as one fact per sentence (an array read per sentence on an
  // edit, not a memo lookup and an evidence view): 0 never, 1 by a role verb, 2 by the clause record if it commits.
  const candidate = facts(ctx, 'checklist:rollen', (s) => {
    const c = sentenceCues(s);
    if (!firm(c) || has(c, 'rollenChairOnly') || !hasSpecific(c, s)) return 0;
    if (has(c, 'rollenVerb')) return 1;
    // A named party bearing a share of the cost funds the work (a schrager: "Het waterschap draagt 40 procent van de kosten").
    return roleAct(s) === undefined && payAct(s, false) === undefined ? 0 : 2;
  });
  for (const i of ctx.body) {
    const kind = candidate(i);
    if (kind === 0) continue;
    const v = ctx.at(i), c = v.cue(), s = v.sentence();
    // A role verb of the list, or a named party as the doer of a contribution or task in the clause record
    // ("De gemeente draagt er zorg voor", "Stichting Noord zal de cursussen verzorgen"): not negated, past or optional.
    // The clause-record path counts only where the text commits in its own voice (not a description of practice).
    if (kind === 2 && !v.unit().commits) continue;
    const h = actorHeads(c, s);
    const before = heads.size;
    for (const x of h.slice(0, 2)) heads.add(x);
    if (heads.size > before && idx.length < MAX_EVIDENCE) idx.push(i);
    // As in `partners`: three sentences that each added a head mean three heads, and nothing after them is read.
    if (idx.length >= MAX_EVIDENCE) break;
  }
  return result(ctx, idx, heads.size >= 2);
}


/** A named party doing a contribution or task (the clause record's act, separable verbs reunited). */
function roleAct(s: Sentence): Strength | undefined {
  // A function of the sentence's text: read once per sentence, not on every analysis of an edited document.
  return memoize(s, 'checklist:roleAct', () => computeRoleAct(s));
}

function computeRoleAct(s: Sentence): Strength | undefined {
  if (!PRE.role.mayHold(s)) return undefined;
  const tags = tagsOf(s);
  // The verb heads its clause: the finite verb itself, or the infinitive of a future or duty ("zal … verzorgen",
  // "moet … leveren"); a noun read as a verb ("bij zorgen") is neither.
  return actStrength(s, { lemmas: 'roleActs', actors: ['named'], object: (x, c) => actsOf(x).some((a) => a.clause === c && vocab('roleActs').isWord(a.lemma) &&
    (a.verb === c.finite || (c.finite >= 0 && /^(zullen|moeten|gaan)$/.test(tags[c.finite]?.lemma ?? '') && a.verb > c.finite))) });
}

/** Answerable to a principal at a set moment: a party reports to (or the principal is informed about) the work, regularly. */
function accountOf(s: Sentence, c: SentenceCues): Strength | undefined {
  if (!(c.recurrence || c.time || c.deadline) || !vocab('principal').test(s)) return undefined;
  return actStrength(s, { lemmas: 'accountVerbs', actors: ['named', 'np', 'none'] }) !== undefined ? 'weak' : undefined;
}

function aanspreekbaar(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'aanspreekbaar', (c) => has(c, 'aanspreekbaar') && !has(c, 'aanspreekbaarNot') && !has(c, 'deferred') && !has(c, 'absence')),
    find(ctx, 'aanspreekbaar#account', (c, s) => settled(c) && !has(c, 'aanspreekbaarNot') && accountOf(s, c) !== undefined));
  return result(ctx, idx, idx.length > 0);
}


/** In a grant relation: the funder decides within a term, allocates in a stated order, or hears before it reduces. */
function grantRuleOf(s: Sentence): Strength | undefined {
  if (vocab('grantRule').test(s)) return 'weak';
  if (vocab('decisionTerm').test(s) && actStrength(s, { lemmas: 'decideVerbs', actors: ['named', 'np', 'none'], possibleOk: true }) !== undefined) return 'weak';
  return undefined;
}

function spelregels(ctx: ItemContext): ChecklistResult {
  const idx = find(ctx, 'spelregels', (c) => {
    if (has(c, 'spelregelsNot') || !firm(c)) return false;
    if (has(c, 'spelregels')) return true;
    // Evaluation counts with a moment, and only of the cooperation or the arrangement itself.
    return has(c, 'spelregelsEval') && has(c, 'spelregelsEvalObject') && (c.time || c.recurrence || c.deadline);
  });
  if (idx.length) return result(ctx, idx, true);
  // A grant regulation: the funder's procedures towards the recipients are the rules of that relation.
  const grant = ctx.doctype === 'regeling' && ctx.body.some((i) => has(ctx.at(i).cue(), 'grant'));
  const rules = grant ? find(ctx, 'spelregels#grant', (c, s) => firm(c) && !has(c, 'spelregelsNot') && grantRuleOf(s) !== undefined) : [];
  return result(ctx, rules, rules.length > 0, rules.length ? 'procedure van de subsidierelatie' : undefined);
}

function mandaat(ctx: ItemContext): ChecklistResult {
  const idx = find(ctx, 'mandaat', (c) => has(c, 'mandaat') && !has(c, 'mandaatNot') && !has(c, 'deferred') && !has(c, 'absence'));
  return result(ctx, idx, idx.length > 0);
}

// ——— K3 ———

function geld(ctx: ItemContext): ChecklistResult {
  const idx = find(ctx, 'geld', (c) => c.money && !has(c, 'deferred'), { headings: true });
  return result(ctx, idx, idx.length > 0);
}


/** Who pays, invests or bears a cost: a named party (or "we") doing a paying act, or bearing a cost noun. */
function payAct(s: Sentence, money: boolean): Strength | undefined {
  if (!PRE.pay.mayHold(s)) return undefined;
  // "We" pays only with an amount at hand ("wij investeren in …" alone is rhetoric, guide K3.geld).
  const actors: ActorKind[] = money ? ['named', 'we'] : ['named'];
  return actStrength(s, { lemmas: 'payActs', actors }) ??
    actStrength(s, { lemmas: 'bearCostVerbs', actors, object: (x, c) => headIn(x, 'costHeads', c) });
}

function financiering(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'financiering', (c, s) => !has(c, 'financieringNot') && firm(c) &&
    ((has(c, 'financiering') && (c.money || hasSpecific(c, s))) || (has(c, 'financieringWeak') && c.money))),
  find(ctx, 'financiering#payer', (c, s) => !has(c, 'financieringNot') && settled(c) && frameHolds(s, 'payer')),
  find(ctx, 'financiering#act', (c, s) => !has(c, 'financieringNot') && firm(c) && payAct(s, c.money) !== undefined));
  return result(ctx, idx, idx.length > 0);
}

function mensen(ctx: ItemContext): ChecklistResult {
  const idx = find(ctx, 'mensen', (c) => firm(c) && !has(c, 'mensenNot') && (c.capacity || has(c, 'mensenApparatus')), { headings: true });
  return result(ctx, idx, idx.length > 0);
}


/** A decision with its decider: a deciding act of a named party, or a decision noun owned by a party. */
function decideAct(s: Sentence): Strength | undefined {
  if (!PRE.decide.mayHold(s)) return undefined;
  const act = actStrength(s, { lemmas: 'decideVerbs', actors: ['named'], possibleOk: true });
  if (act) return act;
  const specific = s.actors.filter((a) => SPECIFIC_KINDS.has(a.kind));
  for (const n of nounHeads(s)) {
    if (!vocab('decisionHeads').isWord(n.head)) continue;
    if (n.modifier && vocab('deciderModifiers').isWord(n.modifier.replace(/s$/, ''))) return 'weak';
    const next = s.tokens[n.token + 1]?.low;
    if ((next === 'van' || next === 'door') && specific.some((a) => a.token > n.token && a.token <= n.token + 4)) return 'weak';
  }
  return undefined;
}

function besliskracht(ctx: ItemContext): ChecklistResult {
  // Who decides: a decision cue with a named decider, not in the past, not about the body's own membership.
  const idx = union(find(ctx, 'besliskracht', (c, s) => has(c, 'besliskracht') && !has(c, 'past') && firm(c) && !has(c, 'besliskrachtNot') &&
    (hasSpecific(c, s) || has(c, 'besliskrachtRule')) && !(has(c, 'optional') && any(c, 'afnemerGeneric', 'afnemerSpecific'))),
  find(ctx, 'besliskracht#act', (c, s) => !has(c, 'past') && firm(c) && !has(c, 'besliskrachtNot') && decideAct(s) !== undefined));
  return result(ctx, idx, idx.length > 0);
}

function juridisch(ctx: ItemContext): ChecklistResult {
  const formal = ctx.doctype === 'convenant' || ctx.doctype === 'regeling' || ctx.doctype === 'akkoord';
  // A negation stays out, except where it states the legal nature of the agreements ("De afspraken in dit protocol zijn
  // niet in rechte afdwingbaar": the form is named and its force set).
  const idx = find(ctx, 'juridisch', (c) => ((has(c, 'juridischThis') && has(c, 'juridischForm')) || has(c, 'juridischAgreed')) && !has(c, 'deferred') &&
    (!has(c, 'negation') || has(c, 'juridischNature')), { headings: true });
  if (formal) {
    let title = -1;
    for (let i = 0; i < ctx.count && title < 0; i++) if (ctx.isHeading(i)) title = i;
    const ev = idx.length ? idx : title >= 0 ? [title] : [0];
    return result(ctx, ev, true, `doctype ${ctx.doctype}`);
  }
  return result(ctx, idx, idx.length > 0);
}



/** The words of clause c (the whole sentence without one), lower-cased. */
function clauseLow(s: Sentence, c?: Clause): string {
  return c ? wordsLow(s, c.start, c.end) : s.low;
}

/** The other party as the object: "elkaar", "de andere partij", "de overige partijen". */
function mutualObject(s: Sentence, c?: Clause): boolean {
  return /(?:^|\s)(?:elkaar|(?:de|iedere|elke)\s+(?:andere|overige)\s+partij(?:en)?)(?:\s|$)/.test(clauseLow(s, c));
}

/** Shared work processes: a shared way of working (noun head + shared marker) that a party or the partners use or run. */
function processAct(s: Sentence): Strength | undefined {
  // Information exchange or referral between parties: a party passes case information on (or refers) to another.
  const pass = actStrength(s, { lemmas: 'passVerbs', actors: ['named', 'collective', 'np'], object: (x, c) => headIn(x, 'infoHeads', c) || / naar /.test(x.low) });
  if (pass) return pass;
  // Parties keep each other informed ("Partijen informeren elkaar tijdig over …", "De gemeente houdt het waterschap
  // … op de hoogte" is one-way and does not count; "houden elkaar op de hoogte" does): an information duty between them.
  const inform = actStrength(s, { lemmas: 'informVerbs', actors: ['named', 'collective', 'np'], object: mutualObject }) ??
    actStrength(s, { lemmas: 'keepInformedVerbs', actors: ['named', 'collective', 'np'], object: (x, c) => mutualObject(x, c) && /\bop de hoogte\b/.test(clauseLow(x, c)) });
  if (inform) return inform;
  if (!headIn(s, 'processHeads')) return undefined;
  const act = actStrength(s, { lemmas: 'processVerbs', actors: ['named', 'collective', 'we', 'np'], object: (x, c) => headIn(x, 'processHeads', c) || vocab('sharedWay').test(x) });
  // "Elk een eigen systeem" is each party's own procedure, not a shared one (guide K3.werkprocessen).
  if (vocab('ownWay').test(s)) return undefined;
  if (vocab('sharedWay').test(s)) return act ?? 'weak';
  return act && s.actors.filter((a) => SPECIFIC_KINDS.has(a.kind)).length >= 2 ? act : undefined;
}

/**
 * A unit that can show an arrangement in place or laid down (a shared process, a reporting cycle): not an analysis, a
 * description of another party, a report of what was done (past or perfect) or a pointer into a text ("In deze brief
 * beschrijf ik …", "In dit jaarverslag kijken we terug op …"). Measured on the checklist gold set.
 */
function laidDownOrInPlace(u: ReturnType<typeof unitOf>): boolean {
  if (u.commits) return true;
  // Advice recommends a way of working to others ("Het verdient aanbeveling om …"): it arranges nothing.
  if (u.fn === 'analysis' || u.describes || u.cue === 'advice') return false;
  const m = u.main;
  return !m || (m.tense !== 'past' && m.tense !== 'perfect' && m.subjectKind !== 'we' && m.subjectKind !== 'i');
}

function werkprocessen(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'werkprocessen', (c, s) => {
    if (!firm(c) || has(c, 'werkprocessenNot')) return false;
    if (has(c, 'werkprocessen')) return true;
    return has(c, 'werkprocessenWeak') && actorHeads(c, s).length >= 2;
  }, ALL), find(ctx, 'werkprocessen#act', (c, s) => settled(c) && !has(c, 'werkprocessenNot') && !has(c, 'intention') && processAct(s) !== undefined, ALL))
    // A shared way of working the text lays down, not one it reports or points to ("In deze brief beschrijf ik de stand
    // van zaken van het proces …").
    .filter((i) => laidDownOrInPlace(ctx.at(i).unit())).slice(0, MAX_EVIDENCE);
  return result(ctx, idx, idx.length > 0);
}

/** The text-only part of planningControl's reporting test (the sentence's cues; who reports reads the lead-in too). */
function pcReportText(s: Sentence): boolean {
  const c = sentenceCues(s);
  return has(c, 'pcReport') && settled(c) && !has(c, 'pcPrinciple') && !has(c, 'negation');
}

function planningControl(ctx: ItemContext): ChecklistResult {
  const doelMet = ctx.item('K1.doel')?.met === true;
  // A report or evaluation the text lays down in its own voice ("Het college rapporteert jaarlijks aan de raad"), not
  // one described or pointed to ("In dit jaarverslag kijken we terug op 2008", "Het werkplan voor 2021 is het eerste
  // dat …"): measured on the checklist gold set (scripts/eval-checklist-gold.ts).
  const idx = find(ctx, 'pcReportTimed', (c) => has(c, 'pcReport') && firm(c) && !has(c, 'pcPrinciple') && (c.time || c.deadline || c.recurrence), ALL).filter((i) => laidDownOrInPlace(ctx.at(i).unit())).slice(0, MAX_EVIDENCE);
  if (idx.length) return result(ctx, idx, true);
  // Dated result goals in one place plus a committed reporting or evaluation task elsewhere (guide: milestones plus reporting).
  if (doelMet) {
    const candidates = factIndexes(base(ctx).doc, 'checklist:pcReportText', pcReportText);
    // The candidates hold the text-only part of the test (`pcReportText`); who reports is read here.
    const report = find(ctx, null, (c, s, i) => hasSpecific(c, s) || ctx.at(i).leadActor(), { candidates });
    if (report.length) return result(ctx, report, true, 'gedateerd doel + rapportage/evaluatie');
  }
  return result(ctx, [], false);
}

// ——— K4 ———

/** Sentences of regie claims and first introductions of regie bodies (not someone's own regie), once per analysis. */
const regieLists = new Slot<ChecklistContext, number[]>();
function regieSentenceList(ctx: ChecklistContext): number[] {
  let list = regieLists.get(ctx);
  if (list) return list;
  // The readings come in sentence order (`readRegie`) and the fact list in document order: both ascending, merged
  // (`union`, which sorts when a list is not).
  const claims: number[] = [];
  for (const r of ctx.regie) if (claimsByWord(r)) claims.push(r.sentence);
  // Leadership claimed without the word regie ("trekker", "neemt het voortouw") is read the same way.
  const leads: number[] = [];
  for (const i of factIndexes(ctx.doc, 'checklist:leadershipText', leadershipText)) if (!ctx.isHeading(i) && claimsLeadership(ctx, i)) leads.push(i);
  // So is a joint board with powers: it leads the coalition without the word (guide K4 "Applicability first").
  for (const i of factIndexes(ctx.doc, 'checklist:boardWithPowers', boardWithPowers)) if (!ctx.isHeading(i)) leads.push(i);
  list = union(claims, leads.sort((a, b) => a - b));
  regieLists.set(ctx, list);
  return list;
}
function regieSentences(ctx: ItemContext): readonly number[] {
  return ctx.regieSentences();
}

/** A regie word that is claimed or names a body (not someone's own regie): it makes K4 applicable and holds the regie. */
function claimsByWord(r: RegieReading): boolean {
  return r.class !== 'anders';
}

/** K4 applies when regie or leadership of the coalition is claimed (guide §1 K4 "Applicability first"). */
export function k4Applicable(ctx: ChecklistContext): boolean {
  if (ctx.regie.some(claimsByWord)) return true;
  // A joint board with powers, or a party that claims leadership of the coalition without the word regie.
  // Only the sentences where the text-only part of either test holds can pass (factIndexes, in document order).
  return factIndexes(ctx.doc, 'checklist:k4Text', k4Text).some((i) => !ctx.isHeading(i) && (boardWithPowers(ctx.doc.sentences[i]) || claimsLeadership(ctx, i)));
}

/**
 * A joint board with powers: a board or steering group that decides ("De stuurgroep besluit bij meerderheid", "worden
 * door het algemeen bestuur vastgesteld"), not in the past, not negated.
 */
function boardWithPowers(s: Sentence): boolean {
  const c = sentenceCues(s);
  if (!has(c, 'jointBoard') || has(c, 'past') || has(c, 'negation')) return false;
  // Read per sentence once (K4's applicability, its regie sentences and the regisseur all ask).
  return memoize(s, 'checklist:boardWithPowers', () => {
    // A board that decided ("In mei heeft het dagelijks bestuur de rekening vastgesteld") reports a past act.
    const tense = readLocal(s).main?.tense;
    return tense !== 'past' && tense !== 'perfect' && (has(c, 'besliskracht') || decideAct(s) !== undefined);
  });
}

/** The text-only part of `claimsLeadership` (its cues and actors). */
function leadershipText(s: Sentence): boolean {
  return leadershipCues(sentenceCues(s), s);
}

/** Leadership cued, not in the past, not negated, not of one's own organisation, by a specific party or "we". */
function leadershipCues(c: SentenceCues, s: Sentence): boolean {
  return has(c, 'leadership') && !has(c, 'past') && !has(c, 'negation') && !has(c, 'leadershipOwn') && (hasSpecific(c) || s.actors.some((a) => a.kind === 'we'));
}

/** The text-only part of `k4Applicable`'s test: a joint board with powers, or `leadershipText`. */
function k4Text(s: Sentence): boolean {
  return boardWithPowers(s) || leadershipText(s);
}

/** A party (named, or "we") claims leadership of the coalition without the word regie, not in the past, not negated. */
function claimsLeadership(ctx: ChecklistContext, i: number): boolean {
  if (!leadershipCues(ctx.cues[i], ctx.doc.sentences[i])) return false;
  // A claim is a clause with a finite verb, not a name in a signature block ("De griffier, De voorzitter,").
  const u = unitOf(ctx.doc, i);
  return (u.main?.finite ?? -1) >= 0 && u.role !== 'signature' && u.fn !== 'question' && u.fn !== 'model' && u.fn !== 'citation';
}


/** The ladder rungs of a sentence, and whether one qualifies a role noun or is the act of a party. */
function rungs(s: Sentence): { lemmas: Set<string>; role: boolean; act: boolean; named: boolean } {
  return memoize(s, 'checklist:rungs', () => {
    const tags = tagsOf(s);
    const lemmas = new Set<string>();
    let role = false;
    for (let i = 0; i < s.tokens.length; i++) {
      const l = tags[i]?.lemma.replace(/_/g, '') ?? '';
      if (!vocab('rungVerbs').isWord(l)) continue;
      lemmas.add(l);
      for (let j = i + 1; j <= i + 2 && j < s.tokens.length; j++) if (vocab('roleNouns').isWord(tags[j]?.lemma ?? '')) role = true;
    }
    const act = lemmas.size > 0 && actStrength(s, { lemmas: 'rungVerbs', actors: ['named', 'we', 'document'], possibleOk: false }) !== undefined;
    const named = lemmas.size > 0 && actStrength(s, { lemmas: 'rungVerbs', actors: ['named'] }) !== undefined;
    return { lemmas, role, act, named };
  });
}

/** Which kind of regie: named by a compound, a ladder rung with what it implies, or the kind in substance next to a regie claim. */
function regietypeStrength(s: Sentence): Strength | undefined {
  if (!PRE.kind.mayHold(s)) return undefined;
  // "De provincie voert geen procesregie": a negated main clause names no kind it takes up.
  if (readLocal(s).main?.negated) return undefined;
  if (vocab('regieKindWord').test(s)) return 'strong';
  const r = rungs(s);
  // Two rungs side by side say which of them a party takes up; a bare one does not (guide K4.regietype).
  if (r.lemmas.size >= 2 && (r.role || r.named || vocab('regieOrLead').test(s))) return 'weak';
  if ((r.role || r.act) && vocab('regieImplies').test(s)) return r.role ? 'strong' : 'weak';
  if (vocab('regieKindSubstance').test(s) && vocab('regieOrLead').test(s)) return 'weak';
  return undefined;
}

function regietype(ctx: ItemContext): ChecklistResult {
  const idx = union(find(ctx, 'regietype', (c) => has(c, 'regietype') && !has(c, 'deferred')),
    find(ctx, 'regietype#kind', (c, s) => firm(c) && regietypeStrength(s) !== undefined));
  return result(ctx, idx, idx.length > 0);
}

/** `regisseur`'s verdict on sentence i, from its block alone (see `paragraphFacts`): its doctype part comes after. */
const REGISSEUR_NO = 0, REGISSEUR_YES = 1, REGISSEUR_FORMAL = 2, REGISSEUR_BOARD = 3;

function regisseur(ctx: ItemContext): ChecklistResult {
  const formal = ctx.doctype === 'convenant' || ctx.doctype === 'regeling';
  // Whether a regie sentence shows a regisseur reads the sentence and its neighbours in the same block: one verdict
  // per sentence (yes, no, or yes in a formal text), carried over between analyses in the unchanged blocks.
  const verdict = paragraphFacts(ctx, 'checklist:regisseur', (i) => {
    // The passage: this sentence and its neighbours in the same block (guide §5 adjacency).
    const from = Math.max(0, i - 1), to = Math.min(ctx.count - 1, i + 1);
    const v = ctx.at(i), c = v.cue(), s = v.sentence();
    let actor = false;
    for (let j = from; j <= to && !actor; j++) if (v.within(j) && hasSpecific(v.cue(j), v.sentence(j))) actor = true;
    if (!actor) return REGISSEUR_NO;
    if (has(c, 'hedge') || has(c, 'deferred')) return REGISSEUR_NO;
    let authority = false;
    for (let j = from; j <= to && !authority; j++) if (v.within(j) && has(v.cue(j), 'regieAuthority') && firm(v.cue(j))) authority = true;
    // One party taking the regie is the pitfall of "Hoe word je regisseur?", also inside a signed text,
    // unless the same passage shows the partners' mandate or appointment.
    if (has(c, 'eenzijdig') && !authority) return REGISSEUR_NO;
    if (authority) return REGISSEUR_YES;
    // A joint board with powers carries its authority in the sentence that gives it (see below for when it counts).
    if (boardWithPowers(s)) return REGISSEUR_BOARD;
    return !ctx.isHeading(i) && hasSpecific(c, s) ? REGISSEUR_FORMAL : REGISSEUR_NO;
  });
  // A joint board with powers is the leader when no one claims regie by the word: a claim names its own holder, and a
  // board that decides elsewhere does not make that holder a regisseur (guide K4 "Applicability first", K4.regisseur).
  const wordClaims = ctx.regie.some(claimsByWord);
  const idx: number[] = [];
  for (const i of regieSentences(ctx)) {
    if (ctx.isHeading(i)) continue;
    const d = verdict(i);
    if (d === REGISSEUR_YES || (d === REGISSEUR_FORMAL && formal) || (d === REGISSEUR_BOARD && !wordClaims)) idx.push(i);
    if (idx.length >= MAX_EVIDENCE) break;
  }
  return result(ctx, idx, idx.length > 0);
}

/** The named subjects (or door-agents) of the clauses of a regie claim: who holds it. */
function claimHolders(s: Sentence): readonly string[] {
  // Text-only: memoised per sentence (read on every analysis for every regie sentence; the memo read first, and the
  // closure made in another function: a function that makes a closure over its parameter allocates a context per call).
  return (s.memo.get('checklist:claimHolders') as readonly string[] | undefined) ?? claimHoldersOf(s);
}
function claimHoldersOf(s: Sentence): readonly string[] {
  return memoize(s, 'checklist:claimHolders', () => {
    const out: string[] = [];
    for (const c of readLocal(s).clauses) {
      if (!c.subject) continue;
      for (const a of s.actors) {
        if (!SPECIFIC_KINDS.has(a.kind) || a.token < c.subject[0] || a.token > c.subject[1]) continue;
        out.push(a.text.toLowerCase().replace(/\s+/g, ' '));
      }
    }
    return out;
  });
}


/** The parties that hold the regie: the named subjects of the regie claims, or of the regisseur's evidence. */
function regieLeaders(ctx: ItemContext): string[] {
  const regisseur = ctx.item('K4.regisseur');
  const fromEvidence: string[] = [];
  for (const e of regisseur?.met ? regisseur.evidence : []) {
    const i = ctx.indexOf(e);
    if (i < 0) continue;
    const v = ctx.at(i);
    fromEvidence.push(...actorHeads(v.cue(), v.sentence()));
  }
  return [...new Set([...fromEvidence, ...regieSentences(ctx).flatMap((i) => claimHolders(ctx.at(i).sentence()))])];
}

function regiemiddelen(ctx: ItemContext): ChecklistResult {
  const idx: number[] = [];
  const seen = new Set<number>();
  for (const i of regieSentences(ctx)) {
    if (ctx.isHeading(i)) continue;
    // Means tied to the regie: the sentence and its neighbours up to four sentences on, within the same section.
    // (From the sentence before: no window array per claim, and no section test of the three sentences before that.)
    const v = ctx.at(i);
    const to = Math.min(ctx.count - 1, i + 4);
    for (let j = Math.max(0, i - 1); j <= to; j++) {
      if (!v.within(j)) continue;
      const c = v.cue(j);
      if (seen.has(j) || !firm(c)) continue;
      if (has(c, 'regieMeans') || c.money || c.capacity) { seen.add(j); idx.push(j); break; }
    }
    // The result shows the first three and is met with one: no need to look further.
    if (idx.length >= MAX_EVIDENCE) break;
  }
  // Means given to the leader elsewhere: the leader is the subject of a sentence with a power or budget, or of an
  // act that uses a power or money (the means must belong to the claim's actor, guide §5).
  // The leaders only when the means tied to the claims found none (they read every regie sentence's holders).
  const leaders = idx.length === 0 ? regieLeaders(ctx) : [];
  if (idx.length === 0 && leaders.length) {
    const isLeader = (h: string): boolean => leaders.some((l) => h.includes(l) || l.includes(h));
    // Whether a sentence states means reads the sentence alone: one fact per sentence, carried over between analyses.
    const meansIn = facts(ctx, 'checklist:regiemiddelen#means', (s) => {
      const c = sentenceCues(s);
      if (!firm(c) || has(c, 'negation')) return false;
      return has(c, 'regieMeans') || c.money || c.capacity || headIn(s, 'meansHeads') ||
        actStrength(s, { lemmas: 'meansVerbs', actors: ['named'], possibleOk: true }) !== undefined;
    });
    for (const i of ctx.body) {
      if (!meansIn(i)) continue;
      const v = ctx.at(i), c = v.cue(), s = v.sentence();
      if (claimHolders(s).some(isLeader) || actorHeads(c, s).some(isLeader) && has(c, 'regieMeans')) { idx.push(i); break; }
    }
  }
  return result(ctx, idx, idx.length > 0);
}

function vermogens(ctx: ItemContext): ChecklistResult {
  const mogen = find(ctx, 'mogen', (c) => has(c, 'mogen') && !has(c, 'negation'), { limit: 1 });
  const willen = find(ctx, 'willen', (c) => has(c, 'willen') && firm(c), { limit: 1 });
  const kunnen = find(ctx, 'kunnen', (c) => firm(c) && !has(c, 'opgaveProblem') &&
    (c.money || c.capacity || (has(c, 'kunnen') && !has(c, 'negation') && !has(c, 'mensenNot'))), { limit: 1 });
  const rollen = ctx.item('K2.rollen');
  // Doen: who executes — the roles item, or one named party that carries out the work ("Het wijkteam voert de aanpak
  // uit", "De uitvoering ligt bij de Stichting Welzijn").
  const doen = rollen?.met ? rollen.evidence.slice(0, 1) : [];
  const executor = doen.length ? [] : find(ctx, 'doen', (c, s) => firm(c) && has(c, 'doenExecutor') && hasSpecific(c, s), { limit: 1 });
  const count = [mogen.length, willen.length, kunnen.length, doen.length + executor.length].filter((n) => n > 0).length;
  const idx = [...mogen, ...willen, ...kunnen, ...executor];
  const r = result(ctx, idx, count >= 3, `mogen ${mogen.length > 0}, willen ${willen.length > 0}, kunnen ${kunnen.length > 0}, doen ${doen.length + executor.length > 0}`);
  if (r.met) r.evidence.push(...doen);
  return r;
}

const DECIDERS: Record<string, (ctx: ItemContext) => ChecklistResult> = {
  'K1.opgave': opgave, 'K1.doel': doel, 'K1.afbakening': afbakening, 'K1.afnemers': afnemers, 'K1.behoefte': behoefte,
  'K1.betrokkenheid': betrokkenheid, 'K1.eigenbelang': eigenbelang, 'K1.last_baat': lastBaat,
  'K2.partners': partners, 'K2.rollen': rollen, 'K2.aanspreekbaar': aanspreekbaar, 'K2.spelregels': spelregels, 'K2.mandaat': mandaat,
  'K3.geld': geld, 'K3.financiering': financiering, 'K3.mensen': mensen, 'K3.besliskracht': besliskracht, 'K3.juridisch': juridisch,
  'K3.werkprocessen': werkprocessen,
};

/** Document signals the scores use besides the items (see docs/scoring.md). */
export interface ChecklistSignals {
  /** Share of commitment sentences whose only doers are "we" or a collective ("alle partijen"): diffuse ownership. */
  diffuseShare: number;
  /** Number of commitment sentences. */
  commitments: number;
  /** A regeling by which one authority grants money to recipients: a purely vertical relation (guide §4). */
  verticalGrant: boolean;
}

const signalsByResult = new Slot<object, ChecklistSignals>();

/** The signals computed with a checklist result (undefined for a hand-built checklist). */
export function checklistSignals(checklist: object): ChecklistSignals | undefined {
  return signalsByResult.get(checklist);
}

function rollenVerbIn(s: Sentence): boolean {
  return has(sentenceCues(s), 'rollenVerb');
}

function computeSignals(ctx: ChecklistContext): ChecklistSignals {
  let commitments = 0, diffuse = 0;
  // The body sentences with a role verb, from the list of sentences where that text fact holds (carried over between
  // analyses: no walk of every sentence on a keystroke).
  for (const i of factIndexes(ctx.doc, 'checklist:rollenVerb', rollenVerbIn)) {
    if (ctx.isHeading(i)) continue;
    const c = ctx.cues[i], s = ctx.doc.sentences[i];
    commitments++;
    if (!hasSpecific(c, s) && ((s.memo.get('actors:weOrCollective') as boolean | undefined) ?? memoize(s, 'actors:weOrCollective', () => s.actors.some((a) => a.kind === 'we' || a.kind === 'collective')))) diffuse++;
  }
  const verticalGrant = ctx.doctype === 'regeling' && ctx.body.some((i) => has(ctx.cues[i], 'grant') && firm(ctx.cues[i]));
  return { diffuseShare: commitments ? diffuse / commitments : 0, commitments, verticalGrant };
}

const strengthByResult = new Slot<object, Record<string, Strength>>();

/**
 * Evidence strength per met item (undefined for a hand-built checklist), so the score layer can credit the best
 * evidence instead of the number of sentences: strong when an evidence sentence commits or decides in the text's own
 * voice with a named party in it (or, for the legal form, when the form is settled by the document itself); weak
 * otherwise (analysis, "we" alone, a condition, an option).
 */
export function checklistStrength(checklist: object): Record<string, Strength> | undefined {
  return strengthByResult.get(checklist);
}

function strengthOf(ctx: ChecklistContext, id: string, r: ChecklistResult): Strength {
  if (id === 'K3.juridisch' && r.why?.startsWith('doctype')) return 'strong';
  for (const e of r.evidence) {
    const i = evidenceIndex(ctx, e);
    if (i < 0 || ctx.isHeading(i)) continue;
    const u = unitOf(ctx.doc, i);
    const voice = u.commits || (id === 'K3.juridisch' && (u.fn === 'legal' || u.fn === 'definition'));
    if (voice && hasSpecific(ctx.cues[i], ctx.doc.sentences[i]) && !has(ctx.cues[i], 'optional')) return 'strong';
  }
  return 'weak';
}

/** A decider that replaces the shipped one (tests of the failure path only). */
const replaced = new Map<string, (c: ItemContext) => ChecklistResult>();
export function setDeciderForTests(id: string, f: ((c: ItemContext) => ChecklistResult) | undefined): void {
  if (f) replaced.set(id, f); else replaced.delete(id);
}

export interface EvaluateOptions {
  /** Throw a decider's error instead of isolating it (tests). */
  strict?: boolean;
  /** Receives the ids of items whose decider threw (they are then reported as not assessable). */
  failed?: Set<string>;
}

/** Evaluate all 24 items. `regie` is the regie reading of the document (src/core/regie.ts). */
export function evaluateChecklist(doc: DocModel, regie: RegieReading[], opts: EvaluateOptions = {}): Record<string, ChecklistResult> {
  const ctx = checklistContext(doc, regie);
  const out: Record<string, ChecklistResult> = {};
  // Each item gets a context made from its declared scope; `out` holds the items decided before it (input "items").
  // An item whose decider throws fails alone, as a rule does (scope.ts `guarded`): it is not assessable, the others go on.
  const run = (id: string, decide: (c: ItemContext) => ChecklistResult): void => {
    const f = replaced.get(id) ?? decide;
    if (opts.strict) { out[id] = f(new ItemContext(id, ITEM_SCOPES[id], ctx, out)); return; }
    try {
      out[id] = f(new ItemContext(id, ITEM_SCOPES[id], ctx, out));
    } catch {
      opts.failed?.add(id);
      out[id] = { met: null, evidence: [], why: 'niet te beoordelen: fout in Regiecheck' };
    }
  };
  for (const [id, decide] of Object.entries(DECIDERS)) run(id, decide);
  run('K3.planning_control', planningControl);
  if (!k4Applicable(ctx)) {
    const why = 'geen regie of leiderschap geclaimd';
    for (const id of ['K4.regietype', 'K4.regisseur', 'K4.regiemiddelen', 'K4.vermogens']) out[id] = { met: null, evidence: [], why };
  } else {
    run('K4.regietype', regietype);
    run('K4.regisseur', regisseur);
    run('K4.regiemiddelen', regiemiddelen);
    // The four capacities are asked of a government that claims regie; other coalitions: not applicable.
    const government = ctx.cues.some((c) => c.government) || ctx.doctype === 'regeling';
    if (government) run('K4.vermogens', vermogens);
    else out['K4.vermogens'] = { met: null, evidence: [], why: 'geen overheidsdocument' };
  }
  const ordered: Record<string, ChecklistResult> = {};
  for (const item of CHECKLIST_ITEMS) ordered[item.id] = out[item.id];
  signalsByResult.set(ordered, computeSignals(ctx));
  const strength: Record<string, Strength> = {};
  for (const [id, r] of Object.entries(ordered)) if (r.met) strength[id] = strengthOf(ctx, id, r);
  strengthByResult.set(ordered, strength);
  return ordered;
}
