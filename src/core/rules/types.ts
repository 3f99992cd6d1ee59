/**
 * The rule unit. One file per rule exports a `Rule`: metadata (id, key, severity, scope, inputs, book reference,
 * Dutch and English texts with the message template, examples) plus a check. Sentence rules check one sentence at
 * a time and read no further than their scope (their results are cached by src/core/scope.ts); document rules
 * see the whole model and must stay cheap (use the precomputed sentence features).
 */
import type { FixSuggestion, KeyId, Localized, Severity, TextEdit } from '../types';
import type { DocModel, Sentence } from '../document';
import type { RegiecheckConfig } from '../config';
import type { RegieReading } from '../regie';
import type { Clause } from '../read/clause';
import type { AuthorLevel, SectionRole, UnitFunction } from '../read/unit';
import type { Matcher } from '../vocab';

/**
 * How far a rule may read (docs/architecture.md "Scopes and the cache"). Each level sees what the level below
 * sees and more; reading further throws a ScopeError (src/core/scope.ts):
 * - sentence: the sentence itself (its text, tokens and recognised mentions);
 * - paragraph: also the other sentences of its block (`ctx.prev`, `ctx.next`, `ctx.doc.sentences` inside the block);
 * - section: also every sentence of its section and its heading path (`ctx.section`);
 * - document: the whole model.
 * The engine caches a rule's results per sentence, keyed by the content of its scope unit plus the values of the
 * named inputs it declares (`inputs`), so an incremental analysis gives what a fresh one gives by construction.
 */
export type Scope = 'sentence' | 'paragraph' | 'section' | 'document';
export const SCOPES: readonly Scope[] = ['sentence', 'paragraph', 'section', 'document'];

/**
 * Named inputs: facts the engine computes from beyond the rule's scope and hands to it; their values are part of
 * the rule's cache key, and a rule that reads one it did not declare gets a ScopeError.
 * - unit: what the sentence does and where it stands (`ctx.unit(s)`: function, section role from the heading path,
 *   whether it commits, clauses, whether a specific actor acts in a neighbour sentence, the heading or lead-in);
 * - speaker: who speaks in the document (`ctx.unit(s).authorActs`, `.parties`; profile/speaker.ts);
 * - weOneParty: "we" is one party (`ctx.facts.weOneParty`; regie.ts);
 * - regie: the reading of each regie word in the scope (`ctx.regie()`; regie.ts reads the whole document);
 * - followUp: the goals of the sentence's section are worked out in the sibling section after it ("Wat willen we
 *   bereiken?" followed by "Wat gaan we daarvoor doen?" with acts, numbers or dates; `ctx.followUp(s)`; read/followup.ts).
 */
export type RuleInput = 'unit' | 'speaker' | 'weOneParty' | 'regie' | 'followUp';

/**
 * Where findings of two rules cover the same words, which one stays (engine `mergeOverlapping`):
 * - generic: says in general terms what another rule may say precisely (an agentless passive, a buzzword cluster);
 *   it gives way to an overlapping finding of a specific rule;
 * - specific: names the one thing left open (who among the partners, which people, which money, which work);
 * - distinct (the default): its own problem; it stays next to any other finding.
 */
export type Overlap = 'generic' | 'specific' | 'distinct';

export interface RuleMeta {
  id: string;
  key: KeyId | null;
  defaultSeverity: Severity;
  scope: Scope;
  /** The named inputs the rule reads besides its scope (see RuleInput). */
  inputs?: readonly RuleInput[];
  /** Short book reference: chapter and section heading of the seed book (or seed article). */
  book: string;
  /** One short noun phrase: what the rule flags. */
  title: Localized;
  /**
   * The diagnostic message, written once: a template whose `{name}` placeholders each finding fills from its
   * `data`; `{text}` is the finding's words unless the data give it.
   */
  message: Localized;
  /** Further message templates a finding can choose by `variant` (same placeholders). */
  variants?: Record<string, Localized>;
  /** The message of the finding's related spans (`RawFinding.related`). */
  relatedMessage?: Localized;
  /** Why it matters, in the book's terms (our own words). */
  explanation: Localized;
  /** How to fix it: what a concrete version says. */
  fix: Localized;
  examples: { bad: string[]; good: string[] };
  /** Vocabulary concepts (src/core/vocab/rules.ts) users can extend for this rule. */
  families?: string[];
  /** The rule offers a fix suggestion on (some of) its findings. */
  fixable?: boolean;
  /** Which finding stays where findings of two rules cover the same words (default: distinct). */
  overlap?: Overlap;
  /**
   * Rules whose finding says more precisely what this rule's finding on the same words says (taal/voorbehoud's
   * "streven naar" where doel/vaag reads a goal without a measure): this rule's finding gives way to theirs.
   */
  givesWayTo?: readonly string[];
}

export interface RawFix { title: Localized; edits: TextEdit[]; preferred?: boolean }

export interface RawFinding {
  start: number;
  end: number;
  /** The values of the message template's placeholders. */
  data?: Record<string, string>;
  /** A message template of `variants` instead of `message`. */
  variant?: string;
  /** Related spans; their message is the rule's `relatedMessage`. */
  related?: Array<{ start: number; end: number }>;
  fixes?: RawFix[];
}

/** What a section-scope rule sees of its section: the heading path (outermost first) and the section's sentences. */
export interface SectionView {
  headings: Sentence[];
  sentences: Sentence[];
}

export interface RuleContext {
  /** The document model; for a rule of a narrower scope a view that throws on every read outside the scope. */
  doc: DocModel;
  /** The configuration (document rules only; the extra phrases reach every rule through `family`). */
  config: RegiecheckConfig;
  /** The compiled phrase list of a vocabulary concept (src/core/vocab), with the user's extra phrases. */
  family(id: string): Matcher;
  /** The reading of every regie-family word in the scope (input `regie`). */
  regie(): RegieReading[];
  /** What the sentence does and who acts around it (input `unit`; a scoped rule asks it of its own sentence only). */
  unit(s: Sentence): UnitContext;
  /** The sentence before / after `s` in its block (scope paragraph and wider). */
  prev(s: Sentence): Sentence | undefined;
  next(s: Sentence): Sentence | undefined;
  /** The section of `s` and its heading path (scope section and wider). */
  section(s: Sentence): SectionView;
  /** The goals of the sentence's section are worked out in the section after it (input `followUp`; own sentence only). */
  followUp(s: Sentence): boolean;
  /** Document facts (each a declared input). */
  facts: { readonly weOneParty: boolean };
}

export interface UnitContext {
  fn: UnitFunction;
  role: SectionRole;
  /** The sentence commits or decides in the text's own voice. */
  commits: boolean;
  /** The text narrates (a nota, proposal, letter): its plain present tense describes unless the author acts. */
  narrative: boolean;
  clauses: Clause[];
  main?: Clause;
  /** A specific actor in the sentence, the one before or after it, or the heading/lead-in above. */
  actorNearby: boolean;
  /** The bestuurslaag of the text's author, when the text shows it (`authorLevel` in read/unit.ts). */
  level?: AuthorLevel;
  /** The text speaks as one author or authority ("we" and its agentless acts are that author's; input `speaker`). */
  authorActs: boolean;
  /** Several parties speak in the document (an agreement; input `speaker`). */
  parties: boolean;
  /** One authority speaks and enacts (a regulation or decree; input `speaker`). */
  authority: boolean;
}

/** A rule that checks one sentence at a time, reading as far as its scope. */
export interface SentenceRule extends RuleMeta {
  scope: 'sentence' | 'paragraph' | 'section';
  check(sentence: Sentence, ctx: RuleContext, report: (f: RawFinding) => void): void;
  /**
   * A pre-check that reads the sentence and the phrase families only (sentence scope, no inputs). False means
   * `check` reports nothing for this sentence. The engine memoises it per sentence, so an unchanged sentence
   * skips the rule with one lookup.
   */
  gate?(sentence: Sentence, ctx: RuleContext): boolean;
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(ctx: RuleContext, report: (f: RawFinding) => void): void;
}

export type Rule = SentenceRule | DocumentRule;

/** Fill a message template: `{name}` from `data` (`{text}` defaults to the finding's words). */
export function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (m, name: string) => data[name] ?? m);
}

/** The message of a finding of `rule` in `locale`. */
export function findingMessage(rule: RuleMeta, raw: RawFinding, text: string, locale: 'nl' | 'en'): string {
  const t = raw.variant ? rule.variants?.[raw.variant] : rule.message;
  if (!t) throw new Error(`${rule.id}: no message variant "${raw.variant}"`);
  return fillTemplate(t[locale], { text, ...raw.data });
}

export function localizeFix(f: RawFix, locale: 'nl' | 'en'): FixSuggestion {
  return { title: f.title[locale], edits: f.edits, preferred: f.preferred };
}
