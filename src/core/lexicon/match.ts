/**
 * Phrase matching. A phrase is written as plain words ("binnen bestaande middelen"); between words any
 * whitespace matches; `*` at the end of a word matches any letters ("inspann*" → inspanning, inspannen).
 * Word edges are Unicode-aware (diacritics count as letters). Patterns are plain alternations: linear time.
 */
import { memoize, type Sentence } from '../document';
import { primeRegex } from '../text/prime';

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
 * match where the lowercased text contains its words. (Checked exhaustively over all code points, see
 * test/unit/prefilter.test.ts: the one exception is U+017F LONG S, which `/s/iu` matches but which lowercases to
 * itself; texts holding it skip the pre-check.)
 */
const PLAIN_CHARS = /^[a-z0-9\-'.’àáâäèéêëìíîïòóôöùúûüçñ&/]+$/;
const LONG_S = '\u017f';
/** A whole word of plain letters and digits: all of it is [\p{L}\p{N}], and its case-insensitive match is plain. */
const RUN_WORD = /^[a-z0-9àáâäèéêëìíîïòóôöùúûüçñ]+$/;

/**
 * Per compiled phrase regex, an exact pre-check: a text without any of these can hold no match, so the regex is
 * not run. Per phrase one needle: preferably its longest word that is a whole run of letters/digits (`words`):
 * in a match every such word of the phrase stands between non-letters (the look-behind, `\s+` between words,
 * the look-ahead), so it is a whole maximal run of [\p{L}\p{N}] in the lowercased text; else the literal part
 * of its first word as a substring (`subs`). Undefined when some phrase has neither (no pre-check).
 */
interface PreCheck { words: Set<string>; subs: string[] }
const preOf = new WeakMap<RegExp, PreCheck>();

function preCheck(phrases: readonly string[]): PreCheck | undefined {
  const words = new Set<string>();
  const subs = new Set<string>();
  for (const p of phrases) {
    const pieces = p.trim().toLowerCase().split(/\s+/);
    let best = '';
    for (const w of pieces) if (!w.endsWith('*') && RUN_WORD.test(w) && w.length > best.length) best = w;
    if (best) { words.add(best); continue; }
    const w = pieces[0];
    const lit = w.endsWith('*') ? w.slice(0, -1) : w;
    if (!lit || !PLAIN_CHARS.test(lit)) return undefined;
    subs.add(lit);
  }
  // A substring needle that contains another adds nothing.
  const sorted = [...subs].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const minimal: string[] = [];
  for (const w of sorted) if (!minimal.some((n) => w.includes(n))) minimal.push(w);
  return { words, subs: minimal };
}

/** Per text (raw or lowercase, as the rules pass it): its lowercase form and its letter/digit runs. */
interface TextInfo { low: string; runs: string[]; longS: boolean }
const LN = /[\p{L}\p{N}]/u;
/** [\p{L}\p{N}] for the code points below 0x250 (ASCII, Latin-1, Latin Extended-A/B): no regex per character. */
const LN_TABLE = Uint8Array.from({ length: 0x250 }, (_, c) => (LN.test(String.fromCharCode(c)) ? 1 : 0));
const infoCache = new Map<string, TextInfo>();
function textInfo(text: string): TextInfo {
  let info = infoCache.get(text);
  if (info) return info;
  const low = text.toLowerCase();
  // The maximal runs of [\p{L}\p{N}] (by code point, as `/[\p{L}\p{N}]+/gu` would find them).
  const runs: string[] = [];
  let s = -1;
  for (let i = 0; i < low.length;) {
    const c = low.charCodeAt(i);
    let ln: number | boolean, w = 1;
    if (c < 0x250) ln = LN_TABLE[c];
    else { const cp = low.codePointAt(i)!; if (cp > 0xffff) w = 2; ln = LN.test(String.fromCodePoint(cp)); }
    if (ln) { if (s < 0) s = i; } else if (s >= 0) { runs.push(low.slice(s, i)); s = -1; }
    i += w;
  }
  if (s >= 0) runs.push(low.slice(s));
  info = { low, runs, longS: low.includes(LONG_S) };
  if (infoCache.size >= 20000) infoCache.clear();
  infoCache.set(text, info);
  return info;
}

/** False when `text` certainly holds no match of `re` (see `preOf`); true when it may. */
function mayMatch(re: RegExp, text: string): boolean {
  const pre = preOf.get(re);
  if (!pre) return true;
  const info = textInfo(text);
  if (info.longS) return true;
  const runs = info.runs;
  for (let i = 0; i < runs.length; i++) if (pre.words.has(runs[i])) return true;
  const subs = pre.subs;
  for (let i = 0; i < subs.length; i++) if (info.low.includes(subs[i])) return true;
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
    const pre = alts.length ? preCheck(list) : undefined;
    if (pre) preOf.set(re, pre);
    cache.set(key, re);
  }
  return re;
}

export interface PhraseHit { start: number; end: number; text: string }

/** All non-overlapping matches in `text`, offsets shifted by `offset`. */
export function matchPhrases(re: RegExp, text: string, offset = 0): PhraseHit[] {
  const out: PhraseHit[] = [];
  if (!mayMatch(re, text)) return out;
  primeRegex(re);
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
  primeRegex(re);
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/** The letter/digit runs of a text's lowercase form (exported for the test that shows the scan is exact). */
export function textRuns(text: string): string[] {
  return textInfo(text).runs;
}
