/**
 * The tense and commitment profile of a document's own sentences (guide real-documents.md, kind E): how many
 * report running or finished work, how many propose or intend, how many bind, how many explore open questions.
 * Sentences that only refer to other documents ("bouwt voort op de intentieverklaring van 2024") are no
 * commitment of this document, so the intent count never comes from them. Text-only, memoised per sentence.
 */
import type { DocModel, Sentence } from '../document';
import { memoize, textFacts } from '../document';
import { vocab } from '../vocab';
import { Slot } from '../slots';

export const REPORT = 1, INTENT = 2, BINDING = 4, EXPLORE = 8, FIRM = 16, WE = 32, MONEY = 64, REFERENCE = 128, QUESTION = 256, PROPOSE = 512;

/** The formulas of each bit are vocabulary concepts (src/core/vocab/speaker.ts), matched on the sentence. */
function bits(s: Sentence): number {
  let k = 0;
  if (vocab('operativeReference').test(s)) k |= REFERENCE;
  if (vocab('operativeReport').test(s)) k |= REPORT;
  if (vocab('operativeIntent').test(s) && !(k & REFERENCE)) k |= INTENT;
  if (vocab('operativePropose').test(s) && !(k & REFERENCE)) k |= PROPOSE;
  if (vocab('operativeBinding').test(s)) k |= BINDING;
  if (vocab('operativeExplore').test(s)) k |= EXPLORE;
  if (/\?\s*$/.test(s.raw)) k |= QUESTION | EXPLORE;
  let we = false;
  for (const t of s.tokens) if (t.kind === 'word' && (t.low === 'we' || t.low === 'wij')) { we = true; break; }
  if (we) k |= WE;
  if (s.money.length) k |= MONEY;
  if (!(k & REPORT) && !(k & QUESTION) && (s.money.length || s.times.length || vocab('operativeDateOrNumber').test(s)) &&
    (we || s.actors.some((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role'))) k |= FIRM;
  return k;
}

export interface OperativeProfile {
  /** Body sentences counted (no headings, no tables). */
  sentences: number;
  report: Sentence[];
  intent: Sentence[];
  /** Proposals put forward for decision (a subset of intent in spirit, counted apart). */
  propose: Sentence[];
  binding: Sentence[];
  explore: Sentence[];
  firm: Sentence[];
  /** Sentences with "we/wij". */
  we: number;
  money: number;
}

const memo = new Slot<DocModel, OperativeProfile>();

/** The profile over the document's body sentences (or from `from` on: the operative part). Memoised per document for `from` = 0. */
export function operativeProfile(doc: DocModel, from = 0): OperativeProfile {
  if (from <= 0) { const hit = memo.get(doc); if (hit) return hit; }
  const bitsOf = textFacts(doc, 'operative:bits', (s) => memoize(s, 'operative:bits', () => bits(s)));
  const out: OperativeProfile = { sentences: 0, report: [], intent: [], propose: [], binding: [], explore: [], firm: [], we: 0, money: 0 };
  for (let i = Math.max(0, from); i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const kind = doc.blocks[s.block].kind;
    if (kind === 'heading' || kind === 'tableCell') continue;
    out.sentences++;
    const b = bitsOf(i);
    if (b & REPORT) out.report.push(s);
    if (b & INTENT) out.intent.push(s);
    if (b & PROPOSE) out.propose.push(s);
    if (b & BINDING) out.binding.push(s);
    if (b & EXPLORE) out.explore.push(s);
    if (b & FIRM) out.firm.push(s);
    if (b & WE) out.we++;
    if (b & MONEY) out.money++;
  }
  if (from <= 0) memo.set(doc, out);
  return out;
}
