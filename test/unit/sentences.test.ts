import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { sentenceEnds, splitSentences } from '../../src/core/text/sentences';

/** What `sentenceEnds` must equal: the ends of the segments of `Intl.Segmenter('nl', { granularity: 'sentence' })`. */
const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const reference = (s: string): number[] => [...segmenter.segment(s)].map((x) => x.index + x.segment.length);

function prng(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) & 0x7fffffff; return x / 0x7fffffff; };
}

function texts(): string[] {
  return textFiles(['examples', 'test/fixtures', '../shared/seeds', '../shared/eval/corpus'], /\.(md|txt|markdown)$/i).map((p) => fs.readFileSync(p, 'utf8'));
}

describe('sentence boundaries without the segmenter (sentenceEnds)', () => {
  it('breaks after a full stop before a capital and not before a lowercase word (minimal pair)', () => {
    assert.deepEqual(sentenceEnds('Wij gaan. Zij blijven.'), [10, 22]);
    assert.deepEqual(sentenceEnds('Wij gaan. zij blijven.'), [22]);
    assert.deepEqual(reference('Wij gaan. Zij blijven.'), [10, 22]);
  });

  it('leaves a text with a character outside its domain to the segmenter', () => {
    assert.deepEqual(sentenceEnds('Café open. Ja.'), [11, 14]);
    assert.equal(sentenceEnds('Cafe\u0301 open. Ja.'), undefined); // a combining mark (Extend)
    assert.equal(sentenceEnds('Wij gaan.\u2029Ja.'), undefined); // a paragraph separator
    assert.equal(sentenceEnds('De ge\u00admeente gaat. Ja.'), undefined); // a soft hyphen (Format)
  });

  it('equals the segmenter for every character of its domain in the contexts of the rules', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x250; c++) chars.push(String.fromCharCode(c));
    chars.push(...'–—‘’‚“”„•…€');
    const contexts = ['Ja. X de', 'Ja.X de', 'Ja. X', 'Ja.X', 'Ja! X de', 'Ja? X De', 'Ja. Xb', 'Ja.) Xb', 'Ja.)X b', 'Ja. X. De',
      'Ab.X', 'X. de', 'x. X', 'a.X.b', 'Ja.  X  De', 'Ja." X De', 'Ja. (X) de', 'X'];
    let checked = 0;
    for (const ch of chars) {
      for (const ctx of contexts) {
        const s = ctx.replace('X', ch);
        const mine = sentenceEnds(s);
        if (!mine) continue;
        checked++;
        assert.deepEqual(mine, reference(s), JSON.stringify(s));
      }
    }
    assert.ok(checked > 0x200 * contexts.length * 0.8, `only ${checked} strings in the domain`);
  });

  it('equals the segmenter on random strings of break-relevant characters', () => {
    const alphabet = [...'aabbcdeAABZ1990..!?    ,;:-()[]{}"\'“”‘’«»–—éÉßªµ×§\u00a0…€•¿¡²ÀÿĀāǅǆƀ·%&*/<>=_~^`|\u0301'];
    const rnd = prng(20261205);
    let inDomain = 0;
    for (let t = 0; t < 40000; t++) {
      const len = 1 + Math.floor(rnd() * 16);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const mine = sentenceEnds(s);
      if (!mine) continue;
      inDomain++;
      assert.deepEqual(mine, reference(s), JSON.stringify(s));
    }
    assert.ok(inDomain > 20000, `only ${inDomain} random strings in the domain`);
  });

  it('equals the segmenter on the paragraphs of every example, fixture, seed and evaluation text', () => {
    let compared = 0;
    for (const text of texts()) {
      for (const para of text.split(/\n\s*\n/)) {
        const group = para.replace(/[\r\n\t]/g, ' ').slice(0, 4000);
        const mine = sentenceEnds(group);
        if (!mine) continue;
        compared++;
        assert.deepEqual(mine, reference(group), JSON.stringify(group.slice(0, 200)));
      }
    }
    assert.ok(compared > 1000, `only ${compared} paragraphs compared`);
  });
});

describe('sentence merges of the splitter (shouldMerge)', () => {
  const split = (t: string): string[] => splitSentences(t, 0, t.length).map((x) => t.slice(x.start, x.end));
  it('dot leaders before a page number keep a line of a table of contents whole', () => {
    assert.deepEqual(split('Regie op de uitvoering ..... 21'), ['Regie op de uitvoering ..... 21']);
    assert.deepEqual(split('We wachten af... Daarna beslissen we.'), ['We wachten af...', 'Daarna beslissen we.']);
  });
  it('the label of an annex or chapter is numbering, not a sentence', () => {
    assert.deepEqual(split('Bijlage 1. Actief grondbeleid 26'), ['Bijlage 1. Actief grondbeleid 26']);
    assert.deepEqual(split('Zie bijlage 1. Daar staat het plan.'), ['Zie bijlage 1.', 'Daar staat het plan.']);
  });
});
