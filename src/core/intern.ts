/**
 * One object per distinct value, for the small immutable records that every token of a document gets (branch speed26,
 * peak memory of the CLI, docs/performance.md "Peak memory").
 */
import type { Tag } from './read/lexicon';

/**
 * Tags by lemma: the tags already made with that lemma (a handful: the word classes a lemma is read as). A tag is a
 * value — six fields, written only by the tagger before it returns (`Lexicon.tagWords`), read by field everywhere
 * after it, never compared by identity, never a map key — so equal tags can be one object. On the 100k-word benchmark
 * document the tagger made 115,700 tag objects (72 bytes each, 8.3 MB alive to the end of the analysis) for ≈ 9,000
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
