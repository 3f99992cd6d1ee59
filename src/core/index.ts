/** Public API of the Regiecheck core (no vscode, no fs). */
export * from './types';
export { analyze, Analyzer, fnv1a, type AnalyzeOptions } from './engine';
export { RULES, getRule, ruleDocFile } from './rules/index';
export type { Rule, RuleMeta } from './rules/types';
export { CHECKLIST_ITEMS, CHECKLIST_IDS, KEY_TITLES, type ChecklistItem } from './checklist/items';
export { PHASE_QUESTIONS, openQuestions, type PhaseQuestion } from './checklist/phases';
export { CONCEPTS, CONCEPT_GROUPS, conceptIds, closestConceptId, type Concept, type ConceptGroup } from './vocab';
export { mergeConfig, validateConfig, DEFAULT_MAX_FILE_SIZE_KB, type RegiecheckConfig, type ConfigError, type RuleSetting, type HiddenFinding } from './config';
export { tokenizeOnly } from './tokenizeOnly';
