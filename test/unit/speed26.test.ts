/**
 * Memory steps of branch speed26 (peak RSS of the CLI), each exact:
 * - `tagsOf` (`read/unit.ts`) gives equal tags as one object (`intern.ts` `shareTags`): the tags must equal the
 *   tagger's, field by field, and equal values must be one object.
 * - A sentence's combined-pass bits are packed 32 to a word, the number of bits covered last (`vocab/phrase.ts`
 *   `bitAt`): every registered matcher's bit must be its own test on the sentence, and a slot past the bits reads -1.
 * - `buildSentence` (`document.ts`) keeps an empty mention list as one frozen empty list and a list with mentions as a
 *   copy: the lists must equal the recognisers' output.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildDocument, buildSentence, type Sentence } from '../../src/core/document';
import { tagsOf } from '../../src/core/read/unit';
import { tagWords } from '../../src/core/read/lexicon';
import { bitAt, registeredBits, registeredMatchers } from '../../src/core/vocab/phrase';
import { findMoney } from '../../src/core/recognize/money';
import { findTimes } from '../../src/core/recognize/time';
import { findQuantities } from '../../src/core/recognize/quantity';
import { findActors } from '../../src/core/recognize/actors';

function exampleSentences(): Sentence[] {
  const dir = path.join(__dirname, '../../examples');
  const out: Sentence[] = [];
  for (const f of fs.readdirSync(dir)) {
    out.push(...buildDocument(fs.readFileSync(path.join(dir, f), 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext').sentences);
  }
  return out;
}

describe('speed26: equal tags as one object', () => {
  it('tagsOf gives the tagger\'s tags (values), and one object per value', () => {
    const byValue = new Map<string, object>();
    let tags = 0;
    for (const s of exampleSentences()) {
      const got = tagsOf(s);
      const want = tagWords(s.tokens.map((t) => t.text));
      assert.deepEqual(got.map((t) => ({ ...t })), want.map((t) => ({ ...t })), s.raw);
      for (const t of got) {
        const k = JSON.stringify([t.pos, t.lemma, t.verbForm ?? null, t.tense ?? null, t.number ?? null, t.unknown ?? null]);
        const first = byValue.get(k);
        if (first === undefined) byValue.set(k, t);
        else assert.ok(first === t, `one object for ${k}`);
        tags++;
      }
    }
    assert.ok(tags > 2 * byValue.size, `${tags} tags, ${byValue.size} values`);
  });
});

describe('speed26: packed combined-pass bits', () => {
  it('bitAt(registeredBits(s), slot) is every registered matcher\'s own test, and -1 past the bits', () => {
    const sentences = exampleSentences();
    const matchers = registeredMatchers();
    let ones = 0;
    for (const s of sentences) {
      const b = registeredBits(s);
      const covered = b[b.length - 1];
      assert.ok(covered >= matchers.length && b.length === ((covered + 31) >> 5) + 1, `${covered} bits in ${b.length} words`);
      for (const m of matchers) {
        const bit = bitAt(b, m.slot);
        assert.equal(bit === 1, m.testAlone(s.raw), `${m.key} in ${JSON.stringify(s.raw)}`);
        if (bit === 1) ones++;
      }
      assert.equal(bitAt(b, covered), -1);
      assert.equal(bitAt(b, covered + 40), -1);
    }
    assert.ok(sentences.length > 50 && ones > 200, `${sentences.length} sentences, ${ones} bits set`);
  });
});

describe('speed26: a sentence\'s mention lists', () => {
  it('equal the recognisers\' lists; an empty one is frozen', () => {
    const text = 'De gemeente betaalt € 12.500,- per jaar vanaf 1 januari 2025 aan 40 scholen. Het college neemt de regie.\nNiets hier.';
    const a = text.indexOf(' Het') + 1, b = text.indexOf('\n') + 1;
    for (const [start, end] of [[0, a - 1], [a, b - 1], [b, text.length]]) {
      const s = buildSentence(text, start, end, 0);
      const raw = text.slice(start, end).replace(/[\r\n\t]/g, ' ');
      assert.deepEqual(s.money, findMoney(raw, start));
      assert.deepEqual(s.times, findTimes(raw, start));
      assert.deepEqual(s.quantities, findQuantities(raw, start));
      assert.deepEqual(s.actors, findActors(s.tokens));
      for (const list of [s.money, s.times, s.quantities, s.actors, s.regie]) if (list.length === 0) assert.ok(Object.isFrozen(list));
    }
  });
});
