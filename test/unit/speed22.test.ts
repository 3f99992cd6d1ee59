/**
 * Speed steps of branch speed22 (the cold analysis and the CLI on the book), each exact:
 * - `Matcher.exec` and `Matcher.find` on a sentence's own raw or lowercase text whose combined-pass bit for the list is
 *   0 try only the list's anchored `re:` phrases (vocab/phrase.ts `quietIn`): they must give what the list alone gives
 *   (`execAlone`, `findAlone`) for every registered list on every sentence of the examples, fixtures and seeds.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { textFiles } from './textFiles';
import '../../src/core/index';
import { buildDocument } from '../../src/core/document';
import { registeredMatchers } from '../../src/core/vocab/phrase';

describe('speed22: exec and find on a sentence text whose combined-pass bit is 0', () => {
  it('give what the list alone gives, for every registered list and sentence', function () {
    this.timeout(600000);
    const lists = registeredMatchers();
    assert.ok(lists.length > 100, `${lists.length} lists`);
    let quiet = 0, texts = 0;
    for (const f of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), /\.txt$/i.test(f) ? 'plaintext' : 'markdown');
      for (const s of doc.sentences) {
        for (const text of s.low === s.raw ? [s.raw] : [s.raw, s.low]) {
          texts++;
          for (const m of lists) {
            const bit = m.test(s); // the combined pass over the sentence (notes its texts' bits)
            assert.equal(m.exec(text), m.execAlone(text), `exec, list ${m.phrases.slice(0, 3).join(' | ')}: ${text}`);
            assert.deepEqual(m.find(text, 3), m.findAlone(text, 3), `find, list ${m.phrases.slice(0, 3).join(' | ')}: ${text}`);
            if (!bit) quiet++;
          }
        }
      }
    }
    assert.ok(texts > 2000 && quiet > 100000, `${texts} texts, ${quiet} list × text pairs with the bit 0`);
  });
});
