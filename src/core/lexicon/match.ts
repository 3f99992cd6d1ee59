/**
 * Phrase matching. A phrase is written as plain words ("binnen bestaande middelen"); between words any
 * whitespace matches; `*` at the end of a word matches any letters ("inspann*" → inspanning, inspannen).
 * Word edges are Unicode-aware (diacritics count as letters). Patterns are plain alternations: linear time.
 */
import { memoize, type Sentence } from '../document';

const cache = new Map<string, RegExp>();

function escapeWord(w: string): string {
  const star = w.endsWith('*');
  const core = (star ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return star ? `${core}[\\p{L}\\p{M}-]*` : core;
}

export function phraseSource(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/).map(escapeWord).join('\\s+');
}

/**
 * Characters whose case-insensitive (`iu`) match is exactly "lowercase equals": for these, a phrase can only
 * match where the lowercased text contains its first word. (Checked exhaustively over all code points: the one
 * exception is U+017F LONG S, which `/s/iu` matches but which lowercases to itself; texts holding it skip the
 * pre-check.)
 */
const PLAIN_CHARS = /^[a-z0-9\-'.’àáâäèéêëìíîïòóôöùúûüçñ&/]+$/;
const LONG_S = '\u017f';

/**
 * Per compiled phrase regex: the literal first words of its phrases (the part before a `*`), reduced to a
 * minimal set (a word that contains another listed word adds nothing). A text whose lowercase form contains none
 * of them cannot match, so the regex is not run. Undefined when some phrase starts otherwise (no pre-check).
 */
const needlesOf = new WeakMap<RegExp, string[]>();

function firstWordNeedles(phrases: readonly string[]): string[] | undefined {
  const words = new Set<string>();
  for (const p of phrases) {
    const w = p.trim().toLowerCase().split(/\s+/)[0];
    const lit = w.endsWith('*') ? w.slice(0, -1) : w;
    if (!lit || !PLAIN_CHARS.test(lit)) return undefined;
    words.add(lit);
  }
  const sorted = [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const out: string[] = [];
  for (const w of sorted) if (!out.some((n) => w.includes(n))) out.push(w);
  return out;
}

/** False when `text` certainly holds no match of `re` (see `needlesOf`); true when it may. */
function mayMatch(re: RegExp, text: string): boolean {
  const needles = needlesOf.get(re);
  if (!needles) return true;
  const low = text.toLowerCase();
  if (low.includes(LONG_S)) return true;
  for (let i = 0; i < needles.length; i++) if (low.includes(needles[i])) return true;
  return false;
}

/** One global, case-insensitive regex for a list of phrases (longest first, so longer phrases win). */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    const list = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    const alts = list.map(phraseSource);
    re = new RegExp(alts.length ? `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])` : '(?!)', 'giu');
    const needles = alts.length ? firstWordNeedles(list) : undefined;
    if (needles) needlesOf.set(re, needles);
    cache.set(key, re);
  }
  return re;
}

export interface PhraseHit { start: number; end: number; text: string }

/** All non-overlapping matches in `text`, offsets shifted by `offset`. */
export function matchPhrases(re: RegExp, text: string, offset = 0): PhraseHit[] {
  const out: PhraseHit[] = [];
  if (!mayMatch(re, text)) return out;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const reKeys = new WeakMap<RegExp, string>();
let reCount = 0;

/** The memo key of a compiled phrase regex (one per RegExp object; compilePhrases returns the same object for the same list). */
export function regexKey(re: RegExp): string {
  let k = reKeys.get(re);
  if (!k) { k = `re#${reCount++}`; reKeys.set(re, k); }
  return k;
}

/** `hasPhrase(re, s.low)`, memoised per sentence (the answer depends on the sentence text only). */
export function sentenceHasPhrase(s: Sentence, re: RegExp): boolean {
  return memoize(s, regexKey(re), () => hasPhrase(re, s.low));
}

export function hasPhrase(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return false;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}
