/**
 * Phrase matching. A phrase is written as plain words ("binnen bestaande middelen"); between words any
 * whitespace matches; `*` at the end of a word matches any letters ("inspann*" → inspanning, inspannen).
 * Word edges are Unicode-aware (diacritics count as letters). Patterns are plain alternations: linear time.
 */
import { memoize, type Sentence } from '../document';
import { primeRegex } from '../text/prime';

const cache = new Map<string, RegExp>();

/** A literal for a regex source. */
function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeWord(w: string): string {
  const star = w.endsWith('*');
  const core = escapeLiteral(star ? w.slice(0, -1) : w);
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
interface PreCheck { words: Set<string>; subs: string[]; fastSrc?: string; fast?: RegExp; /** Bit in `wordMasks` (ids ≥ MASK_BITS have none). */ id: number }
/** Needle word → bit mask of the pre-checks (by id) that hold it: a text's runs are looked up once, not once per family. */
const wordMasks = new Map<string, number>();
const MASK_BITS = 30;
let preCount = 0;
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
  const id = preCount++;
  if (id < MASK_BITS) for (const w of words) wordMasks.set(w, (wordMasks.get(w) ?? 0) | (1 << id));
  return { words, subs: minimal, id };
}

/**
 * Per text (raw or lowercase, as the rules pass it): its lowercase form, the mask of its letter/digit runs, and whether it is
 * "plain": every code unit below 0x250 (ASCII, Latin-1, Latin Extended-A/B) whose lowercase form stays there,
 * other than U+0130 and U+017F (PLAIN_TABLE), or one of the caseless punctuation and space characters in PLAIN_EXTRA. On a plain text the lowercase variant of a
 * phrase regex (`fastRegex`) finds exactly what the `iu` regex finds (the character conditions are checked for
 * every plain character in test/unit/prefilter.test.ts).
 */
interface TextInfo { low: string; longS: boolean; plain: boolean; /** OR of `wordMasks` over the text's runs, for the pre-checks with id < maskCount. */ mask: number; maskCount: number }
const LN = /[\p{L}\p{N}]/u;
/** [\p{L}\p{N}] for the code points below 0x250 (ASCII, Latin-1, Latin Extended-A/B): no regex per character. */
const LN_TABLE = Uint8Array.from({ length: 0x250 }, (_, c) => (LN.test(String.fromCharCode(c)) ? 1 : 0));
/** Caseless punctuation, symbols and spaces above 0x250 that policy texts use (dashes, curly quotes, €, …). */
export const PLAIN_EXTRA = '–—‘’‚‛“”„…€•·′″‰†‡‹›™\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
const PLAIN_EXTRA_SET = new Set([...PLAIN_EXTRA].map((c) => c.charCodeAt(0)));
/** Plain below 0x250: not U+0130 or U+017F, and the lowercase form is one character below 0x250 (not so for e.g. U+0181). */
const PLAIN_TABLE = Uint8Array.from({ length: 0x250 }, (_, c) => {
  const low = String.fromCharCode(c).toLowerCase();
  return c !== 0x130 && c !== 0x17f && low.length === 1 && low.charCodeAt(0) < 0x250 ? 1 : 0;
});
const infoCache = new Map<string, TextInfo>();

/** The maximal runs of [\p{L}\p{N}] of `low` (by code point, as `/[\p{L}\p{N}]+/gu` would find them), and whether `text` is plain. */
function scanText(text: string, low: string): { runs: string[]; plain: boolean } {
  let plain = low.length === text.length;
  const runs: string[] = [];
  let s = -1;
  for (let i = 0; i < low.length;) {
    const c = low.charCodeAt(i);
    if (plain) {
      const o = text.charCodeAt(i);
      if (o >= 0x250 ? !PLAIN_EXTRA_SET.has(o) : !PLAIN_TABLE[o]) plain = false;
    }
    let ln: number | boolean, w = 1;
    if (c < 0x250) ln = LN_TABLE[c];
    else { const cp = low.codePointAt(i)!; if (cp > 0xffff) w = 2; ln = LN.test(String.fromCodePoint(cp)); }
    if (ln) { if (s < 0) s = i; } else if (s >= 0) { runs.push(low.slice(s, i)); s = -1; }
    if (w === 2 && plain) plain = false;
    i += w;
  }
  if (s >= 0) runs.push(low.slice(s));
  return { runs, plain };
}

function maskOf(runs: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < runs.length; i++) mask |= wordMasks.get(runs[i]) ?? 0;
  return mask;
}

/**
 * The cached facts of a text. The runs themselves are not kept (only their mask): the cache lives as long as the
 * document's sentences, and keeping ~20 small strings per text made every young-generation collection copy them.
 */
function textInfo(text: string): TextInfo {
  let info = infoCache.get(text);
  if (info) return info;
  const low = text.toLowerCase();
  const { runs, plain } = scanText(text, low);
  info = { low, longS: low.includes(LONG_S), plain, mask: maskOf(runs), maskCount: Math.min(preCount, MASK_BITS) };
  if (infoCache.size >= 20000) infoCache.clear();
  infoCache.set(text, info);
  return info;
}

/** Undefined when `text` certainly holds no match of `re` (see `preOf`); else the text's info (if pre-checked). */
function mayMatch(re: RegExp, text: string): TextInfo | null | undefined {
  const pre = preOf.get(re);
  if (!pre) return null;
  const info = textInfo(text);
  if (info.longS) return info;
  if (pre.id < MASK_BITS) {
    if (info.maskCount <= pre.id) {
      // A pre-check compiled after this text was first seen: read the runs again.
      info.mask = maskOf(scanText(text, info.low).runs);
      info.maskCount = Math.min(preCount, MASK_BITS);
    }
    if (info.mask & (1 << pre.id)) return info;
  } else {
    const runs = scanText(text, info.low).runs;
    for (let i = 0; i < runs.length; i++) if (pre.words.has(runs[i])) return info;
  }
  const subs = pre.subs;
  for (let i = 0; i < subs.length; i++) if (info.low.includes(subs[i])) return info;
  return undefined;
}

/** Characters a phrase may hold for the lowercase variant (all of them match case-insensitively only their lowercase form). */
const FAST_WORD = /^[a-z0-9àáâäèéêëìíîïòóôöùúûüçñ\-'.’&/]+$/;
let fastClasses: { ln: string; star: string } | undefined;
/** [\p{L}\p{N}] and [\p{L}\p{M}-] restricted to the code points below 0x250, as explicit classes (no `u` flag needed). */
function classes(): { ln: string; star: string } {
  if (fastClasses) return fastClasses;
  const cls = (re: RegExp): string => {
    let out = '';
    for (let c = 0; c < 0x250; c++) {
      if (!re.test(String.fromCharCode(c))) continue;
      let e = c;
      while (e + 1 < 0x250 && re.test(String.fromCharCode(e + 1))) e++;
      const hex = (x: number): string => `\\u${x.toString(16).padStart(4, '0')}`;
      out += e > c ? `${hex(c)}-${hex(e)}` : hex(c);
      c = e;
    }
    return out;
  };
  return (fastClasses = { ln: `[${cls(/[\p{L}\p{N}]/u)}]`, star: `[${cls(/\p{L}/u)}\\-]` });
}

/**
 * The lowercase variant of a phrase list's regex: the same alternation without `i` and `u` (the edges and `*` as
 * explicit classes of the characters below 0x250), run on the lowercase text. Cheaper to compile and to run;
 * used only on plain texts. Undefined when a phrase holds a character outside FAST_WORD.
 */
function fastSource(list: readonly string[]): string | undefined {
  const { ln, star } = classes();
  const alts: string[] = [];
  for (const p of list) {
    const words = p.trim().toLowerCase().split(/\s+/);
    const parts: string[] = [];
    for (const w of words) {
      const isStar = w.endsWith('*');
      const core = isStar ? w.slice(0, -1) : w;
      if (core && !FAST_WORD.test(core)) return undefined;
      const esc = escapeLiteral(core);
      parts.push(isStar ? `${esc}${star}*` : esc);
    }
    alts.push(parts.join('\\s+'));
  }
  return `(?<!${ln})(?:${alts.join('|')})(?!${ln})`;
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
    if (pre) { pre.fastSrc = fastSource(list); preOf.set(re, pre); }
    cache.set(key, re);
  }
  return re;
}

export interface PhraseHit { start: number; end: number; text: string }

/**
 * The regex to run on a text that passed the pre-check, and its subject: the lowercase variant on the lowercase
 * form of a plain text (`fast`), else `re` on the text itself. Primed, with `lastIndex` 0.
 */
function runner(re: RegExp, info: TextInfo | null, text: string): { r: RegExp; subject: string; fast: boolean } {
  const pre = info && info.plain ? preOf.get(re) : undefined;
  const fastSrc = pre?.fastSrc;
  const r = fastSrc !== undefined ? (pre!.fast ??= new RegExp(fastSrc, 'g')) : re;
  primeRegex(r);
  r.lastIndex = 0;
  return fastSrc !== undefined ? { r, subject: info!.low, fast: true } : { r, subject: text, fast: false };
}

/** All non-overlapping matches in `text`, offsets shifted by `offset`. */
export function matchPhrases(re: RegExp, text: string, offset = 0): PhraseHit[] {
  const out: PhraseHit[] = [];
  const info = mayMatch(re, text);
  if (info === undefined) return out;
  // On the lowercase variant the match is read back from the text itself (same offsets: a plain text keeps its length).
  const { r, subject, fast } = runner(re, info, text);
  let m: RegExpExecArray | null;
  while ((m = r.exec(subject))) {
    if (m[0].length === 0) { r.lastIndex++; continue; }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: fast ? text.slice(m.index, m.index + m[0].length) : m[0] });
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
  const info = mayMatch(re, text);
  if (info === undefined) return false;
  const { r, subject } = runner(re, info, text);
  const ok = r.test(subject);
  r.lastIndex = 0;
  return ok;
}

/** The letter/digit runs of a text's lowercase form (exported for the test that shows the scan is exact). */
export function textRuns(text: string): string[] {
  return scanText(text, text.toLowerCase()).runs;
}

/** Whether a text is plain (see `textInfo`; exported for the test of the lowercase variant). */
export function isPlainText(text: string): boolean {
  return textInfo(text).plain;
}
