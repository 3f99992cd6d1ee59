/**
 * Speed steps of branch speed18 (the cold analysis), each exact:
 * - the lexicon reads an entry in one pass (`parseEntry`): the same readings as the old parse (`parseEntrySlow`) for
 *   every form of the shipped data;
 * - the tagger keeps its arrays from sentence to sentence and its guesses per casing (read/lexicon.ts `tagWords`,
 *   `candidatesOf`): a lexicon that has tagged other sentences before, in a random order and with the same words in
 *   other casings, must tag a sentence as a fresh lexicon does.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as fc from 'fast-check';
import { textFiles } from './textFiles';
import '../../src/core/index';
import { buildDocument } from '../../src/core/document';
import { Lexicon, dataHash } from '../../src/core/read/lexicon';
import { LEXICON_DATA } from '../../src/core/read/lexicon-data';
import { LEXICON_INDEX, LEXICON_INDEX_OF } from '../../src/core/read/lexicon-index';

const RUNS = Number(process.env.FC_RUNS ?? 40);

/** A lexicon as `lexicon()` makes it, but new (empty caches, no scratch). */
function freshLexicon(): Lexicon {
  return new Lexicon(LEXICON_DATA, LEXICON_INDEX_OF === dataHash(LEXICON_DATA) ? LEXICON_INDEX : undefined);
}

describe('speed18: the lexicon', () => {
  it('parses every entry of the data as the old parse does', () => {
    const a = freshLexicon() as unknown as { lex: Map<string, unknown>; parseEntry(f: string, v: string): unknown };
    const b = freshLexicon() as unknown as { lex: Map<string, unknown>; parseEntrySlow(f: string, v: string): unknown };
    let n = 0;
    for (const [form, v] of [...b.lex]) {
      if (typeof v !== 'string') continue;
      assert.deepEqual(a.parseEntry(form, v), b.parseEntrySlow(form, v), form);
      n++;
    }
    assert.ok(n > 10000, `${n} entries`);
  });

  it('tags a sentence as a fresh lexicon does, after other sentences in any order and casing', function () {
    this.timeout(300000);
    // Real sentences (examples and fixtures), and the same with words capitalised or lowered (the guesses are kept
    // per casing: a word seen capitalised inside a sentence reads as a name, lower case it does not).
    const sentences: string[][] = [];
    for (const f of textFiles(['examples', 'test/fixtures']).slice(0, 40)) {
      for (const s of buildDocument(fs.readFileSync(f, 'utf8'), 'plaintext').sentences) if (s.tokens.length) sentences.push(s.tokens.map((t) => t.text));
    }
    assert.ok(sentences.length > 200, `${sentences.length} sentences`);
    const vary = (ws: string[], flip: number): string[] => ws.map((w, i) => ((i * 7 + flip) % 3 === 0 ? w[0].toUpperCase() + w.slice(1) : (i + flip) % 4 === 0 ? w.toLowerCase() : w));
    const shared = freshLexicon();
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(sentences.length - 1), fc.nat(3)), { minLength: 1, maxLength: 12 }), (picks) => {
      const texts = picks.map(([i, flip]) => vary(sentences[i], flip));
      for (const ws of texts) shared.tagWords(ws);
      const last = texts[texts.length - 1];
      assert.deepEqual(shared.tagWords(last), freshLexicon().tagWords(last), last.join(' '));
    }), { numRuns: RUNS });
  });
});
