/**
 * The tense and commitment profile of a document's own sentences (guide real-documents.md, kind E): how many
 * report running or finished work, how many propose or intend, how many bind, how many explore open questions.
 * Sentences that only refer to other documents ("bouwt voort op de intentieverklaring van 2024") are no
 * commitment of this document, so the intent count never comes from them. Text-only, memoised per sentence.
 */
import type { DocModel, Sentence } from '../document';
import { memoize, textFacts } from '../document';

export const REPORT = 1, INTENT = 2, BINDING = 4, EXPLORE = 8, FIRM = 16, WE = 32, MONEY = 64, REFERENCE = 128, QUESTION = 256, PROPOSE = 512;

/** Finished or running work: a perfect with hebben, a simple past, "sinds <year>", work said to be running. */
const REPORT_RE = /\b(?:hebben|heeft|hadden|had)\b(?:\s+\S+){0,10}?\s+(?:ge\p{L}{3,}(?:d|t|en)|\p{L}+(?:ge|be|ver|ont|her|over|uit|op|aan|in|af|mee|toe)\p{L}*(?:d|t|en))\b|\b(?:werd|werden|waren|was)\b|\bsinds (?:19|20)\d\d\b|\b(?:is|zijn) (?:\p{L}+ ){0,4}(?:gerealiseerd|afgerond|opgeleverd|aangelegd|gestart|uitgevoerd|geopend|voltooid)\b|\bin uitvoering\b|\blopende projecten\b|\bstand van zaken\b/u;
/** A proposal or intention in the text's own voice. */
const INTENT_RE = /\b(?:we|wij)\s+(?:\p{L}+\s+){0,2}?(?:willen|wensen|beogen|streven|overwegen|stellen\b.{0,40}\bvoor)\b|\b(?:willen|stellen)\s+(?:we|wij)\b|\bvoorgesteld wordt\b|\bwordt voorgesteld\b|\bwe stellen voor\b|\bvoornemen(?:s)?\b|\bintentie\b|\bambitie\b|\bstreven (?:naar|om|ernaar)\b/u;
/** A proposal: the text puts something forward for a decision by others. */
const PROPOSE_RE = /\b(?:we|wij) stellen\b.{0,60}\bvoor\b|\bstellen (?:we|wij)\b.{0,60}\bvoor\b|\b(?:wordt|worden) (?:\p{L}+ ){0,3}voorgesteld\b|\bvoorgesteld wordt\b|\bons voorstel\b|\bdit voorstel\b|\bin concept\b/u;
/** Binding language: agreements, obligations, rules. */
const BINDING_RE = /\bverbind(?:t|en) zich\b|\bis verplicht\b|\bzijn verplicht\b|\b(?:dient|dienen)\b.{0,80}\bte\b|\bis (?:niet )?van toepassing\b|\btreedt in werking\b|\bkom(?:en|t) (?:het volgende |als volgt )?overeen\b/;
/** Exploration: open questions, looking into whether and how, options and scenarios. */
const EXPLORE_RE = /\bonderzoeken (?:(?:we|wij) )?(?:of|hoe|welke|wat|waar)\b|\bwillen (?:we|wij) (?:\p{L}+ ){0,2}(?:begrijpen|weten|uitzoeken)\b|\bverkennen\b|\bverkennend\w*\b|\bopen vragen?\b|\bnog (?:niet )?(?:duidelijk|onduidelijk|bekend)\b|\bwe weten (?:nog )?niet\b|\bde vraag is\b|\bzoeken naar\b|\bmogelijke (?:partners|oplossingen|richtingen)\b|\bdenkrichting\w*\b|\bscenario'?s\b|\bopties\b|\bzoektocht\b|\bin gesprek (?:gaan|met)\b/u;
/** A firm own action: present or future with a date or an amount, not a report. */
const DATE_OR_NUMBER = /\b(?:19|20)\d\d\b|\bvóór\b|\buiterlijk\b|\bper jaar\b|\bjaarlijks\b/;
/** Another document as the subject of the sentence ("de intentieverklaring van 2024", "in navolging van het convenant"). */
const REFERENCE_RE = /\b(?:bouwt voort op|in navolging van|zoals (?:afgesproken|vastgelegd|opgenomen|beschreven) in|voortvloeiend uit|op basis van|in het kader van|conform|ter uitvoering van|in aansluiting op|sluit aan (?:bij|op))\b/;

function bits(s: Sentence): number {
  const low = s.low;
  let k = 0;
  if (REFERENCE_RE.test(low)) k |= REFERENCE;
  if (REPORT_RE.test(low)) k |= REPORT;
  if (INTENT_RE.test(low) && !(k & REFERENCE)) k |= INTENT;
  if (PROPOSE_RE.test(low) && !(k & REFERENCE)) k |= PROPOSE;
  if (BINDING_RE.test(low)) k |= BINDING;
  if (EXPLORE_RE.test(low)) k |= EXPLORE;
  if (/\?\s*$/.test(s.raw)) k |= QUESTION | EXPLORE;
  let we = false;
  for (const t of s.tokens) if (t.kind === 'word' && (t.low === 'we' || t.low === 'wij')) { we = true; break; }
  if (we) k |= WE;
  if (s.money.length) k |= MONEY;
  if (!(k & REPORT) && !(k & QUESTION) && (s.money.length || s.times.length || DATE_OR_NUMBER.test(low)) &&
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

const memo = new WeakMap<DocModel, OperativeProfile>();

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
