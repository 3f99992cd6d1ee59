/**
 * The checklist context's per-sentence arrays (src/core/checklist/evaluate.ts `contextArrays`): the cues, the body
 * sentences and the lead-in actor that list items inherit. An Analyzer's next model with as many sentences updates the
 * previous model's arrays in place (the sentences between the shared start and end read again, the lead-in state on
 * to the first sentence after them that is no list item). The property: after random chains of edits (a sentence
 * replaced, a paragraph turned into list items or a heading and back, a letter changed, sentences inserted or
 * deleted), the arrays equal those of a fresh model of the same text, and the Analyzer's result equals a fresh analysis.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { buildDocument, SentenceCache } from '../../src/core/document';
import { checklistContext } from '../../src/core/checklist/evaluate';
import { fcParams } from '../fixtures/hostile/support';

const POOL = [
  'De GGD levert 2 fte voor het team.',
  'Het projectbureau:',
  'Wij als gemeente nemen de regie.',
  'Misschien wordt er een werkgroep ingesteld.',
  'Partijen maken voldoende capaciteit vrij.',
  'Er komt een plan.',
  'De provincie en de gemeente stellen samen een aanpak vast:',
];

type Block = { kind: 'p' | 'h' | 'li'; items: number[] };
const render = (blocks: Block[]): string => blocks.map((b) => b.kind === 'h' ? `# ${POOL[b.items[0]]}`
  : b.kind === 'li' ? b.items.map((i) => `- ${POOL[i]}`).join('\n') : b.items.map((i) => POOL[i]).join(' ')).join('\n\n') + '\n';

const pi = fc.nat(POOL.length - 1);
const blockArb: fc.Arbitrary<Block> = fc.record({ kind: fc.constantFrom('p', 'p', 'h', 'li', 'li'), items: fc.array(pi, { minLength: 1, maxLength: 3 }) }) as fc.Arbitrary<Block>;
const editArb = fc.record({ op: fc.constantFrom('replace', 'replace', 'kind', 'letter', 'insert', 'delete'), b: fc.nat(), k: fc.nat(), j: pi });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(blocks: Block[], text: string, e: Edit): string | undefined {
  const bi = e.b % blocks.length, b = blocks[bi], k = e.k % b.items.length;
  switch (e.op) {
    case 'replace': b.items[k] = e.j; break;
    case 'kind': b.kind = b.kind === 'p' ? 'li' : b.kind === 'li' ? 'p' : 'p'; break;
    case 'insert': b.items.splice(k, 0, e.j); break;
    case 'delete': if (b.items.length > 1) b.items.splice(k, 1); break;
    case 'letter': {
      const pos = (e.k * 7919) % text.length;
      if (text[pos] === '\n') return text;
      return text.slice(0, pos) + 'eaoint'[e.j % 6] + text.slice(pos + 1);
    }
  }
  return undefined;
}

const arrays = (ctx: ReturnType<typeof checklistContext>): string => JSON.stringify({ cues: ctx.cues, body: ctx.body, leadActor: ctx.leadActor });

const contextIsFresh = fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
  const blocks = start.map((b) => ({ ...b, items: [...b.items] }));
  let text = render(blocks);
  const cache = new SentenceCache();
  checklistContext(buildDocument(text, 'markdown', cache));
  const an = new Analyzer();
  an.analyze(text);
  for (const e of edits) {
    text = apply(blocks, text, e) ?? render(blocks);
    const doc = buildDocument(text, 'markdown', cache);
    assert.equal(arrays(checklistContext(doc)), arrays(checklistContext(buildDocument(text, 'markdown'))));
    assert.equal(JSON.stringify(an.analyze(text)), JSON.stringify(analyze(text)));
  }
});

describe('the checklist context carried over between the models of an Analyzer', function () {
  this.timeout(180_000);

  it('a lead-in names an actor for the list items below it: a sentence changed above a list changes them', () => {
    const withActor = 'De provincie en de gemeente stellen samen een aanpak vast:\n\n- Er komt een plan.\n- Er komt een plan.\n';
    const without = 'Er komt een plan.\n\n- Er komt een plan.\n- Er komt een plan.\n';
    assert.notDeepEqual(checklistContext(buildDocument(withActor, 'markdown')).leadActor, checklistContext(buildDocument(without, 'markdown')).leadActor);
  });

  it('random edits: the arrays equal a fresh model\'s and the Analyzer equals a fresh analysis', () => {
    fc.assert(contextIsFresh, fcParams(200));
  });
});
