/**
 * Chains of edits on small generated documents, for properties of the form "after every edit an `Analyzer` gives what a
 * fresh analysis gives" (speed19.test.ts, speed20.test.ts). A document is a heading, then paragraphs of sentences from
 * a pool, each paragraph plain or a list; the separator after a sentence is one of `separators` (a space, a line break,
 * CR LF, a blank line …). The edits: `break` toggles a separator between the first and the second kind, `blank` between
 * the first and the third, `sentence` replaces a sentence, `add` inserts one, `remove` deletes one, `typo` puts a typo in
 * one sentence of a paragraph (or takes it out), `list` turns a paragraph into a list and back. Each test names the
 * edits it draws (an edit may be named twice to draw it more often).
 */
import * as fc from 'fast-check';
import { incrementalIsFresh as incrementalProperty } from './incremental.harness';

export type EditOp = 'break' | 'blank' | 'sentence' | 'add' | 'remove' | 'typo' | 'list';

interface Para { list: boolean; sentences: number[]; breaks: number[]; typo: number }
type Doc = Para[];

export interface EditChains {
  /** The property: after every edit of a chain, `Analyzer.analyze` equals `analyze` of the same text. */
  incrementalIsFresh: fc.IProperty<[Doc, Array<{ op: EditOp; a: number; b: number; j: number }>]>;
}

export function editChains(opts: { head: string; pool: readonly string[]; separators: readonly string[]; ops: readonly EditOp[] }): EditChains {
  const { head, pool, separators, ops } = opts;
  const typos = ops.includes('typo');
  const render = (doc: Doc): string => head + doc.map((p) => {
    const texts = p.sentences.map((i, k) => (k === p.typo ? pool[i].replace(/e/, 'a') : pool[i]));
    if (p.list) return texts.map((t) => `- ${t}`).join('\n');
    return texts.map((t, k) => t + (k + 1 < texts.length ? separators[p.breaks[k] ?? 0] : '')).join('');
  }).join('\n\n') + '\n';
  const para = fc.record({
    list: fc.boolean(),
    sentences: fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 4 }),
    breaks: fc.array(fc.nat(separators.length - 1), { minLength: 3, maxLength: 3 }),
    typo: typos ? fc.integer({ min: -1, max: 3 }) : fc.constant(-1),
  });
  const doc = fc.array(para, { minLength: 2, maxLength: 6 });
  const edit = fc.record({ op: fc.constantFrom(...ops), a: fc.nat(), b: fc.nat(), j: fc.nat(pool.length - 1) });
  const apply = (d: Doc, e: { op: EditOp; a: number; b: number; j: number }): void => {
    const p = d[e.a % d.length];
    const k = e.b % p.sentences.length;
    switch (e.op) {
      case 'break': p.breaks[k % 3] = p.breaks[k % 3] === 1 ? 0 : 1; break;
      case 'blank': p.breaks[k % 3] = p.breaks[k % 3] === 2 ? 0 : 2; break;
      case 'sentence': p.sentences[k] = e.j; break;
      case 'add': p.sentences.splice(k, 0, e.j); break;
      case 'remove': if (p.sentences.length > 1) p.sentences.splice(k, 1); break;
      case 'typo': p.typo = p.typo === k ? -1 : k; break;
      case 'list': p.list = !p.list; break;
    }
  };
  const copy = (d: Doc): Doc => d.map((p) => ({ ...p, sentences: [...p.sentences], breaks: [...p.breaks] }));
  const incrementalIsFresh = incrementalProperty(doc, edit, copy, apply, render, undefined, 12);
  return { incrementalIsFresh };
}
