/**
 * The phrase syntax of the vocabulary and its one compiled matcher. Every word list of the core (rule families,
 * checklist cues, profile and reading cues) is written in this syntax (src/core/vocab/*.ts) and matched here.
 *
 * A phrase is a sequence of steps, tokenized like the text (so it matches whole tokens only):
 *   word       the token itself (case-insensitive): `budget`, `t.z.t.`, `co-creatie`
 *   word*      a token that starts with `word`: `inspann*` (inspanning, inspannen)
 *   *word      a token that ends with `word`: `*tekort` (woningtekort)
 *   a|b|c      one of these tokens: `kiest|kiezen geen`
 *   a|b?       one of these tokens, or nothing: `samen met de|onze? inwoners`
 *   @word      a token whose lemma is the lemma of `word` (read/lexicon.ts `lemmaOf`): `@stellen ~ beschikbaar`
 *              (stelt, stelden, gesteld … beschikbaar)
 *   ~          a gap of up to six tokens inside the same clause (not across . ; : ! ?): `stelt ~ beschikbaar`
 *   re:…       (whole phrase) a raw regular expression on the lowercase text, `u` flag, anchored at word edges;
 *              only for what the steps cannot say
 * Matching is linear in the sentence length: each token is looked up once in a hash of the first steps; the
 * pre-checks (the first-step keys, the second-step literals, the affix heads and tails, the anchors of `re:`
 * phrases) are derived from the lists by the compiler, never written by hand. Registered matchers (one per
 * concept, made at module load) are answered together by one pass over a sentence's tokens.
 */
import { memoize, type Sentence } from '../document';

import { tokenize, tokenKeys, type Token } from '../text/tokens';
import { primeRegex } from '../text/prime';
import { lemmaOf } from '../read/lexicon';
import { prebuiltNeedles, prebuiltSteps } from './prebuilt';
import { patternNeedles } from './needles';
import { shareKeys } from '../intern';

/** The lemma of a token key (lowercase; cached: token vocabularies are small). */
const lemmas = new Map<string, string>();
function lemmaKey(key: string): string {
  let l = lemmas.get(key);
  if (l === undefined) {
    l = lemmaOf(key).toLowerCase();
    if (lemmas.size >= 50000) lemmas.clear();
    lemmas.set(key, l);
  }
  return l;
}

const L = String.raw`[\p{L}\p{M}\p{N}-]`;

/** One step of a phrase: a literal token, a token prefix (`word*`), a token suffix (`*word`), or a gap (`~`). */
export interface Step { kind: 'lit' | 'prefix' | 'suffix' | 'gap' | 'alt' | 'lemma'; text: string; alts?: Set<string>; optional?: boolean }

/** The comparable key of a token: lowercase words, numbers and abbreviations; punctuation as is. */
export function tokenKey(t: Token): string { return t.kind === 'punct' || t.kind === 'symbol' ? t.text : t.low; }
const CLAUSE_END = new Set(['.', ';', ':', '!', '?']);
const MAX_GAP = 6;

/** The steps of one phrase (exported for the test that checks the indexed matcher against trying every phrase everywhere). */
export function phraseSteps(p: string): Step[] {
  const steps: Step[] = [];
  for (const piece of p.trim().toLowerCase().split(/\s+/)) {
    if (piece === '~') { steps.push({ kind: 'gap', text: '' }); continue; }
    if (piece.includes('|') || piece.endsWith('?')) {
      const optional = piece.endsWith('?');
      const alts = (optional ? piece.slice(0, -1) : piece).split('|').filter(Boolean);
      steps.push({ kind: 'alt', text: '', alts: new Set(alts), optional });
      continue;
    }
    if (piece.startsWith('@') && piece.length > 1) { steps.push({ kind: 'lemma', text: lemmaKey(piece.slice(1)) }); continue; }
    const suffix = piece.startsWith('*');
    const prefix = piece.endsWith('*');
    const core = piece.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
    const toks = tokenize(core).map(tokenKey);
    toks.forEach((text, i) => {
      const kind = prefix && i === toks.length - 1 ? 'prefix' : suffix && i === 0 ? 'suffix' : 'lit';
      steps.push({ kind, text });
    });
  }
  return steps;
}

/** Does one step take this token key (exported, with `matchFrom` and `matchAll`, for the exec reference test). */
export function stepMatches(step: Step, key: string): boolean {
  switch (step.kind) {
    case 'lit': return key === step.text;
    case 'prefix': return key.startsWith(step.text);
    case 'suffix': return key.endsWith(step.text);
    case 'alt': return step.alts!.has(key);
    case 'lemma': return lemmaKey(key) === step.text;
    default: return false;
  }
}

/**
 * The phrases of an affix list (first step not a plain literal) that can start at a token with this key: a
 * `word*` or `*word` first step must match the key itself (exactly what `matchFrom` checks first); gaps and
 * optional alternatives can start anywhere. Cached per key (token vocabularies are small), so a sentence pass
 * costs one lookup per token instead of trying every affix phrase at every token.
 */
function affixCandidates<T>(list: readonly T[], stepsOf: (x: T) => readonly Step[], cache: Map<string, T[]>, key: string): T[] {
  const c = cache.get(key);
  return c ?? newAffixCandidates(list, stepsOf, cache, key);
}
/** The look-up's miss path, apart (its closure would give `affixCandidates` a context object on every call). */
function newAffixCandidates<T>(list: readonly T[], stepsOf: (x: T) => readonly Step[], cache: Map<string, T[]>, key: string): T[] {
  const c = list.filter((x) => {
    const st = stepsOf(x)[0];
    return (st.kind === 'prefix' || st.kind === 'suffix' || st.kind === 'lemma') ? stepMatches(st, key) : true;
  });
  if (cache.size >= 50000) cache.clear();
  cache.set(key, c);
  return c;
}

const ownSteps = (x: Step[]): Step[] => x;
/** `text.toLowerCase()`, kept for the last text (readers test one text against several lists in a row). */
let lastText: string | undefined, lastLow = '';
function lowOf(text: string): string {
  if (text !== lastText) { lastLow = sentenceLow(text) ?? text.toLowerCase(); lastText = text; }
  return lastLow;
}
const NO_KEYS: readonly string[] = [];

export function matchFrom(keys: readonly string[], j: number, steps: readonly Step[], k: number): boolean {
  if (k === steps.length) return true;
  const step = steps[k];
  if (step.kind === 'gap') {
    for (let g = 0; g <= MAX_GAP && j + g <= keys.length; g++) {
      if (g > 0 && CLAUSE_END.has(keys[j + g - 1])) break;
      if (matchFrom(keys, j + g, steps, k + 1)) return true;
    }
    return false;
  }
  if (step.optional && matchFrom(keys, j, steps, k + 1)) return true;
  if (j >= keys.length || !stepMatches(step, keys[j])) return false;
  return matchFrom(keys, j + 1, steps, k + 1);
}

/**
 * A compiled phrase list. Plain phrases are matched on the sentence's tokens (a hash lookup on the first
 * token, then the remaining steps), `re:` phrases with one anchored regex on the lowercase text.
 */
let matcherCount = 0;

interface CompiledPhrases { byFirst: Map<string, Step[][]>; affixFirst: Step[][]; regexes: RegexPhrase[] }

function compilePhraseList(phrases: readonly string[]): CompiledPhrases {
  const byFirst = new Map<string, Step[][]>();
  const affixFirst: Step[][] = [];
  const regexes: RegexPhrase[] = [];
  const raw: string[] = [];
  for (const p of phrases) {
    if (p.startsWith('re:')) { raw.push(p.slice(3)); continue; }
    const steps = prebuiltSteps(p) ?? phraseSteps(p);
    if (steps.length === 0) continue;
    if (steps[0].kind === 'lit' || (steps[0].kind === 'alt' && !steps[0].optional)) {
      for (const first of steps[0].kind === 'alt' ? steps[0].alts! : [steps[0].text]) {
        // A list of one phrase made as a literal (one slot), a longer one copied to its length below (branch speed26: a
        // pushed array keeps at least 17 slots; the tables live for the whole process).
        const list = byFirst.get(first);
        if (list) list.push(steps); else byFirst.set(first, [steps]);
      }
    } else affixFirst.push(steps);
  }
  for (const [first, list] of byFirst) if (list.length > 1) byFirst.set(first, list.slice());
  for (const r of raw) regexes.push(regexPhrase(r));
  return { byFirst, affixFirst, regexes };
}

/**
 * Matchers register here (up to REGISTRY_MAX; the concept lists are module constants). The
 * combined index (`allIndex`) covers every matcher registered before its first use, so one
 * pass over a sentence's tokens answers all of them; a matcher made later tests on its own, as before.
 */
const REGISTRY: Matcher[] = [];
const REGISTRY_MAX = 512;

export class Matcher {
  /** Memo key of this matcher's per-sentence result (a boolean that depends on the sentence text only). */
  readonly key = `phrases#${matcherCount++}`;
  /** Compiled on first use: module load stays cheap (extension activation), unused tables cost nothing. */
  private compiled?: CompiledPhrases;
  private readonly affixByKey = new Map<string, Step[][]>();
  /** Index in REGISTRY, or -1 when not registered. */
  readonly slot: number;

  constructor(readonly phrases: readonly string[], register = true) {
    this.slot = register && REGISTRY.length < REGISTRY_MAX ? REGISTRY.push(this) - 1 : -1;
  }

  private get c(): CompiledPhrases { return (this.compiled ??= compilePhraseList(this.phrases)); }

  /** Does a sentence (or a text, tokenized on the fly) contain one of the phrases? */
  test(x: Sentence | string): boolean {
    if (typeof x === 'string') return this.testText(x);
    // The sentence asked last (the readers ask one sentence about many lists in a row): its bits, as `sentenceBits`
    // returns them first, without the two calls below (the CLI runs this in baseline code, where a call costs).
    const slot = this.slot;
    if (x.raw === lastBitsRaw && slot >= 0 && slot < lastBits![lastBits!.length - 1]) return ((lastBits![slot >> 5] >> (slot & 31)) & 1) === 1;
    const index = allIndex();
    if (this.slot < 0 || this.slot >= index.matchers) return this.memoRun(x);
    // `bitAt`, written out (the CLI runs this in baseline code, where a call costs).
    const b = sentenceBits(x);
    return slot < b[b.length - 1] && ((b[slot >> 5] >> (slot & 31)) & 1) === 1;
  }

  /**
   * The memoised run on a sentence, apart from `test`: a function whose inner closure captures `this` and `x` gets a
   * context object on every call, taken or not; `test` is called for every sentence and list.
   */
  private memoRun(x: Sentence): boolean {
    return memoize(x, this.key, () => this.run(x));
  }

  /**
   * `test` on a text, apart (`test` stays small: it is called for every sentence and list). A registered list tested
   * on a sentence's own text (raw or lowercase) reads that sentence's combined-pass bits when the text tokenizes to
   * the same keys (see `textBits`); otherwise the list runs alone.
   */
  private testText(x: string): boolean {
    if (this.slot >= 0) { const b = stringBits(x); if (b !== undefined) { const v = bitAt(b, this.slot); if (v >= 0) return v === 1; } }
    return this.run(x);
  }

  /** The list alone on a text, never from a sentence's combined pass (for the tests that compare the two). */
  testAlone(text: string): boolean {
    return this.run(text);
  }

  private run(x: Sentence | string): boolean {
    const c = this.c;
    const byKey = (this.keyHits ??= keyHits(c));
    // A list of `re:` phrases without anchors only (most of the unit reader's formulas) needs no tokens: the loop below
    // would find nothing in an empty table.
    const keys = byKey.size === 0 && c.affixFirst.length === 0 ? NO_KEYS : typeof x === 'string' ? (this.noKeyIn(x, byKey, c) ? NO_KEYS : textKeys(x)) : sentenceKeys(x);
    // One lookup per token gives the phrases with this first word and the `re:` phrases with this anchor word (stamped
    // with this run's number: an anchored regex runs only when one of its anchors is a token, as `runRegex` checks).
    if (runStamp === 0x7fffffff) { runStamp = 0; anchorStamps.fill(0); }
    const stamp = ++runStamp;
    let anchored = false;
    for (let i = 0; i < keys.length; i++) {
      const h = byKey.get(keys[i]);
      if (h) {
        const lit = h.lit;
        if (lit) for (let j = 0; j < lit.length; j++) if (matchFrom(keys, i + 1, lit[j], 1)) return true;
        const an = h.anchors;
        if (an) { anchored = true; for (let j = 0; j < an.length; j++) anchorStamps[an[j]] = stamp; }
      }
      if (c.affixFirst.length) {
        const cands = affixCandidates(c.affixFirst, ownSteps, this.affixByKey, keys[i]);
        for (let j = 0; j < cands.length; j++) if (matchFrom(keys, i, cands[j], 0)) return true;
      }
    }
    if (c.regexes.length === 0) return false;
    const low = typeof x === 'string' ? lowOf(x) : x.low;
    const scan = c.regexes.length >= SCAN_MIN_REGEXES || textScan.holds(low);
    for (let r = 0; r < c.regexes.length; r++) {
      const re = c.regexes[r];
      if (re.anchors && (!anchored || anchorStamps[r] !== stamp)) continue;
      if ((scan ? textScan.mayContain(re, low) : mayContain(re, low)) && regexTest(re, low)) return true;
    }
    return false;
  }
  private keyHits?: Map<string, KeyHits>;

  /**
   * True when a text cannot hold a token whose key starts something in this list, because its lowercase contains none
   * of the keys (branch speed18: the unit reader tests a block's joined text, and rule gates a clause's text, with small
   * lists such as the party-list cues, and tokenizing the text cost more than the rest of the run). Then the token loop
   * of `run` would find nothing, exactly as with no keys. A token's key is its lowercase text (a number's and a
   * punctuation mark's: its text), so a key that lowercases to itself and holds no sigma (whose lowercase depends on
   * the letters around it) occurs in the text's lowercase wherever a token has it. Only for lists without affix
   * phrases (those start at any key) and with at most 16 keys (an `includes` each).
   */
  private noKeyIn(text: string, byKey: Map<string, KeyHits>, c: CompiledPhrases): boolean {
    if (this.needleKeys === undefined) {
      const ks = [...byKey.keys()];
      this.needleKeys = c.affixFirst.length === 0 && ks.length <= 16 && ks.every((k) => k.length > 0 && k === k.toLowerCase() && !/[σς]/.test(k)) ? ks : null;
    }
    const ks = this.needleKeys;
    if (ks === null) return false;
    const low = lowOf(text);
    for (let i = 0; i < ks.length; i++) if (low.includes(ks[i])) return false;
    return true;
  }
  /** The keys `noKeyIn` looks for (null when it may not decide: see there); made on first use. */
  private needleKeys?: string[] | null;

  /**
   * Is this one token key (a lowercase word or lemma) one of the one-step phrases (`word`, `word*`, `*word`, `a|b`)?
   * For the lists that classify a single word (an actor's head, a lemma, the first word of a sentence).
   */
  isWord(key: string): boolean {
    const c = this.c;
    const list = c.byFirst.get(key);
    if (list) for (let j = 0; j < list.length; j++) if (list[j].length === 1) return true;
    if (c.affixFirst.length) {
      const cands = affixCandidates(c.affixFirst, ownSteps, this.affixByKey, key);
      for (let j = 0; j < cands.length; j++) if (cands[j].length === 1 && stepMatches(cands[j][0], key)) return true;
    }
    return false;
  }

  /**
   * The one-word literal phrases (for the lists read as a set of words, e.g. suffix checks on lemmas). Derived once
   * (some callers ask per word); a fresh copy per call, as the callers may sort or extend it.
   */
  words(): string[] {
    this.oneWords ??= [...this.c.byFirst.entries()].filter(([, l]) => l.some((st) => st.length === 1)).map(([k]) => k);
    return this.oneWords.slice();
  }
  private oneWords?: string[];

  /**
   * All non-overlapping matches in `text`, left to right, the longest at each token (offsets in `text` plus
   * `offset`). Token phrases first; a `re:` match is added where it overlaps none of them.
   */
  find(text: string, offset = 0): PhraseHit[] {
    if (this.quietIn(text)) return this.regexHits(text, offset, [], true);
    return this.findAlone(text, offset);
  }

  /** `find` without the combined pass (for the test that compares the two). */
  findAlone(text: string, offset = 0): PhraseHit[] {
    const c = this.c;
    const { starts, ends, keys } = textTokens(text);
    const out: PhraseHit[] = [];
    for (let i = 0; i < keys.length;) {
      let end = -1;
      const list = c.byFirst.get(keys[i]);
      if (list) for (const steps of list) end = Math.max(end, longestFrom(keys, i + 1, steps, 1));
      if (c.affixFirst.length) for (const steps of affixCandidates(c.affixFirst, ownSteps, this.affixByKey, keys[i])) end = Math.max(end, longestFrom(keys, i, steps, 0));
      if (end > i) {
        const a = starts[i], b = ends[end - 1];
        out.push({ start: offset + a, end: offset + b, text: text.slice(a, b) });
        i = end;
      } else i++;
    }
    return this.regexHits(text, offset, out, false);
  }

  /**
   * `find`'s `re:` part: the matches of the list's `re:` phrases (only the anchored ones when `anchoredOnly`) that
   * overlap none of the hits in `out`, added to it; `out` sorted by start.
   */
  private regexHits(text: string, offset: number, out: PhraseHit[], anchoredOnly: boolean): PhraseHit[] {
    const c = this.c;
    if (c.regexes.length === 0) return out;
    const low = lowOf(text);
    for (const r of c.regexes) {
      if ((anchoredOnly && !r.anchors) || !mayContain(r, low) || coreMisses(r, low)) continue;
      const g = r.global;
      g.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = g.exec(low))) {
        if (m[0].length === 0) { g.lastIndex++; continue; }
        const a = offset + m.index, b = a + m[0].length;
        if (!out.some((h) => h.start < b && a < h.end)) out.push({ start: a, end: b, text: text.slice(m.index, m.index + m[0].length) });
      }
    }
    return out.sort((x, y) => x.start - y.start);
  }

  /**
   * Branch speed22: is `text` a sentence's own raw or lowercase text whose combined-pass bit for this list is 0
   * (`stringBits`, as `test` reads it)? Then `run(text)` is false: no token phrase matches from any token, no `re:`
   * phrase without anchors matches, nor an anchored one of which an anchor is a token. `exec` and `find` find a match
   * from a token exactly when `run` does (the same keys, first steps — a list's first step is a literal or a
   * non-optional alternative, or an affix step tried at every key — and gap rules), and run every `re:` phrase without
   * looking at anchors; so of all they try, only the anchored `re:` phrases can still match there, and they try those
   * alone, in the same order, without tokenizing the text. On the 100k-word document ≈ 16,300 of the 17,200 `exec`
   * calls and 6,000 of the 8,100 `find` calls are on such texts (the regie reader's per-sentence facts).
   */
  private quietIn(text: string): boolean {
    if (this.slot < 0) return false;
    const b = stringBits(text);
    return b !== undefined && bitAt(b, this.slot) === 0;
  }

  /** The first matching phrase text (for tests and hovers); regex phrases report the matched text. */
  exec(text: string): string | undefined {
    if (this.quietIn(text)) return this.execRegex(text, true);
    return this.execAlone(text);
  }

  /** `exec` without the combined pass (for the test that compares the two). */
  execAlone(text: string): string | undefined {
    const c = this.c;
    // Tokens from the bounded per-text cache (the same `tokenize(text)`): the regie reader asks the same sentence
    // texts again and again.
    const { starts, ends, keys } = textTokens(text);
    let cands: Step[][] | undefined;
    for (let i = 0; i < keys.length; i++) {
      // The candidates in the same order as before (literal first step, then the affix phrases whose first step
      // matches this key); `affixCandidates` is a cached superset of those, filtered to exactly them here.
      const lit = c.byFirst.get(keys[i]);
      const affix = c.affixFirst.length ? affixCandidates(c.affixFirst, ownSteps, this.affixByKey, keys[i]) : EMPTY_STEPS;
      if (!lit && affix.length === 0) continue;
      if (cands) cands.length = 0; else cands = [];
      // Only phrases that match somewhere from token i in the whole text: a match of exactly n tokens (below)
      // is also such a match (the shorter key list only removes ways to match), so the others can never win.
      if (lit) for (let j = 0; j < lit.length; j++) if (matchFrom(keys, i, lit[j], 0)) cands.push(lit[j]);
      for (let j = 0; j < affix.length; j++) if (stepMatches(affix[j][0], keys[i]) && matchFrom(keys, i, affix[j], 0)) cands.push(affix[j]);
      if (cands.length === 0) continue;
      for (let n = 1; n <= keys.length - i; n++) {
        for (const steps of cands) if (matchExact(keys, i, n, steps)) return text.slice(starts[i], ends[i + n - 1]).toLowerCase();
      }
    }
    return this.execRegex(text, false);
  }

  /** `exec`'s `re:` part: the first match of the list's `re:` phrases (only the anchored ones when `anchoredOnly`). */
  private execRegex(text: string, anchoredOnly: boolean): string | undefined {
    const c = this.c;
    if (c.regexes.length === 0) return undefined;
    const low = lowOf(text);
    for (let i = 0; i < c.regexes.length; i++) {
      const r = c.regexes[i];
      if ((anchoredOnly && !r.anchors) || !mayContain(r, low) || coreMisses(r, low)) continue;
      const m = r.re.exec(low);
      if (m) return m[0];
    }
    return undefined;
  }
}

/** The end (token index, exclusive) of the longest match of `steps` from step `k` at token `j`, or -1. */
export function longestFrom(keys: readonly string[], j: number, steps: readonly Step[], k: number): number {
  if (k === steps.length) return j;
  const step = steps[k];
  let best = -1;
  if (step.kind === 'gap') {
    for (let g = 0; g <= MAX_GAP && j + g <= keys.length; g++) {
      if (g > 0 && CLAUSE_END.has(keys[j + g - 1])) break;
      best = Math.max(best, longestFrom(keys, j + g, steps, k + 1));
    }
    return best;
  }
  if (step.optional) best = longestFrom(keys, j, steps, k + 1);
  if (j < keys.length && stepMatches(step, keys[j])) best = Math.max(best, longestFrom(keys, j + 1, steps, k + 1));
  return best;
}

export interface PhraseHit { start: number; end: number; text: string }

/**
 * Token keys and offsets per text (for `find` and `exec` on a string: the regie reader asks the same sentence texts
 * again and again); bounded. The offsets are kept in typed arrays, not as the token objects: on the 100k-word
 * benchmark document these entries held ≈ 17 MB of heap as token lists.
 */
interface TextTokens { keys: string[]; starts: Int32Array; ends: Int32Array }
const textCache = new Map<string, TextTokens>();
function textTokens(text: string): TextTokens {
  let t = textCache.get(text);
  if (!t) {
    t = sentenceTextTokens(text);
    if (!t) {
      const st: number[] = [], en: number[] = [];
      const keys = shareKeys(tokenKeys(text, st, en));
      t = { keys, starts: Int32Array.from(st), ends: Int32Array.from(en) };
    }
    if (textCache.size >= 20000) textCache.clear();
    textCache.set(text, t);
  }
  return t;
}

/**
 * Token keys per text, for `test` on a string (rule gates and the regie reader ask many distinct clause and window
 * texts): only the keys are kept, not the offsets that `find` and `exec` need (`textTokens`). Same bound. On the
 * 100k-word benchmark document the token lists of these texts held ≈ 22 MB of heap.
 */
const keysCache = new Map<string, string[]>();
/** The last text asked and its keys (a reader tests one text against several lists in a row). */
let lastKeysText: string | undefined;
let lastKeys: string[] = [];
function textKeys(text: string): string[] {
  if (text === lastKeysText) return lastKeys;
  let k = keysCache.get(text) ?? textCache.get(text)?.keys ?? sentenceTextKeys(text);
  if (!k) {
    // The keys as the first strings of their values (../intern.ts): kept for the next test of the same text.
    k = shareKeys(tokenKeys(text));
    if (keysCache.size >= 20000) keysCache.clear();
    keysCache.set(text, k);
  }
  lastKeysText = text; lastKeys = k;
  return k;
}

function matchExact(keys: readonly string[], i: number, n: number, steps: readonly Step[]): boolean {
  const sub = keys.slice(i, i + n);
  return matchFrom(sub, 0, steps, 0) && steps.filter((s) => s.kind !== 'gap').length <= n && matchAll(sub, steps);
}
export function matchAll(keys: readonly string[], steps: readonly Step[]): boolean {
  // The phrase must consume exactly these tokens: try all gap fillings.
  const go = (j: number, k: number): boolean => {
    if (k === steps.length) return j === keys.length;
    const st = steps[k];
    if (st.kind === 'gap') { for (let g = 0; g <= MAX_GAP && j + g <= keys.length; g++) if (go(j + g, k + 1)) return true; return false; }
    if (st.optional && go(j, k + 1)) return true;
    return j < keys.length && stepMatches(st, keys[j]) && go(j + 1, k + 1);
  };
  return go(0, 0);
}

/** Token keys per sentence text (offset-free, so moved sentences reuse them); bounded. */
const keyCache = new Map<string, string[]>();
function sentenceKeys(s: Sentence): string[] {
  let k = keyCache.get(s.raw);
  if (!k) {
    k = s.tokens.map(tokenKey);
    if (keyCache.size >= 20000) keyCache.clear();
    keyCache.set(s.raw, k);
  }
  return k;
}


/**
 * Words one of which must occur as a token for a `re:` phrase to match: the alternatives of a leading group
 * `(?:a|b|c)` or a leading literal word. Undefined when the phrase starts otherwise (it then always runs).
 */
function regexAnchors(src: string): string[] | undefined {
  let lead: string[] | undefined;
  if (src.startsWith('(?:')) {
    let depth = 0, end = -1;
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') { depth--; if (depth === 0) { end = i; break; } }
    }
    if (end < 0 || src[end + 1] === '?' || src[end + 1] === '*') return undefined;
    // Letters glued to the group ("(?:raads|staten)voorstel"): its alternatives are no whole tokens, so no anchors.
    const glued = src.slice(end + 1);
    if (/^\p{L}/u.test(glued) || glued.startsWith('\\p{L}') || glued.startsWith('[\\p{L}') || glued.startsWith('\\w')) return undefined;
    lead = src.slice(3, end).split('|');
  } else {
    const m = /^[\p{L}-]+/u.exec(src);
    const rest = src.slice(m ? m[0].length : 0);
    if (!m || !(rest === '' || rest.startsWith(' ') || rest.startsWith('\\s'))) return undefined;
    lead = [m[0]];
  }
  const words = lead.map((a) => /^[\p{L}-]+/u.exec(a)?.[0]);
  if (words.some((w, i) => !w || (w !== lead![i] && !/^(?: |\\s)/.test(lead![i].slice(w.length))))) return undefined;
  return words as string[];
}

/**
 * For a `re:` phrase without anchors: literal texts one of which every match contains (so a text that contains none
 * cannot match), by the one needle derivation of the vocabulary (./needles.ts `patternNeedles`); none shorter than
 * three characters (not worth a check).
 */
export function regexNeedles(src: string): string[] | undefined {
  return patternNeedles(src, 3);
}

/** Has the pattern a `|` outside every group and class? */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < src.length && src[i] !== ']') { if (src[i] === '\\') i++; i++; } continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A `re:` phrase. Its matcher `re` holds the word edges, `(?<![\p{L}\p{M}\p{N}-])(?:…)(?![\p{L}\p{M}\p{N}-])`, and
 * compiling those two Unicode classes is most of the cost of a phrase's regex (≈ 0.85 of 1 ms each, on every cold
 * start, for ≈ 170 phrases). So `core` is the pattern without them (and without a trailing letter run `[\p{L}\p{M}\p{N}-]*`,
 * after which the right edge always holds): every match of `re` is a match of `core`, so a text where `core` finds
 * nothing has no match; where `core`'s leftmost match has the edges too, `re` matches there (same start, same first
 * way through the pattern), so `re` is compiled only when the leftmost match of `core` lies inside a word.
 */
export interface RegexPhrase {
  re: RegExp; core: RegExp; openEnd: boolean; /** `re` with the `g` flag, for `find` (its `lastIndex` reset before each use). */ global: RegExp; anchors?: string[]; needles?: string[];
  /** The needles' numbers in the needle table (`needleNumber`), for `NeedleScan`. */
  needleIds?: Int32Array;
}

const TRAILING_RUN = `${L}*`;

/**
 * One `RegexPhrase` per pattern, shared by every list that holds it (the combined index and each matcher alone): its
 * RegExps are compiled once per process, not once per list. Sharing is safe: `re` and `core` have no `g` flag (they
 * keep no state), and `find` resets `global`'s `lastIndex` before each use.
 */
const regexPhrases = new Map<string, RegexPhrase>();

/**
 * The RegExps are made on first use: constructing a `u` pattern with `\p{…}` classes costs milliseconds, and most never
 * run. The needles are checked for every phrase, anchors or not (both are necessary for a match, so a text must have
 * both); the shipped patterns' needles are build-time data (prebuilt.ts).
 */
export function regexPhrase(src: string): RegexPhrase {
  let r = regexPhrases.get(src);
  if (!r) {
    if (regexPhrases.size >= 5000) regexPhrases.clear();
    regexPhrases.set(src, (r = makeRegexPhrase(src)));
  }
  return r;
}

function makeRegexPhrase(src: string): RegexPhrase {
  let re: RegExp | undefined, core: RegExp | undefined, global: RegExp | undefined;
  const anchors = regexAnchors(src);
  const pre = prebuiltNeedles(src);
  const openEnd = src.endsWith(TRAILING_RUN) && !src.endsWith(`\\${TRAILING_RUN}`) && !topLevelAlternation(src);
  const coreSrc = openEnd ? src.slice(0, -TRAILING_RUN.length) : src;
  const needles = pre === null ? regexNeedles(src) : pre;
  return {
    get re() { return (re ??= new RegExp(`(?<!${L})(?:${src})(?!${L})`, 'u')); },
    // `core` is primed when made (text/prime.ts): every use of it primed it first, so `regexTest` need not ask a
    // WeakSet on every run. `re` is primed where it was (only `regexTest`'s rare path): priming a pattern that then
    // runs once makes V8 compile it to native code, which an unprimed first run (interpreted) does not.
    get core() { if (!core) { core = new RegExp(`(?:${coreSrc})`, 'u'); primeRegex(core); } return core; },
    get global() { return (global ??= new RegExp(`(?<!${L})(?:${src})(?!${L})`, 'gu')); },
    openEnd, anchors, needles, needleIds: needles ? Int32Array.from(needles, needleNumber) : undefined,
  };
}

/** `[\p{L}\p{M}\p{N}-]`, for one code point (ASCII without a regex). */
const EDGE = new RegExp(`^${L}$`, 'u');
function isEdgeCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 45;
  return EDGE.test(String.fromCodePoint(cp));
}
/** Is the code point that ends at `i` a word character (the left edge fails)? */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let cp = text.charCodeAt(i - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) { const hi = text.charCodeAt(i - 2); if (hi >= 0xd800 && hi <= 0xdbff) cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000; }
  return isEdgeCode(cp);
}
/** Is the code point that starts at `j` a word character (the right edge fails)? */
function wordAt(text: string, j: number): boolean {
  return j < text.length && isEdgeCode(text.codePointAt(j)!);
}

/**
 * Does `r` match the lowercase text? `core` first (see `RegexPhrase`): no match there, none at all; a match with both
 * edges, a match of `re`; otherwise `re` decides.
 */
export function regexTest(r: RegexPhrase, low: string): boolean {
  const m = r.core.exec(low);
  if (!m) return false;
  if (!wordBefore(low, m.index) && (r.openEnd || !wordAt(low, m.index + m[0].length))) return true;
  primeRegex(r.re);
  return r.re.test(low);
}

/** True when `core` finds nothing in the lowercase text: then `re` finds nothing either. */
function coreMisses(r: RegexPhrase, low: string): boolean {
  return !r.core.test(low);
}

/** False when the lowercase text lacks every needle of `r` (then `r` cannot match it); true otherwise. */
function mayContain(r: RegexPhrase, low: string): boolean {
  if (!r.needles) return true;
  const needles = r.needles;
  for (let i = 0; i < needles.length; i++) if (low.includes(needles[i])) return true;
  return false;
}

/**
 * Every needle of every `re:` phrase made so far, numbered (`RegexPhrase.needleIds`), and a table from a hash of a
 * needle's first three code units to the needles that start so (rebuilt when needles were added). A text's scan
 * (`NeedleScan`) looks at each of its positions once and so learns which needles occur in it at all: what `mayContain`
 * asks with one `includes` per needle, for all ≈ 170 `re:` phrases a sentence pass considers at once.
 */
const needleNumbers = new Map<string, number>();
const needleTexts: string[] = [];
let needleTable: { start: Int32Array; ids: Int32Array; size: number } | undefined;
const TRI = 4096;
function needleNumber(n: string): number {
  let id = needleNumbers.get(n);
  if (id === undefined) { needleNumbers.set(n, (id = needleTexts.length)); needleTexts.push(n); }
  return id;
}
function triHash(a: number, b: number, c: number): number { return (a * 961 + b * 31 + c) & (TRI - 1); }
function theNeedleTable(): { start: Int32Array; ids: Int32Array; size: number } {
  if (needleTable && needleTable.size === needleTexts.length) return needleTable;
  const count = new Int32Array(TRI + 1);
  const hashOf = (n: string): number => (n.length >= 3 ? triHash(n.charCodeAt(0), n.charCodeAt(1), n.charCodeAt(2)) : -1);
  for (const n of needleTexts) { const h = hashOf(n); if (h >= 0) count[h + 1]++; }
  for (let h = 0; h < TRI; h++) count[h + 1] += count[h];
  const start = count.slice();
  const ids = new Int32Array(count[TRI]);
  needleTexts.forEach((n, id) => { const h = hashOf(n); if (h >= 0) ids[count[h]++] = id; });
  return (needleTable = { start, ids, size: needleTexts.length });
}

/**
 * Which needles occur in one text (the last one scanned): `seen[id] === stamp`. Exact: a needle occurs at some
 * position, and the scan verifies every needle whose first three code units hash like that position's
 * (`startsWith`); a needle shorter than three code units is looked up with `includes` when asked.
 */
class NeedleScan {
  private text: string | undefined;
  private size = -1;
  private stamp = 0;
  private seen = new Int32Array(0);

  private scan(low: string): void {
    const t = theNeedleTable();
    if (this.seen.length < t.size) { this.seen = new Int32Array(t.size * 2); this.stamp = 0; }
    if (++this.stamp === 0x7fffffff) { this.seen.fill(0); this.stamp = 1; }
    const stamp = this.stamp, seen = this.seen, start = t.start, ids = t.ids;
    const n = low.length;
    if (n >= 3) {
      let a = low.charCodeAt(0), b = low.charCodeAt(1);
      for (let i = 0; i + 3 <= n; i++) {
        const c = low.charCodeAt(i + 2);
        const h = triHash(a, b, c);
        for (let k = start[h], e = start[h + 1]; k < e; k++) {
          const id = ids[k];
          if (seen[id] !== stamp && low.startsWith(needleTexts[id], i)) seen[id] = stamp;
        }
        a = b; b = c;
      }
    }
    this.text = low;
    this.size = t.size;
  }

  /** `mayContain(r, low)`, from one scan of `low` shared by every phrase asked about it. */
  mayContain(r: RegexPhrase, low: string): boolean {
    const ids = r.needleIds;
    if (!ids) return true;
    if (low !== this.text || this.size !== needleTexts.length) this.scan(low);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (this.seen[id] === this.stamp) return true;
      if (needleTexts[id].length < 3 && low.includes(needleTexts[id])) return true;
    }
    return false;
  }

  /** Is `low` the text of the last scan (so `mayContain` costs no new scan)? */
  holds(low: string): boolean { return low === this.text && this.size === needleTexts.length; }
}
/** One scan for the combined sentence pass, one for the texts tested as strings (so they do not evict each other). */
const sentenceScan = new NeedleScan();
const textScan = new NeedleScan();
/** A matcher alone with at least this many `re:` phrases scans the text for all needles at once. */
const SCAN_MIN_REGEXES = 4;

/** What one token key starts in one compiled list (for `Matcher.run`): phrases with this first word, anchored `re:` phrases (their indexes). */
interface KeyHits { lit?: Step[][]; anchors?: number[] }

function keyHits(c: CompiledPhrases): Map<string, KeyHits> {
  const m = new Map<string, KeyHits>();
  for (const [k, lit] of c.byFirst) m.set(k, { lit });
  c.regexes.forEach((r, i) => {
    if (!r.anchors) return;
    for (const a of new Set(r.anchors)) {
      let h = m.get(a);
      if (!h) m.set(a, (h = {}));
      (h.anchors ??= []).push(i);
    }
  });
  if (c.regexes.length > anchorStamps.length) anchorStamps = new Int32Array(c.regexes.length * 2);
  return m;
}

/** Per `re:` phrase of the list being run: the number of the last run in which one of its anchors was a token. */
let anchorStamps = new Int32Array(64);
let runStamp = 0;


/** Compile a phrase list (see the syntax at the top of this file); registered: answered by the combined pass. */
export function compilePhraseMatcher(phrases: readonly string[]): Matcher {
  return new Matcher(phrases);
}

/**
 * What one token key can start, in the combined index: phrases whose first step is this literal (bit, steps
 * from the second step on), phrases with an affix/gap/optional first step that can start here (bit, all
 * steps), and the `re:` phrases that have this key as an anchor. Built per key on first sight and cached.
 */
interface KeyEntry {
  firstBits: number[]; firstSteps: Step[][]; affixBits: number[]; affixSteps: Step[][]; anchors: number[];
  /** Phrases from this first key whose second step is a literal, by that literal (so "de" tries only "de samenwerking …" after "samenwerking"). */
  second?: Map<string, { bits: number[]; steps: Step[][] }>;
}

interface AllIndex {
  /** Static part per literal first key (affix lists are added per key in `keyEntry`). */
  byFirst: Map<string, KeyEntry>;
  affix: Array<[number, Step[]]>;
  /** The affix phrases by kind of first step: `word*` by its text, `*word` by its text, the rest (gap, optional). */
  byPrefix: Map<string, Array<[number, Step[]]>>;
  /** The phrases whose first step is `@lemma`, by that lemma. */
  byLemma: Map<string, Array<[number, Step[]]>>;
  bySuffix: Map<string, Array<[number, Step[]]>>;
  always: Array<[number, Step[]]>;
  /** Lengths of the texts in byPrefix / bySuffix (ascending). */
  prefixLengths: number[];
  suffixLengths: number[];
  /** The first (last) `prefixLengths[0]` (`suffixLengths[0]`) characters of every prefix (suffix) text: a key without one of them has no affix phrase. */
  prefixHeads: Set<string>;
  suffixTails: Set<string>;
  regexBits: number[];
  regexes: RegexPhrase[];
  /** Number of registered matchers covered (bits 0 … matchers - 1). */
  matchers: number;
  size: number;
}
let theIndex: AllIndex | undefined;

const EMPTY_NUMS: number[] = [];
const EMPTY_STEPS: Step[][] = [];

/**
 * One index over all cue tables and all registered matchers (built on first use): a single pass over a
 * sentence's tokens sets every bit. Bit m is REGISTRY[m].
 */
function allIndex(): AllIndex {
  return theIndex ?? buildAllIndex();
}
/** Builds the combined index, apart from `allIndex` (its closures would give every call a context object). */
function buildAllIndex(): AllIndex {
  const byFirst = new Map<string, KeyEntry>();
  const affix: Array<[number, Step[]]> = [];
  const regexBits: number[] = [];
  const regexes: RegexPhrase[] = [];
  const entry = (k: string): KeyEntry => {
    let e = byFirst.get(k);
    if (!e) byFirst.set(k, (e = { firstBits: [], firstSteps: [], affixBits: EMPTY_NUMS, affixSteps: EMPTY_STEPS, anchors: [] }));
    return e;
  };
  // Each table is parsed as a Matcher parses its phrases; the index only records which bit each phrase sets.
  const add = (bit: number, phrases: readonly string[]): void => {
    const c = compilePhraseList(phrases);
    for (const [first, lists] of c.byFirst) {
      const e = entry(first);
      for (const steps of lists) { e.firstBits.push(bit); e.firstSteps.push(steps); }
    }
    for (const steps of c.affixFirst) affix.push([bit, steps]);
    for (const r of c.regexes) { regexBits.push(bit); regexes.push(r); }
  };
  const matchers = REGISTRY.length;
  for (let m = 0; m < matchers; m++) add(m, REGISTRY[m].phrases);
  regexes.forEach((r, i) => { if (r.anchors) for (const a of new Set(r.anchors)) entry(a).anchors.push(i); });
  for (const e of byFirst.values()) {
    const bits: number[] = [], steps: Step[][] = [];
    for (let j = 0; j < e.firstBits.length; j++) {
      const st = e.firstSteps[j];
      if (st.length >= 2 && st[1].kind === 'lit') {
        e.second ??= new Map();
        let x = e.second.get(st[1].text);
        if (!x) e.second.set(st[1].text, (x = { bits: [], steps: [] }));
        x.bits.push(e.firstBits[j]); x.steps.push(st);
      } else { bits.push(e.firstBits[j]); steps.push(st); }
    }
    // Every list copied to its length, an empty one shared (branch speed26: a pushed array keeps at least 17 slots, and
    // the index lives for the whole process: ≈ 1 MB of unused slots over the 7,000 first words and their second words).
    e.firstBits = bits.length ? bits.slice() : EMPTY_NUMS; e.firstSteps = steps.length ? steps.slice() : EMPTY_STEPS;
    e.anchors = e.anchors.length ? e.anchors.slice() : EMPTY_NUMS;
    if (e.second) for (const x of e.second.values()) { x.bits = x.bits.slice(); x.steps = x.steps.slice(); }
  }
  const byPrefix = new Map<string, Array<[number, Step[]]>>();
  const bySuffix = new Map<string, Array<[number, Step[]]>>();
  const byLemma = new Map<string, Array<[number, Step[]]>>();
  const always: Array<[number, Step[]]> = [];
  for (const x of affix) {
    const st = x[1][0];
    const m = st.kind === 'prefix' ? byPrefix : st.kind === 'suffix' ? bySuffix : st.kind === 'lemma' ? byLemma : undefined;
    if (!m) { always.push(x); continue; }
    const l = m.get(st.text);
    if (l) l.push(x); else m.set(st.text, [x]);
  }
  const lengths = (m: Map<string, unknown>): number[] => [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => a - b);
  const prefixLengths = lengths(byPrefix), suffixLengths = lengths(bySuffix);
  const prefixHeads = new Set([...byPrefix.keys()].map((k) => k.slice(0, prefixLengths[0])));
  const suffixTails = new Set([...bySuffix.keys()].map((k) => k.slice(k.length - suffixLengths[0])));
  return (theIndex = {
    byFirst, affix, byPrefix, bySuffix, byLemma, always, prefixLengths, suffixLengths, prefixHeads, suffixTails,
    regexBits, regexes, matchers, size: matchers,
  });
}

/**
 * The entries of keys at which only affix phrases start, by the lists of the index they add (branch speed26): the
 * entry is a function of those lists, and most keys add the same ones (on the 100k-word benchmark document 3,900 of
 * the 5,000 distinct keys added the one list of gap and optional first steps alone), so one entry, and one copy of
 * its lists, serves them all. Bounded by the index's lists; made again when the index is.
 */
const sharedEntries = new Map<string, KeyEntry>();
let sharedIndex: AllIndex | undefined;
const listNumbers = new Map<readonly unknown[], number>();
function listNumber(list: readonly unknown[]): number {
  let n = listNumbers.get(list);
  if (n === undefined) listNumbers.set(list, (n = listNumbers.size));
  return n;
}
function sharedEntry(lists: string, affixBits: number[], affixSteps: Step[][]): KeyEntry {
  let e = sharedEntries.get(lists);
  if (e === undefined) {
    // The pushed lists copied to their length (`slice`): a pushed array keeps at least 17 slots.
    e = { firstBits: EMPTY_NUMS, firstSteps: EMPTY_STEPS, affixBits: affixBits.slice(), affixSteps: affixSteps.slice(), anchors: EMPTY_NUMS, second: undefined };
    sharedEntries.set(lists, e);
  }
  return e;
}

/** Per token key: its static entry plus the affix phrases that can start at it (cached, bounded). */
const keyEntries = new Map<string, KeyEntry>();
const EMPTY_ENTRY: KeyEntry = { firstBits: EMPTY_NUMS, firstSteps: EMPTY_STEPS, affixBits: EMPTY_NUMS, affixSteps: EMPTY_STEPS, anchors: EMPTY_NUMS };
function keyEntry(index: AllIndex, key: string): KeyEntry {
  const e = keyEntries.get(key);
  return e ?? newKeyEntry(index, key);
}
/** The look-up's miss path, apart (its closure would give `keyEntry` a context object on every call). */
function newKeyEntry(index: AllIndex, key: string): KeyEntry {
  const base = index.byFirst.get(key) ?? EMPTY_ENTRY;
  if (sharedIndex !== index) { sharedEntries.clear(); listNumbers.clear(); sharedIndex = index; }
  const affixBits: number[] = [];
  const affixSteps: Step[][] = [];
  // Which of the index's lists were added, by number (see `sharedEntry`).
  let lists = '';
  // Exactly what `affixCandidates` selects: a `word*` first step must be a prefix of the key, a `*word` first step a
  // suffix (looked up by each prefix/suffix length that occurs), gaps and optional first steps always.
  const push = (list: Array<[number, Step[]]> | undefined): void => {
    if (!list || list.length === 0) return;
    lists += `${listNumber(list)},`;
    for (let i = 0; i < list.length; i++) { affixBits.push(list[i][0]); affixSteps.push(list[i][1]); }
  };
  push(index.always);
  if (index.byLemma.size) push(index.byLemma.get(lemmaKey(key)));
  const pl = index.prefixLengths, sl = index.suffixLengths;
  if (pl.length && key.length >= pl[0] && index.prefixHeads.has(key.slice(0, pl[0]))) {
    for (const n of pl) { if (n > key.length) break; push(index.byPrefix.get(key.slice(0, n))); }
  }
  if (sl.length && key.length >= sl[0] && index.suffixTails.has(key.slice(key.length - sl[0]))) {
    for (const n of sl) { if (n > key.length) break; push(index.bySuffix.get(key.slice(key.length - n))); }
  }
  // Nothing starts at this key: share one empty entry instead of allocating one per word. Only affix phrases start
  // here: one entry for every key that adds the same lists of the index (`sharedEntry`).
  const e = base === EMPTY_ENTRY ? (affixBits.length === 0 ? EMPTY_ENTRY : sharedEntry(lists, affixBits, affixSteps))
    : { firstBits: base.firstBits, firstSteps: base.firstSteps, affixBits: affixBits.length ? affixBits.slice() : EMPTY_NUMS, affixSteps: affixSteps.length ? affixSteps.slice() : EMPTY_STEPS, anchors: base.anchors, second: base.second };
  if (keyEntries.size >= 50000) keyEntries.clear();
  keyEntries.set(key, e);
  return e;
}

/** All bits of a sentence (cues and registered matchers), cached by the sentence text (offset-free); bounded. */
const bitsCache = new Map<string, PackedBits>();

/**
 * The rules and readers also test registered lists on a sentence's text as a string (`s.raw`, `s.low`, the flattened
 * text, which is `s.low` for most sentences): ≈ 70k string runs on the 100k-word document, each tokenizing the text
 * and looking up every token again, for bits the combined pass already holds. A matcher alone on a string reads
 * exactly two things, `textKeys(text)` and `text.toLowerCase()`, as the combined pass reads the sentence's token keys
 * and `s.low` (the phrase-pass tests hold the two equal). So a string that is a sentence's raw or lowercase text takes
 * that sentence's bits when its own keys and lowercase are the same as the sentence's, checked once per text (the
 * lowercase text of "HTTP://…" or "İ…" tokenizes otherwise: then the matcher runs alone, as before).
 */
interface TextBits {
  /** `same`: does the lowercase text take the bits (0 not yet asked, 1 yes, 2 no; the raw text always does). */
  raw: string; keys: readonly string[]; low: string; bits: PackedBits; same: 0 | 1 | 2;
  /** `caseSafe(raw, low)`: 0 not yet asked, 1 yes, 2 no. */
  safe: 0 | 1 | 2;
}
const textBits = new Map<string, TextBits>();
let lastStringText: string | undefined;
let lastStringBits: PackedBits | undefined;
function noteTextBits(s: Sentence, keys: readonly string[], bits: PackedBits): void {
  if (textBits.size >= 40000) { textBits.clear(); lastStringText = undefined; }
  // The raw text is the sentence's own text: its keys are the sentence's (see `sentenceTextKeys`), and its lowercase is
  // `s.low` (built as `raw.toLowerCase()`), so the bits answer it without a check.
  // One entry for both texts (branch speed26): `same` answers for the lowercase text; the raw text needs no check.
  const e: TextBits = { raw: s.raw, keys, low: s.low, bits, same: s.low === s.raw ? 1 : 0, safe: 0 };
  textBits.set(s.raw, e);
  if (s.low !== s.raw) textBits.set(s.low, e);
}
/** The combined-pass bits that answer string tests on `text` exactly, if it is a sentence's text (see `textBits`). */
function stringBits(text: string): PackedBits | undefined {
  if (text === lastStringText) return lastStringBits;
  const e = textBits.get(text);
  let bits: PackedBits | undefined;
  if (e !== undefined) {
    if (text === e.raw) bits = e.bits;
    else {
      if (e.same === 0) e.same = isSafe(e) || (lowOf(text) === e.low && sameKeys(textKeys(text), e.keys)) ? 1 : 2;
      if (e.same === 1) bits = e.bits;
    }
  }
  lastStringText = text; lastStringBits = bits;
  return bits;
}

/*
 * Branch speed17: a text that is a sentence's own raw or lowercase text (noted by the combined pass, `textBits`) takes
 * that sentence's token keys, and their offsets, instead of being tokenized again (≈ 12,900 of the 18,500 texts the
 * readers tokenized on the 100k-word document were such texts). Exact:
 * - the raw text is the sentence's slice of the masked text with CR, LF and tab made spaces, and the tokenizer treats
 *   those four characters alike everywhere (its space table, `\s` and `\S` in its patterns), so `tokenKeys(s.raw)` is
 *   the sentence's keys, always;
 * - the lowercase text tokenizes to the same keys when lowercasing cannot have changed a token (`caseSafe`, read on the
 *   lowercase text): every character lies below U+0250 or in a block without case (general punctuation, currency
 *   symbols, arrows to OCR, box drawing to dingbats; not the circled letters, whose case a symbol key keeps), so it was
 *   a character of the same class one for one (`İ` lowercases to `i` + U+0307, a final `Σ` to `ς`: both fall outside),
 *   and the text holds none of the places where the tokenizer looks at case: `https?://`, `www.`, `t/m`, `'s`/`'t`
 *   before a word, and a hyphen before a space (`Zorg- En`); any other text is checked by tokenizing it, as before;
 * - the offsets, only where `caseSafe` holds (then every token's key is as long as its text): a token starts at the
 *   first non-space character after the previous one (the tokenizer skips nothing but `\s`) and is as long as its key;
 *   checked against the lowercase text as they are read, any difference falls back to tokenizing.
 * `test/unit/speed17.test.ts` compares both with the tokenizer on the examples, fixtures and random texts.
 */
function isSafe(e: TextBits): boolean {
  if (e.safe === 0) e.safe = caseSafe(e.low) ? 1 : 2;
  return e.safe === 1;
}
const CASE_PLACES = /https?:\/\/|www\.|t\/m|'[st]|-\s/;
/** Does lowercasing leave the tokens of a text with this lowercase the same (see above)? Exported for the test. */
export function caseSafe(low: string): boolean {
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c >= 0x250 && !((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x245f) || (c >= 0x2500 && c <= 0x27bf))) return false;
  }
  return !CASE_PLACES.test(low);
}
/** The sentence's keys for its own raw or (case-safe) lowercase text, if the combined pass noted it. */
function sentenceTextKeys(text: string): string[] | undefined {
  const e = textBits.get(text);
  if (e === undefined || (text !== e.raw && !isSafe(e))) return undefined;
  return e.keys as string[];
}
/** `text.toLowerCase()` of a sentence's raw text: the sentence's `low`. */
function sentenceLow(text: string): string | undefined {
  const e = textBits.get(text);
  return e !== undefined && text === e.raw ? e.low : undefined;
}
/** Keys and offsets of a sentence's own text (see above), read from its keys; undefined when not such a text or not case-safe. */
function sentenceTextTokens(text: string): TextTokens | undefined {
  const e = textBits.get(text);
  if (e === undefined || !isSafe(e)) return undefined;
  const keys = e.keys, low = e.low, n = keys.length;
  const starts = new Int32Array(n), ends = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p < low.length && isSpaceCode(low.charCodeAt(p))) p++;
    const k = keys[i];
    if (!low.startsWith(k, p)) return undefined;
    starts[i] = p; p += k.length; ends[i] = p;
  }
  return { keys: keys as string[], starts, ends };
}
/** `\s` of a regular expression, for one UTF-16 code unit. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** For the test: what `textTokens` gives for a text (from the sentence's keys where it can), and whether it came from them. */
export function textTokensForTests(text: string): { keys: string[]; starts: number[]; ends: number[]; fromSentence: boolean } {
  const t = sentenceTextTokens(text);
  const k = sentenceTextKeys(text);
  if (t && k !== t.keys) throw new Error('keys and tokens disagree');
  const x = t ?? (() => { const st: number[] = [], en: number[] = []; const keys = tokenKeys(text, st, en); return { keys, starts: Int32Array.from(st), ends: Int32Array.from(en) }; })();
  return { keys: k ?? x.keys, starts: [...x.starts], ends: [...x.ends], fromSentence: k !== undefined };
}
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
/**
 * A sentence's bits are kept packed, 32 to a word, with the number of bits they cover as the last word (branch speed26):
 * one byte per bit was a `Uint8Array` of 329 bytes per sentence text with its `ArrayBuffer` outside the heap (≈ 450
 * bytes a sentence, 2.3 MB on the 100k-word benchmark document); packed they are 12 words, which V8 keeps inside the
 * heap object. Signed words (`Int32Array`) read with `>>`: every value read is a small integer, so code that is not
 * optimised (the CLI's baseline code) boxes no number (a `Uint32Array` word with bit 31 set would be a heap number on
 * every read). `bitAt` reads one: 1 or 0, or -1 when the bits do not cover the slot (made before the list was).
 */
export type PackedBits = Int32Array;
export function bitAt(b: PackedBits, slot: number): number {
  return slot < b[b.length - 1] ? (b[slot >> 5] >> (slot & 31)) & 1 : -1;
}

/** The last sentence text asked and its bits: the readers ask one sentence about many lists in a row. */
let lastBitsRaw: string | undefined;
let lastBits: PackedBits | undefined;
function sentenceBits(s: Sentence): PackedBits {
  if (s.raw === lastBitsRaw) return lastBits!;
  const hit = bitsCache.get(s.raw);
  if (hit) { lastBitsRaw = s.raw; lastBits = hit; return hit; }
  const index = allIndex();
  const n = index.size;
  // Set in place, packed (`has`/`set` below are `bitAt` and its write, written out: no call per bit in baseline code).
  const bits = new Int32Array(((n + 31) >> 5) + 1);
  bits[bits.length - 1] = n;
  // Computed once per sentence text (the bits are cached), so the keys are not kept.
  const keys = keyCache.get(s.raw) ?? s.tokens.map(tokenKey);
  let maybe: Uint8Array | undefined;
  for (let i = 0; i < keys.length; i++) {
    const e = keyEntry(index, keys[i]);
    const fb = e.firstBits;
    for (let j = 0; j < fb.length; j++) { const b = fb[j]; if (((bits[b >> 5] >> (b & 31)) & 1) === 0 && matchFrom(keys, i + 1, e.firstSteps[j], 1)) bits[b >> 5] |= 1 << (b & 31); }
    // Second step a literal: it must be the next key (what matchFrom would check first).
    const x = e.second && i + 1 < keys.length ? e.second.get(keys[i + 1]) : undefined;
    if (x) for (let j = 0; j < x.bits.length; j++) { const b = x.bits[j]; if (((bits[b >> 5] >> (b & 31)) & 1) === 0 && matchFrom(keys, i + 2, x.steps[j], 2)) bits[b >> 5] |= 1 << (b & 31); }
    const ab = e.affixBits;
    for (let j = 0; j < ab.length; j++) { const b = ab[j]; if (((bits[b >> 5] >> (b & 31)) & 1) === 0 && matchFrom(keys, i, e.affixSteps[j], 0)) bits[b >> 5] |= 1 << (b & 31); }
    const an = e.anchors;
    if (an.length) { maybe ??= new Uint8Array(index.regexes.length); for (let j = 0; j < an.length; j++) maybe[an[j]] = 1; }
  }
  // A `re:` phrase runs only when one of its anchors occurs as a token (see `regexAnchors`), or when it has none.
  for (let r = 0; r < index.regexes.length; r++) {
    const b = index.regexBits[r];
    if (((bits[b >> 5] >> (b & 31)) & 1) === 1) continue;
    if ((!index.regexes[r].anchors || maybe?.[r] === 1) && sentenceScan.mayContain(index.regexes[r], s.low) && regexTest(index.regexes[r], s.low)) bits[b >> 5] |= 1 << (b & 31);
  }
  if (bitsCache.size >= 20000) bitsCache.clear();
  bitsCache.set(s.raw, bits);
  noteTextBits(s, keys, bits);
  lastBitsRaw = s.raw; lastBits = bits;
  return bits;
}


/**
 * The combined-pass bits of a sentence, one per registered matcher covered by the index (`Matcher.slot` below their
 * length): `m.test(s)` is `bits[m.slot] === 1` for such a matcher. For readers that ask one sentence about many lists
 * (branch speed17: the checklist cues ask 68 per sentence), one call instead of a `vocab(id).test(s)` per list.
 */
export function registeredBits(s: Sentence): PackedBits {
  return sentenceBits(s);
}

/** The matchers covered by the combined index (exported for the test that compares it with each matcher alone). */
export function registeredMatchers(): readonly Matcher[] {
  return REGISTRY.slice(0, allIndex().matchers);
}

/**
 * For the test that the needle scan is exact: for every `re:` phrase made so far, `[needle scan says it may match,
 * an includes per needle says it may]` on this lowercase text (a fresh scan object, so nothing is reused).
 */
export function needleScanPairsForTests(low: string): Array<[boolean, boolean]> {
  const scan = new NeedleScan();
  return [...regexPhrases.values()].map((r) => [scan.mayContain(r, low), mayContain(r, low)]);
}
