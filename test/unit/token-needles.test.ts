// A text tested as a string (`Matcher.test`, `find`, `exec` on a text) is tokenized only when one of the list's token
// needles occurs in its lowercase (vocab/phrase.ts `tokenNeedles`), or an anchor of one of its `re:` phrases does.
// That is only a speed-up if a token phrase never matches a text that holds none of its needles: checked here on
// minimal pairs, and for every phrase of every concept against a brute-force match (every phrase tried at every
// token) over the sentences of the examples, fixtures and seeds and over texts built from each phrase's own words.
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import fs from 'fs';
import '../../src/core/index';
import { CONCEPTS, compilePhrases } from '../../src/core/vocab';
import { matchFrom, phraseSteps, regexPhrase, tokenKey, tokenNeedles, type Step } from '../../src/core/vocab/phrase';
import { tokenize } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';

/** Does one token phrase match somewhere in the text (tried at every token)? */
const keysOf = new Map<string, string[]>();
function bruteToken(steps: readonly Step[], text: string): boolean {
  let keys = keysOf.get(text);
  if (!keys) keysOf.set(text, (keys = tokenize(text).map(tokenKey)));
  for (let i = 0; i < keys.length; i++) if (matchFrom(keys, i, steps, 0)) return true;
  return false;
}

const regexes = new Map<string, ReturnType<typeof regexPhrase>>();
const regexOf = (p: string): ReturnType<typeof regexPhrase> => { let r = regexes.get(p); if (!r) regexes.set(p, (r = regexPhrase(p.slice(3)))); return r; };
const stepsCache = new Map<string, Step[]>();
const stepsOf = (p: string): Step[] => { let st = stepsCache.get(p); if (!st) stepsCache.set(p, (st = phraseSteps(p))); return st; };

/** The reference answer of a whole list on a text: every phrase tried everywhere, `re:` phrases by their full pattern. */
function brute(phrases: readonly string[], text: string): boolean {
  const low = text.toLowerCase();
  for (const p of phrases) {
    if (p.startsWith('re:')) { if (regexOf(p).re.test(low)) return true; continue; }
    const steps = stepsOf(p);
    if (steps.length && bruteToken(steps, text)) return true;
  }
  return false;
}

function corpusTexts(): string[] {
  const out: string[] = [];
  for (const p of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
    const doc = buildDocument(fs.readFileSync(p, 'utf8'), /\.txt$/i.test(p) ? 'plaintext' : 'markdown');
    for (const s of doc.sentences) out.push(s.raw);
  }
  return out;
}

/** Texts made of a phrase's own words in a few orders and casings (so most phrases match some of them). */
function ownTexts(p: string): string[] {
  const words = p.replace(/[~|?*@]/g, ' ').split(/\s+/).filter(Boolean);
  const t = words.join(' ');
  return [t, `Dan ${t} ook.`, t.toUpperCase(), `${words.reverse().join(' ')} nu`, `x${t}x`];
}

describe('token needles: a text is tokenized only when a token phrase may match it', function () {
  this.timeout(120000);
  it('minimal pairs: the needle decides whether the tokens are read, the tokens decide the match', () => {
    const m = compilePhrases(['kruis ~ aan', 'het aanvraagformulier']);
    assert.equal(m.test('Kruis het vakje aan.'), true);
    assert.equal(m.test('Kruis niets. Aan de slag.'), false); // needle there, the gap stops at the full stop
    assert.equal(m.test('Vink het vakje aan.'), false); // no needle
    assert.equal(m.test('Vul HET AANVRAAGFORMULIER in.'), true);
    assert.equal(m.test('Vul het aanvraag-formulier in.'), false);
    assert.equal(m.find('Kruis het vakje aan.').map((h) => h.text).join('|'), 'Kruis het vakje aan');
    assert.equal(m.find('Vink het vakje aan.').length, 0);
    assert.equal(m.exec('Vul het aanvraagformulier in.'), 'het aanvraagformulier');
    assert.equal(m.exec('Vul het formulier in.'), undefined);
  });

  it('a list without needles (a lemma step) always reads the tokens; a Greek sigma gives no needles', () => {
    assert.equal(tokenNeedles([phraseSteps('@stellen ~ beschikbaar')]) !== undefined, true); // 'beschikbaar'
    assert.equal(tokenNeedles([phraseSteps('@stellen')]), undefined);
    assert.equal(tokenNeedles([phraseSteps('οδος')]), undefined);
    const lemma = compilePhrases(['@stellen']);
    assert.equal(lemma.test('Wij stelden dat vast.'), true);
    assert.equal(lemma.test('Wij zeiden dat.'), false);
  });

  it('every phrase of every concept: where it matches a text, one of its needles is in the lowercase text', () => {
    const texts = corpusTexts();
    const lows = texts.map((x) => x.toLowerCase());
    let checked = 0, matched = 0;
    for (const c of Object.values(CONCEPTS)) {
      for (const p of c.phrases) {
        if (p.startsWith('re:')) continue;
        const steps = phraseSteps(p);
        if (!steps.length) continue;
        const needles = tokenNeedles([steps]);
        if (!needles) continue;
        for (const t of [...ownTexts(p), ...texts.filter((x, i) => needles.some((n) => lows[i].includes(n)) || x.length % 97 === 0)]) {
          checked++;
          if (!bruteToken(steps, t)) continue;
          matched++;
          const low = t.toLowerCase();
          assert.ok(needles.some((n) => low.includes(n)), `${c.id}: "${p}" matches "${t}" without a needle of ${JSON.stringify(needles)}`);
        }
      }
    }
    assert.ok(matched > 500, `only ${matched} of ${checked} texts matched`);
  });

  it('every concept tested on a text gives the brute-force answer (sentences of the corpus and own texts)', () => {
    const texts = corpusTexts().filter((_, i) => i % 7 === 0);
    let yes = 0;
    for (const c of Object.values(CONCEPTS)) {
      const m = compilePhrases(c.phrases);
      const own = c.phrases.filter((p) => !p.startsWith('re:')).slice(0, 6).flatMap(ownTexts);
      for (const t of [...texts, ...own]) {
        const want = brute(c.phrases, t);
        if (want) yes++;
        assert.equal(m.test(t), want, `${c.id} on "${t}"`);
      }
    }
    assert.ok(yes > 500);
  });
});
