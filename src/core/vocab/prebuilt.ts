/**
 * The vocabulary's phrases parsed at build time (scripts/build-startup-data.mjs writes ./prebuilt-data.ts): for
 * every phrase of a registered matcher, its steps as `phraseSteps` gives them. At run time a phrase list is then
 * compiled without tokenizing its phrases or looking up their lemmas (`@word` steps would otherwise build the
 * lexicon while the index is built). A phrase that is not in the data (a user's phrase, a list changed after the
 * last build) is parsed as before, so stale data costs time, never a different result; a unit test checks that the
 * data are current.
 */
import type { Step } from './phrase';
import { PREBUILT_STEPS } from './prebuilt-data';

/**
 * One step in the data: `[kind, text]` for lit/prefix/suffix/lemma/gap (kind = its first letter: l p s m g), or
 * `['a', [alternatives…], optional]` for an alternative.
 */
export type StepData = [string, string] | ['a', string[], boolean];

const KIND: Record<string, Step['kind']> = { l: 'lit', p: 'prefix', s: 'suffix', m: 'lemma', g: 'gap' };

/** Encodes steps for the data (the inverse of `decode`). */
export function encodeSteps(steps: readonly Step[]): StepData[] {
  return steps.map((st): StepData => {
    if (st.kind === 'alt') return ['a', [...st.alts!], st.optional === true];
    return [st.kind === 'lemma' ? 'm' : st.kind[0], st.text];
  });
}

function decode(data: readonly StepData[]): Step[] {
  return data.map((d): Step => (d[0] === 'a'
    ? { kind: 'alt', text: '', alts: new Set(d[1] as string[]), optional: d[2] as boolean }
    : { kind: KIND[d[0]], text: d[1] as string }));
}

let table: Map<string, StepData[]> | undefined;

/** The prebuilt steps of one phrase (fresh objects), or undefined when the phrase is not in the data. */
export function prebuiltSteps(phrase: string): Step[] | undefined {
  table ??= new Map(Object.entries(JSON.parse(PREBUILT_STEPS) as Record<string, StepData[]>));
  const d = table.get(phrase);
  return d ? decode(d) : undefined;
}
