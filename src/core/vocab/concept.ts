/** One concept of the vocabulary: an id (used in `phrases` of the user's config), what it means, and its phrases. */
import type { Localized } from '../types';

export interface Concept {
  id: string;
  description: Localized;
  /** In the syntax of ./phrase.ts. */
  phrases: readonly string[];
  /**
   * Matched only on a text its reader passes (a flattened sentence, a heading, a block), never on a sentence: kept
   * out of the combined per-sentence pass of ./phrase.ts, which would run its patterns on every sentence for nothing.
   */
  textOnly?: boolean;
}

/** Concept tables written as `{ id: [description, phrases] }`-like records get their ids filled in by this helper. */
export function concepts<K extends string>(table: Record<K, { description: Localized; phrases: readonly string[]; textOnly?: boolean }>): Record<K, Concept> {
  return Object.fromEntries(Object.entries(table).map(([id, c]) => [id, { id, ...(c as Omit<Concept, 'id'>) }])) as Record<K, Concept>;
}
