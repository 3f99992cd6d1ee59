/**
 * Memory steps of branch speed25 (peak RSS of the CLI), each exact:
 * - `flatten` (`recognize/flat.ts`): a sentence with single spaces only gets identity maps that are one view of a shared
 *   identity buffer (no two typed arrays of its own). The maps must read 0, 1, 2, … for every sentence, also after a
 *   longer sentence grew the shared buffer, and equal the character-by-character reference (`flattenByChar`).
 * - `buildSentence` (`document.ts`) gives a token's `text` and `low` the first string of the same value (shorter than 13
 *   characters) instead of the tokenizer's new strings: the tokens must equal the tokenizer's, field by field.
 * - The checklist's cue bits (`checklist/cues.ts`) are three 30-bit numbers per sentence instead of a `Uint8Array`:
 *   `has(cues, id)` must be each cue's own matcher test for every cue (across the 30-bit boundaries) and sentence.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { flatten, flattenByChar } from '../../src/core/recognize/flat';
import { buildDocument, buildSentence } from '../../src/core/document';
import { tokenize } from '../../src/core/text/tokens';
import { CUE_IDS, has, sentenceCues } from '../../src/core/checklist/cues';
import { vocab } from '../../src/core/vocab';

describe('speed25: shared identity maps of simple sentences', () => {
  it('are the identity, shared, and equal the reference, also after the shared buffer grew', () => {
    const short = 'de gemeente neemt de regie.';
    const a = flatten(short, short);
    const long = `${'het college stelt vast dat '.repeat(200)}klaar.`;
    const b = flatten(long, long);
    const c = flatten(short, short);
    for (const [f, t] of [[a, short], [b, long], [c, short]] as const) {
      assert.equal(f.toRaw.length, t.length + 1);
      assert.equal(f.toFlat.length, t.length + 1);
      for (let i = 0; i <= t.length; i++) assert.ok(f.toRaw[i] === i && f.toFlat[i] === i, `${i} of ${t.length}`);
      const r = flattenByChar(t, t);
      assert.deepEqual([f.text, f.raw, [...f.toRaw], [...f.toFlat]], [r.text, r.raw, [...r.toRaw], [...r.toFlat]]);
    }
    assert.ok(b.toRaw.buffer === c.toRaw.buffer && c.toRaw === c.toFlat, 'one shared buffer, one view per sentence');
    // A sentence with a double space or a line break still gets maps of its own.
    const odd = 'de  gemeente\tneemt regie.';
    const o = flatten(odd, odd), r = flattenByChar(odd, odd);
    assert.deepEqual([o.text, [...o.toRaw], [...o.toFlat]], [r.text, [...r.toRaw], [...r.toFlat]]);
    assert.ok(o.toRaw.buffer !== c.toRaw.buffer, 'maps of its own');
  });
});

describe('speed25: the checklist cue bits as three numbers', () => {
  it('has(cues, id) is every cue matcher\'s own test, in the example documents', () => {
    assert.ok(CUE_IDS.length > 60, 'the cues cross both 30-bit boundaries');
    const dir = path.join(__dirname, '../../examples');
    let sentences = 0, hits = 0;
    const seen = new Set<string>();
    for (const f of fs.readdirSync(dir)) {
      const doc = buildDocument(fs.readFileSync(path.join(dir, f), 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext');
      for (const s of doc.sentences) {
        const cues = sentenceCues(s);
        sentences++;
        for (const id of CUE_IDS) {
          const want = vocab(id).test(s);
          assert.equal(has(cues, id), want, `${id} in ${JSON.stringify(s.raw)}`);
          if (want) { hits++; seen.add(id); }
        }
      }
    }
    assert.ok(sentences > 50 && hits > 100, `${sentences} sentences, ${hits} cue hits`);
    // Cues above both boundaries occur (a bit in b1 and in b2 was read, not only b0).
    const idx = [...seen].map((id) => CUE_IDS.indexOf(id as typeof CUE_IDS[number]));
    assert.ok(idx.some((i) => i >= 30 && i < 60) && idx.some((i) => i >= 60), `cue indexes seen: ${idx.sort((x, y) => x - y).join(',')}`);
  });
});

describe('speed25: shared token strings', () => {
  it('leave every token as the tokenizer made it (values), for short, long, capitalised and repeated words', () => {
    const text = 'De gemeente neemt de regie. DE GEMEENTE en de Gemeente; samenwerkingsovereenkomst Samenwerkingsovereenkomst '
      + 'SAMENWERKINGSOVEREENKOMST, € 12.500,- per jaar (www.example.nl) en ketenregie!\nDe raad, de raad en de RAAD.';
    for (let round = 0; round < 2; round++) {
      const s = buildSentence(text, 0, text.length, 0);
      assert.deepEqual(s.tokens.map((t) => ({ ...t })), tokenize(text, 0, text.length).map((t) => ({ ...t })));
      for (const t of s.tokens) assert.equal(t.low, t.text.toLowerCase());
    }
  });
});
