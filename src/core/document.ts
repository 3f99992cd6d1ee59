/**
 * The document model: blocks → sentences → tokens, with the recognisers' results per sentence.
 * Sentences are built per block and cached by the Analyzer (key: block kind + block text), so an edit
 * re-analyses only the blocks it touches; cached sentences are re-based to their new offsets.
 */
import type { TextFormat } from './types';
import { parseBlocks, reusedBlocksOf, type Block, type Directive, type ParsedText } from './text/blocks';
import { splitSentences } from './text/sentences';
import { tokenize, countWords, type Token } from './text/tokens';
import { LineMap } from './text/lineMap';
import { findMoney, type MoneyMention } from './recognize/money';
import { findTimes, type TimeMention } from './recognize/time';
import { findQuantities, type QuantityMention } from './recognize/quantity';
import { findActors, type ActorMention } from './recognize/actors';
import { Slot } from './slots';
import { keptList, shareString, shareStringsBegin } from './intern';

export interface RegieWord { start: number; end: number; word: string; low: string; token: number }

export interface Sentence {
  /** Index in the document's sentence list. */
  index: number;
  block: number;
  start: number;
  end: number;
  /** The masked sentence text (same length as the span). */
  raw: string;
  /** Lowercase of `raw` (same length). */
  low: string;
  tokens: Token[];
  words: number;
  money: MoneyMention[];
  times: TimeMention[];
  quantities: QuantityMention[];
  actors: ActorMention[];
  regie: RegieWord[];
  /**
   * Per-sentence memo for derived results that depend only on the sentence text (cues, sentence-rule
   * findings). It travels with the sentence through the block cache, so values must not hold absolute
   * offsets: store offsets relative to `start` (see `memoize`).
   */
  memo: Map<string, unknown>;
}

export interface DocModel {
  text: string;
  masked: string;
  format: TextFormat;
  blocks: Block[];
  /** Sentence index range [first, last+1) per block. */
  blockSentences: Array<[number, number]>;
  sentences: Sentence[];
  directives: Directive[];
  lines: LineMap;
  words: number;
}

/** Regie-family words: regie, regierol, regisseren, (proces)regisseur, ketenregie … but not regio/regime/register. */
const REGIE = /regie|regiss|regisse/;
const NOT_REGIE = /^(regio|regime|regist|regiment)/;

export function isRegieWord(low: string): boolean {
  return REGIE.test(low) && !NOT_REGIE.test(low);
}

/** A token's `text` and `low` as the first string of the same value (branch speed25; the table is in ./intern.ts). */
function shareTokenStrings(tokens: Token[]): void {
  shareStringsBegin();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    t.text = shareString(t.text);
    t.low = shareString(t.low);
  }
}

/** Analyse one sentence span of the masked text. Offsets are absolute. */
export function buildSentence(masked: string, start: number, end: number, block: number): Sentence {
  // Line breaks inside a sentence are soft wraps: make them spaces (same length) so that sentence-level
  // patterns read LF and CRLF texts alike.
  const raw = masked.slice(start, end).replace(/[\r\n\t]/g, ' ');
  const low = raw.toLowerCase();
  // A copy of exactly its length (the tokenizer pushes: up to half of the capacity unused), kept with the sentence.
  const tokens = tokenize(masked, start, end).slice();
  shareTokenStrings(tokens);
  const regie: RegieWord[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && isRegieWord(t.low)) regie.push({ start: t.start, end: t.end, word: t.text, low: t.low, token: i });
  });
  // The mention lists kept (../intern.ts `keptList`: five lists a sentence, most of them empty, were ≈ 22,500 empty
  // arrays on the 100k-word benchmark document; the recognisers push).
  return SentenceObj.built(block, start, end, raw, low, tokens, countWords(tokens), keptList(findMoney(raw, start)), keptList(findTimes(raw, start)),
    keptList(findQuantities(raw, start)), keptList(findActors(tokens)), keptList(regie));
}

const sentenceIds = new WeakMap<object, number>();
let nextSentenceId = 1;
/**
 * A small number for a built sentence: it stands for its memo map, that is for its text and block kind, so equal
 * numbers mean equal text-only facts. The caches of the scope engine, the regie reader and the lead reading key by it.
 */
export function sentenceId(s: Sentence): number {
  let id = sentenceIds.get(s.memo);
  if (id === undefined) sentenceIds.set(s.memo, (id = nextSentenceId++));
  return id;
}

/** The lower-case words of tokens [from, to) of a sentence (to its end without `to`), joined by single spaces. */
export function wordsLow(s: Sentence, from: number, to?: number): string {
  return s.tokens.slice(from, to).map((t) => t.low).join(' ');
}

/** Compute once per sentence text (and key), reuse across analyses while the sentence is unchanged. */
export function memoize<T>(s: Sentence, key: string, compute: () => T): T {
  const hit = s.memo.get(key);
  if (hit !== undefined || s.memo.has(key)) return hit as T;
  const v = compute();
  s.memo.set(key, v);
  return v;
}

/**
 * A map kept per sentence in its memo under `key`, made on first use: for facts asked per word, reading or context of a
 * sentence on every analysis (no closure made per call, as `memoize` needs one).
 */
export function memoMap<K, V>(s: Sentence, key: string): Map<K, V> {
  let m = s.memo.get(key) as Map<K, V> | undefined;
  if (!m) s.memo.set(key, (m = new Map<K, V>()));
  return m;
}

function shiftSpan<T extends { start: number; end: number }>(s: T, d: number): T {
  return { ...s, start: s.start + d, end: s.end + d };
}

/**
 * The list moved by `d`, grown by `push` as the recognisers grow theirs (branch speed16): `map` makes a holey array,
 * another hidden class than the packed lists of a built sentence, and code optimised on one kind of list (`actors.some`
 * in the profile's and the checklist's walks) was thrown away when a moved sentence's list came by.
 */
function shiftAll<T extends { start: number; end: number }>(xs: T[], d: number): T[] {
  if (d === 0 || xs.length === 0) return xs;
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) out.push(shiftSpan(xs[i], d));
  return out;
}

/**
 * Every sentence of a model is one of these (branch speed16): a sentence as built (`origin` is itself, `d` is 0, its
 * lists given) or a cached sentence seen at a new place after an edit earlier in the document (the sentence as built,
 * moved by `d` characters: only the scalar fields are copied, and the offset-bearing lists — tokens, mentions, regie
 * words — are shifted on first access, so a moved sentence whose lists nobody reads costs one small object instead of
 * a copy of every token). One class for both, with the fields in one order: every sentence has the same hidden class
 * in V8, so the code that reads sentences stays monomorphic (a built sentence as an object literal and a moved one as
 * a class instance were two shapes, and code optimised on one was thrown away when the other came by).
 */
class SentenceObj implements Sentence {
  private constructor(
    readonly origin: SentenceObj | undefined,
    readonly d: number,
    public index: number,
    public block: number,
    readonly start: number,
    readonly end: number,
    readonly raw: string,
    readonly low: string,
    readonly words: number,
    readonly memo: Map<string, unknown>,
    private t: Token[] | undefined,
    private mo: MoneyMention[] | undefined,
    private ti: TimeMention[] | undefined,
    private qu: QuantityMention[] | undefined,
    private ac: ActorMention[] | undefined,
    private re: RegieWord[] | undefined,
  ) {}

  static built(block: number, start: number, end: number, raw: string, low: string, tokens: Token[], words: number, money: MoneyMention[],
    times: TimeMention[], quantities: QuantityMention[], actors: ActorMention[], regie: RegieWord[]): SentenceObj {
    return new SentenceObj(undefined, 0, -1, block, start, end, raw, low, words, new Map(), tokens, money, times, quantities, actors, regie);
  }

  /** This sentence as built, placed `d` characters further, in block `block`, at `index`. */
  movedBy(d: number, index: number, block: number): SentenceObj {
    return new SentenceObj(this, d, index, block, this.start + d, this.end + d, this.raw, this.low, this.words, this.memo,
      undefined, undefined, undefined, undefined, undefined, undefined);
  }

  /** The sentence as built that this one shows (itself when built). */
  get built(): SentenceObj { return this.origin ?? this; }
  get tokens(): Token[] { return (this.t ??= shiftAll(this.origin!.tokens, this.d)); }
  get money(): MoneyMention[] { return (this.mo ??= shiftAll(this.origin!.money, this.d)); }
  get times(): TimeMention[] { return (this.ti ??= shiftAll(this.origin!.times, this.d)); }
  get quantities(): QuantityMention[] { return (this.qu ??= shiftAll(this.origin!.quantities, this.d)); }
  get actors(): ActorMention[] { return (this.ac ??= shiftAll(this.origin!.actors, this.d)); }
  get regie(): RegieWord[] { return (this.re ??= shiftAll(this.origin!.regie, this.d)); }
}

/** A sentence (as built, with absolute offsets) placed `d` characters further, in block `block`, at `index`. */
function placeSentence(origin: Sentence, d: number, block: number, index: number): Sentence {
  if (d === 0 && origin.block === block && origin.index === index) return origin;
  // Never a view of a view: a moved sentence is re-placed from the sentence as built.
  const o = origin as SentenceObj;
  return o.built.movedBy(o.d + d, index, block);
}

/** Per-block sentence cache shared across analyses of one document (the extension keeps one per editor). */
export class SentenceCache {
  /**
   * Per block text: the sentences as last placed (absolute offsets for a block at `start`). One map, updated in place:
   * a block placed in this analysis has its entry marked with the analysis's generation, and `commit` drops the
   * entries no block was placed from (what a fresh map of this analysis's placements would hold, without building a
   * map of every block on every keystroke).
   */
  private entries = new Map<string, CacheEntry>();
  private gen = 1;
  /** Distinct keys placed in this generation. */
  private placed = 0;

  /** The cached sentences of a block (by kind and masked text), or undefined. */
  lookup(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * Put the sentences of a block, placed at the block's offset and indexed from `first`, into `into` from `first`. Every lookup of
   * an analysis comes before its first place (`buildDocument`): a lookup never sees an entry placed by the same analysis.
   */
  place(key: string, hit: CacheEntry, block: Block, first: number, into: Sentence[]): void {
    const d = block.start - hit.start;
    let out: Sentence[] | undefined;
    for (let i = 0; i < hit.sentences.length; i++) {
      const s = placeSentence(hit.sentences[i], d, block.index, first + i);
      // The placed list is only needed when a sentence moved (to keep it); otherwise it is the cached list.
      if (s !== hit.sentences[i] && !out) out = hit.sentences.slice(0, i);
      if (out) out.push(s);
      into[first + i] = s;
    }
    const moved = out !== undefined;
    // Keep the sentences as placed now: while the block stays where it is, the next analysis reuses these very
    // objects (and what their lazy lists already shifted) instead of placing them again. The key string kept is
    // the first one seen for this text: the new one dies young instead of being copied to the old generation.
    // A text placed twice in one analysis keeps the later placement.
    const keep = hit.key ?? key;
    const entry = moved ? { start: block.start, sentences: out!, key: keep, gen: 0 } : hit.key ? hit : { ...hit, key: keep };
    const was = this.entries.get(keep);
    if (was?.gen !== this.gen) this.placed++;
    entry.gen = this.gen;
    if (was !== entry) this.entries.set(keep, entry);
  }
  /** The last analysis's model state (see `textFacts`, `reusableSentences`). */
  last: ModelState | undefined;
  /** Per-sentence facts by key, in sentence order of the model with that serial (see `textFacts`). */
  readonly facts = new Map<string, { facts: unknown[]; serial: number }>();
  /** Per-model values by key, of the model with that serial (see `carried`). */
  readonly carriedValues = new Map<string, { value: unknown; serial: number }>();

  /** Keep only what the last document used: the cache never outgrows one document. */
  commit(): void {
    const gen = this.gen;
    if (this.entries.size > this.placed) this.entries.forEach((e, k, m) => { if (e.gen !== gen) m.delete(k); });
    this.gen++;
    this.placed = 0;
  }
}

interface CacheEntry { start: number; sentences: Sentence[]; key?: string; gen: number }

function blockKey(block: Block, maskedText: string): string {
  // A string of its own (`ownCopy`): the block's text is often a slice of the document text, and the key outlives
  // the analysis in the block cache (a concatenation would keep that whole text alive, one per edited block).
  return ownCopy(`${block.kind}\u0001${maskedText}`);
}

/**
 * Build a block's sentences from a masked text whose offset 0 is at `base` in the document (the whole masked
 * text: base 0; the block's own masked slice: base = block start, and the sentences are built at offset 0).
 */
function buildBlock(masked: string, block: Block, first: number, base = 0, reuse?: Map<string, Sentence>): CacheEntry {
  const start = block.start - base, end = block.end - base;
  // A heading is one unit, whatever punctuation it holds ("2. Aanpak", "Artikel 3. Taken").
  const spans = block.kind === 'heading' ? [{ start, end }] : splitSentences(masked, start, end);
  const texts = reuse && reuse.size > 0 ? spans.map((sp) => masked.slice(sp.start, sp.end)) : undefined;
  const built = spans.map((sp, i) => {
    if (texts) {
      // The same sentence in a block of the same kind, from the blocks as they were before the edit.
      const old = reuse!.get(sentenceKey(block.kind, texts[i]));
      if (old) return placeSentence(old, sp.start - old.start, block.index, first + i);
    }
    const s = buildSentence(masked, sp.start, sp.end, block.index);
    s.index = first + i;
    return s;
  });
  return { start, sentences: built, gen: 0 };
}

/**
 * A built sentence may serve in another block when its block kind and its masked text are the same: what is memoised
 * per built sentence reads that sentence alone (a text-only fact, `textFacts`, `memoize`) or keys its context
 * explicitly (the rule cache by the scope unit's sentences, src/core/scope.ts; the regie reading, the lead reading and
 * the unit by what they read), as `sentenceId` says. Until branch speed12 the next sentence in the block was part of
 * the key (doel/vaag read it when it was a sentence rule; it is a section rule keyed by its section's sentences now),
 * so the sentence before an edited one was built again, with an empty memo, on every edit.
 */
function sentenceKey(kind: string, text: string): string {
  return `${kind}\u0001${text}`;
}

/** The sentences of the previous model's blocks near the changed blocks (± 2 blocks), by `sentenceKey`. */
function reusableSentences(prev: ModelState | undefined, changed: number[]): Map<string, Sentence> {
  const out = new Map<string, Sentence>();
  if (!prev) return out;
  const parsed = prev.parsed;
  const seen = new Set<number>();
  for (const b of changed) {
    for (let ob = Math.max(0, b - 2); ob <= Math.min(prev.blocks.length - 1, b + 2); ob++) {
      if (seen.has(ob)) continue;
      seen.add(ob);
      const [f, l] = prev.blockSentences[ob];
      const texts: string[] = [];
      for (let j = f; j < l; j++) texts.push(parsed.slice(prev.sentences[j].start, prev.sentences[j].end));
      for (let j = f; j < l; j++) out.set(sentenceKey(prev.blocks[ob].kind, texts[j - f]), prev.sentences[j]);
    }
  }
  return out;
}

/**
 * A string of its own: a slice of the document text would keep the whole text alive (V8 slices point into their
 * parent), and sentence texts and tokens of the block outlive the analysis in caches.
 */
export function ownCopy(s: string): string {
  return (` ${s}`).slice(1);
}

/** Up to this many new blocks are built from their own masked slice (no masked copy of the whole document). */
const LOCAL_BUILD_MAX = 16;

const slicers = new Slot<DocModel, ParsedText>();

/**
 * A model as `buildDocument` makes it: the masked text read from its parse on demand. A class, not an object literal
 * with a getter: V8's scavenger kept the closures of such literals (made per keystroke) alive, and with them the
 * parse and the document text of every model since the last full collection (branch speed16, src/core/slots.ts).
 */
class Model implements DocModel {
  constructor(public text: string, public format: TextFormat, public blocks: Block[], public blockSentences: Array<[number, number]>,
    public sentences: Sentence[], public directives: Directive[], public lines: LineMap, public words: number) {}
  get masked(): string { return slicers.get(this)!.masked; }
}

export function buildDocument(text: string, format: TextFormat, cache = new SentenceCache()): DocModel {
  const last = cache.last;
  // After an edit, the parser re-reads only the lines around it (text/blocks.ts `parseBlocks`' `prev`).
  const parsed = parseBlocks(text, format, last && last.format === format ? last.parsed : undefined);
  const n = parsed.blocks.length;
  const keys = new Array<string>(n);
  const slices = new Array<string | undefined>(n);
  const hits = new Array<CacheEntry | undefined>(n);
  let misses = 0;
  // The blocks the parse took over from the last model's parse have the same kind, level and masked text: the same
  // key as there, without slicing the block's text to compare it.
  const reused = last && last.format === format ? reusedBlocksOf(parsed) : undefined;
  const before = reused && reused.prevBlocks === last!.keys.length ? reused.before : 0;
  const after = reused && reused.prevBlocks === last!.keys.length ? n - reused.after : n;
  for (let b = 0; b < n; b++) {
    const block = parsed.blocks[b];
    if (b < before || b >= after) {
      keys[b] = last!.keys[b < before ? b : b - n + last!.keys.length];
      if (!(hits[b] = cache.lookup(keys[b]))) misses++;
      continue;
    }
    const slice = (slices[b] = parsed.slice(block.start, block.end));
    // Most blocks are the block at the same index last time: compare with its key in place (no new key string
    // to build, copy and hash for every block on every keystroke).
    const old = last && b < last.keys.length ? last.keys[b] : undefined;
    if (old !== undefined && last!.blocks[b].kind === block.kind && old.length === block.kind.length + 1 + slice.length &&
      old.endsWith(slice) && old.startsWith(`${block.kind}\u0001`)) keys[b] = old;
    else keys[b] = blockKey(block, slice);
    if (!(hits[b] = cache.lookup(keys[b]))) misses++;
  }
  // A few new blocks (an edit): each is built from its own masked slice, at offset 0, and then placed. Many (a
  // first analysis): from the whole masked text, at their offsets.
  const local = misses <= LOCAL_BUILD_MAX;
  let reuse: Map<string, Sentence> | undefined;
  if (local && misses > 0) {
    const changed: number[] = [];
    for (let b = 0; b < n; b++) if (!hits[b]) changed.push(b);
    reuse = reusableSentences(cache.last, changed);
  }
  // Every block's sentences first (a new block's are built at their index), then the lists: when the sentence or block
  // count is the previous model's, its list copied and overwritten (one allocation of the final size, not an array
  // grown element by element on every keystroke); otherwise grown in order.
  let total = 0;
  for (let b = 0; b < n; b++) {
    if (hits[b]) { total += hits[b]!.sentences.length; continue; }
    const block = parsed.blocks[b];
    hits[b] = local ? buildBlock(ownCopy(slices[b] ?? parsed.slice(block.start, block.end)), block, total, block.start, reuse) : buildBlock(parsed.masked, block, total);
    total += hits[b]!.sentences.length;
  }
  const prevRanges = cache.last?.blockSentences;
  const sentences: Sentence[] = last && last.sentences.length === total ? last.sentences.slice() : [];
  const blockSentences: Array<[number, number]> = prevRanges && prevRanges.length === n ? prevRanges.slice() : [];
  let first = 0;
  for (let b = 0; b < n; b++) {
    const block = parsed.blocks[b];
    const hit = hits[b]!;
    cache.place(keys[b], hit, block, first, sentences);
    const end = first + hit.sentences.length;
    // The previous model's pair when the range is the same (most blocks after an edit): no new pair per block.
    const pr = prevRanges?.[b];
    blockSentences[b] = pr && pr[0] === first && pr[1] === end ? pr : [first, end];
    first = end;
  }
  cache.commit();
  let words = 0;
  for (const s of sentences) words += s.words;
  const doc: DocModel = new Model(text, format, parsed.blocks, blockSentences, sentences, parsed.directives,
    reused && last?.lines ? LineMap.edited(last.lines, reused.prevText, text, reused.pre, reused.suf) : new LineMap(text), words);
  slicers.set(doc, parsed);
  // What the next analysis of this Analyzer needs of this one (not the model itself: the model of the previous
  // analysis and everything keyed by it can die young).
  const prev = cache.last;
  const state: ModelState = {
    cache, serial: (prev?.serial ?? 0) + 1, sentences, blocks: parsed.blocks, blockSentences, keys, parsed, format, lines: doc.lines,
    p: 0, q: 0, prevLength: prev?.sentences.length ?? 0, pb: 0, qb: 0, prevBlocks: prev?.blocks.length ?? 0,
  };
  if (prev) {
    // Which sentences this model shares with the previous one: the first `p` and the last `q` are the same built
    // sentences (same memo map: same text and block kind) at the same place from the start and from the end.
    const a = sentences, b2 = prev.sentences;
    const m = Math.min(a.length, b2.length);
    let p = 0, q = 0;
    while (p < m && (a[p] === b2[p] || a[p].memo === b2[p].memo)) p++;
    while (q < m - p && (a[a.length - 1 - q] === b2[b2.length - 1 - q] || a[a.length - 1 - q].memo === b2[b2.length - 1 - q].memo)) q++;
    state.p = p; state.q = q;
    // The same in blocks: the first `pb` and the last `qb` blocks have the same kind, level and masked text as the
    // previous model's (a block at the same index whose text is unchanged keeps the previous key string: identity).
    const ob = prev.blocks, ok = prev.keys, nb = parsed.blocks;
    const mb = Math.min(nb.length, ob.length);
    let pb = 0, qb = 0;
    while (pb < mb && keys[pb] === ok[pb] && nb[pb].level === ob[pb].level) pb++;
    while (qb < mb - pb && keys[nb.length - 1 - qb] === ok[ob.length - 1 - qb] && nb[nb.length - 1 - qb].level === ob[ob.length - 1 - qb].level) qb++;
    state.pb = pb; state.qb = qb;
    if (sharedWiden > 0) {
      // Tests only: claim more shared blocks than there are (a replay over changed blocks), clamped to the model.
      state.pb = Math.min(mb, pb + sharedWiden);
      state.qb = Math.min(mb - state.pb, qb + sharedWiden);
    }
  }
  states.set(doc, state);
  cache.last = state;
  return doc;
}

/**
 * For tests only: report `k` more shared blocks at the start and at the end than a model shares with the previous one
 * (a wrong, wider claim), so the property test can show that it catches a replay over changed blocks. Never set in
 * production.
 */
let sharedWiden = 0;
export function setSharedWidenForTests(k: number): void {
  sharedWiden = k;
}

/** Per model of an Analyzer: its place in the Analyzer's sequence and what it shares with the previous model. */
interface ModelState {
  cache: SentenceCache;
  serial: number;
  sentences: Sentence[];
  blocks: Block[];
  blockSentences: Array<[number, number]>;
  /** The cache key of each block (kind and masked text). */
  keys: string[];
  /** The parse, for the next analysis's parser (it re-reads the edited lines only), and its format. */
  parsed: ParsedText;
  /** The line map, for the next model's (`LineMap.edited`). */
  lines: LineMap;
  format: TextFormat;
  p: number;
  q: number;
  prevLength: number;
  /** Blocks shared with the previous model at the start and at the end, and the previous model's block count. */
  pb: number;
  qb: number;
  prevBlocks: number;
}
const states = new Slot<DocModel, ModelState>();

const factStores = new Slot<DocModel, Map<string, (i: number) => unknown>>();

/**
 * The carried array behind `textFacts` and `blockFacts`: one array per key (`storeKey`) that the Analyzer keeps across
 * analyses and updates in place. `keep` gives the sentences whose facts stay, [0, a) at the start and [e, n) at the end
 * (the end moved in place when sentences were added or removed); the others come from `compute` on first request.
 * `compute` must never return undefined.
 */
function carriedFacts<T>(doc: DocModel, storeKey: string, keep: (state: ModelState, n: number) => [number, number], compute: (i: number) => T): (i: number) => T {
  let store = factStores.get(doc);
  if (!store) factStores.set(doc, (store = new Map()));
  const hit = store.get(storeKey);
  if (hit) return hit as (i: number) => T;
  const n = doc.sentences.length;
  const state = states.get(doc);
  let facts: Array<T | undefined>;
  if (state && state === state.cache.last) {
    const shared = state.cache.facts.get(storeKey) as { facts: Array<T | undefined>; serial: number } | undefined;
    if (shared && shared.serial === state.serial - 1 && shared.facts.length === state.prevLength) {
      facts = shared.facts;
      const m = state.prevLength;
      const [a, e] = keep(state, n);
      const oldE = e - n + m;
      if (oldE !== e) {
        // Sentences were added or removed: move the kept end in place (an edit that splits or joins sentences).
        if (e > oldE) facts.length = n;
        facts.copyWithin(e, oldE, m);
        if (e < oldE) facts.length = n;
      }
      for (let i = a; i < e; i++) facts[i] = undefined;
      shared.serial = state.serial;
    } else {
      facts = new Array<T | undefined>(n);
      state.cache.facts.set(storeKey, { facts, serial: state.serial });
    }
  } else facts = new Array<T | undefined>(n);
  const at = (i: number): T => {
    let v = facts[i];
    if (v === undefined) facts[i] = v = compute(i);
    return v;
  };
  store.set(storeKey, at);
  return at;
}

/**
 * A text-only fact per sentence (never undefined), by sentence index, for one document model and key. The
 * Analyzer keeps one array per key across analyses and updates it in place: the facts of the sentences a model
 * shares with the previous model (at its start and end) stay, the others come from `compute` on first request
 * (given the sentence and its index; it should memoise per sentence: `memoize`, and read only that sentence's text). A pass over the document then reads one contiguous array instead
 * of one memo map per sentence; a pass that stops early computes no more facts than before.
 */
export function textFacts<T>(doc: DocModel, key: string, compute: (s: Sentence, i: number) => T): (i: number) => T {
  // Asked once per pass and key: the stored accessor is returned before any closure is made.
  const hit = factStores.get(doc)?.get(key);
  if (hit) return hit as (i: number) => T;
  const sentences = doc.sentences;
  return carriedFacts(doc, key, (state, n) => [state.p, n - state.q], (i) => compute(sentences[i], i));
}

/**
 * A fact per sentence that reads the sentence's own block only (its sentences, their texts and cues, the block's kind;
 * no other block, nothing of the document), by sentence index, for one document model and key: a checklist decider's
 * view of a paragraph without its list lead-in. Kept as `textFacts` keeps its facts, but bounded by the shared blocks
 * (`pb` at the start, `qb` at the end) as well as by the shared sentences: two unchanged sentences may sit in one block
 * before an edit and in two after it (a blank line for the space between them), so only the sentences of blocks that
 * are the same (same kind, level and masked text at the same place from the start or from the end: the same sentences
 * in the same block) keep their fact. `compute` must never return undefined.
 */
export function blockFacts<T>(doc: DocModel, key: string, compute: (i: number) => T): (i: number) => T {
  const hit = factStores.get(doc)?.get(`block:${key}`);
  if (hit) return hit as (i: number) => T;
  return carriedFacts(doc, `block:${key}`, (state, n) => {
    const nb = doc.blocks.length;
    // Kept: the sentences of the first `pb` blocks [0, a) and of the last `qb` blocks [e, n), within the shared
    // sentences (`p`, `q`) as well.
    const a = Math.min(state.p, state.pb < nb ? doc.blockSentences[state.pb][0] : n);
    const e = Math.max(n - state.q, state.qb > 0 ? doc.blockSentences[nb - state.qb][0] : n, a);
    return [a, e];
  }, compute);
}

const indexStores = new Slot<DocModel, Map<string, readonly number[]>>();

/**
 * Per Analyzer (its sentence cache) and key of `factIndexes`: the list that the model before the previous one kept, for
 * this model's list. A list is walked by the passes of its own analysis (none keeps it) and read by the next model's
 * `factIndexes` while that one builds its list; after that by nothing. So the list two models back is emptied and
 * refilled instead of a new list per key and keystroke. `owner` is the list built when `spare` was set aside: the spare is
 * free only when the previous model's list (`last`) is that list.
 */
const spares = new WeakMap<SentenceCache, Map<string, { spare: number[]; owner: readonly number[] }>>();
function indexList(doc: DocModel, key: string, last: readonly number[]): number[] {
  const state = states.get(doc)!;
  let m = spares.get(state.cache);
  if (!m) spares.set(state.cache, (m = new Map()));
  const e = m.get(key);
  let out: number[];
  if (e && e.owner === last) { out = e.spare; out.length = 0; } else out = [];
  m.set(key, { spare: last as number[], owner: out });
  return out;
}

/**
 * For tests only: take `k` more sentences at the start over from the previous list than the two models share (a wrong,
 * wider claim), so the property test of `factIndexes` can show that it catches a list taken over too far. Never set in
 * production.
 */
let indexWiden = 0;
export function setFactIndexWidenForTests(k: number): void {
  indexWiden = k;
}

/**
 * The indexes of the sentences for which a text-only test holds, in document order, for one model and key (the same
 * contract as `textFacts`: `test` reads the sentence alone, and one key always names the same test). An Analyzer's
 * next model takes over the previous model's entries among the sentences the two share (`p` at the start as they are,
 * `q` at the end shifted by the change in the sentence count) and tests only the sentences in between, so a pass that
 * needs the few sentences where a text fact holds walks those, not every sentence of the document, on a keystroke.
 * What it takes over is what the test gives on the same built sentences: the list equals a fresh one by construction.
 */
export function factIndexes(doc: DocModel, key: string, test: (s: Sentence) => boolean): readonly number[] {
  let store = indexStores.get(doc);
  if (!store) indexStores.set(doc, (store = new Map()));
  const hit = store.get(key);
  if (hit) return hit;
  const sentences = doc.sentences, n = sentences.length;
  const carriedKey = `idx:${key}`;
  const last = carried.previous<readonly number[]>(doc, carriedKey);
  // The list of the model two back, emptied (`indexList`), when there is one.
  const out = last ? indexList(doc, carriedKey, last.value) : [];
  if (last) {
    const { q, prevSentences } = last.shared;
    const p = Math.min(last.shared.p + indexWiden, n - q, prevSentences - q);
    const old = last.value, d = n - prevSentences;
    let j = 0;
    for (; j < old.length && old[j] < p; j++) out.push(old[j]);
    for (let i = p; i < n - q; i++) if (test(sentences[i])) out.push(i);
    while (j < old.length && old[j] < prevSentences - q) j++;
    for (; j < old.length; j++) out.push(old[j] + d);
  } else {
    for (let i = 0; i < n; i++) if (test(sentences[i])) out.push(i);
  }
  carried.keep(doc, carriedKey, out);
  store.set(key, out);
  return out;
}

/**
 * What a model shares with the previous model of its Analyzer, for a document-level pass that replays its previous
 * result over the unchanged start and end (see `carried`): the first `p` and last `q` sentences are the same built
 * sentences (same memo map) and the first `pb` and last `qb` blocks have the same kind, level and masked text; the
 * previous model had `prevSentences` sentences and `prevBlocks` blocks. Sentence i ≥ n − q is the previous model's
 * sentence i − n + prevSentences (blocks likewise).
 */
export interface Shared { p: number; q: number; pb: number; qb: number; prevSentences: number; prevBlocks: number }

/**
 * A per-model value carried from one analysis of an Analyzer to the next: `keep` stores this model's value under
 * `key`; `previous` gives the value the previous model of the same Analyzer kept under `key`, with what the two
 * models share, or undefined (no Analyzer, not the latest model, or the previous model kept nothing there). The
 * caller replays the previous value where the model is unchanged and computes the rest: the result must be what a
 * fresh computation gives (the incremental = fresh tests check it).
 */
export const carried = {
  previous<T>(doc: DocModel, key: string): { value: T; shared: Shared } | undefined {
    const state = states.get(doc);
    if (!state || state !== state.cache.last) return undefined;
    const hit = state.cache.carriedValues.get(key);
    if (!hit || hit.serial !== state.serial - 1) return undefined;
    const { p, q, pb, qb, prevLength, prevBlocks } = state;
    return { value: hit.value as T, shared: { p, q, pb, qb, prevSentences: prevLength, prevBlocks } };
  },
  keep<T>(doc: DocModel, key: string, value: T): void {
    const state = states.get(doc);
    if (!state || state !== state.cache.last) return;
    state.cache.carriedValues.set(key, { value, serial: state.serial });
  },
};

/**
 * The cache key of block `b` of a model: its kind, U+0001 and its masked text (`maskedSlice` of the block), exactly.
 * One string per block, kept across the models of an Analyzer while the block is unchanged (then the same string), so
 * a pass can keep something it derived from a block's masked text under this key. Undefined for a model not built here.
 */
export function blockKeyOf(doc: DocModel, b: number): string | undefined {
  return states.get(doc)?.keys[b];
}

/** `doc.masked.slice(start, end)`, without building the whole masked text of a document from `buildDocument`. */
export function maskedSlice(doc: DocModel, start: number, end: number): string {
  const parsed = slicers.get(doc);
  return parsed ? parsed.slice(start, end) : doc.masked.slice(start, end);
}

const headingIndexes = new Slot<DocModel, Int32Array>();

/** Per block: the index of the nearest heading block before it (-1 when none); one pass per document model. */
function headingIndexOf(doc: DocModel): Int32Array {
  let out = headingIndexes.get(doc);
  if (!out) {
    out = new Int32Array(doc.blocks.length);
    let last = -1;
    for (let i = 0; i < doc.blocks.length; i++) {
      out[i] = last;
      if (doc.blocks[i].kind === 'heading') last = i;
    }
    headingIndexes.set(doc, out);
  }
  return out;
}

/** The heading that governs a block: the nearest heading block before it. */
export function headingOf(doc: DocModel, blockIndex: number): Block | undefined {
  if (blockIndex <= 0) return undefined;
  if (blockIndex > doc.blocks.length) blockIndex = doc.blocks.length;
  const i = blockIndex < doc.blocks.length ? headingIndexOf(doc)[blockIndex] : lastHeadingBefore(doc, blockIndex);
  return i >= 0 ? doc.blocks[i] : undefined;
}

function lastHeadingBefore(doc: DocModel, blockIndex: number): number {
  for (let i = blockIndex - 1; i >= 0; i--) if (doc.blocks[i].kind === 'heading') return i;
  return -1;
}

/** Collapse whitespace for quoting. */
export function quote(doc: DocModel, start: number, end: number, max = 240): string {
  const t = maskedSlice(doc, start, end).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** `quote` of a whole sentence (text-only: memoised per sentence; evidence quotes the same sentences every time). */
export function quoteSentence(doc: DocModel, s: Sentence, max = 240): string {
  const key = max === 240 ? 'quote:240' : max === 160 ? 'quote:160' : `quote:${max}`;
  // The memo read first, the closure made in another function (no closure or context when the quote is there: evidence
  // quotes the same sentences every time).
  return (s.memo.get(key) as string | undefined) ?? quoteOnce(doc, s, max, key);
}
function quoteOnce(doc: DocModel, s: Sentence, max: number, key: string): string {
  return memoize(s, key, () => quote(doc, s.start, s.end, max));
}
