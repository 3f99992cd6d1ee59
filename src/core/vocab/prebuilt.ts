/**
 * The vocabulary's phrases parsed at build time (scripts/build-startup-data.mjs writes ./prebuilt-data.ts): for
 * every phrase of a registered matcher, its steps as `phraseSteps` gives them. At run time a phrase list is then
 * compiled without tokenizing its phrases or looking up their lemmas (`@word` steps would otherwise build the
 * lexicon while the index is built). A phrase that is not in the data (a user's phrase, a list changed after the
 * last build) is parsed as before, so stale data costs time, never a different result; a unit test checks that the
 * data are current.
 */
import type { Step } from './phrase';
import { PREBUILT_NEEDLES, PREBUILT_STEPS } from './prebuilt-data';

/**
 * The data: one line per phrase, `phrase<TAB>steps`, steps separated by spaces, each a kind letter and its text:
 * `l` literal, `p` prefix (`word*`), `s` suffix (`*word`), `m` lemma (`@word`), `g` gap (`~`), `a` alternatives
 * joined by `|` (`A` when optional). Token keys hold no space, tab, newline or `|`; a phrase with a tab or newline is
 * left out (it is parsed at run time).
 */
const KIND: Record<string, Step['kind']> = { l: 'lit', p: 'prefix', s: 'suffix', m: 'lemma', g: 'gap' };

/** Encodes one phrase's steps (the inverse of `decode`); undefined when a key cannot be written in the format. */
export function encodeSteps(steps: readonly Step[]): string | undefined {
  const out: string[] = [];
  for (const st of steps) {
    const texts = st.kind === 'alt' ? [...st.alts!] : [st.text];
    if (texts.some((t) => /[\s|]/.test(t) || (st.kind === 'alt' && t === ''))) return undefined;
    out.push(st.kind === 'alt' ? `${st.optional ? 'A' : 'a'}${texts.join('|')}` : `${st.kind === 'lemma' ? 'm' : st.kind[0]}${st.text}`);
  }
  return out.join(' ');
}

function decode(data: string): Step[] {
  if (data === '') return [];
  return data.split(' ').map((d): Step => {
    const k = d[0];
    if (k === 'a' || k === 'A') return { kind: 'alt', text: '', alts: new Set(d.slice(1).split('|')), optional: k === 'A' };
    return { kind: KIND[k], text: d.slice(1) };
  });
}

let table: Map<string, string> | undefined;

/** The prebuilt steps of one phrase (fresh objects), or undefined when the phrase is not in the data. */
export function prebuiltSteps(phrase: string): Step[] | undefined {
  if (!table) {
    table = new Map();
    for (const line of PREBUILT_STEPS.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab >= 0) table.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const d = table.get(phrase);
  return d === undefined ? undefined : decode(d);
}

let needleTable: Map<string, string[] | 0> | undefined;

/**
 * The needles of a `re:` phrase's pattern as `regexNeedles` derives them, read from the build-time data: an array,
 * `undefined` when the pattern has none, `null` when the pattern is not in the data (then the caller derives them).
 */
export function prebuiltNeedles(src: string): string[] | undefined | null {
  needleTable ??= new Map(Object.entries(JSON.parse(PREBUILT_NEEDLES) as Record<string, string[] | 0>));
  const n = needleTable.get(src);
  return n === undefined ? null : n === 0 ? undefined : n.slice();
}
