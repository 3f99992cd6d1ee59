/**
 * Speed steps of branch speed18 (the cold analysis), each exact:
 * - the lexicon reads an entry in one pass (`parseEntry`): the same readings as the old parse (`parseEntrySlow`) for
 *   every form of the shipped data;
 * - the tagger keeps its arrays from sentence to sentence and its guesses per casing (read/lexicon.ts `tagWords`,
 *   `candidatesOf`): a lexicon that has tagged other sentences before, in a random order and with the same words in
 *   other casings, must tag a sentence as a fresh lexicon does;
 * - a small list without affix phrases skips tokenizing a text whose lowercase holds none of its keys (vocab/phrase.ts
 *   `noKeyIn`): whenever it says so, no token of the text may have one of the keys (texts of real sentences and
 *   blocks, and random texts of the keys' pieces in any case, with İ, Σ, numbers with letters and punctuation).
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
import { registeredMatchers, type Matcher } from '../../src/core/vocab/phrase';
import { tokenKeys } from '../../src/core/text/tokens';
import { compilePhrases } from '../../src/core/vocab';

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

describe('speed18: a text without the keys of a small list is not tokenized', () => {
  type Inner = { run(x: string): boolean; keyHits?: Map<string, unknown>; needleKeys?: string[] | null; noKeyIn(t: string, k: Map<string, unknown>, c: unknown): boolean; c: unknown };
  const lists: Matcher[] = [...registeredMatchers(), compilePhrases(['vertegenwoordigd door', 'namens', 'hierna:', '10a ~ samen', 're:(?:samen|sámen)werk\\p{L}*'])];
  /** The lists that decide by `noKeyIn` (their key table made by one run). */
  const deciding = (): Array<{ m: Inner; keys: string[] }> => lists.map((m) => m as unknown as Inner).flatMap((m) => {
    m.run('');
    m.noKeyIn('', m.keyHits!, m.c);
    return m.needleKeys ? [{ m, keys: m.needleKeys }] : [];
  });
  const check = (ds: Array<{ m: Inner; keys: string[] }>, text: string): number => {
    const keys = new Set(tokenKeys(text));
    let said = 0;
    for (const { m, keys: ks } of ds) {
      if (!m.noKeyIn(text, m.keyHits!, m.c)) continue;
      said++;
      for (const k of ks) assert.ok(!keys.has(k), `"${k}" is a token of ${JSON.stringify(text)}`);
    }
    return said;
  };

  it('on the sentences and blocks of the examples and fixtures', () => {
    const ds = deciding();
    assert.ok(ds.length >= 20, `${ds.length} lists decide`);
    let said = 0;
    for (const f of textFiles(['examples', 'test/fixtures'])) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), 'plaintext');
      for (const s of doc.sentences) said += check(ds, s.low) + check(ds, s.raw);
      for (const [a, b] of doc.blockSentences) said += check(ds, doc.sentences.slice(a, b).map((x) => x.low).join(' '));
    }
    assert.ok(said > 1000, `${said} texts skipped`);
  });

  it('on random texts of the keys in any case', () => {
    const ds = deciding();
    const pieces = [...new Set(ds.flatMap((d) => d.keys))].slice(0, 300);
    const bit = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ', '.', ':', '-', "'", '10', 'A', 'İ', 'Σ', 'ΟΔΟΣ', 'x', '\n'));
    const word = fc.tuple(bit, fc.nat(2)).map(([p, c]) => (c === 0 ? p : c === 1 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)));
    fc.assert(fc.property(fc.array(word, { maxLength: 12 }), (ws) => { check(ds, ws.join('')); check(ds, ws.join(' ')); }), { numRuns: RUNS * 25 });
  });
});
