/**
 * First version of the four-key scores (0–100): the share of a key's checklist items met, minus a
 * length-normalised penalty for the key's findings. The full model is written down in docs/scoring.md.
 */
import type { ChecklistResult, Finding, KeyId, Scores } from '../types';
import { KEYS } from '../types';

export function computeScores(checklist: Record<string, ChecklistResult>, findings: Finding[], words: number): Scores {
  const scores = {} as Scores;
  for (const key of KEYS) {
    const items = Object.entries(checklist).filter(([id]) => id.startsWith(`${key}.`)).map(([, r]) => r);
    const applicable = items.filter((r) => r.met !== null);
    const base = applicable.length ? (100 * applicable.filter((r) => r.met).length) / applicable.length : 0;
    const count = findings.filter((f) => f.key === key).length;
    const per1000 = words > 0 ? (count * 1000) / words : 0;
    scores[key as KeyId] = Math.max(0, Math.min(100, Math.round(base - Math.min(25, per1000 * 5))));
  }
  return scores;
}
