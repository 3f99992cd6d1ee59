/**
 * The rule unit. One file per rule exports a `Rule`: metadata (id, key, severity, book reference, Dutch and
 * English texts, examples) plus a check. Sentence rules see one sentence at a time (their results are cached
 * per block); document rules see the whole model and must stay cheap (use the precomputed sentence features).
 */
import type { FixSuggestion, KeyId, Localized, Severity, TextEdit } from '../types';
import type { DocModel, Sentence } from '../document';
import type { RegiecheckConfig } from '../config';
import type { RegieReading } from '../regie';
import type { Clause } from '../read/clause';
import type { SectionRole, UnitFunction } from '../read/unit';
import type { Matcher } from '../vocab';

export interface RuleMeta {
  id: string;
  key: KeyId | null;
  defaultSeverity: Severity;
  scope: 'sentence' | 'document';
  /** Short book reference: chapter and section heading of the seed book (or seed article). */
  book: string;
  /** One short noun phrase: what the rule flags. */
  title: Localized;
  /** The default diagnostic message. */
  message: Localized;
  /** Why it matters, in the book's terms (our own words). */
  explanation: Localized;
  /** How to fix it: what a concrete version says. */
  fix: Localized;
  examples: { bad: string[]; good: string[] };
  /** Vocabulary concepts (src/core/vocab/rules.ts) users can extend for this rule. */
  families?: string[];
  /** The rule offers a fix suggestion on (some of) its findings. */
  fixable?: boolean;
  /**
   * A sentence rule that also reads context (neighbouring sentences, regie readings, document-wide facts such as
   * who "we" is): its results are not memoised per sentence text.
   */
  contextual?: boolean;
}

export interface RawFix { title: Localized; edits: TextEdit[]; preferred?: boolean }

export interface RawFinding {
  start: number;
  end: number;
  message?: Localized;
  related?: Array<{ start: number; end: number; message: Localized }>;
  fixes?: RawFix[];
}

export interface RuleContext {
  doc: DocModel;
  config: RegiecheckConfig;
  /** The compiled phrase list of a vocabulary concept (src/core/vocab), with the user's extra phrases. */
  family(id: string): Matcher;
  /** The reading of every regie-family word (computed once per analysis). */
  regie(): RegieReading[];
  /**
   * What the sentence does and who acts around it (read/unit.ts, read/context.ts). A contextual rule reads its
   * context only through this and `regie()`: the engine keys its cached results by `UnitContext.key`, so an
   * incremental analysis gives what a fresh one gives.
   */
  unit(s: Sentence): UnitContext;
  /** The key of the unit context if it was read during this analysis, else '' (the engine's cache key). */
  unitKeyIfRead(s: Sentence): string;
}

export interface UnitContext {
  fn: UnitFunction;
  role: SectionRole;
  /** The sentence commits or decides in the text's own voice. */
  commits: boolean;
  clauses: Clause[];
  main?: Clause;
  /** A specific actor in the sentence, the one before or after it, or the heading/lead-in above. */
  actorNearby: boolean;
  /** The text speaks as one author or authority ("we" and its agentless acts are that author's). */
  authorActs: boolean;
  /** Several parties speak in the document (an agreement). */
  parties: boolean;
  /** Everything above that depends on more than the sentence text, as one string (the cache key). */
  key: string;
}

export interface SentenceRule extends RuleMeta {
  scope: 'sentence';
  check(sentence: Sentence, ctx: RuleContext, report: (f: RawFinding) => void): void;
  /**
   * For contextual rules: a pre-check that depends only on the sentence text and the phrase families (no
   * neighbours, no document facts). False means `check` reports nothing for this sentence. The engine memoises
   * it per sentence, so an unchanged sentence skips a contextual rule with one Map lookup.
   */
  gate?(sentence: Sentence, ctx: RuleContext): boolean;
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(ctx: RuleContext, report: (f: RawFinding) => void): void;
}

export type Rule = SentenceRule | DocumentRule;

export function localizeFix(f: RawFix, locale: 'nl' | 'en'): FixSuggestion {
  return { title: f.title[locale], edits: f.edits, preferred: f.preferred };
}
