/**
 * `factIndexes` (src/core/document.ts): the sentences where a text-only test holds, carried over between the models of
 * an Analyzer (the shared start as it is, the shared end shifted, the sentences in between tested again). The property:
 * after random chains of edits (a sentence replaced, inserted or deleted, a paragraph split or joined, a heading
 * added, a letter changed), the list equals the list of a fresh model of the same text, and the Analyzer's whole result
 * equals a fresh analysis. And it fails when the list is taken over one sentence too far (the test can fail).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { buildDocument, factIndexes, SentenceCache, setFactIndexWidenForTests, type Sentence } from '../../src/core/document';
import { fcParams } from '../fixtures/hostile/support';

const POOL = [
  'Wij als gemeente nemen de regie.',
  'De gemeente is trekker van het programma.',
  'Het college besluit de subsidie te verlenen.',
  'De GGD levert 2 fte voor het team.',
  'Misschien wordt er een werkgroep ingesteld.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'Partijen maken voldoende capaciteit vrij.',
  'In 2020 was er een tekort aan woningen.',
];
const HEADINGS = ['# Afspraken', '## Uitvoering', '# Achtergrond'];

/** A document: blocks of pool sentences, headings and list items. */
type Block = { kind: 'p' | 'h' | 'li'; items: number[] };
const render = (blocks: Block[]): string => blocks.map((b) => b.kind === 'h' ? HEADINGS[b.items[0] % HEADINGS.length]
  : b.kind === 'li' ? b.items.map((i) => `- ${POOL[i]}`).join('\n') : b.items.map((i) => POOL[i]).join(' ')).join('\n\n') + '\n';

const pi = fc.nat(POOL.length - 1);
const blockArb: fc.Arbitrary<Block> = fc.record({ kind: fc.constantFrom('p', 'p', 'h', 'li'), items: fc.array(pi, { minLength: 1, maxLength: 4 }) }) as fc.Arbitrary<Block>;
const editArb = fc.record({ op: fc.constantFrom('replace', 'insert', 'delete', 'split', 'join', 'heading', 'letter'), b: fc.nat(), k: fc.nat(), j: pi });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(blocks: Block[], text: string, e: Edit): string | undefined {
  const bi = e.b % blocks.length, b = blocks[bi], k = e.k % b.items.length;
  switch (e.op) {
    case 'replace': b.items[k] = e.j; break;
    case 'insert': b.items.splice(k, 0, e.j); break;
    case 'delete': if (b.items.length > 1) b.items.splice(k, 1); else if (blocks.length > 1) blocks.splice(bi, 1); break;
    case 'split': if (b.items.length > 1) blocks.splice(bi + 1, 0, { kind: b.kind, items: b.items.splice(k % (b.items.length - 1) + 1) }); break;
    case 'join': if (bi + 1 < blocks.length && blocks[bi + 1].kind === b.kind) b.items.push(...blocks.splice(bi + 1, 1)[0].items); break;
    case 'heading': blocks.splice(bi, 0, { kind: 'h', items: [e.j] }); break;
    case 'letter': {
      // One character of the rendered text replaced (the bench's edit): the text is returned as it is.
      const pos = (e.k * 7919) % text.length;
      if (text[pos] === '\n') return text;
      return text.slice(0, pos) + 'eaoint'[e.j % 6] + text.slice(pos + 1);
    }
  }
  return undefined;
}

const tests: Array<[string, (s: Sentence) => boolean]> = [
  ['regie', (s) => /regie|trekker/.test(s.low)],
  ['money or people', (s) => /fte|subsidie|capaciteit/.test(s.low)],
  ['every other letter count', (s) => s.raw.length % 2 === 0],
];

const listIsFresh = fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
  const blocks = start.map((b) => ({ ...b, items: [...b.items] }));
  const cache = new SentenceCache();
  let text = render(blocks);
  for (let step = 0; step <= edits.length; step++) {
    const doc = buildDocument(text, 'markdown', cache);
    const fresh = buildDocument(text, 'markdown');
    for (const [key, test] of tests) {
      const want: number[] = [];
      fresh.sentences.forEach((s, i) => { if (test(s)) want.push(i); });
      assert.deepEqual(factIndexes(doc, `test:${key}`, test), want, `${key} after ${step} edits`);
    }
    if (step < edits.length) text = apply(blocks, text, edits[step]) ?? render(blocks);
  }
});

describe('factIndexes: the sentences where a text fact holds, carried over between analyses', function () {
  this.timeout(180_000);

  it('random chains of edits: the list of the Analyzer\'s model = the list of a fresh model', () => {
    fc.assert(listIsFresh, fcParams(300));
  });

  it('fails when the list is taken over one sentence too far at the start (the test can fail)', () => {
    setFactIndexWidenForTests(1);
    try {
      const out = fc.check(listIsFresh, fcParams(300));
      assert.ok(out.failed, 'a list taken over too far went unnoticed');
    } finally {
      setFactIndexWidenForTests(0);
    }
  });

  it('random chains of edits: Analyzer = fresh analysis (the passes that read the lists)', () => {
    fc.assert(fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const blocks = start.map((b) => ({ ...b, items: [...b.items] }));
      const an = new Analyzer();
      let text = render(blocks);
      an.analyze(text);
      for (const e of edits) {
        text = apply(blocks, text, e) ?? render(blocks);
        assert.equal(JSON.stringify(an.analyze(text)), JSON.stringify(analyze(text)));
      }
    }), fcParams(80));
  });
});
