/**
 * The word classes of the OpenTaal Dutch word list (generated into wordlist-data.ts by scripts/build-wordlist.mjs;
 * docs/lexicon.md, "De woordenlijst"): whether a form the treebanks lack can be a noun, a verb form or an adjective.
 * The guesser of the lexicon (`Lexicon.guess`) keeps only readings of those classes. A compound is looked up by its
 * longest listed ending ("gebiedsgericht" → "gericht"), as the build reduced the list that way: that gives back the
 * classes of every expanded form exactly.
 *
 * The data stays one string: per class set a sorted, front-coded list whose every 16th line is written in full. The
 * first lookup notes where those bucket heads start (one pass over the string, no words built); a lookup
 * binary-searches the heads and decodes at most one bucket. The data is required on first use: the bundles share one
 * file of it (dist/wordlist.js, esbuild.js), and an analysis without unknown words never loads it.
 */
import type * as WordListData from './wordlist-data';

/** Class bits: 1 noun, 2 verb, 4 adjective. */
export const WL_NOUN = 1, WL_VERB = 2, WL_ADJ = 4;
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;
const BUCKET = 16;

interface Section { bits: number; heads: number[]; end: number }
let sections: Section[] | undefined;
let text: string | undefined;

/** The list's data (on first use). */
function wordListData(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (text ??= (require('./wordlist-data') as typeof WordListData).WORDLIST_DATA);
}

/** The sections with the offsets of their bucket heads (the lines that share nothing with the line before). */
function index(): Section[] {
  if (sections) return sections;
  const data = wordListData();
  const out: Section[] = [];
  let cur: Section | undefined;
  let line = 0;
  for (let at = 0; at < data.length;) {
    let end = data.indexOf('\n', at);
    if (end < 0) end = data.length;
    if (data.charCodeAt(at) === 35 /* # */) {
      if (cur) cur.end = at - 1;
      cur = { bits: Number(data.slice(at + 1, end)), heads: [], end: data.length };
      out.push(cur);
      line = 0;
    } else {
      if (line % BUCKET === 0) cur!.heads.push(at);
      line++;
    }
    at = end + 1;
  }
  return (sections = out);
}

/** Compares `w` with the full word on the head line at `at` (its text after the shared-length character), in place. */
function compareHead(data: string, at: number, w: string): number {
  let i = at + 1;
  for (let k = 0; k < w.length; k++, i++) {
    const c = i < data.length ? data.charCodeAt(i) : 10;
    if (c === 10) return 1; // the head ends first: w is longer, so after it
    const d = w.charCodeAt(k) - c;
    if (d !== 0) return d;
  }
  return i < data.length && data.charCodeAt(i) !== 10 ? -1 : 0;
}

/** Whether the section lists `w`: a binary search of the bucket heads, then the one bucket decoded in place. */
function inSection(data: string, s: Section, w: string): boolean {
  let lo = 0, hi = s.heads.length - 1, bucket = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareHead(data, s.heads[mid], w);
    if (c === 0) return true;
    if (c < 0) hi = mid - 1; else { bucket = mid; lo = mid + 1; }
  }
  if (bucket < 0) return false;
  // Walk the bucket: `match` is how many leading letters of w the current line's word shares with it.
  let at = s.heads[bucket];
  const stop = bucket + 1 < s.heads.length ? s.heads[bucket + 1] : s.end;
  let match = 0;
  let first = true;
  while (at < stop) {
    const shared = first ? 0 : parseInt(data[at], 36);
    first = false;
    let end = data.indexOf('\n', at);
    if (end < 0 || end > stop) end = stop;
    // Lines sharing more with the line before than that line shared with w cannot match (sorted order).
    if (shared <= match) {
      let k = shared, i = at + 1;
      while (i < end && k < w.length && data.charCodeAt(i) === w.charCodeAt(k)) { i++; k++; }
      if (i === end && k === w.length) return true;
      if (i < end && (k === w.length || data.charCodeAt(i) > w.charCodeAt(k))) return false;
      match = k;
    }
    at = end + 1;
  }
  return false;
}

/** The classes of one listed form (0 when not listed). */
function listed(w: string): number {
  const data = wordListData();
  for (const s of index()) if (inSection(data, s, w)) return s.bits;
  return 0;
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
