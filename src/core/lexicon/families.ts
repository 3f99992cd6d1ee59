/**
 * Kept for imports that predate src/core/vocab: the rule families are the rule concepts of the vocabulary
 * (src/core/vocab/rules.ts). New code imports from '../vocab'.
 */
import type { Concept } from '../vocab/concept';
import { RULE_CONCEPTS } from '../vocab/rules';

export type PhraseFamily = Concept;
export const FAMILIES: Record<string, PhraseFamily> = RULE_CONCEPTS;
export type FamilyId = keyof typeof FAMILIES;
