/**
 * The four-key scores (0–100), model written down in docs/scoring.md.
 *
 *   score(key) = 100 × Σ credit(item) · w(item, fase) / Σ w(item, fase)   over the key's applicable items
 *                − penalty(findings of the key, per 1,000 words)           (length-normalised, capped)
 *                − penalty(document-level gaps of the key)                 (afnemer/ontbreekt, geld/ontbreekt)
 *
 * credit(item) is 0 for a gap and 0.6–1 for a met item by the strength of its best evidence, not by the number of
 * sentences (guide §4: met items set a ceiling, thin passes keep a key at 2–3; real-documents §6). The document
 * signals — diffuse ownership (the "we" of one author is that author) and the vertical-grant cap (from the relation
 * between the parties) — come from the profile (`profileSignals`). Weights depend on the phase: what a
 * phase should settle (book ch. 2 "Sleutel 4", the small checklist per phase) weighs more, so missing money weighs
 * more in `contracteren` than in `zoeken`. K4 with no regie claimed at all is scored as "nothing claimed".
 *
 * Properties (tested): integers in 0–100; turning a gap into a met item never lowers its key; a gap of an item
 * that the phase stresses costs more than in a phase that does not.
 */
import type { ChecklistResult, Fase, Finding, KeyId, Profile, Scores } from '../types';
import { KEYS } from '../types';
import { checklistSignals } from '../checklist/evaluate';
import { profileSignals } from '../profile/profile';

/** Weight of each item per phase (1 = neutral). */
export const PHASE_WEIGHTS: Record<Fase, Record<string, number>> = {
  zoeken: {
    'K1.opgave': 2, 'K1.afnemers': 1.5, 'K1.behoefte': 1.5, 'K1.eigenbelang': 1.5, 'K1.last_baat': 1.5, 'K2.partners': 1.5,
    'K2.spelregels': 0.5, 'K2.mandaat': 0.7, 'K2.aanspreekbaar': 0.7,
    'K3.geld': 0.5, 'K3.financiering': 0.5, 'K3.mensen': 0.7, 'K3.besliskracht': 0.5, 'K3.juridisch': 0.3, 'K3.werkprocessen': 0.5, 'K3.planning_control': 0.5,
    'K4.regiemiddelen': 0.7,
  },
  formeren: {
    'K1.doel': 2, 'K1.afbakening': 1.5, 'K1.afnemers': 1.5, 'K1.behoefte': 1.5, 'K1.eigenbelang': 1.5,
    'K2.rollen': 1.5, 'K2.mandaat': 1.5, 'K2.partners': 1.2,
    'K3.geld': 0.8, 'K3.financiering': 1.2, 'K3.juridisch': 0.7, 'K3.planning_control': 0.8,
    'K4.regisseur': 1.5,
  },
  contracteren: {
    'K1.doel': 1.5,
    'K2.rollen': 1.5, 'K2.aanspreekbaar': 1.5, 'K2.spelregels': 1.5, 'K2.mandaat': 1.5,
    'K3.geld': 2, 'K3.financiering': 2, 'K3.mensen': 1.5, 'K3.besliskracht': 1.5, 'K3.juridisch': 1.5, 'K3.planning_control': 1.5,
    'K4.regietype': 1.5, 'K4.regiemiddelen': 1.5,
  },
  uitvoering: {
    'K1.betrokkenheid': 2, 'K1.doel': 1.5, 'K1.behoefte': 1.2,
    'K2.aanspreekbaar': 1.5, 'K2.rollen': 1.2,
    'K3.geld': 1.5, 'K3.mensen': 1.5, 'K3.werkprocessen': 1.5, 'K3.planning_control': 2,
    'K4.vermogens': 1.5, 'K4.regiemiddelen': 1.2,
  },
};

/** Score for K4 when regie or leadership is never claimed (the experts' rating 1: "nothing claimed"). */
export const K4_NOT_CLAIMED = 10;
/** Findings per 1,000 words that cost one point each, capped per key. */
const FINDING_POINTS = 1;
const FINDING_CAP = 6;
/** Document-level gaps. */
/** Points per unit of diffuse-ownership share above 0.2 (K2). */
const DIFFUSE_POINTS = 20;
/** Ceiling for K2 in a purely vertical grant relation. */
const VERTICAL_CAP = 50;
const DOC_GAP: Record<string, { key: KeyId; points: number }> = {
  'afnemer/ontbreekt': { key: 'K1', points: 10 },
  'geld/ontbreekt': { key: 'K3', points: 8 },
  'taal/overleg': { key: 'K3', points: 5 },
};
const DOC_LEVEL = new Set(Object.keys(DOC_GAP).concat(['planb/ontbreekt']));

export function itemWeight(id: string, fase: Fase): number {
  return PHASE_WEIGHTS[fase][id] ?? 1;
}

/** Credit for a met item when the strength of its evidence is not known: 0.6 with one evidence sentence, up to 1 with three or more. */
export function itemCredit(r: ChecklistResult | undefined): number {
  if (!r || r.met !== true) return 0;
  const n = Math.min(3, r.evidence.length);
  return n === 0 ? 0.8 : 0.6 + (0.4 * (n - 1)) / 2;
}

export function computeScores(
  checklist: Record<string, ChecklistResult>, findings: Finding[], words: number, profile?: Pick<Profile, 'fase'>,
): Scores {
  const fase: Fase = profile?.fase ?? 'formeren';
  const scores = {} as Scores;
  // Document signals: from the profile (the relation between the parties, who "we" is) when it was computed by
  // computeProfile, else the checklist's own (a hand-built profile in tests).
  const ps = profileSignals(profile);
  const signals = ps ?? checklistSignals(checklist);
  // Loops in the order of the lists the sums were once made over (the same sums), without those lists: this runs on
  // every keystroke.
  const ids = Object.keys(checklist);
  for (const key of KEYS) {
    const prefix = `${key}.`;
    let got = 0, total = 0, items = 0;
    for (const id of ids) {
      const r = checklist[id];
      if (!id.startsWith(prefix) || r.met === null) continue;
      items++;
      const w = itemWeight(id, fase);
      total += w;
      got += w * itemCredit(r);
    }
    if (items === 0) {
      scores[key] = key === 'K4' ? K4_NOT_CLAIMED : 0;
      continue;
    }
    const base = (100 * got) / total;
    let spanFindings = 0, docPenalty = 0;
    for (const f of findings) {
      if (f.key === key && !DOC_LEVEL.has(f.rule)) spanFindings++;
      if (DOC_GAP[f.rule]?.key === key) docPenalty += DOC_GAP[f.rule].points;
    }
    const per1000 = words > 0 ? (spanFindings * 1000) / Math.max(words, 300) : 0;
    const findingPenalty = Math.min(FINDING_CAP, per1000 * FINDING_POINTS);
    // K2: when a collective ("alle partijen") or the "we" of several parties carries most commitments, nobody in
    // particular owns the work (book ch. 2 "Sleutel 2"); the "we" of one author is that author.
    const diffusePenalty = key === 'K2' && signals && signals.commitments >= 3 ? DIFFUSE_POINTS * Math.max(0, signals.diffuseShare - 0.2) : 0;
    let score = base - findingPenalty - docPenalty - diffusePenalty;
    // A purely vertical grant relation keeps the cooperation key at 2–3 of 5 (guide §4), however many items pass.
    if (key === 'K2' && signals?.verticalGrant) score = Math.min(score, VERTICAL_CAP);
    scores[key] = clamp(Math.round(score));
  }
  return scores;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Number.isFinite(n) ? n : 0));
}
