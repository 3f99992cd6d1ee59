/**
 * Fifteenth session: Dutch word order and who owns a shared task, as invented minimal pairs. Each pair is one text and
 * the same text with one change that flips the outcome. All sentences, places and organisations are made up; none is
 * taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { readLocal, tagsOf } from '../../src/core/read/unit';
import { readClauses } from '../../src/core/read/clause';
import { everyone, no, yes, sentence } from './contrast';

const nota = (body: string): string => `# Nota wijkaanpak Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;

describe('study16 clauses: a fronted phrase before an inverted main clause is no subordinate clause', () => {
  it('"Tot slot werken we …": the verb with "we" right after it is the main clause; "Tot de raad besluit, …" is a clause of time', () => {
    const main = readClauses(sentence('Tot slot werken we samen met de buurgemeenten.').tokens);
    assert.equal(main[0].subordinate, false);
    assert.equal(main[0].subjectKind, 'we');
    const sub = readClauses(sentence('Tot de raad besluit, wachten we met de uitvoering.').tokens);
    assert.equal(sub[0].subordinate, true);
  });
  it('"Sinds vorig jaar werken wij …" is a main clause; "Sinds wij samenwerken, …" a subordinate one', () => {
    assert.equal(readClauses(sentence('Sinds vorig jaar werken wij samen met de provincie.').tokens)[0].subordinate, false);
    assert.equal(readClauses(sentence('Sinds wij samenwerken, gaat de uitvoering sneller.').tokens)[0].subordinate, true);
  });
  it('after "als" only "we" inverts: "Als burger wil ik …" stays the frame of a user story', () => {
    assert.equal(readClauses(sentence('Als gemeente willen we de wijk betrekken.').tokens)[0].subordinate, false);
    assert.equal(readClauses(sentence('Als burger wil ik op termijn meeschrijven aan het plan.').tokens)[0].subordinate, true);
  });
});

describe('study16 lexicon: a word before "we"/"wij" is the finite verb of an inversion', () => {
  it('"Sinds 2020 werken wij …": "werken" after a year is the verb, not the plural of "werk"', () => {
    const s = sentence('Sinds 2020 werken wij samen met de provincie.');
    assert.equal(tagsOf(s)[2].pos, 'VERB');
    assert.equal(readLocal(s).main?.subjectKind, 'we');
  });
  it('without the pronoun after it the noun reading stays ("Sinds 2020 zijn de werken klaar")', () => {
    const s = sentence('Sinds 2020 zijn de werken klaar.');
    assert.equal(tagsOf(s)[4].pos, 'NOUN');
  });
});

describe('study16 eigenaar/diffuus: a single author\'s "we … samen" is that author, unless the responsibility is everyone\'s', () => {
  it('a nota: "we met elkaar" is a way of working; with the responsibility shared out over everyone it is diffuse', () => {
    no(nota('Een veilige wijk maken we met elkaar.'), 'eigenaar/diffuus');
    yes(nota(everyone('Een veilige wijk maken we met elkaar.')), 'eigenaar/diffuus');
  });
  it('the sharing may stand in the sentence before, and be worded as a shared responsibility', () => {
    yes(nota('Veiligheid is een gedeelde verantwoordelijkheid. Daarom pakken we de overlast samen aan.'), 'eigenaar/diffuus');
    no(nota('Veiligheid is een belangrijk thema. Daarom pakken we de overlast samen aan.'), 'eigenaar/diffuus');
  });
  it('"samen meer verantwoordelijkheid nemen" is no sharing out: "zijn … samen verantwoordelijk" is', () => {
    no(nota('We moeten samen meer verantwoordelijkheid nemen. Daarom pakken we de overlast samen aan.'), 'eigenaar/diffuus');
    yes(nota('We zijn samen verantwoordelijk voor de wijk. Daarom pakken we de overlast samen aan.'), 'eigenaar/diffuus');
  });
  it('a collective doer without "we" in an agreement is still diffuse', () => {
    yes('# Convenant buurtzorg Brakeldorp\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\nAlle partijen zorgen samen voor de overdracht van het dossier.\n', 'eigenaar/diffuus');
    no('# Convenant buurtzorg Brakeldorp\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\nDe GGD zorgt voor de overdracht van het dossier.\n', 'eigenaar/diffuus');
  });
});
