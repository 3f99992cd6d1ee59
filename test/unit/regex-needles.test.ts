// `re:` phrases without anchor words are skipped on a text that lacks all of their needles (literal texts every match
// contains, vocab/phrase.ts `regexNeedles`). That is only a speed-up if it never hides a match: checked here on every
// `re:` phrase of every concept list, over every sentence of the examples, fixtures and seeds.
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import fs from 'fs';
import '../../src/core/index';
import { CONCEPTS } from '../../src/core/vocab';
import { compilePhraseMatcher, regexNeedles, registeredMatchers } from '../../src/core/vocab/phrase';
import { patternNeedles } from '../../src/core/vocab/needles';
import { buildDocument } from '../../src/core/document';
import { prng, randomAbcTexts, randomPattern, randomTexts } from './regexRandom';

const L = String.raw`[\p{L}\p{M}\p{N}-]`;

function sentences(): string[] {
  const out: string[] = [];
  for (const p of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
    const doc = buildDocument(fs.readFileSync(p, 'utf8'), /\.txt$/i.test(p) ? 'plaintext' : 'markdown');
    for (const s of doc.sentences) out.push(s.low);
  }
  return out;
}

describe('re: phrase needles (regexNeedles = needles.ts patternNeedles)', () => {
  it('reads the literal after a leading letter run, or the alternatives of a leading group', () => {
    assert.deepEqual(regexNeedles(String.raw`[\p{L}]*tekort[\p{L}]*`), ['tekort']);
    assert.deepEqual(regexNeedles(String.raw`\p{L}*(?:samenleving|maatschappij)\p{L}*`), ['samenleving', 'maatschappij']);
    assert.deepEqual(regexNeedles(String.raw`hierna(?:\s+te\s+noemen)?`), ['hierna']);
  });

  it('leaves out a letter made optional; a needle shorter than three letters is not worth a check', () => {
    assert.deepEqual(regexNeedles('budgetten?'), ['budgette']);
    assert.deepEqual(regexNeedles('budgetten'), ['budgetten']);
    assert.equal(regexNeedles('(?:ab|tekort)'), undefined);
    assert.equal(regexNeedles(String.raw`\d+`), undefined);
    assert.equal(regexNeedles(String.raw`(?:tekort|gebrek)?\s+\p{L}+`), undefined); // the group may be missing
  });

  it('one derivation with the recognisers\' pre-checks: top-level alternatives, a group anywhere, the longest run', () => {
    // Each alternative of a top-level `|` gives its own needle (these had none before the derivations were one).
    assert.deepEqual(regexNeedles('tekort|gebrek'), ['tekort', 'gebrek']);
    // A group made optional is left out; the literal after it must occur.
    assert.deepEqual(regexNeedles(String.raw`(?:tekort|gebrek)?\s+aan`), ['aan']);
    assert.deepEqual(regexNeedles(String.raw`\p{L}+tekort`), ['tekort']);
    assert.deepEqual(regexNeedles(String.raw`(?:abc\)x|def)`), ['abc)x', 'def']);
    // Of several sound readings, the one with the longest shortest needle.
    assert.deepEqual(regexNeedles(String.raw`(?:de|het)\s+regiegroep`), ['regiegroep']);
    assert.deepEqual(regexNeedles(String.raw`(?:stuurgroep|regiegroep)\s+(?:is|wordt)`), ['stuurgroep', 'regiegroep']);
    assert.deepEqual(patternNeedles(String.raw`dagen\s+per\s+week`), ['dagen']);
    assert.deepEqual(patternNeedles(String.raw`elk\s+(?:half)?jaar`), ['jaar']);
    // A needle that contains another adds nothing to a substring test.
    assert.deepEqual(regexNeedles('(?:tekort|tekorten|gebrek)'), ['tekort', 'gebrek']);
    // Lookarounds, classes and escapes are no literal text; escaped punctuation is.
    assert.deepEqual(patternNeedles(String.raw`(?<=ab)cd`), ['cd']);
    assert.deepEqual(patternNeedles(String.raw`(?!tekort)\p{L}+`), undefined);
    assert.deepEqual(patternNeedles(String.raw`f\.t\.e\.`), ['f.t.e.']);
    assert.deepEqual(patternNeedles(String.raw`\u00e9t`), ['t']);
    assert.deepEqual(patternNeedles(String.raw`\x41bc`), ['bc']);
    // A quantifier after a character outside the BMP takes the whole character.
    assert.deepEqual(patternNeedles('ab😀?'), ['ab']);
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

describe('the one needle derivation (needles.ts patternNeedles): properties', () => {
  it('on every re: phrase, random texts made of its literals: whenever it matches, a needle is in the text', () => {
    const srcs = new Set<string>();
    for (const c of Object.values(CONCEPTS)) for (const p of c.phrases) if (p.startsWith('re:')) srcs.add(p.slice(3));
    for (const m of registeredMatchers()) for (const p of m.phrases) if (p.startsWith('re:')) srcs.add(p.slice(3));
    let matches = 0, phrases = 0;
    [...srcs].forEach((src, i) => {
      const needles = patternNeedles(src);
      if (!needles) return;
      phrases++;
      const re = new RegExp(`(?<!${L})(?:${src})(?!${L})`, 'u');
      for (const t of randomTexts(src, 200, 7000 + i)) {
        if (!re.test(t)) continue;
        matches++;
        assert.ok(needles.some((n) => t.includes(n)), `${src} matches ${JSON.stringify(t)} without ${needles.join('/')}`);
      }
    });
    assert.ok(phrases > 150, `only ${phrases} phrases with needles`);
    assert.ok(matches > 1000, `only ${matches} matches seen`);
  });

  it('on random patterns (groups, lookarounds, alternatives, quantifiers) and random texts: never a match without a needle', () => {
    const rnd = prng(42);
    let derived = 0, matches = 0;
    for (let k = 0; k < 3000; k++) {
      const src = randomPattern(rnd);
      let re: RegExp;
      try { re = new RegExp(src, 'u'); } catch { continue; }
      const needles = patternNeedles(src);
      if (!needles) continue;
      derived++;
      for (const t of randomAbcTexts(rnd, 60)) {
        if (!re.test(t)) continue;
        matches++;
        assert.ok(needles.some((n) => t.includes(n)), `/${src}/u matches ${JSON.stringify(t)} without ${needles.join('/')}`);
      }
    }
    assert.ok(derived > 1000, `only ${derived} patterns with needles`);
    assert.ok(matches > 5000, `only ${matches} matches seen`);
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
