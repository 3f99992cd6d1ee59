/**
 * Pre-checks derived from the vocabulary (src/core/vocab/precheck.ts): the surface stems of a lemma cover every form
 * the lexicon knows for it, a pre-check built from a list passes wherever a word of that list (in any form) occurs,
 * the user's phrases reach it, and a frame's pre-check never hides a frame that holds. Sentences are invented.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, type Sentence } from '../../src/core/document';
import { lexicon } from '../../src/core/read/lexicon';
import { frameHolds, framesOf, type Frames } from '../../src/core/read/frames';
import { vocab, withUserPhrases } from '../../src/core/vocab';
import { PREDICATE_WORD_CLASSES } from '../../src/core/vocab/predicates';
import { precheck, surfaceStems } from '../../src/core/vocab/precheck';

const sentence = (text: string): Sentence => buildDocument(text, 'plaintext').sentences[0];
const covers = (lemma: string, form: string): boolean => surfaceStems(lemma).some((s) => form.includes(s));

/** The word classes the pre-checks are derived from (checklist predicates and frames). */
const CLASS_IDS = [...Object.keys(PREDICATE_WORD_CLASSES), 'peopleHeads', 'involveVerbs', 'involveForms', 'bodyHeads', 'payVerbs', 'bearVerbs', 'hitVerbs'];

describe('precheck: surface stems of Dutch lemmas', () => {
  const cases: Array<[string, string[]]> = [
    ['betalen', ['betaalt', 'betaald', 'betaalde', 'betalen', 'meebetalen']],
    ['nemen', ['neemt', 'genomen', 'nam']],
    ['besluiten', ['besluit', 'besloten', 'besloot']],
    ['vaststellen', ['stelt', 'vastgesteld', 'vaststelling']],
    ['bijdragen', ['draagt', 'bijgedragen', 'droeg']],
    ['toewijzen', ['wijst', 'toegewezen']],
    ['investeren', ['investeert', 'geïnvesteerd']],
    ['betrekken', ['betrekt', 'betrokken']],
    ['denken', ['denkt', 'dacht', 'gedacht']],
    ['meedoen', ['doet', 'meegedaan']],
    ['bevoegdheid', ['bevoegdheden', 'aanwijzingsbevoegdheid']],
    ['kost', ['kosten', 'opleidingskosten']],
    ['bedrijf', ['bedrijven']],
    ['raad', ['raden', 'cliëntenraad']],
  ];
  for (const [lemma, forms] of cases) {
    it(`${lemma}: ${forms.join(', ')}`, () => {
      for (const f of forms) assert.ok(covers(lemma, f), `${f} not covered by ${surfaceStems(lemma).join('|')}`);
    });
  }
  it('a stem is no shorter than needed: an unrelated word is not covered', () => {
    assert.equal(covers('betalen', 'beter'), false);
    assert.equal(covers('besluiten', 'sluiten'), false);
  });
  it('every form the lexicon knows for a lemma of the word classes contains one of its stems', () => {
    const stems = new Map<string, string[]>();
    for (const id of CLASS_IDS) for (const w of vocab(id).words()) stems.set(w, surfaceStems(w));
    const missed: string[] = [];
    let checked = 0;
    for (const r of lexicon().readings()) {
      const st = stems.get(r.lemma.toLowerCase());
      if (!st) continue;
      checked++;
      if (!st.some((x) => r.form.includes(x))) missed.push(`${r.form} (${r.lemma})`);
    }
    assert.ok(checked > 300, `only ${checked} forms checked`);
    assert.deepEqual(missed, []);
  });
});

describe('precheck: derived from the lists', () => {
  const pay = precheck({ lemmas: ['payActs'] });
  it('passes for any form of a listed verb and fails without one', () => {
    assert.equal(pay.mayHold(sentence('De provincie betaalde de helft van de kosten.')), true);
    assert.equal(pay.mayHold(sentence('Het werk is door de gemeente gefinancierd.')), true);
    assert.equal(pay.mayHold(sentence('De provincie stelt de helft van de ruimte open.')), false);
  });
  it('the user\'s phrases reach the pre-check', () => {
    const s = sentence('De regio sponsort het festival.');
    assert.equal(pay.mayHold(s), false);
    withUserPhrases({ payActs: ['sponsoren'] }, () => assert.equal(pay.mayHold(s), true));
    assert.equal(pay.mayHold(s), false);
  });
  it('all / any combine as the predicate does', () => {
    const both = precheck({ lemmas: ['peopleHeads'], all: [{ lemmas: ['needVerbs'] }] });
    assert.equal(both.mayHold(sentence('Ouders willen één vast aanspreekpunt.')), true);
    assert.equal(both.mayHold(sentence('Ouders krijgen één vast aanspreekpunt.')), false);
    assert.equal(both.mayHold(sentence('De scholen willen één vast aanspreekpunt.')), false);
    const either = precheck({ regex: [/ten koste van/], any: [{ lemmas: ['hitVerbs'] }] });
    assert.equal(either.mayHold(sentence('Dit gaat ten koste van de buurt.')), true);
    assert.equal(either.mayHold(sentence('De sluiting treft vooral ouderen.')), true);
    assert.equal(either.mayHold(sentence('De sluiting duurt twee weken.')), false);
  });
});

describe('precheck: a frame\'s pre-check never hides a frame that holds', () => {
  it('on every sentence of the examples and rule fixtures, frameHolds equals the frame read in full', () => {
    const files: string[] = [];
    for (const dir of ['examples', 'test/fixtures/rules']) {
      for (const f of readdirSync(dir, { recursive: true }) as string[]) if (/\.(md|txt)$/.test(f)) files.push(join(dir, f));
    }
    const frames: Array<keyof Frames> = ['beneficiary', 'bearer', 'involvement', 'problem', 'exclusion', 'payer'];
    let held = 0;
    for (const f of files) {
      const doc = buildDocument(readFileSync(f, 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext');
      for (const s of doc.sentences) {
        for (const fr of frames) {
          const full = framesOf(s)[fr];
          if (full) held++;
          assert.equal(frameHolds(s, fr), full, `${f}: ${fr}: ${s.low}`);
        }
      }
    }
    assert.ok(held > 10, `only ${held} frames held`);
  });
});
