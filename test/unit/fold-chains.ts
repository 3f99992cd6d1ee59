/**
 * A property for document folds (a per-document figure kept across an Analyzer's models and updated by what an edit
 * changed): texts of blocks of sentences drawn from a pool, chains of edits (a sentence replaced, inserted or deleted, a
 * block split or joined, a letter changed), and after every edit the figure read from a model built with the shared
 * sentence cache must equal the figure of a fresh model. Used by speed20 (the share of "we") and speed24 (the number of
 * distinct partners).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { buildDocument, SentenceCache, type DocModel } from '../../src/core/document';

type Block = number[];
interface Edit { op: 'replace' | 'insert' | 'delete' | 'split' | 'join' | 'letter'; b: number; k: number; j: number }

/** Applies an edit to the blocks (returning undefined: render them) or to the text itself (a letter changed). */
function apply(blocks: Block[], text: string, e: Edit): string | undefined {
  const bi = e.b % blocks.length, b = blocks[bi], k = e.k % b.length;
  switch (e.op) {
    case 'replace': b[k] = e.j; break;
    case 'insert': b.splice(k, 0, e.j); break;
    case 'delete': if (b.length > 1) b.splice(k, 1); else if (blocks.length > 1) blocks.splice(bi, 1); break;
    case 'split': if (b.length > 1) blocks.splice(bi + 1, 0, b.splice(k % (b.length - 1) + 1)); break;
    case 'join': if (bi + 1 < blocks.length) b.push(...blocks.splice(bi + 1, 1)[0]); break;
    case 'letter': {
      const pos = (e.k * 7919) % text.length;
      if (text[pos] === '\n') return text;
      return text.slice(0, pos) + 'eaoint'[e.j % 6] + text.slice(pos + 1);
    }
  }
  return undefined;
}

/** The property: `measure` of each model along a chain of edits equals `measure` of a fresh model of the same text. */
export function foldIsFresh<T>(pool: readonly string[], measure: (doc: DocModel) => T): fc.IPropertyWithHooks<[number[][], Edit[]]> {
  const render = (blocks: Block[]): string => blocks.map((b) => b.map((i) => pool[i]).join(' ')).join('\n\n') + '\n';
  const sentence = fc.nat(pool.length - 1);
  const edit: fc.Arbitrary<Edit> = fc.record({ op: fc.constantFrom('replace', 'insert', 'delete', 'split', 'join', 'letter'), b: fc.nat(), k: fc.nat(), j: sentence });
  return fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
    const blocks = start.map((b) => [...b]);
    const cache = new SentenceCache();
    let text = render(blocks);
    for (let step = 0; step <= edits.length; step++) {
      const doc = buildDocument(text, 'markdown', cache);
      assert.equal(measure(doc), measure(buildDocument(text, 'markdown')), `after ${step} edits`);
      if (step < edits.length) text = apply(blocks, text, edits[step]) ?? render(blocks);
    }
  });
}
