/**
 * Speed steps of branch speed17 (the cold analysis), each exact:
 * - a text that is a sentence's own raw or lowercase text takes that sentence's token keys (and offsets) instead of
 *   being tokenized again (vocab/phrase.ts `sentenceTextKeys`, `sentenceTextTokens`, `caseSafe`): the keys and offsets
 *   must be exactly what the tokenizer gives for the text, on real sentences and on random texts full of the places
 *   where lowercasing changes a token ("'S-Hertogenbosch", "HTTP://", "T/M", "Zorg- En", "İ", "Σ", "Ⓐ");
 * - the checklist cues read their bits from the combined pass (checklist/cues.ts): each bit must be what the cue's own
 *   `vocab(id).test(s)` says, with and without user phrases.
 */
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as fc from 'fast-check';
import '../../src/core/index';
import { buildDocument } from '../../src/core/document';
import { registeredMatchers, textTokensForTests } from '../../src/core/vocab/phrase';
import { tokenKeys } from '../../src/core/text/tokens';
import { CUE_IDS, has, sentenceCues } from '../../src/core/checklist/cues';
import { vocab, withUserPhrases } from '../../src/core/vocab';

const RUNS = Number(process.env.FC_RUNS ?? 1500);

/** Compare what `textTokens` gives for a sentence's raw and lowercase text with the tokenizer; count the reused ones. */
function compareDoc(text: string, counts: { reused: number; refused: number }): void {
  const doc = buildDocument(text, 'plaintext');
  const m = registeredMatchers()[0];
  for (const s of doc.sentences) {
    m.test(s); // the combined pass notes the sentence's texts
    for (const x of [s.raw, s.low]) {
      const got = textTokensForTests(x);
      const st: number[] = [], en: number[] = [];
      const keys = tokenKeys(x, st, en);
      assert.deepEqual(got.keys, keys, `keys of ${JSON.stringify(x)}`);
      assert.deepEqual(got.starts, st, `starts of ${JSON.stringify(x)}`);
      assert.deepEqual(got.ends, en, `ends of ${JSON.stringify(x)}`);
      if (got.fromSentence) counts.reused++; else counts.refused++;
    }
  }
}

const TRICKY = [
  "Het 'S-Hertogenbosch en 's-Hertogenbosch, 'T Gooi en 't Gooi werken samen.",
  'Zie HTTP://WWW.REGIE.NL en WWW.GEMEENTE.NL of www.gemeente.nl en https://x.nl voor de afspraken.',
  'De gemeente neemt de regie van 1 T/M 4 januari, t/m het einde van het jaar.',
  'Zorg- En welzijnspartners, zorg- en welzijn, Zorg- Of Welzijn en Zorg-en-welzijn.',
  'İnwoners in İstanbul en ΟΔΟΣ.Α met ΑΣ en Ⓐ Ⓑ ⓒ werken samen binnen bestaande middelen.',
  'De Kelvin-schaal (K) en het Ångström (Å) staan naast € 12,50 – “zo” … • klaar.',
  'De raad stelt het plan vast,\r\nen de wethouder\tvoert de regie uit\u00a0 op\u2003tijd.',
];

describe('speed17: a sentence text takes the sentence keys exactly', () => {
  it('on the examples, fixtures, seeds and the edge texts', () => {
    const counts = { reused: 0, refused: 0 };
    for (const t of TRICKY) compareDoc(t, counts);
    compareDoc(TRICKY.join('\n\n'), counts);
    for (const f of textFiles(['examples', 'test/fixtures', '../shared/seeds'], /\.(md|txt)$/).slice(0, 80)) compareDoc(fs.readFileSync(f, 'utf8'), counts);
    assert.ok(counts.reused > 2000, `${counts.reused} texts took their sentence's keys`);
    assert.ok(counts.refused > 10, `${counts.refused} texts were tokenized (the check must refuse some)`);
  });

  it('on random texts made of the places where case matters', () => {
    const piece = fc.constantFrom(
      'de', 'De', 'REGIE', 'Gemeente', 'wij', ' ', ' ', ' ', '  ', '\t', '\n', '.', ',', ':', '-', '- ', ' - ', "'", "'s", "'S", "'t", "'T", '’',
      'HTTP://', 'http://', 'Https://', 'WWW.', 'www.', '.NL', 'T/M', 't/m', 'En', 'en', 'Of', 'tot', 'TOT', 'İ', 'ı', 'Σ', 'σ', 'ς', 'Ⓐ', 'ⓐ',
      'K', 'Å', 'ẞ', 'ß', 'É', 'é', 'Ⱥ', '€', '–', '…', '“', '”', '•', '12', '3,5', '1.000', 'o.a.', 'Art.', 'nr.', 'x@y.nl', '?', '!', '\u00a0', '\u2003');
    const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
    let reused = 0;
    fc.assert(fc.property(text, (t) => {
      const counts = { reused: 0, refused: 0 };
      compareDoc(t, counts);
      reused += counts.reused;
    }), { numRuns: RUNS, seed: 17 });
    assert.ok(reused > RUNS / 2, `${reused} random texts took their sentence's keys`);
  });
});

describe('speed17: the checklist cues read the combined pass exactly', () => {
  it('every cue bit is its list tested on the sentence, on the examples and fixtures, with and without user phrases', () => {
    const files = textFiles(['examples', 'test/fixtures'], /\.(md|txt)$/).slice(0, 60);
    let compared = 0, set = 0;
    for (const phrases of [undefined, { opgaveProblem: ['de wijk'], opgaveTrend: ['de buurt'] }]) {
      withUserPhrases(phrases, () => {
        for (const f of files) {
          for (const s of buildDocument(fs.readFileSync(f, 'utf8'), 'markdown').sentences) {
            const c = sentenceCues(s);
            for (const id of CUE_IDS) { assert.equal(has(c, id), vocab(id).test(s), `${id}: ${s.raw}`); compared++; if (has(c, id)) set++; }
          }
        }
      });
    }
    assert.ok(compared > 50000 && set > 500, `${compared} bits compared, ${set} set`);
  });
});
