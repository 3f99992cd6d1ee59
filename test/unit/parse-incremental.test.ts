/**
 * The Markdown parser re-reads only the lines around an edit when it is given the parse of the text before it
 * (src/core/text/blocks.ts `parseBlocks`' `prev`): the previous blocks, mask ranges and directives before the last
 * clean line start before the edit are kept, those after a clean line start in the unchanged end are taken over,
 * shifted. The property: after random edits of random Markdown (headings, setext underlines, lists, tables, quotes,
 * code fences, comments, directives, inline markup, CRLF), the parse made from the previous one equals a parse from
 * scratch: blocks, directives and the masked text. Chains of edits parse each version from the one before.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { parseBlocks, reusedBlocksOf, type ParsedText } from '../../src/core/text/blocks';
import { Analyzer, analyze } from '../../src/core';
import { fcParams } from '../fixtures/hostile/support';

const LINES = [
  'De gemeente neemt de regie over het programma.',
  'Partners *leveren* samen `middelen` en [mensen](https://example.org).',
  'Een regel met <b>html</b> en een_woord en _nadruk_ en \\* escape.',
  '',
  '',
  '',
  '# Kop één',
  '## Kop twee ##',
  'Setext kop',
  '===',
  '---',
  '- een punt van de lijst',
  '  - genest punt',
  '1. genummerd punt',
  '| kolom a | kolom b |',
  '|---|---|',
  '| cel 1 | cel 2 |',
  '> een citaat',
  '> > dieper citaat',
  '```',
  '~~~',
  'code = 1;',
  '<!-- een opmerking',
  'loopt door -->',
  '<!-- regiecheck-disable regie/hol -->',
  '<!-- regiecheck-disable-file -->',
  '***',
  'Zie ![plaatje](a.png) en [^1] voetnoot.',
  '   ingesprongen vervolgregel.',
];
const INSERTS = ['\n', '\n\n', 'x', ' ', '#', '# ', '- ', '|', '```', '\n```\n', '<!--', '-->', '*', '`', '[', ']', '(', ')', '>', '===', '\r\n', '\r', '1. ', '---\n', 'regie '];

const docArb = fc.record({
  lines: fc.array(fc.nat(LINES.length - 1), { minLength: 1, maxLength: 40 }),
  crlf: fc.boolean(),
}).map(({ lines, crlf }) => lines.map((i) => LINES[i]).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'));

type Edit = { at: number; del: number; ins: number };
const editArb: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat(12), ins: fc.nat(INSERTS.length) });

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  const ins = e.ins < INSERTS.length ? INSERTS[e.ins] : '';
  return text.slice(0, at) + ins + text.slice(Math.min(text.length, at + e.del));
}

const view = (p: ParsedText) => ({ blocks: p.blocks.map((b) => ({ ...b })), directives: p.directives.map((d) => ({ ...d })), masked: p.masked });

describe('the Markdown parser after an edit (re-reads only the edited lines; = a parse from scratch)', function () {
  this.timeout(120000);

  it('random edits of random Markdown: the parse from the previous parse = a fresh parse', () => {
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (doc, edits) => {
      let text = doc;
      let prev = parseBlocks(text, 'markdown');
      for (const e of edits) {
        text = apply(text, e);
        const again = parseBlocks(text, 'markdown', prev);
        assert.deepStrictEqual(view(again), view(parseBlocks(text, 'markdown')), JSON.stringify(text));
        prev = again;
      }
    }), fcParams(400));
  });

  it('one letter replaced in a long document: most blocks are taken over', () => {
    const text = Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? `## Kop ${i}` : `Zin ${i} van het stuk met *nadruk*.`)).join('\n\n') + '\n';
    const prev = parseBlocks(text, 'markdown');
    const at = text.indexOf('Zin 31') + 2;
    const edited = text.slice(0, at) + 'x' + text.slice(at + 1);
    const again = parseBlocks(edited, 'markdown', prev);
    assert.deepStrictEqual(view(again), view(parseBlocks(edited, 'markdown')));
    const reused = reusedBlocksOf(again)!;
    assert.ok(reused.before >= 29 && reused.after >= 28, JSON.stringify(reused));
  });

  it('front matter, a code fence opened and closed by an edit, CRLF: = a fresh parse', () => {
    const cases: Array<[string, string]> = [
      ['---\ntitel: a\n---\nTekst.\n', '---\ntitel: b\n---\nTekst.\n'],
      ['Tekst.\n\nMeer tekst.\n\nSlot.\n', 'Tekst.\n\n```\nMeer tekst.\n\nSlot.\n'],
      ['Tekst.\n\n```\nMeer tekst.\n\nSlot.\n', 'Tekst.\n\n``\nMeer tekst.\n\nSlot.\n'],
      ['Een\r\n\r\nTwee\r\n', 'Een\r\n\n\r\nTwee\r\n'],
      ['Een\r\rTwee\n', 'Een\r\n\rTwee\n'],
      ['Een\n\n<!-- a\n\nTwee -->\n\nDrie.\n', 'Een\n\n<!- a\n\nTwee -->\n\nDrie.\n'],
    ];
    for (const [a, b] of cases) {
      assert.deepStrictEqual(view(parseBlocks(b, 'markdown', parseBlocks(a, 'markdown'))), view(parseBlocks(b, 'markdown')), JSON.stringify(b));
    }
  });

  it('random edits through the Analyzer: = a fresh analysis', () => {
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (doc, edits) => {
      const an = new Analyzer();
      let text = doc;
      an.analyze(text, { format: 'markdown' });
      for (const e of edits) {
        text = apply(text, e);
        assert.deepStrictEqual(an.analyze(text, { format: 'markdown' }), analyze(text, { format: 'markdown' }), JSON.stringify(text));
      }
    }), fcParams(60));
  });
});
