/**
 * Scopes and the rule cache (docs/architecture.md "Scopes and the cache"). The one module that caches rule results
 * between analyses, and the one that builds the context a rule reads.
 *
 * Every rule declares its scope (sentence, paragraph, section, document) and the named inputs it reads (rules/
 * types.ts `RuleInput`). The context it gets reaches no further: a read outside the scope, or of an input it did
 * not declare, throws a ScopeError. A sentence rule's findings in a sentence are cached in the sentence's memo,
 * keyed by the content of its scope unit — the sentence (its memo stands for its text and block kind), its block,
 * or its section with the heading path — and by the values of its declared inputs. The results of a check are a
 * function of exactly what the key holds, so an incremental analysis gives what a fresh one gives by construction.
 */
import type { DocModel, Sentence } from './document';
import { carried, memoize, textFacts, type Shared } from './document';
import type { RegiecheckConfig } from './config';
import type { Matcher } from './vocab';
import type { RawFinding, Rule, RuleContext, RuleInput, Scope, SectionView, SentenceRule, UnitContext } from './rules/types';
import { unitOf, type Unit } from './read/unit';
import { actorNearby } from './read/context';
import { documentSpeaker, speaksAsOne, type SpeakerKind } from './profile/speaker';
import { readRegie, weIsOneParty, type RegieReading } from './regie';
import { followUpSections } from './read/followup';
import { LineMap } from './text/lineMap';
import { Slot } from './slots';

/** A rule read outside its scope, or an input it did not declare. */
export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
  }
}

const WIDTH: Record<Scope, number> = { sentence: 0, paragraph: 1, section: 2, document: 3 };

/** Per analysis: the document and everything the engine computes once for all rules. */
export interface Analysis {
  doc: DocModel;
  config: RegiecheckConfig;
  family(id: string): Matcher;
  /** Every regie reading of the document (once per analysis). */
  regie(): RegieReading[];
  /** The unit context of sentence i without the speaker facts (once per analysis). */
  unitBase(i: number): UnitBase;
  /**
   * Sentence i's unit context is the previous model's context of its sentence oi, the same object (`replayedUnitBase`:
   * the same unit and the same neighbours): the input `unit` of a rule is unchanged there. False when unknown.
   */
  unitCarried(i: number, oi: number): boolean;
  speaker(): SpeakerKind;
  weOneParty(): boolean;
  /** The goals of sentence i's section are worked out in the section after it (read/followup.ts; input `followUp`). */
  followUp(i: number): boolean;
  /** The regie readings of sentence i. */
  regieIn(i: number): RegieReading[];
  /** The regie readings of sentence i relative to its start and line, as a cache-key part ('' when it has none). */
  regieSig(i: number): string;
  /** Per analysis: the content object of each section (`sectionContent`), by section index. */
  sections: Array<SectionContent | undefined>;
  /** Per analysis: the content object of each block (`blockContent`), by block index. */
  blockContents: Array<BlockContent | undefined>;
  /**
   * Rules that threw during this analysis (a bug, e.g. a read outside the scope): their findings are left out and
   * nothing of them is cached, the other rules go on, and the engine adds a `rule-error` notice. With `strict`
   * (tests) the error is thrown instead.
   */
  failed: Set<string>;
  strict: boolean;
}

/** Runs one rule step; an error fails only this rule (or is thrown under `strict`). `ok` false: it threw. */
export function guarded<T>(a: Analysis, rule: Rule, f: () => T): { ok: true; value: T } | { ok: false } {
  if (a.strict) return { ok: true, value: f() };
  try {
    return { ok: true, value: f() };
  } catch {
    a.failed.add(rule.id);
    return { ok: false };
  }
}

type UnitBase = Omit<UnitContext, 'authorActs' | 'parties' | 'authority'>;

export function newAnalysis(doc: DocModel, config: RegiecheckConfig, family: (id: string) => Matcher, strict = false): Analysis {
  let regie: RegieReading[] | undefined;
  // The readings of sentence i: a run of the document's readings (`runStart`, `runEnd`; no list or array per sentence
  // and keystroke). [from, to) into `a.regie()`.
  const runOf = (i: number): number => runStart(a.regie(), i);
  const runEnd = (i: number, from: number): number => runStop(a.regie(), i, from);
  let speaker: SpeakerKind | undefined;
  let we: boolean | undefined;
  let follow: Int8Array | undefined;
  let units: ModelUnitBases | undefined;
  const a: Analysis = {
    doc, config, family, failed: new Set(), strict,
    regie: () => (regie ??= readRegie(doc)),
    unitBase: (i) => {
      units ??= modelUnitBases(doc);
      let u = units.bases[i];
      if (!u) {
        const r = unitOf(doc, i);
        u = replayedUnitBase(doc, units, i, r) ??
          { fn: r.fn, role: r.role, commits: r.commits, narrative: r.narrative, clauses: r.clauses, main: r.main, actorNearby: actorNearby(doc, i), ...(r.level ? { level: r.level } : {}) };
        units.bases[i] = u;
        units.units[i] = r;
      }
      return u;
    },
    unitCarried: (i, oi) => {
      const u = a.unitBase(i);
      const last = units!.last;
      return last !== undefined && last.value.bases[oi] === u;
    },
    speaker: () => (speaker ??= documentSpeaker(doc).kind),
    weOneParty: () => (we ??= weIsOneParty(doc)),
    followUp: (i) => {
      const l = layoutOf(doc);
      follow ??= followUpSections(doc, l.sections);
      return follow[l.sectionOf[doc.sentences[i].block]] === 1;
    },
    regieIn: (i) => { const from = runOf(i); return a.regie().slice(from, runEnd(i, from)); },
    regieSig: (i) => {
      const all = a.regie();
      const from = runOf(i), to = runEnd(i, from);
      if (from === to) return '';
      const last = regieSigMemo.get(all[from]);
      if (last && sameRun(last.list, all, from, to)) return last.sig;
      let sig = '';
      const x = doc.sentences[i];
      const line = doc.lines.lineOf(x.start);
      for (let k = from; k < to; k++) {
        const r = all[k];
        sig += `${r.start - x.start}:${r.end - x.start}:${r.line - line}:${r.word}:${r.class}:${r.actor ?? ''}:${r.kind ?? ''}:${r.means ?? ''}:${r.deliverable ?? ''};`;
      }
      regieSigMemo.set(all[from], { list: all.slice(from, to), sig });
      return sig;
    },
    sections: [],
    blockContents: [],
  };
  return a;
}

/**
 * The unit contexts of a model by sentence (filled on request), with the unit each was made from; an Analyzer's next
 * model replays the previous model's context of a sentence whose unit is the same object (read/unit.ts: the same
 * unit for the same sentence and context) and whose `actorNearby` reads only unchanged blocks (`replayedUnitBase`).
 */
interface ModelUnitBases {
  bases: Array<UnitBase | undefined>; units: Array<Unit | undefined>; last?: { value: ModelUnitBases; shared: Shared };
  /** The arrays of the model before (kept by the value carried to the next model, which reuses them). */
  older?: ModelUnitBases;
}

/**
 * This model's unit contexts, empty. The arrays are those of the model two back when there are such (the previous
 * model's are read during this analysis, `replayedUnitBase`; the ones before them by nothing any more), cleared: not
 * two arrays over every sentence made per keystroke.
 */
function modelUnitBases(doc: DocModel): ModelUnitBases {
  const n = doc.sentences.length;
  const last = carried.previous<ModelUnitBases>(doc, 'scope:unitBase');
  const o = last?.value.older;
  let bases: Array<UnitBase | undefined>, units: Array<Unit | undefined>;
  if (o) {
    last!.value.older = undefined;
    bases = o.bases; bases.length = n; bases.fill(undefined);
    units = o.units; units.length = n; units.fill(undefined);
  } else { bases = new Array<UnitBase | undefined>(n); units = new Array<Unit | undefined>(n); }
  const m: ModelUnitBases = { bases, units, last };
  carried.keep(doc, 'scope:unitBase', { bases, units, older: last?.value });
  return m;
}

/** The readings `all[from, to)` are the readings of `list`, in order (the same objects). */
function sameRun(list: readonly RegieReading[], all: readonly RegieReading[], from: number, to: number): boolean {
  if (list.length !== to - from) return false;
  for (let k = 0; k < list.length; k++) if (list[k] !== all[from + k]) return false;
  return true;
}

/**
 * The previous model's unit context of sentence i, or undefined. `actorNearby` reads the sentence before (in its
 * block or the block before), the next one in its block and a heading or lead-in up to 12 blocks above: in the
 * unchanged blocks at the start all of them are unchanged; at the end, when those blocks lie at the end too.
 */
function replayedUnitBase(doc: DocModel, m: ModelUnitBases, i: number, unit: Unit): UnitBase | undefined {
  const last = m.last;
  if (!last) return undefined;
  const { pb, qb, prevSentences } = last.shared;
  const b = doc.sentences[i].block;
  let oi: number;
  if (b < pb) oi = i;
  else {
    const lo = doc.blocks.length - qb;
    if (b - 12 < lo || i < 1 || doc.sentences[i - 1].block < lo) return undefined;
    oi = i - doc.sentences.length + prevSentences;
  }
  return last.value.units[oi] === unit ? last.value.bases[oi] : undefined;
}

/**
 * The signature of a sentence's regie readings, by its first reading: the same reading objects give the same signature.
 * A reading never changes, and `readRegie` hands out the same objects only while their sentence starts at the same
 * offset with the same lines (it makes moved copies otherwise), so their places relative to the sentence are the same.
 */
const regieSigMemo = new WeakMap<RegieReading, { list: readonly RegieReading[]; sig: string }>();

// ---------------------------------------------------------------------------------------------------------------
// Scope units: the block of a sentence, and its section (the blocks between two headings) with its heading path.

interface Section { first: number; end: number; headings: number[] }
interface Layout { sectionOf: Int32Array; sections: Section[] }
const layouts = new Slot<DocModel, Layout>();

/** Sections and heading paths of a model: a heading opens the section of the blocks after it (one pass). */
function layoutOf(doc: DocModel): Layout {
  let l = layouts.get(doc);
  if (l) return l;
  const sectionOf = new Int32Array(doc.blocks.length);
  const sections: Section[] = [{ first: 0, end: 0, headings: [] }];
  // The heading path nests as the section roles do (read/unit.ts blockRoles): a level-n heading closes the
  // headings of level ≥ n above it.
  const stack: Array<{ level: number; block: number }> = [];
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') {
      sections[sections.length - 1].end = b;
      while (stack.length && stack[stack.length - 1].level >= block.level) stack.pop();
      stack.push({ level: block.level, block: b });
      sections.push({ first: b + 1, end: b + 1, headings: stack.map((h) => h.block) });
    }
    sectionOf[b] = sections.length - 1;
  }
  sections[sections.length - 1].end = doc.blocks.length;
  l = { sectionOf, sections };
  layouts.set(doc, l);
  return l;
}

/** The sentence index range [first, end) of blocks [b0, b1). */
function sentenceRange(doc: DocModel, b0: number, b1: number): [number, number] {
  if (b1 <= b0) return [0, 0];
  return [doc.blockSentences[b0][0], doc.blockSentences[b1 - 1][1]];
}

// ---------------------------------------------------------------------------------------------------------------
// Cache keys.

/**
 * The content of the section of sentence s with its heading path, as an object that is the same object while the
 * content is the same (per analysis; compared by identity in a cache key, like `blockContent`): the heading path's
 * blocks and then the section's blocks, each as its content object (`blockContent`: kind, level, length, and per
 * sentence its memo map and offset) at its offset from the section's start. The last one made is kept in the memo of
 * the section's first sentence and reused when every part is equal. Equal parts give the same section text, block
 * structure and sentences at the same places relative to the section's start: what a rule of section scope reads.
 */
interface SectionContent { headings: number; blocks: BlockContent[]; offsets: number[] }

/**
 * For tests only: compare a section's blocks without their offsets (a wrong, looser identity), so the property test can
 * show that it catches a section content reused when only the gaps between its blocks changed. Never set in production.
 */
let sectionOffsetsLoose = false;
export function setSectionOffsetsLooseForTests(loose: boolean): void {
  sectionOffsetsLoose = loose;
}

function sectionContent(a: Analysis, s: Sentence): SectionContent {
  const { doc } = a;
  const layout = layoutOf(doc);
  const si = layout.sectionOf[s.block];
  let c = a.sections[si];
  if (c) return c;
  const sec = layout.sections[si];
  const base = sec.end > sec.first ? doc.blocks[sec.first].start : doc.blocks[s.block].start;
  const first = doc.sentences[doc.blockSentences[sec.first][0]];
  const last = first.memo.get('scope:section') as SectionContent | undefined;
  const nh = sec.headings.length, total = nh + sec.end - sec.first;
  let same = !!last && last.headings === nh && last.blocks.length === total;
  for (let k = 0; same && k < total; k++) {
    const b = k < nh ? sec.headings[k] : sec.first + k - nh;
    same = last!.blocks[k] === blockContent(a, b) && (last!.offsets[k] === doc.blocks[b].start - base || sectionOffsetsLoose);
  }
  if (same) c = last!;
  else {
    c = { headings: nh, blocks: [], offsets: [] };
    for (let k = 0; k < total; k++) {
      const b = k < nh ? sec.headings[k] : sec.first + k - nh;
      c.blocks.push(blockContent(a, b));
      c.offsets.push(doc.blocks[b].start - base);
    }
    first.memo.set('scope:section', c);
  }
  a.sections[si] = c;
  return c;
}

/**
 * A block's content with the block's own start as the base (kind, level, length, and per sentence its
 * memo map — which stands for its text and block kind — and its offset in the block), as an object that is the same
 * object while the content is the same: the last one made for a block with the same first sentence is kept in that
 * sentence's memo and reused when every part is equal. A key holding it is compared by identity, not by a string.
 */
interface BlockContent { kind: string; level: number; len: number; memos: unknown[]; offsets: number[] }

function blockContent(a: Analysis, b: number): BlockContent {
  let c = a.blockContents[b];
  if (c) return c;
  const { doc } = a;
  const block = doc.blocks[b];
  const [f, l] = doc.blockSentences[b];
  const len = block.end - block.start;
  // A block without sentences (a section's content asks for every block of it) keeps nothing: a new object each time.
  const first = l > f ? doc.sentences[f] : undefined;
  const last = first?.memo.get('scope:block') as BlockContent | undefined;
  let same = !!last && last.kind === block.kind && last.level === block.level && last.len === len && last.memos.length === l - f;
  for (let i = f; same && i < l; i++) same = last!.memos[i - f] === doc.sentences[i].memo && last!.offsets[i - f] === doc.sentences[i].start - block.start;
  if (same) c = last!;
  else {
    c = { kind: block.kind, level: block.level, len, memos: [], offsets: [] };
    for (let i = f; i < l; i++) { c.memos.push(doc.sentences[i].memo); c.offsets.push(doc.sentences[i].start - block.start); }
    first?.memo.set('scope:block', c);
  }
  a.blockContents[b] = c;
  return c;
}

/**
 * The scope-unit part of a cache key (without the sentence's place): nothing for a sentence, the block's content object
 * for a paragraph, the section's content object otherwise (both compared by identity). `unitOffset` is the place.
 */
function unitPart(a: Analysis, s: Sentence, scope: Scope): unknown {
  if (scope === 'sentence') return undefined;
  if (scope === 'paragraph') return blockContent(a, s.block);
  return sectionContent(a, s);
}

function unitOffset(a: Analysis, s: Sentence, scope: Scope): number {
  const { doc } = a;
  if (scope === 'sentence') return 0;
  if (scope === 'paragraph') return s.start - doc.blocks[s.block].start;
  const layout = layoutOf(doc);
  const sec = layout.sections[layout.sectionOf[s.block]];
  return s.start - (sec.end > sec.first ? doc.blocks[sec.first].start : doc.blocks[s.block].start);
}

/** The value of a named input for sentence s, as part of the cache key. */
function inputSig(a: Analysis, s: Sentence, input: RuleInput, scope: Scope): string {
  switch (input) {
    case 'unit': {
      const u = a.unitBase(s.index);
      return `u${u.fn}.${u.role}.${u.commits ? 1 : 0}.${u.actorNearby ? 1 : 0}.${u.narrative ? 1 : 0}.${u.level ?? ''}`;
    }
    case 'speaker': return `k${a.speaker()}`;
    case 'weOneParty': return `w${a.weOneParty() ? 1 : 0}`;
    case 'followUp': return `f${a.followUp(s.index) ? 1 : 0}`;
    case 'regie': {
      // Exactly the readings `ctx.regie()` gives the rule (scopeSentenceIndexes), placed relative to the sentence:
      // per sentence in scope that has readings, its place relative to s (index, offset, line) and its readings
      // relative to itself (`regieSig`, once per sentence and analysis). Together these give every reading's place
      // relative to s.
      // The same walk as `scopeSentenceIndexes`, without the array.
      const st: RegieSigState = { a, s, out: 'r', line: -1 };
      eachScopeSentence(a.doc, s, scope, regiePart, st);
      return st.out;
    }
  }
}

interface RegieSigState { a: Analysis; s: Sentence; out: string; line: number }

/** The part of sentence i's readings in the regie input of sentence `st.s` (see `inputSig`), appended to `st.out`. */
function regiePart(i: number, st: RegieSigState): void {
  const { a, s } = st;
  const sig = a.regieSig(i);
  if (sig === '') return;
  if (st.line < 0) st.line = a.doc.lines.lineOf(s.start);
  const x = a.doc.sentences[i];
  st.out += `${i - s.index}@${x.start - s.start}:${a.doc.lines.lineOf(x.start) - st.line}=${sig}`;
}

/**
 * Interned codes of the small string values a key holds (unit function, section role, speaker kind): the same
 * string always gets the same code in a process, so a code stands for its string in a key.
 */
const codes = new Map<string, number>();
function codeOf(x: string): number {
  let c = codes.get(x);
  if (c === undefined) codes.set(x, (c = codes.size));
  return c;
}

/**
 * For tests only: leave one input out of the numeric key (a wrong, narrower key), so the property test can show that
 * it catches a numeric key that holds less than the rule reads. Never set in production.
 */
let numericKeyDrop: RuleInput | undefined;
export function setNumericKeyDropForTests(input: RuleInput | undefined): void {
  numericKeyDrop = input;
}

/** The author's bestuurslaag as a small number for the numeric key (0: none shown). */
function levelCode(level: string | undefined): number {
  return level === 'gemeente' ? 1 : level === 'provincie' ? 2 : level === 'rijk' ? 3 : level === 'waterschap' ? 4 : 0;
}

/** Key classes whose inputs part is one number: inputs among unit, speaker and weOneParty (no regie). */
function numericClass(inputs: readonly RuleInput[] | undefined): boolean {
  return !(inputs ?? []).includes('regie');
}

/**
 * The numeric inputs key of a rule reading only unit, speaker and weOneParty (`numericClass`): the same
 * values as `inputSig` gives, packed into one integer (10 bits per interned code, one per flag, the author's laag in base 5, after a leading 1: at most 38 bits, exact
 * in a double), so a sentence whose key is unchanged costs no key string. NaN (never equal, so never a cache hit)
 * when a code would not fit.
 */
function numericKey(a: Analysis, s: Sentence, inputs: readonly RuleInput[] | undefined): number {
  let k = 1;
  if (!inputs) return k;
  for (const input of inputs) {
    if (input === numericKeyDrop) continue;
    switch (input) {
      case 'unit': {
        const u = a.unitBase(s.index);
        const fn = codeOf(u.fn), role = codeOf(u.role);
        if (fn >= 1024 || role >= 1024) return NaN;
        k = (((k * 1024 + fn) * 1024 + role) * 8 + (u.narrative ? 4 : 0) + (u.commits ? 2 : 0) + (u.actorNearby ? 1 : 0)) * 5 + levelCode(u.level);
        break;
      }
      case 'speaker': {
        const c = codeOf(a.speaker());
        if (c >= 1024) return NaN;
        k = k * 1024 + c;
        break;
      }
      case 'weOneParty': k = k * 2 + (a.weOneParty() ? 1 : 0); break;
      case 'followUp': k = k * 2 + (a.followUp(s.index) ? 1 : 0); break;
      case 'regie': return NaN;
    }
    if (k > Number.MAX_SAFE_INTEGER / 4096) return NaN;
  }
  return k;
}

/**
 * Visit the sentences a rule of this scope may read, in order: the heading path's (section scope), then the scope
 * unit's. `visit` gets the sentence index and `arg` (a module-level function and its state: no closure per call).
 */
function eachScopeSentence<T>(doc: DocModel, s: Sentence, scope: Scope, visit: (i: number, arg: T) => void, arg: T): void {
  if (scope === 'section') {
    const l = layoutOf(doc);
    for (const h of l.sections[l.sectionOf[s.block]].headings) { const [hf, hl] = doc.blockSentences[h]; for (let i = hf; i < hl; i++) visit(i, arg); }
  }
  const [f, e] = scopeSentences(doc, s, scope);
  for (let i = f; i < e; i++) visit(i, arg);
}

/** The sentences a rule of this scope may read (`eachScopeSentence`), as indexes. */
function scopeSentenceIndexes(doc: DocModel, s: Sentence, scope: Scope): number[] {
  const out: number[] = [];
  eachScopeSentence(doc, s, scope, pushIndex, out);
  return out;
}
function pushIndex(i: number, out: number[]): void { out.push(i); }

/** The contiguous sentence range of a scope unit (headings of a section path aside). */
function scopeSentences(doc: DocModel, s: Sentence, scope: Scope): [number, number] {
  if (scope === 'sentence') return [s.index, s.index + 1];
  if (scope === 'paragraph') return doc.blockSentences[s.block];
  if (scope === 'section') {
    const l = layoutOf(doc);
    const sec = l.sections[l.sectionOf[s.block]];
    return sentenceRange(doc, sec.first, sec.end);
  }
  return [0, doc.sentences.length];
}

/**
 * For tests only: key every rule's cache as if its scope were `keyScope(rule)` (a wrong, narrower key), so the
 * property test can show that it catches a cache keyed by less than the rule reads. Never set in production.
 */
let keyScopeOverride: ((rule: Rule) => Scope) | undefined;
export function setKeyScopeForTests(f: ((rule: Rule) => Scope) | undefined): void {
  keyScopeOverride = f;
}

/**
 * The inputs part of the cache key of rule's results in sentence s: its inputs' values (one number without the regie
 * input, else a string). The whole key is this with the scope unit's content (`unitPart`, compared by identity for a
 * block) and the sentence's place in it (`unitOffset`).
 */
export function cacheKey(a: Analysis, rule: SentenceRule, s: Sentence): string | number {
  const scope = keyScopeOverride ? keyScopeOverride(rule) : rule.scope;
  if (numericClass(rule.inputs)) return numericKey(a, s, rule.inputs);
  // A sentence rule whose only input is the regie readings: its input is the sentence's own readings relative to it,
  // which its regie signature (`regieSig`, one string per reading list) holds exactly; the key is that string (within
  // a key class any one-to-one encoding serves), not a new string per sentence and keystroke.
  if (scope === 'sentence' && rule.inputs!.length === 1) return a.regieSig(s.index);
  let k = '';
  if (rule.inputs) for (const input of rule.inputs) k += `|${inputSig(a, s, input, scope)}`;
  return k;
}

/** A rule whose results depend on the sentence text alone: cached without a key. */
function textOnly(rule: SentenceRule): boolean {
  return rule.scope === 'sentence' && !rule.inputs?.length && !keyScopeOverride;
}

// ---------------------------------------------------------------------------------------------------------------
// Contexts.

/** The context of a document rule: the whole model, every input. */
export function documentContext(a: Analysis): RuleContext {
  const { doc } = a;
  return {
    doc, config: a.config, family: a.family, regie: a.regie,
    unit: (s) => fullUnit(a, s.index),
    prev: (s) => { const p = doc.sentences[s.index - 1]; return p && p.block === s.block ? p : undefined; },
    next: (s) => { const n = doc.sentences[s.index + 1]; return n && n.block === s.block ? n : undefined; },
    section: (s) => sectionView(doc, s),
    followUp: (s) => a.followUp(s.index),
    facts: new DocFacts(a, undefined),
  };
}

/*
 * The contexts below are made per analysis (and per sentence rule checked), and hold the analysis. Their getters are
 * class getters, not accessors of an object literal: V8's scavenger kept such literals made per keystroke alive until
 * the next full collection, and with them the analysis, its model and its document text (branch speed16, slots.ts).
 */

/** `ctx.facts`: each fact asked of the analysis; `need`, when given, checks that the rule declares it. */
class DocFacts {
  constructor(private readonly a: Analysis, private readonly need: ((input: RuleInput) => void) | undefined) {}
  get weOneParty(): boolean { this.need?.('weOneParty'); return this.a.weOneParty(); }
}

/** The speaker part of a scoped rule's unit context, asked on read (input `speaker`). */
class ScopedUnit {
  constructor(private readonly a: Analysis, private readonly need: (input: RuleInput) => void) {}
  get authorActs(): boolean { this.need('speaker'); return speaksAsOne(this.a.speaker()); }
  get parties(): boolean { this.need('speaker'); return this.a.speaker() === 'parties'; }
  get authority(): boolean { this.need('speaker'); return this.a.speaker() === 'authority'; }
}

/** A scoped rule's context: the document view made on first read, the configuration out of scope. */
class ScopedContext {
  private view: DocModel | undefined;
  constructor(private readonly makeView: () => DocModel, private readonly outside: (what: string) => never) {}
  get doc(): DocModel { return (this.view ??= this.makeView()); }
  get config(): RegiecheckConfig { return this.outside('the configuration'); }
}

function fullUnit(a: Analysis, i: number): UnitContext {
  const k = a.speaker();
  return { ...a.unitBase(i), authorActs: speaksAsOne(k), parties: k === 'parties', authority: k === 'authority' };
}

function sectionView(doc: DocModel, s: Sentence): SectionView {
  const l = layoutOf(doc);
  const sec = l.sections[l.sectionOf[s.block]];
  const [f, e] = sentenceRange(doc, sec.first, sec.end);
  const headings: Sentence[] = [];
  for (const h of sec.headings) { const [hf, hl] = doc.blockSentences[h]; for (let i = hf; i < hl; i++) headings.push(doc.sentences[i]); }
  return { headings, sentences: doc.sentences.slice(f, e) };
}

/** The context of a sentence rule checking sentence s: it reaches no further than the rule's scope and inputs. */
export function scopedContext(a: Analysis, rule: Pick<SentenceRule, 'id' | 'scope' | 'inputs'>, s: Sentence): RuleContext {
  const { doc } = a;
  const scope = rule.scope;
  const width = WIDTH[scope];
  const outside = (what: string): never => { throw new ScopeError(`${rule.id} (scope ${scope}) reads ${what} outside its scope`); };
  const need = (input: RuleInput): void => { if (!rule.inputs?.includes(input)) throw new ScopeError(`${rule.id} reads the input "${input}" it does not declare`); };
  const [first, end] = scopeSentences(doc, s, scope);
  const section = scope === 'section' ? layoutOf(doc).sections[layoutOf(doc).sectionOf[s.block]] : undefined;
  const okBlock = (b: number): boolean => width === 0 ? false
    : width === 1 ? b === s.block
      : b >= section!.first && b < section!.end || section!.headings.includes(b);
  const okSentence = (i: number): boolean => (i >= first && i < end) || (section !== undefined && okBlock(doc.sentences[i]?.block ?? -1));
  const own = (x: Sentence, what: string): void => { if (x.index !== s.index) outside(`${what} of another sentence`); };
  const ctx = new ScopedContext(() => docView(doc, okSentence, okBlock, outside), outside) as unknown as RuleContext;
  return Object.assign(ctx, {
    family: a.family,
    regie: () => {
      need('regie');
      const out: RegieReading[] = [];
      for (const i of scopeSentenceIndexes(doc, s, scope)) out.push(...a.regieIn(i));
      // In document order, as `readRegie` gives them.
      return section ? out.sort((x, y) => x.start - y.start) : out;
    },
    unit: (x) => {
      need('unit');
      own(x, 'the unit context');
      const base = a.unitBase(x.index);
      return Object.assign(new ScopedUnit(a, need), base) as unknown as UnitContext;
    },
    prev: (x) => {
      if (width < 1) outside('the sentence before');
      const p = doc.sentences[x.index - 1];
      return p && p.block === x.block && okSentence(p.index) ? p : undefined;
    },
    next: (x) => {
      if (width < 1) outside('the sentence after');
      const n = doc.sentences[x.index + 1];
      return n && n.block === x.block && okSentence(n.index) ? n : undefined;
    },
    section: (x) => {
      if (width < 2) outside('the section');
      own(x, 'the section');
      return sectionView(doc, x);
    },
    followUp: (x) => {
      need('followUp');
      own(x, 'the follow-up');
      return a.followUp(x.index);
    },
    facts: new DocFacts(a, need),
  } satisfies Omit<RuleContext, 'doc' | 'config'>);
}

/** The document model as a rule of a narrower scope sees it: sentences and blocks in scope, nothing else. */
function docView(doc: DocModel, okSentence: (i: number) => boolean, okBlock: (b: number) => boolean, outside: (what: string) => never): DocModel {
  const list = <T>(arr: T[], ok: (i: number) => boolean, name: string): T[] => new Proxy(arr, {
    get(t, p) {
      if (typeof p === 'string' && /^\d+$/.test(p)) {
        const i = Number(p);
        return ok(i) ? t[i] : outside(`${name}[${i}]`);
      }
      return outside(`${name}.${String(p)}`);
    },
  });
  let sentences: Sentence[] | undefined, blocks: DocModel['blocks'] | undefined, blockSentences: DocModel['blockSentences'] | undefined;
  return new Proxy(doc, {
    get(t, p) {
      if (p === 'sentences') return (sentences ??= list(t.sentences, okSentence, 'doc.sentences'));
      if (p === 'blocks') return (blocks ??= list(t.blocks, okBlock, 'doc.blocks'));
      if (p === 'blockSentences') return (blockSentences ??= list(t.blockSentences, okBlock, 'doc.blockSentences'));
      return outside(`doc.${String(p)}`);
    },
  });
}

/**
 * The context of a gate: the sentence and the phrase families only. No sentence of the document is in its scope (the
 * gate gets its sentence as the argument) and it declares no input, so every other read throws the same error
 * whatever the model: one context per phrase-family function and rule serves every analysis, made over an empty
 * model (it holds none of the analysed ones). The engine passes one family function for all its analyses.
 */
const gateContexts = new WeakMap<(id: string) => Matcher, Map<Rule, RuleContext>>();
let emptyModel: DocModel | undefined;

function gateContext(a: Analysis, rule: SentenceRule): RuleContext {
  let m = gateContexts.get(a.family);
  if (!m) gateContexts.set(a.family, (m = new Map()));
  let g = m.get(rule);
  if (!g) {
    emptyModel ??= { text: '', masked: '', format: 'plaintext', blocks: [], blockSentences: [], sentences: [], directives: [], lines: new LineMap(''), words: 0 };
    const none = newAnalysis(emptyModel, {}, a.family, a.strict);
    g = scopedContext(none, { id: `${rule.id} (gate)`, scope: 'sentence', inputs: [] }, { index: -1, block: -1 } as Sentence);
    m.set(rule, g);
  }
  return g;
}

// ---------------------------------------------------------------------------------------------------------------
// The sentence-rule pass with its cache.

interface Cached { key: string | number; unit: unknown; off: number; found: RawFinding[] }

const ruleSetIds = new WeakMap<readonly Rule[], number>();
let nextRuleSet = 1;

/**
 * A rule's gate and its check on one sentence, through `guarded`. Apart from the loop of `runSentenceRules`: closures
 * there over the loop's sentence and rule would give every (sentence, rule) iteration a context object.
 */
function guardedGate(a: Analysis, rule: SentenceRule, s: Sentence, g: RuleContext): { ok: true; value: boolean } | { ok: false } {
  return guarded(a, rule, () => rule.gate!(s, g));
}
function guardedCheck(a: Analysis, rule: SentenceRule, s: Sentence): { ok: true; value: RawFinding[] } | { ok: false } {
  return guarded(a, rule, () => checkSentence(rule, s, scopedContext(a, rule, s)));
}

/**
 * What a sentence rule reads beyond its sentence's text, as bits (`needOf`): its scope (the block, the section) and its
 * inputs. A sentence's need is the union over the rules asked there (gate open or no gate).
 */
const PARAGRAPH = 1, SECTION = 2, UNIT = 4, REGIE = 8, SPEAKER = 16, WE = 32, REGIE_PARAGRAPH = 64, REGIE_SECTION = 128, FOLLOW = 256;
/** Not a need but the value read: the sentence's `followUp` was true when its rules were asked (kept with its need). */
const FOLLOW_ON = 512;

function needOf(rule: Rule): number {
  const scope = rule.scope === 'paragraph' ? PARAGRAPH : rule.scope === 'section' ? SECTION : 0;
  let m = scope;
  for (const input of rule.inputs ?? []) m |= input === 'unit' ? UNIT : input === 'speaker' ? SPEAKER : input === 'weOneParty' ? WE : input === 'followUp' ? FOLLOW : REGIE;
  // The scope the regie input covers: the readings of the sentences in scope of a rule that reads them.
  if (m & REGIE) m |= scope === PARAGRAPH ? REGIE_PARAGRAPH : scope === SECTION ? REGIE_SECTION : 0;
  return m;
}

/** The state of `regieVisit` (one per pass): the readings of this and the previous model, and the sentence mapping. */
interface RegieCheck { all: readonly RegieReading[]; oall: readonly RegieReading[]; i: number; oi: number; P: number; Q: number; d: number; ok: boolean }

/**
 * Sentence k of the regie input of sentence `st.i`: the previous model's sentence ok at the same distance (k − i as
 * ok − oi) has the same reading objects (which fix their places); `st.ok` false otherwise.
 */
function regieVisit(k: number, st: RegieCheck): void {
  if (!st.ok) return;
  const ok = k < st.P ? k : k >= st.Q ? k - st.d : -1;
  if (ok < 0 || k - st.i !== ok - st.oi) { st.ok = false; return; }
  const f = runStart(st.all, k), t = runStop(st.all, k, f), of = runStart(st.oall, ok), ot = runStop(st.oall, ok, of);
  if (t - f !== ot - of) { st.ok = false; return; }
  for (let x = 0; x < t - f; x++) if (st.all[f + x] !== st.oall[of + x]) { st.ok = false; return; }
}

/**
 * What a model's sentence-rule pass leaves for the next model's pass of the same Analyzer (`carried`): every sentence
 * that is not quiet (`idx`, in order), with what its rules read (`need`), what they reported there (`emits`: rule index
 * and relative findings, in rule order; undefined for none) and, where a rule reads the regie readings, the sentence's
 * start and line; the values of the document-wide inputs that were read, the readings, the sections and the blocks.
 */
interface PassRecord {
  rules: readonly Rule[];
  enabled: readonly boolean[];
  idx: number[];
  need: number[];
  emits: Array<Array<number | RawFinding[]> | undefined>;
  starts: number[];
  lines: number[];
  any: number;
  speaker?: SpeakerKind;
  we?: boolean;
  regie?: readonly RegieReading[];
  layout?: Layout;
  blocks: DocModel['blocks'];
  /** The record of the pass before (its arrays are reused, emptied, by the pass after this one's next). */
  older?: PassRecord;
}

/**
 * For tests only: carry a sentence's findings on a looser condition than the pass checks (a wrong, wider reuse), so the
 * property test can show that it catches it: `sentence` — the shared sentences (`p`, `q`) whatever their blocks and
 * sections; `section` — the sentence's block but not its section; `unit` — without the unit context's check; `regie` —
 * without the regie readings' check; `followUp` — without the check of the follow-up value. Never set in production.
 */
let carryLoose: 'sentence' | 'section' | 'unit' | 'regie' | 'followUp' | undefined;
export function setRuleCarryLooseForTests(loose: 'sentence' | 'section' | 'unit' | 'regie' | 'followUp' | undefined): void {
  carryLoose = loose;
}

/**
 * [RS, RE]: the sentences k < RS of this model have the readings of the previous model's sentence k, and the sentences
 * k ≥ RE those of sentence k − d (d: the change in the sentence count), the same objects. The lists `all` (this model's)
 * and `oall` (the previous model's) are walked from the start and, when the sentence count is unchanged, from the end
 * while they hold the same objects; a reading object names its sentence, so a sentence before the first difference
 * (after the last) has the same run. With another count only the sentences after both lists' last readings count (none).
 */
function sameReadingEnds(all: readonly RegieReading[], oall: readonly RegieReading[], ns: number, d: number): [number, number] {
  const m = Math.min(all.length, oall.length);
  let x = 0;
  while (x < m && all[x] === oall[x]) x++;
  const rs = Math.min(x < all.length ? all[x].sentence : ns, x < oall.length ? oall[x].sentence : ns);
  let y = 0;
  if (d === 0) while (y < m && all[all.length - 1 - y] === oall[oall.length - 1 - y]) y++;
  const re = Math.max(y < all.length ? all[all.length - 1 - y].sentence + 1 : 0, y < oall.length ? oall[oall.length - 1 - y].sentence + d + 1 : 0);
  return [rs, re];
}

/** The first of sentence i's readings in `all` (in sentence order, as `readRegie` gives them), by binary search. */
function runStart(all: readonly RegieReading[], i: number): number {
  let lo = 0, hi = all.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].sentence < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The end of sentence i's run of readings in `all` that starts at `from` (exclusive). */
function runStop(all: readonly RegieReading[], i: number, from: number): number {
  let to = from;
  while (to < all.length && all[to].sentence === i) to++;
  return to;
}

/**
 * Run the sentence rules over every non-heading sentence, reusing each rule's findings in a sentence while its
 * cache key is unchanged. `emit` gets the findings with offsets relative to the sentence (as cached).
 * Per sentence one memo slot array, keyed by the rule set and the extra phrases: slot r holds rule r's findings
 * with their key, slot n + r rule r's gate, and the last slot whether the sentence is quiet: every rule was asked
 * and none can report here (no finding of a text-only rule, every other rule's gate closed), so the next analysis
 * skips it with one lookup.
 *
 * In an Analyzer the pass carries the previous model's pass over the unchanged start and end (`PassRecord`): a sentence
 * there that was not quiet gets what its rules reported last time, without a key, a cache look-up or a gate, when every
 * part of its cache key is the same by construction — the sentence (shared: the same memo), its block (shared, every
 * sentence of it shared) for a paragraph rule, its section (the same blocks and heading path, each shared, at the same
 * offsets from the section's start) for a section rule, its unit context (the same object: `unitCarried`), the
 * document-wide inputs (the same values), and the regie readings in its scope (the same reading objects, at the same
 * places relative to the sentence). Otherwise it goes through the keyed cache as every sentence of the changed middle
 * does. The quiet sentences there stay quiet (their memo is the same) and are not visited.
 */
export function runSentenceRules(
  a: Analysis, rules: readonly Rule[], enabled: readonly boolean[], memoKey: string,
  emit: (r: number, s: Sentence, relative: RawFinding[]) => void,
): void {
  const { doc } = a;
  const n = rules.length;
  let set = ruleSetIds.get(rules);
  if (set === undefined) ruleSetIds.set(rules, (set = nextRuleSet++));
  const slotKey = `rules:${set}:${memoKey}${keyScopeOverride ? ':test' : ''}`;
  const QUIET = 2 * n;
  const slotOf = textFacts(doc, slotKey, (s) => memoize(s, slotKey, () => new Array<unknown>(QUIET + 1)));
  // A gate's context, made when a gate is first asked in this analysis (only new sentences ask: most keystrokes none).
  const gates = new Array<RuleContext | undefined>(n);
  // Rules of the same scope and inputs have the same cache key in a sentence: it is built once per sentence.
  const keyClass = rules.map((): number => -1);
  const classes: string[] = [];
  // The scope of each class, as the key's unit part reads it.
  const scopes: Scope[] = [];
  for (let r = 0; r < n; r++) {
    const rule = rules[r];
    if (rule.scope === 'document') continue;
    const scope = keyScopeOverride ? keyScopeOverride(rule) : rule.scope;
    const cls = `${scope}|${(rule.inputs ?? []).join(',')}`;
    let c = classes.indexOf(cls);
    if (c < 0) { c = classes.push(cls) - 1; scopes.push(scope); }
    keyClass[r] = c;
  }
  // Per rule, what the loop below asks of it, read once here (the rule objects have many shapes: a property read on
  // them in the loop is a megamorphic load per sentence and rule): 0 a document rule, 1 text-only, 2 keyed without a
  // gate, 3 keyed with a gate.
  const kinds = rules.map((rule): number => (rule.scope === 'document' ? 0 : textOnly(rule) ? 1 : rule.gate ? 3 : 2));
  const needs = rules.map(needOf);
  const keys = new Array<string | number | undefined>(classes.length);
  // The scope unit's part and the sentence's place in it, per class (the same for every rule of the class); a text-only
  // rule's (scope sentence) are undefined and 0.
  const unitParts = new Array<unknown>(classes.length);
  const unitOffs = new Array<number | undefined>(classes.length);
  const sentences = doc.sentences;
  const passKey = `scope:pass:${slotKey}`;
  const previous = carried.previous<PassRecord>(doc, passKey);
  // This pass's record in the arrays of the record two back, emptied: the previous record is read by this pass, the one
  // before it by nothing any more (not five arrays over the sentences that are not quiet made per keystroke).
  const spare = previous?.value.older;
  if (previous) previous.value.older = undefined;
  const rec: PassRecord = spare
    ? { rules, enabled, idx: spare.idx, need: spare.need, emits: spare.emits, starts: spare.starts, lines: spare.lines, any: 0, blocks: doc.blocks, older: previous?.value }
    : { rules, enabled, idx: [], need: [], emits: [], starts: [], lines: [], any: 0, blocks: doc.blocks, older: previous?.value };
  // Written in place (the reused arrays keep their store; cut to `count` at the end).
  let count = 0;
  const record = (i: number, need: number, out: Array<number | RawFinding[]> | undefined, start: number, line: number): void => {
    rec.idx[count] = i; rec.need[count] = need; rec.emits[count] = out; rec.starts[count] = start; rec.lines[count] = line;
    count++;
    rec.any |= need;
  };

  /** Sentence i through the keyed cache. */
  const runOne = (i: number): void => {
    const s = sentences[i];
    if (doc.blocks[s.block].kind === 'heading') return;
    const slot = slotOf(i);
    if (slot[QUIET] === true) return;
    keys.fill(undefined);
    unitOffs.fill(undefined);
    let quiet = true, need = 0;
    let out: Array<number | RawFinding[]> | undefined;
    for (let r = 0; r < n; r++) {
      const kind = kinds[r];
      if (kind === 0) continue;
      if (!enabled[r]) { quiet = false; continue; }
      const keyed = kind !== 1;
      if (keyed) {
        if (kind === 2) quiet = false;
        else {
          let open = slot[n + r] as boolean | undefined;
          if (open === undefined) {
            const g = guardedGate(a, rules[r] as SentenceRule, s, (gates[r] ??= gateContext(a, rules[r] as SentenceRule)));
            // A gate that threw stays unknown (not cached): the rule is skipped here and tried again next time.
            if (g.ok) slot[n + r] = open = g.value;
            else open = false;
          }
          if (!open) continue;
          quiet = false;
        }
      }
      need |= needs[r];
      const rule = rules[r] as SentenceRule;
      let key: string | number = '', unit: unknown, off = 0;
      if (keyed) {
        const c = keyClass[r];
        key = (keys[c] ??= cacheKey(a, rule, s));
        let o = unitOffs[c];
        if (o === undefined) { unitParts[c] = unitPart(a, s, scopes[c]); unitOffs[c] = o = unitOffset(a, s, scopes[c]); }
        unit = unitParts[c]; off = o;
      }
      const hit = slot[r] as Cached | undefined;
      let found: RawFinding[];
      if (hit && hit.key === key && hit.unit === unit && hit.off === off) found = hit.found;
      else {
        const g = guardedCheck(a, rule, s);
        found = g.ok ? g.value : [];
        if (g.ok) slot[r] = { key, unit, off, found } satisfies Cached;
      }
      if (!keyed && found.length > 0) quiet = false;
      if (found.length > 0) { emit(r, s, found); (out ??= []).push(r, found); }
    }
    if (need & FOLLOW && a.followUp(i)) need |= FOLLOW_ON;
    if (quiet) slot[QUIET] = true;
    else if (need & REGIE_SECTION) record(i, need, out, s.start, doc.lines.lineOf(s.start));
    else record(i, need, out, -1, -1);
  };

  const last = keyScopeOverride || numericKeyDrop ? undefined : previous;
  const old = last?.value;
  let same = !!old && old.rules === rules && old.enabled.length === enabled.length;
  for (let r = 0; same && r < n; r++) same = old!.enabled[r] === enabled[r];
  if (!same) {
    for (let i = 0; i < sentences.length; i++) runOne(i);
  } else {
    const o = old!;
    const { p, q, pb, qb, prevSentences, prevBlocks } = last!.shared;
    const ns = sentences.length, nb = doc.blocks.length, d = ns - prevSentences;
    // The shared start [0, P) and end [Q, ns): shared sentences in shared blocks (as `blockFacts` keeps them).
    const P = carryLoose === 'sentence' ? p : Math.min(p, pb < nb ? doc.blockSentences[pb][0] : ns);
    const Q = carryLoose === 'sentence' ? Math.max(ns - q, P) : Math.max(ns - q, qb > 0 ? doc.blockSentences[nb - qb][0] : ns, P);
    // The document-wide inputs that changed: a sentence whose rules read one goes through the cache.
    let bad = 0;
    if ((o.any & SPEAKER) && o.speaker !== a.speaker()) bad |= SPEAKER;
    if ((o.any & WE) && o.we !== a.weOneParty()) bad |= WE;
    const oldBlock = (b: number): number => (b < pb ? b : b >= nb - qb ? b - nb + prevBlocks : -1);
    // Block b and every sentence of it are shared (start or end), so it is the previous model's block oldBlock(b).
    const blockShared = (b: number): boolean => {
      const range = doc.blockSentences[b];
      return (b < pb && range[1] <= P) || (b >= nb - qb && range[0] >= Q);
    };
    // Per section of this model: 1 the same as the previous model's (blocks, heading path, offsets), 2 not.
    let sectionSame: Int8Array | undefined;
    const sectionShared = (b: number): boolean => {
      const l = layoutOf(doc);
      const si = l.sectionOf[b];
      sectionSame ??= new Int8Array(l.sections.length);
      if (sectionSame[si] === 0) sectionSame[si] = sameSection(l.sections[si]) ? 1 : 2;
      return sectionSame[si] === 1;
    };
    const sameSection = (sec: Section): boolean => {
      const ol = o.layout;
      if (!ol || sec.end <= sec.first) return false;
      const of = oldBlock(sec.first);
      if (of < 0) return false;
      const os = ol.sections[ol.sectionOf[of]];
      if (os.first !== of || os.end - os.first !== sec.end - sec.first || os.headings.length !== sec.headings.length) return false;
      const base = doc.blocks[sec.first].start, obase = o.blocks[of].start;
      const ok = (b: number, ob: number): boolean => blockShared(b) && oldBlock(b) === ob &&
        (sectionOffsetsLoose || doc.blocks[b].start - base === o.blocks[ob].start - obase);
      for (let b = sec.first; b < sec.end; b++) if (!ok(b, of + b - sec.first)) return false;
      for (let k = 0; k < sec.headings.length; k++) if (!ok(sec.headings[k], os.headings[k])) return false;
      return true;
    };
    // The readings in scope are the same objects at the same places relative to sentence i (k − i as ok − oi; the
    // objects fix their absolute places, and sentence i starts at the same offset and line as before).
    let st: RegieCheck | undefined;
    // The sentences whose readings are the previous model's, the same objects: [0, RS) at the start and [RE, ns) at
    // the end (one walk of the two reading lists from each end, on the first regie check of the pass).
    let RS = -1, RE = ns;
    const regieSame = (s: Sentence, i: number, oi: number, j: number, need: number): boolean => {
      if (!st) {
        st = { all: a.regie(), oall: o.regie!, i, oi, P, Q, d, ok: true };
        [RS, RE] = sameReadingEnds(st.all, st.oall, ns, d);
      }
      if (!(need & REGIE_SECTION)) {
        // The sentence or its block (shared: all its sentences at the same distance from i as before, moved together)
        // within the sentences whose readings are the same objects. Those objects fix their places, so a scope with
        // readings has not moved, and one without has none to place.
        const f = need & REGIE_PARAGRAPH ? doc.blockSentences[s.block][0] : i;
        const e = need & REGIE_PARAGRAPH ? doc.blockSentences[s.block][1] : i + 1;
        return e <= Math.min(P, RS) || f >= Math.max(Q, RE);
      }
      // A section: its heading path may lie apart from the sentence; the sentence starts at the same offset and line.
      if (o.starts[j] !== s.start || o.lines[j] !== doc.lines.lineOf(s.start)) return false;
      st.i = i; st.oi = oi; st.ok = true;
      eachScopeSentence(doc, s, 'section', regieVisit, st);
      return st.ok;
    };
    /** Sentence i (the previous model's listed sentence o.idx[j]) carried, if every part of its key is the same. */
    const carry = (i: number, j: number): boolean => {
      const need = o.need[j];
      if (need & bad) return false;
      const s = sentences[i];
      const oi = i < P ? i : i - d;
      if (carryLoose !== 'sentence') {
        if ((need & (PARAGRAPH | SECTION)) && !blockShared(s.block)) return false;
        if ((need & SECTION) && carryLoose !== 'section' && !sectionShared(s.block)) return false;
      }
      if ((need & UNIT) && carryLoose !== 'unit' && !a.unitCarried(i, oi)) return false;
      // The goals of its section worked out after it: the same value as when its rules were asked.
      if ((need & FOLLOW) && carryLoose !== 'followUp' && (need & FOLLOW_ON) !== (a.followUp(i) ? FOLLOW_ON : 0)) return false;
      if ((need & REGIE) && carryLoose !== 'regie' && !regieSame(s, i, oi, j, need)) return false;
      const out = o.emits[j];
      if (out) for (let k = 0; k < out.length; k += 2) emit(out[k] as number, s, out[k + 1] as RawFinding[]);
      record(i, need, out, o.starts[j], o.lines[j]);
      return true;
    };
    const list = o.idx;
    let j = 0;
    for (; j < list.length && list[j] < P; j++) if (!carry(list[j], j)) runOne(list[j]);
    for (let i = P; i < Q; i++) runOne(i);
    while (j < list.length && list[j] < Q - d) j++;
    for (; j < list.length; j++) if (!carry(list[j] + d, j)) runOne(list[j] + d);
  }
  rec.idx.length = count; rec.need.length = count; rec.emits.length = count; rec.starts.length = count; rec.lines.length = count;
  // A pass in which a rule threw leaves nothing to carry (the next one asks every rule again).
  if (a.failed.size > 0) return;
  if (rec.any & SPEAKER) rec.speaker = a.speaker();
  if (rec.any & WE) rec.we = a.weOneParty();
  if (rec.any & REGIE) rec.regie = a.regie();
  if (rec.any & SECTION) rec.layout = layoutOf(doc);
  carried.keep(doc, passKey, rec);
}

/** A sentence rule's findings in one sentence, with offsets relative to the sentence. */
function checkSentence(rule: SentenceRule, s: Sentence, ctx: RuleContext): RawFinding[] {
  const found: RawFinding[] = [];
  rule.check(s, ctx, (f) => found.push(shiftRaw(f, -s.start)));
  return found;
}

export function shiftRaw(f: RawFinding, d: number): RawFinding {
  if (d === 0) return f;
  return {
    ...f, start: f.start + d, end: f.end + d,
    related: f.related?.map((r) => ({ ...r, start: r.start + d, end: r.end + d })),
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })),
  };
}
