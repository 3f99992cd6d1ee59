/**
 * One object per distinct value, for the small immutable records that every token of a document gets (branch speed26,
 * peak memory of the CLI, docs/performance.md "Peak memory").
 */
import type { Tag } from './read/lexicon';

/**
 * Tags by lemma: the tags already made with that lemma (a handful: the word classes a lemma is read as). A tag is a
 * value — six fields, written only by the tagger before it returns (`Lexicon.tagWords`), read by field everywhere
 * after it, never compared by identity, never a map key — so equal tags can be one object. On the 100k-word benchmark
 * document the tagger made 115,700 tag objects (72 bytes each, 8.3 MB alive to the end of the analysis) for ≈ 5,700
 * distinct values. Bounded like the memos by sentence text: cleared when full.
 */
const tagsByLemma = new Map<string, Tag[]>();
const TAG_LEMMAS_MAX = 30_000;

/** Replace every tag of `tags` (in place) by the first tag seen with the same fields. */
export function shareTags(tags: Tag[]): Tag[] {
  if (tagsByLemma.size >= TAG_LEMMAS_MAX) tagsByLemma.clear();
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const same = tagsByLemma.get(t.lemma);
    if (same === undefined) { tagsByLemma.set(t.lemma, [t]); continue; }
    let found: Tag | undefined;
    for (let j = 0; j < same.length; j++) {
      const x = same[j];
      if (x.pos === t.pos && x.verbForm === t.verbForm && x.tense === t.tense && x.number === t.number && x.unknown === t.unknown) { found = x; break; }
    }
    if (found === undefined) same.push(t);
    else tags[i] = found;
  }
  return tags;
}

/**
 * One string per distinct short token text or key (branch speed25, in document.ts then; the phrase matcher's per-text
 * keys since speed26). The tokenizer makes new strings per token (its text, a copy when it is short, and its
 * lowercase), so the 116,000 tokens of the 100k-word benchmark document held 200,000 string objects for 5,600 distinct
 * values (5.8 MB, alive from the parse to the end of the analysis), and the token keys of the texts the phrase matcher
 * tests as strings (`vocab/phrase.ts` `textKeys`, `textTokens`: ≈ 18,000 clause and window texts there) as many again.
 * A string is replaced by the first string of the same value. Only strings shorter than 13 characters are kept here:
 * V8 makes a longer slice a view of the whole text, which this map would keep alive after the analysis (the extension's
 * analysis thread builds a new text per keystroke). Strings are values: nothing reads them differently.
 */
const strings = new Map<string, string>();
const STRINGS_MAX = 50_000;
/** Start a batch of `shareString` calls: clears the table when it is full (between batches, never inside one). */
export function shareStringsBegin(): void {
  if (strings.size >= STRINGS_MAX) strings.clear();
}
/** The first string of this value seen (itself when new, or when not short). */
export function shareString(s: string): string {
  if (s.length >= 13) return s;
  const x = strings.get(s);
  if (x === undefined) { strings.set(s, s); return s; }
  return x;
}
/**
 * `shareString` on every key of `keys`, as a copy of exactly their number: the tokenizer pushes the keys, so its array
 * has up to half of its capacity unused (V8 grows a pushed array to 1.5 × its length + 16), and the copy is what a
 * cache keeps.
 */
export function shareKeys(keys: string[]): string[] {
  shareStringsBegin();
  for (let i = 0; i < keys.length; i++) keys[i] = shareString(keys[i]);
  return keys.slice();
}

/**
 * A list kept for the whole analysis (branch speed26): one frozen empty list when it is empty, else a copy of exactly
 * its length (a pushed array keeps at least 17 slots, up to half of its capacity unused). Nothing writes into a kept
 * list (frozen: a write would throw).
 */
const NONE: readonly never[] = Object.freeze([]);
export function keptList<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE as unknown as T[] : xs.slice();
}
