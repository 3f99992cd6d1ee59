/**
 * The word classes of the OpenTaal Dutch word list (generated into wordlist-data.ts by scripts/build-wordlist.mjs;
 * docs/lexicon.md, "The word list"): whether a form the treebanks lack can be a noun, a verb form or an adjective.
 * The guesser of the lexicon (`Lexicon.guess`) keeps an unknown word's noun, verb and adjective readings to those
 * classes, and `Lexicon.computeHead` takes heads and modifiers of compounds from the list. A compound is looked up by its
 * longest listed ending ("gebiedsgericht" → "gericht"), as the build reduced the list that way: that gives back the
 * classes of every expanded form exactly.
 *
 * The data stays one string: a sorted, front-coded list (per line the letters shared with the line before, the class
 * digit, the rest) whose every 16th line is written in full. The first lookup notes where those bucket heads start (one
 * pass over the string, no words built); a lookup binary-searches the heads and walks at most one bucket in place, and
 * its answer is kept (a compound's endings recur across a document). The data is required on first use: the bundles
 * share one file of it (dist/wordlist.js, esbuild.js), and an analysis without unknown words never loads it.
 */
import type * as WordListData from './wordlist-data';

/** Class bits: 1 noun, 2 verb, 4 adjective. */
export const WL_NOUN = 1, WL_VERB = 2, WL_ADJ = 4;
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;
const BUCKET = 16;
const MEMO_MAX = 50000;

let heads: number[] | undefined;
let text: string | undefined;
const memo = new Map<string, number>();

/** The list's data (on first use). */
function wordListData(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (text ??= (require('./wordlist-data') as typeof WordListData).WORDLIST_DATA);
}

/** The offsets of the bucket heads (every BUCKET-th line). */
function index(data: string): number[] {
  if (heads) return heads;
  const out: number[] = [];
  let line = 0;
  for (let at = 0; at < data.length; line++) {
    if (line % BUCKET === 0) out.push(at);
    const end = data.indexOf('\n', at);
    at = end < 0 ? data.length : end + 1;
  }
  return (heads = out);
}

/** Compares `w` with the full word on the head line at `at` (after its shared-length and class characters), in place. */
function compareHead(data: string, at: number, w: string): number {
  let i = at + 2;
  for (let k = 0; k < w.length; k++, i++) {
    const c = i < data.length ? data.charCodeAt(i) : 10;
    if (c === 10) return 1; // the head ends first: w is longer, so after it
    const d = w.charCodeAt(k) - c;
    if (d !== 0) return d;
  }
  return i < data.length && data.charCodeAt(i) !== 10 ? -1 : 0;
}

/** The classes of one listed form (0 when not listed): a binary search of the bucket heads, then one bucket in place. */
function lookup(w: string): number {
  const data = wordListData();
  const hs = index(data);
  let lo = 0, hi = hs.length - 1, bucket = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareHead(data, hs[mid], w);
    if (c === 0) return data.charCodeAt(hs[mid] + 1) - 48;
    if (c < 0) hi = mid - 1; else { bucket = mid; lo = mid + 1; }
  }
  if (bucket < 0) return 0;
  // Walk the bucket: `match` is how many leading letters of w the line before shares with it; a line that shares more
  // with its predecessor than that cannot match (sorted order), one that shares less is past w.
  let at = hs[bucket];
  const stop = bucket + 1 < hs.length ? hs[bucket + 1] : data.length;
  let match = 0;
  for (let first = true; at < stop; first = false) {
    const shared = first ? 0 : parseInt(data[at], 36);
    let end = data.indexOf('\n', at);
    if (end < 0 || end > stop) end = stop;
    if (shared <= match) {
      let k = shared, i = at + 2;
      while (i < end && k < w.length && data.charCodeAt(i) === w.charCodeAt(k)) { i++; k++; }
      if (i === end && k === w.length) return data.charCodeAt(at + 1) - 48;
      if (i < end && (k === w.length || data.charCodeAt(i) > w.charCodeAt(k))) return 0;
      match = k;
    }
    at = end + 1;
  }
  return 0;
}

/** `lookup`, kept per form. */
function listed(w: string): number {
  let b = memo.get(w);
  if (b === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(w, (b = lookup(w)));
  }
  return b;
}

/** Whether the list holds the form itself as a noun (not through an ending): a possible head of a compound. */
export function listedNoun(lower: string): boolean {
  return (listed(lower) & WL_NOUN) !== 0;
}

/** Whether the list holds the form itself (any class). */
export function listedWord(lower: string): boolean {
  return listed(lower) !== 0;
}

/** The classes of a lower-case form: the form's own, else its longest listed ending's (0 when neither is listed). */
export function wordClasses(lower: string): number {
  const b = listed(lower);
  if (b) return b;
  for (let i = MIN_MODIFIER; i <= lower.length - MIN_HEAD; i++) {
    const h = listed(lower.slice(i));
    if (h) return h;
  }
  return 0;
}
