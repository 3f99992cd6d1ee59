/**
 * The scope of each checklist item, declared next to its decider (evaluate.ts), as the rules declare theirs
 * (rules/types.ts `Scope`, `RuleInput`; docs/architecture.md "Scopes and the cache").
 *
 * An item is decided for the whole document, from evidence units. `evidence` is how far one piece of evidence
 * reads: the sentence (its cues and frames), its paragraph (neighbour sentences in the block, the list lead-in) or
 * its section (a window of sentences under the same heading). `inputs` are the facts the decider reads from beyond
 * that: the unit context (the unit function filter, `EXCLUDE` in evaluate.ts), the regie readings, the document
 * type, or the results of other items. `decides` is how the evidence becomes a verdict.
 *
 * Each decider receives a context made from this declaration (`ItemContext` in evaluate.ts), as the rules receive
 * theirs: an undeclared input, or a sentence beyond the evidence unit, throws a ScopeError. The tests in
 * test/unit/scopes.test.ts keep the table complete and prove the enforcement.
 */
import type { RuleInput, Scope } from '../rules/types';

export type ChecklistInput = RuleInput | 'doctype' | 'items';

export interface ItemScope {
  evidence: Exclude<Scope, 'document'>;
  inputs: readonly ChecklistInput[];
  /**
   * any: one piece of evidence suffices; count: a number of evidence units; distinct: a number of distinct actors
   * over the document; derived: from other items' results as well.
   */
  decides: 'any' | 'count' | 'distinct' | 'derived';
}

const sentence = (inputs: readonly ChecklistInput[] = ['unit'], decides: ItemScope['decides'] = 'any'): ItemScope => ({ evidence: 'sentence', inputs, decides });

export const ITEM_SCOPES: Readonly<Record<string, ItemScope>> = {
  'K1.opgave': sentence(),
  'K1.doel': sentence(),
  'K1.afbakening': sentence(),
  'K1.afnemers': sentence(['unit'], 'count'),
  'K1.behoefte': sentence(),
  'K1.betrokkenheid': sentence(),
  'K1.eigenbelang': sentence(),
  'K1.last_baat': sentence(),
  // Actors of every sentence (no unit filter), counted once per partner over the document.
  'K2.partners': sentence([], 'distinct'),
  'K2.rollen': sentence(['unit'], 'distinct'),
  'K2.aanspreekbaar': sentence(),
  // In a grant regulation (doctype) the funder's procedures towards the recipients are the rules of that relation.
  'K2.spelregels': sentence(['unit', 'doctype']),
  'K2.mandaat': sentence(),
  'K3.geld': sentence(),
  'K3.financiering': sentence(),
  'K3.mensen': sentence(),
  'K3.besliskracht': sentence(),
  // A formal document type (convenant, regeling, akkoord) is a legal form by itself.
  'K3.juridisch': sentence(['doctype']),
  'K3.werkprocessen': sentence(),
  // A report whose actor may stand in the list lead-in; counts only with a dated goal (K1.doel).
  'K3.planning_control': { evidence: 'paragraph', inputs: ['unit', 'items'], decides: 'derived' },
  // K4 applies only where regie or leadership is claimed (the regie readings).
  'K4.regietype': sentence(['unit', 'regie']),
  // A regie claim with a specific actor or an authority in the sentence before or after it, in its block.
  'K4.regisseur': { evidence: 'paragraph', inputs: ['regie', 'doctype'], decides: 'any' },
  // Means up to four sentences after a regie claim, under the same heading; or given to the leader of K4.regisseur.
  'K4.regiemiddelen': { evidence: 'section', inputs: ['regie', 'items'], decides: 'derived' },
  // Three of mogen, willen, kunnen and doen (K2.rollen).
  'K4.vermogens': sentence(['unit', 'regie', 'items'], 'derived'),
};
