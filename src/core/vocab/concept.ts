/** One concept of the vocabulary: an id (used in `phrases` of the user's config), what it means, and its phrases. */
import type { Localized } from '../types';

export interface Concept {
  id: string;
  description: Localized;
  /** In the syntax of ./phrase.ts. */
  phrases: readonly string[];
}

/** Concept tables written as `{ id: [description, phrases] }`-like records get their ids filled in by this helper. */
export function concepts<K extends string>(table: Record<K, { description: Localized; phrases: readonly string[] }>): Record<K, Concept> {
  return Object.fromEntries(Object.entries(table).map(([id, c]) => [id, { id, ...(c as { description: Localized; phrases: readonly string[] }) }])) as Record<K, Concept>;
}
