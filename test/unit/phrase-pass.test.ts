// The combined per-sentence pass of the vocabulary (vocab/phrase.ts `sentenceBits`), a matcher alone (`Matcher.run`)
// and their build-time data, as changed for speed (branch speed9): the needles of every `re:` phrase (anchored or
// not) checked before its regex, read from prebuilt data; one shared `RegexPhrase` per pattern; first words and anchor
// words in one lookup per token. Each must leave every result as it was: minimal pairs through the combined pass (a
// sentence) and through the matcher alone (a string), which must agree. (Tried and not kept: `@lemma` phrases last,
// an `isWord` memo, a lexicon memo per word form: the minimal pairs for them stay, they hold either way.)
import { strict as assert } from 'assert';
import '../../src/core/index';
import { CONCEPTS, vocab } from '../../src/core/vocab';
import { compilePhraseMatcher, regexNeedles, regexPhrase, registeredMatchers } from '../../src/core/vocab/phrase';
import { prebuiltNeedles } from '../../src/core/vocab/prebuilt';
import { buildDocument } from '../../src/core/document';

/** The concept's answer on the one sentence of `text`, by the combined pass and by the matcher alone (must agree). */
function both(id: string, text: string): boolean {
  const doc = buildDocument(text, 'plaintext');
  assert.equal(doc.sentences.length, 1, text);
  const s = doc.sentences[0];
  const m = vocab(id);
  assert.ok(m.slot >= 0, `${id} is in the combined pass`);
  const bySentence = m.test(s), byText = m.testAlone(s.raw);
  assert.equal(bySentence, byText, `${id}: combined pass and matcher alone differ on "${text}"`);
  return bySentence;
}

describe('combined pass and matcher alone agree on @lemma phrases', () => {
  it('a one-step @lemma phrase decides a bit no other phrase of its list sets (doelVerb: @dalen)', () => {
    // "daalden" is no literal of the list; only its lemma (dalen) is.
    assert.equal(both('doelVerb', 'De wachttijden daalden fors.'), true);
    assert.equal(both('doelVerb', 'De wachttijden bleven fors.'), false);
  });

  it('an @lemma phrase with a later word: the word present, the lemma decides (lastBaat: @betalen ~ de rekening)', () => {
    assert.equal(both('lastBaat', 'De inwoners betaalden uiteindelijk de rekening.'), true);
    assert.equal(both('lastBaat', 'De inwoners lazen uiteindelijk de rekening.'), false);
  });

  it('an @lemma phrase with a later word: the word absent, no match though the lemma is there', () => {
    assert.equal(both('lastBaat', 'De inwoners betaalden uiteindelijk de factuur.'), false);
  });
});

describe('re: phrases: needles as build-time data, one RegexPhrase per pattern', () => {
  const srcs = new Set<string>();
  for (const c of Object.values(CONCEPTS)) for (const p of c.phrases) if (p.startsWith('re:')) srcs.add(p.slice(3));
  for (const m of registeredMatchers()) for (const p of m.phrases) if (p.startsWith('re:')) srcs.add(p.slice(3));

  it('the prebuilt needles of every shipped pattern are what regexNeedles derives; an unknown pattern is not in the data', () => {
    assert.ok(srcs.size > 150, `only ${srcs.size} patterns`);
    for (const src of srcs) {
      const pre = prebuiltNeedles(src);
      assert.notEqual(pre, null, `${src} not in the data`);
      assert.deepEqual(pre, regexNeedles(src), src);
      assert.deepEqual(regexPhrase(src).needles, regexNeedles(src), src);
    }
    assert.equal(prebuiltNeedles('geen\\s+enkel\\s+patroon\\s+zo'), null);
    assert.deepEqual(regexPhrase('geen\\s+enkel\\s+patroon\\s+zo').needles, regexNeedles('geen\\s+enkel\\s+patroon\\s+zo'));
  });

  it('an anchored phrase: anchor word and needle both present → its regex decides; one of them absent → no match', () => {
    // Anchor "de", needle "de verwachting is" (speaker/unit cue lists hold this pattern; any list with it will do).
    const id = Object.keys(CONCEPTS).find((k) => CONCEPTS[k].phrases.some((p) => p.startsWith('re:de\\s+verwachting\\s+is')));
    assert.ok(id, 'a concept with the pattern "de verwachting is"');
    const m = vocab(id);
    assert.equal(m.test('De verwachting is dat het lukt.'.toLowerCase()), true);
    assert.equal(m.test('de verwachtingen zijn hoog.'), false);
    assert.equal(m.test('zo is de verwachting.'), false);
  });

  it('one RegexPhrase per pattern, shared by every list', () => {
    const src = [...srcs][0];
    assert.equal(regexPhrase(src), regexPhrase(src));
  });
});

describe('a matcher alone on a text: first words and anchor words in one lookup per token', () => {
  it('each anchored re: phrase of a list runs when one of its own anchors is a token, and only then', () => {
    // Made after the combined index: this matcher tests on its own (Matcher.run).
    const m = compilePhraseMatcher(['re:(?:raad|college) besluit\\b', 're:(?:wethouder|burgemeester)\\s+(?:zegt|meldt)\\b', 'geen regie', 'regie*']);
    assert.equal(m.test('morgen: de raad besluit'), true);
    assert.equal(m.test('de burgemeester meldt het'), true);
    assert.equal(m.test('de burgemeester besluit het'), false);
    assert.equal(m.test('de gemeenteraad besluit'), false); // "raad" inside a word: no anchor token, and no match
    assert.equal(m.test('hier is geen regie'), true);
    assert.equal(m.test('de regierol'), true);
    // The same texts again, in another order (a run's stamps must not leak into the next run).
    assert.equal(m.test('de burgemeester besluit het'), false);
    assert.equal(m.test('de burgemeester meldt het'), true);
    assert.equal(m.test('morgen: de raad besluit'), true);
    assert.equal(m.test('geen besluit van de raad'), false);
  });
});
