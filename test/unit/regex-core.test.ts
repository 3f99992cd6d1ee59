// A `re:` phrase is tried first without its word edges (`core`, vocab/phrase.ts `regexTest`): the two Unicode edge
// classes are most of a phrase's compile cost. That is only a speed-up if the answer is always the one of the full
// pattern with its edges: checked here on minimal pairs, on every `re:` phrase of every list over every sentence of
// the examples, fixtures and seeds, and on random strings built from each pattern's own literals.
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import fs from 'fs';
import '../../src/core/index';
import { CONCEPTS } from '../../src/core/vocab';
import { regexPhrase, regexTest, registeredMatchers } from '../../src/core/vocab/phrase';
import { buildDocument } from '../../src/core/document';
import { randomTexts } from './regexRandom';

const W = String.raw`[\p{L}\p{M}\p{N}-]*`;

function allRegexSources(): string[] {
  const out = new Set<string>();
  for (const c of Object.values(CONCEPTS)) for (const p of c.phrases) if (p.startsWith('re:')) out.add(p.slice(3));
  for (const m of registeredMatchers()) for (const p of m.phrases) if (p.startsWith('re:')) out.add(p.slice(3));
  return [...out];
}

describe('re: phrases tried without their word edges first (regexTest)', () => {
  it('minimal pairs: a match inside a word is none, a later match outside one is found', () => {
    const plain = regexPhrase('beleid');
    assert.equal(regexTest(plain, 'het beleid'), true);
    assert.equal(regexTest(plain, 'hetbeleid'), false);
    assert.equal(regexTest(plain, 'het beleidje'), false);
    assert.equal(regexTest(plain, 'hetbeleid en beleid'), true);
    assert.equal(regexTest(plain, 'beleidje en beleid.'), true);
    const open = regexPhrase(`beleid${W}`);
    assert.equal(open.openEnd, true);
    assert.equal(regexTest(open, 'het beleidsplan'), true);
    assert.equal(regexTest(open, 'het nabeleidsplan'), false);
    // Code points outside the BMP: a letter before the match is a word edge, an emoji is not.
    assert.equal(regexTest(plain, '𝒜beleid'), false);
    assert.equal(regexTest(plain, '😀beleid'), true);
    assert.equal(regexTest(plain, 'beleid𝒜'), false);
    assert.equal(regexTest(plain, 'beleid😀'), true);
    // A top-level alternative keeps its trailing run: the edge is checked, not assumed.
    assert.equal(regexPhrase(`raad|beleid${W}`).openEnd, false);
    assert.equal(regexTest(regexPhrase(`raad|beleid${W}`), 'de raadzaal'), false);
    assert.equal(regexTest(regexPhrase(`raad|beleid${W}`), 'de raad'), true);
  });

  it('answers as the full pattern on every sentence of the examples, fixtures and seeds', () => {
    const texts: string[] = [];
    for (const p of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
      const doc = buildDocument(fs.readFileSync(p, 'utf8'), /\.txt$/i.test(p) ? 'plaintext' : 'markdown');
      for (const s of doc.sentences) texts.push(s.low);
    }
    let matches = 0;
    for (const src of allRegexSources()) {
      const r = regexPhrase(src);
      for (const t of texts) {
        const want = r.re.test(t);
        if (want) matches++;
        assert.equal(regexTest(r, t), want, `${src} on "${t.slice(0, 120)}"`);
      }
    }
    assert.ok(matches > 100, `only ${matches} matches seen`);
  });

  it('answers as the full pattern on random texts made of each pattern\'s literals', () => {
    let matches = 0, fallbacks = 0;
    allRegexSources().forEach((src, i) => {
      const r = regexPhrase(src);
      for (const t of randomTexts(src, 300, 1000 + i)) {
        const want = r.re.test(t);
        if (want) matches++;
        if (r.core.test(t) && !want) fallbacks++;
        assert.equal(regexTest(r, t), want, `${src} on ${JSON.stringify(t)}`);
      }
    });
    // The texts reach both sides: matches, and core matches that the edges reject.
    assert.ok(matches > 1000, `only ${matches} matches`);
    assert.ok(fallbacks > 100, `only ${fallbacks} core matches without edges`);
  });
});
