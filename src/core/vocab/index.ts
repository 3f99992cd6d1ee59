/**
 * The vocabulary of the core, as data: one list per concept, in one syntax (./phrase.ts), used by the rules
 * (`ctx.family(id)`), the checklist cues, the profile and the readers alike. The user's `phrases` config extends
 * any concept by its id: the engine activates them for one analysis (`withUserPhrases`), and every consumer
 * asks for a concept through `vocab(id)` (or the rules through `ctx.family(id)`), which then includes them.
 */
import type { Sentence } from '../document';
import type { Localized } from '../types';
import type { Concept } from './concept';
import { Matcher, type PhraseHit } from './phrase';
import { RULE_CONCEPTS } from './rules';
import { CHECKLIST_CONCEPTS } from './checklist';
import { PROFILE_CONCEPTS } from './profile';
import { READ_CONCEPTS } from './read';
import { UNIT_CONCEPTS, UNIT_WORD_CONCEPTS } from './unit';
import { CLAUSE_CONCEPTS } from './clause';
import { SPEAKER_CONCEPTS } from './speaker';
import { REGIE_CONCEPTS } from './regie';
import { PREDICATE_CONCEPTS } from './predicates';

export type { Concept } from './concept';
export { Matcher, type PhraseHit } from './phrase';

/** Where a concept is used (for the docs and the config help). */
export type ConceptGroup = 'rules' | 'checklist' | 'predicates' | 'profile' | 'read' | 'regie';

export const CONCEPT_GROUPS: Record<ConceptGroup, Record<string, Concept>> = {
  rules: RULE_CONCEPTS,
  checklist: CHECKLIST_CONCEPTS,
  predicates: PREDICATE_CONCEPTS,
  profile: { ...PROFILE_CONCEPTS, ...SPEAKER_CONCEPTS },
  read: { ...READ_CONCEPTS, ...UNIT_CONCEPTS, ...UNIT_WORD_CONCEPTS, ...CLAUSE_CONCEPTS },
  regie: REGIE_CONCEPTS,
};

/** Register a group's concepts (the data modules of later groups call this on load). */
export function addConcepts(group: ConceptGroup, table: Record<string, Concept>): void {
  for (const [id, c] of Object.entries(table)) {
    if (CONCEPTS[id] && CONCEPTS[id] !== c) throw new Error(`vocab: concept id "${id}" is used twice`);
    CONCEPT_GROUPS[group][id] = c;
    CONCEPTS[id] = c;
    BASE.set(id, new Matcher(c.phrases, !c.textOnly || PER_SENTENCE.has(id)));
  }
}

/**
 * Text-only concepts that their readers nevertheless test on (nearly) every sentence's own lowercase text: the unit
 * reader's formulas (read/unit.ts `computeLocal`, `readFollowUp`, the recital test), the author's level
 * (`levelWeights`, 8 lists) and three rule gates. Registered (branch speed18), so the combined pass answers them
 * with the other lists (a string test on a sentence's own text reads its bits, `stringBits`): on the 100k-word document
 * they ran alone ≈ 120,000 times, each looking up every token of the sentence and scanning it for its needles again.
 * Counted there: each of these is asked on more than half of the sentences, 96 % of the time on the sentence's text.
 */
const PER_SENTENCE = new Set([
  'authorGemeenteStrong', 'authorGemeente', 'authorProvincieStrong', 'authorProvincie', 'authorRijkStrong', 'authorRijk',
  'authorWaterschapStrong', 'authorWaterschap', 'peopleMadeAvailable', 'peopleMadeAvailableVerbFirst', 'separableCollaboration',
  'unitQuestionStart', 'unitDocTitle', 'unitForm', 'unitLegal', 'unitModel', 'unitRecital', 'unitAdvice', 'unitOpinion',
  'unitReported', 'unitFindingLabel', 'unitMeta', 'unitExpectation', 'unitReason', 'unitFollowUp',
]);

/** Every concept by id. */
export const CONCEPTS: Record<string, Concept> = {};
/** Per concept its registered matcher (answered by the combined token pass). */
const BASE = new Map<string, Matcher>();
for (const [group, table] of Object.entries(CONCEPT_GROUPS)) addConcepts(group as ConceptGroup, { ...table });

export function conceptIds(): string[] {
  return Object.keys(CONCEPTS);
}

/** One unregistered matcher per phrase list (for user phrases and ad-hoc lists), cached by the list. */
const compiled = new Map<string, Matcher>();
export function compilePhrases(phrases: readonly string[]): Matcher {
  const key = phrases.join('\u0000');
  let m = compiled.get(key);
  if (!m) {
    m = new Matcher([...phrases], false);
    if (compiled.size >= 500) compiled.clear();
    compiled.set(key, m);
  }
  return m;
}

/** The matcher of a concept with extra phrases (the registered one when there are none). */
export function conceptMatcher(id: string, extra?: readonly string[]): Matcher {
  const base = BASE.get(id);
  if (!extra || extra.length === 0) return base ?? compilePhrases([]);
  return compilePhrases([...(CONCEPTS[id]?.phrases ?? []), ...extra]);
}

// — the user's phrases —

let active: { key: string; phrases: Record<string, string[]> } = { key: '', phrases: {} };

/** A stable key of a `phrases` config ('' when it adds nothing). */
export function userPhrasesKey(phrases: Record<string, readonly string[]> | undefined): string {
  if (!phrases) return '';
  const ids = Object.keys(phrases).filter((k) => phrases[k]?.length).sort();
  return ids.length ? JSON.stringify(ids.map((k) => [k, phrases[k]])) : '';
}

/** Run `f` with the user's phrases active for every concept (one analysis). */
export function withUserPhrases<T>(phrases: Record<string, string[]> | undefined, f: () => T): T {
  const prev = active;
  active = { key: userPhrasesKey(phrases), phrases: phrases ?? {} };
  try {
    return f();
  } finally {
    active = prev;
  }
}

/** The key of the active user phrases ('' when none): part of every cache key of a result that reads the vocabulary. */
export function activeVocabKey(): string {
  return active.key;
}

/** The matcher of a concept, with the active user phrases. */
export function vocab(id: string): Matcher {
  // No user phrases active (the key is '' exactly when no concept gets any): the registered matcher, as
  // `conceptMatcher` would give, without a keyed look-up in the phrases object on every call.
  if (active.key === '') { const base = BASE.get(id); if (base) return base; }
  return conceptMatcher(id, active.phrases[id]);
}

// — calls with the signatures the rules use —

export function hasPhrase(m: Matcher, text: string): boolean {
  return m.test(text);
}

/** All non-overlapping matches in `text`, offsets shifted by `offset`. */
export function matchPhrases(m: Matcher, text: string, offset = 0): PhraseHit[] {
  return m.find(text, offset);
}

/** Does the sentence hold a phrase of `m` (one combined pass for registered matchers, memoised otherwise)? */
export function sentenceHasPhrase(s: Sentence, m: Matcher): boolean {
  return m.test(s);
}

/** A memo key per matcher (the same list gives the same matcher). */
export function regexKey(m: Matcher): string {
  return m.key;
}

// — config help —

/** Levenshtein distance (small strings: ids). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

/** The id of `ids` closest to `id` (case-insensitive edit distance; all concept ids by default). */
export function closestConceptId(id: string, ids: Iterable<string> = conceptIds()): string {
  let best = '', bestD = Infinity;
  for (const k of ids) {
    const dd = distance(id.toLowerCase(), k.toLowerCase());
    if (dd < bestD) { best = k; bestD = dd; }
  }
  return best;
}

/** Describe a concept (for the config help). */
export function describeConcept(id: string): Localized | undefined {
  return CONCEPTS[id]?.description;
}
