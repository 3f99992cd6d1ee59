// `re:` phrases without anchor words are skipped on a text that lacks all of their needles (literal texts every match
// contains, vocab/phrase.ts `regexNeedles`). That is only a speed-up if it never hides a match: checked here on every
// `re:` phrase of every concept list, over every sentence of the examples, fixtures and seeds.
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import fs from 'fs';
import '../../src/core/index';
import { CONCEPTS } from '../../src/core/vocab';
import { compilePhraseMatcher, regexNeedles, registeredMatchers } from '../../src/core/vocab/phrase';
import { buildDocument } from '../../src/core/document';

const L = String.raw`[\p{L}\p{M}\p{N}-]`;

function sentences(): string[] {
  const out: string[] = [];
  for (const p of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
    const doc = buildDocument(fs.readFileSync(p, 'utf8'), /\.txt$/i.test(p) ? 'plaintext' : 'markdown');
    for (const s of doc.sentences) out.push(s.low);
  }
  return out;
}

describe('re: phrase needles (regexNeedles)', () => {
  it('reads the literal after a leading letter run, or the alternatives of a leading group', () => {
    assert.deepEqual(regexNeedles(String.raw`[\p{L}]*tekort[\p{L}]*`), ['tekort']);
    assert.deepEqual(regexNeedles(String.raw`\p{L}*(?:samenleving|maatschappij)\p{L}*`), ['samenleving', 'maatschappij']);
    assert.deepEqual(regexNeedles(String.raw`hierna(?:\s+te\s+noemen)?`), ['hierna']);
  });

  it('leaves out a letter made optional, and gives none for a top-level alternative or an unknown start', () => {
    assert.deepEqual(regexNeedles('budgetten?'), ['budgette']);
    assert.deepEqual(regexNeedles('budgetten'), ['budgetten']);
    assert.equal(regexNeedles('tekort|gebrek'), undefined);
    assert.equal(regexNeedles(String.raw`(?:tekort|gebrek)?\s+aan`), undefined);
    assert.equal(regexNeedles(String.raw`\p{L}+tekort`), undefined);
    assert.equal(regexNeedles(String.raw`(?:abc\)x|def)`), undefined);
    assert.equal(regexNeedles('(?:ab|tekort)'), undefined); // a needle shorter than three letters is not worth a check
  });

  it('never hides a match: every sentence a re: phrase matches contains one of its needles', () => {
    const texts = sentences();
    let withNeedles = 0, matches = 0;
    const lists: Array<[string, readonly string[]]> = [
      ...Object.entries(CONCEPTS).map(([id, c]): [string, readonly string[]] => [id, c.phrases]),
      ...registeredMatchers().map((m): [string, readonly string[]] => [m.key, m.phrases]),
    ];
    for (const [id, phrases] of lists) {
      for (const p of phrases) {
        if (!p.startsWith('re:')) continue;
        const needles = regexNeedles(p.slice(3));
        if (!needles) continue;
        withNeedles++;
        const re = new RegExp(`(?<!${L})(?:${p.slice(3)})(?!${L})`, 'u');
        for (const t of texts) {
          if (!re.test(t)) continue;
          matches++;
          assert.ok(needles.some((n) => t.includes(n)), `${id}: ${p} matches "${t.slice(0, 120)}" without ${needles.join('/')}`);
        }
      }
    }
    assert.ok(withNeedles > 10, `only ${withNeedles} phrases with needles`);
    assert.ok(matches > 50, `only ${matches} matches seen`);
  });
});

describe('re: phrase anchors', () => {
  it('a leading group with letters glued to it is no anchor: "(?:raads|staten)voorstel" finds raadsvoorstel', () => {
    const glued = compilePhraseMatcher(['re:(?:raads|staten)voorstel']);
    assert.equal(glued.test('het raadsvoorstel ligt er'), true);
    assert.equal(glued.test('het statenvoorstel ligt er'), true);
    assert.equal(glued.test('het voorstel ligt er'), false);
    // A group followed by a word edge keeps its anchors and still matches.
    const edge = compilePhraseMatcher(['re:(?:raads|staten) voorstel']);
    assert.equal(edge.test('het raads voorstel'), true);
    assert.equal(edge.test('het raadsvoorstel'), false);
  });
});
