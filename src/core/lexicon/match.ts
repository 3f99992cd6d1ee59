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

/** One global, case-insensitive regex for a list of phrases (longest first, so longer phrases win). */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    const alts = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(phraseSource);
    re = new RegExp(alts.length ? `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])` : '(?!)', 'giu');
    cache.set(key, re);
  }
  return re;
}

export interface PhraseHit { start: number; end: number; text: string }

/** All non-overlapping matches in `text`, offsets shifted by `offset`. */
export function matchPhrases(re: RegExp, text: string, offset = 0): PhraseHit[] {
  const out: PhraseHit[] = [];
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
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}
