/**
 * Goals worked out in the next section (real-documents: "the measure is elsewhere"; doel/vaag). Programme texts put
 * their goals and their work in sibling sections: "Wat willen we bereiken?" and then "Wat gaan we daarvoor doen?",
 * "Doelen" and then "Beoogde resultaten" or "Indicatoren". The goal section names the aim in words; the section after
 * it carries the acts, numbers and dates. A goal there is not left without a measure: the text says where it is.
 *
 * The fact is read per section, from headings and the sentences of the section after: the engine hands it to the rules
 * that declare the input `followUp` (src/core/scope.ts), and it is part of their cache key.
 */
import type { DocModel, Sentence } from '../document';
import { memoize } from '../document';
import { vocab } from '../vocab';
import { deliverableIn } from '../regie';
import { hasAmount, hasFixedTime } from '../rules/util';
import { blockLow } from './unit';

/** Most sentences of the working-out section read for a measure or an act. */
const READ_MAX = 200;

/** The text of a heading block, lower-cased: its sentences joined (`blockLow`), without the punctuation at its end. */
function headingText(doc: DocModel, b: number): string {
  return bare(blockLow(doc, b));
}

/** Lower-cased text without the punctuation (and markup) at its end: "wat willen we bereiken?**" → "wat willen we bereiken". */
function bare(low: string): string {
  return low.replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * The heading of block b announces goals / the working-out of goals. A heading of one sentence is memoised on that
 * sentence (its memo stands for its text); one of several sentences is read each time (the memo of its first sentence
 * would outlive an edit of the others).
 */
function headingIs(doc: DocModel, b: number, concept: 'goalHeading' | 'worksOutHeading'): boolean {
  const [f, e] = doc.blockSentences[b];
  if (e <= f) return false;
  if (e - f > 1) return vocab(concept).test(headingText(doc, b));
  return memoize(doc.sentences[f], `followup:${concept}`, () => vocab(concept).test(headingText(doc, b)));
}

/**
 * A sentence that works a goal out: a number or an amount, a date or a year, or a concrete task (the regie reader's
 * test: a strong act, or one with a concrete object).
 */
function concrete(s: Sentence): boolean {
  if (hasAmount(s) || hasFixedTime(s)) return true;
  return !/\?\s*$/.test(s.raw) && deliverableIn(s) !== undefined;
}

/** Longest label paragraph read as a heading inside a section (characters). */
const LABEL_MAX = 80;

type Label = 'goalHeading' | 'worksOutHeading' | 'other';

/** Most words of a label paragraph of another kind ("Achtergrond", "Wat mag het kosten?"). */
const OTHER_MAX_WORDS = 8;

/**
 * A paragraph of one short sentence that reads as a heading: of one of the two kinds ("**Wat willen we bereiken?**"),
 * or another label (a few words not ended by a full stop: "Wat mag het kosten?", "Achtergrond").
 */
function labelOf(s: Sentence, alone: boolean): Label | undefined {
  if (!alone || s.raw.trim().length > LABEL_MAX) return undefined;
  return memoize(s, 'followup:label', (): Label | undefined => {
    const t = bare(s.low);
    if (vocab('goalHeading').test(t)) return 'goalHeading';
    if (vocab('worksOutHeading').test(t)) return 'worksOutHeading';
    const words = s.tokens.filter((x) => x.kind === 'word').length;
    return words <= OTHER_MAX_WORDS && !/[.;,]\W*$/.test(s.raw.trim()) ? 'other' : undefined;
  });
}

/**
 * The same inside one section, where the two headings are label paragraphs (a converted document, bold lines, plain
 * text): sentence `sec[i]` stands below a goal label, and the next label below it announces the working-out and is
 * followed by at least one concrete sentence before any other label. `alone(x)`: x is the only sentence of its
 * paragraph (a paragraph block, not a list item or a heading).
 */
export function labelledFollowUp(sec: readonly Sentence[], i: number, alone: (x: Sentence) => boolean): boolean {
  if (i < 0) return false;
  let above: Label | undefined;
  for (let k = i - 1; k >= 0 && !above; k--) above = labelOf(sec[k], alone(sec[k]));
  if (above !== 'goalHeading') return false;
  let k = i + 1;
  let below: Label | undefined;
  for (; k < sec.length && !below; k++) below = labelOf(sec[k], alone(sec[k]));
  if (below !== 'worksOutHeading') return false;
  for (let n = 0; k < sec.length && n < READ_MAX; k++, n++) {
    if (labelOf(sec[k], alone(sec[k]))) return false;
    if (concrete(sec[k])) return true;
  }
  return false;
}

/** A section of the layout: blocks [first, end), opened by the last of `headings` (none for the lead). */
export interface LayoutSection { first: number; end: number; headings: number[] }

/**
 * Per section (by index): 1 when its goals are worked out in the section after it. The section opens with a goal
 * heading; the next section is its sibling or its first subsection (a heading of the same level or deeper) that
 * announces acts, results or indicators,
 * and it (with its subsections) holds at least one concrete sentence. 0 otherwise.
 */
export function followUpSections(doc: DocModel, sections: readonly LayoutSection[]): Int8Array {
  const out = new Int8Array(sections.length);
  for (let si = 0; si + 1 < sections.length; si++) {
    const sec = sections[si];
    const h = sec.headings[sec.headings.length - 1];
    if (h === undefined || !headingIs(doc, h, 'goalHeading')) continue;
    const level = doc.blocks[h].level;
    const next = sections[si + 1];
    const nh = next.headings[next.headings.length - 1];
    if (nh === undefined || doc.blocks[nh].level < level || !headingIs(doc, nh, 'worksOutHeading')) continue;
    // The next section and its subsections (up to the next heading of the same level or higher).
    let read = 0, found = false;
    for (let sj = si + 1; sj < sections.length && !found && read < READ_MAX; sj++) {
      const x = sections[sj];
      const xh = x.headings[x.headings.length - 1];
      if (sj > si + 1 && (xh === undefined || doc.blocks[xh].level <= level)) break;
      for (let b = x.first; b < x.end && !found && read < READ_MAX; b++) {
        const [f, e] = doc.blockSentences[b];
        for (let i = f; i < e && !found; i++, read++) found = concrete(doc.sentences[i]);
      }
    }
    if (found) out[si] = 1;
  }
  return out;
}
