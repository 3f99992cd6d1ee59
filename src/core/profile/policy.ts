/**
 * Is this Dutch text a policy text at all? A recipe, a novel excerpt or a letter to a friend gets one
 * "geen beleidstekst" notice instead of a flood of findings and scores that mean nothing.
 *
 * Policy texts are dense in governance vocabulary (actors, instruments, agreements, tasks); recipes are dense
 * in kitchen units and imperatives, stories in past-tense narration and personal pronouns. The decision uses
 * densities per 1,000 words, so it does not depend on length; very short texts are never refused (they are
 * usually a document being started).
 */
import { memoize, textFacts, type DocModel, type Sentence } from '../document';
import { wordSet } from '../vocab/classes';

/** Governance words (and the stems of governance words), kitchen words and narrative words: concepts of the vocabulary. */
const POLICY = wordSet('policyWords');
const RECIPE = wordSet('recipeWords');
const NARRATIVE = wordSet('narrativeWords');

export interface PolicyJudgement { policy: boolean; policyPer1000: number; otherPer1000: number }

/** [words, policy, recipe, narrative] of one sentence (text-only, memoised per sentence). */
function sentenceCounts(s: Sentence): [number, number, number, number] {
  let words = 0, policy = 0, recipe = 0, narrative = 0;
  for (const t of s.tokens) {
    if (t.kind !== 'word') continue;
    words++;
    const w = t.low;
    if (POLICY.has(w)) policy++;
    else if (RECIPE.has(w)) recipe++;
    else if (NARRATIVE.has(w)) narrative++;
  }
  return [words, policy, recipe, narrative];
}

export function policyConfidence(doc: DocModel): PolicyJudgement {
  let words = 0, policy = 0, recipe = 0, narrative = 0;
  const counts = textFacts(doc, 'policy:counts', (s) => memoize(s, 'policy:counts', () => sentenceCounts(s)));
  for (let i = 0; i < doc.sentences.length; i++) {
    const c = counts(i);
    words += c[0]; policy += c[1]; recipe += c[2]; narrative += c[3];
    if (words > 20000) break;
  }
  const per = (n: number): number => (words ? (n * 1000) / words : 0);
  const policyPer1000 = Math.round(per(policy) * 10) / 10;
  const otherPer1000 = Math.round(per(recipe + narrative) * 10) / 10;
  // Too short to judge: keep analysing (a document being started).
  if (words < 40) return { policy: true, policyPer1000, otherPer1000 };
  const isPolicy = policyPer1000 >= 25 || (policyPer1000 >= 12 && policyPer1000 >= otherPer1000 / 2);
  return { policy: isPolicy, policyPer1000, otherPer1000 };
}
