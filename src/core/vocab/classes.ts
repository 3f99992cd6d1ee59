/**
 * Views of a concept for code that classifies one word, tests a text, or checks that a text is one phrase of a list
 * (issue 13 point 5: the word lists of the rules, the checklist, the profile and the regie reader are concepts, so the
 * user's `phrases` reach them). Each view looks the concept up at call time (`vocab(id)`), so the phrases active for
 * the analysis at hand count, never the ones of an earlier call.
 */
import type { Sentence } from '../document';
import { vocab, type PhraseHit } from './index';

export interface WordTest { test(word: string): boolean }
export interface TextTest { test(text: string | Sentence): boolean }

/** A concept read as a class of single words: `test(w)` for one lowercase token or lemma (`vocab(id).isWord`). */
export function wordClass(id: string): WordTest {
  return { test: (w) => vocab(id).isWord(w) };
}

/** A concept read as a set of single words, with the call shape of a `Set` (`has(w)`). */
export function wordSet(id: string): { has(word: string): boolean } {
  return { has: (w) => vocab(id).isWord(w) };
}

/** A concept matched as phrases anywhere in a text or sentence (`vocab(id).test`). */
export function phraseClass(id: string): TextTest {
  return { test: (x) => vocab(id).test(x) };
}

/** Is the whole of `text` (trimmed, any case) one phrase of the concept? For classifying a hit another list found. */
export function isWholePhrase(id: string, text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const hits = vocab(id).find(t);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === t.length;
}

/** A concept whose phrases must cover the whole text (`isWholePhrase`), with the call shape `test(text)`. */
export function wholePhraseClass(id: string): WordTest {
  return { test: (text) => isWholePhrase(id, text) };
}

/** Does `text` (trimmed, any case) begin with a phrase of the concept? */
export function startsWithPhrase(id: string, text: string): boolean {
  const hits = vocab(id).find(text.trim());
  return hits.length > 0 && hits[0].start === 0;
}

/** A concept one of whose phrases must open the text (`startsWithPhrase`), with the call shape `test(text)`. */
export function openingPhraseClass(id: string): WordTest {
  return { test: (text) => startsWithPhrase(id, text) };
}

/** The first (leftmost) match of the concept in `text`, offsets in `text`; undefined when none. */
export function firstMatch(id: string, text: string): PhraseHit | undefined {
  return vocab(id).find(text)[0];
}
