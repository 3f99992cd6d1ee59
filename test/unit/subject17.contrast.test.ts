/**
 * Sixteenth session: the subject of a main clause (who acts), as invented minimal pairs. Measured first against the
 * hand-checked UD Dutch trees (`scripts/eval-clauses.ts`: the subject of the root clause was right in 69.0 % of the
 * held-out test sentences, mostly lost to an adverbial first position read as the subject); each pair below is one
 * sentence and the same sentence with one change that moves the subject. All sentences, places and organisations are
 * made up.
 */
import { strict as assert } from 'node:assert';
import { readClauses, type Clause } from '../../src/core/read/clause';
import { sentence } from './contrast';
import { buildDocument } from '../../src/core/document';
import { unitOf } from '../../src/core/read/unit';

/** The sentence and its first main clause with a finite verb. */
function mainOf(text: string): { s: ReturnType<typeof sentence>; main: Clause | undefined } {
  const s = sentence(text);
  return { s, main: readClauses(s.tokens).find((c: Clause) => !c.subordinate && c.finite >= 0) };
}
/** The words of the main clause's subject. */
function subjectOf(text: string): string {
  const { s, main } = mainOf(text);
  return main?.subject ? s.tokens.slice(main.subject[0], main.subject[1]).map((t) => t.text).join(' ') : '—';
}
/** The main clause's finite verb. */
function finiteOf(text: string): string {
  const { s, main } = mainOf(text);
  return main ? s.tokens[main.finite].text : '—';
}

describe('subject17: an adverbial first position is not the subject (inversion)', () => {
  it('a prepositional phrase first: the subject follows the finite verb', () => {
    assert.equal(subjectOf('Met dit programma zet de gemeente Brakeldorp in op schone lucht.'), 'de gemeente Brakeldorp');
    assert.equal(subjectOf('De gemeente Brakeldorp zet met dit programma in op schone lucht.'), 'De gemeente Brakeldorp');
  });
  it('adverbs only first ("Meestal", "Voorts"): the noun phrase after the verb, past its adverbs', () => {
    assert.equal(subjectOf('Meestal stelt het college de regels vast.'), 'het college');
    assert.equal(subjectOf('Jaarlijks stelt het college de regels vast.'), 'het college');
    assert.equal(subjectOf('Het college stelt jaarlijks de regels vast.'), 'Het college');
  });
  it('adverbs before a noun phrase ("Ook de provincie …") leave that noun phrase as the subject', () => {
    assert.equal(subjectOf('Ook de provincie draagt bij aan de kosten.'), 'de provincie');
    assert.equal(subjectOf('Ook draagt de provincie bij aan de kosten.'), 'de provincie');
  });
  it('a time phrase first ("De komende jaren", "Elk jaar"): the subject follows', () => {
    assert.equal(subjectOf('De komende jaren investeert het waterschap in de dijken.'), 'het waterschap');
    assert.equal(subjectOf('De dijken vragen de komende jaren veel onderhoud.'), 'De dijken');
  });
  it('an adjective used as an adverb first ("Nadrukkelijk"): the subject follows; a predicate noun phrase does not', () => {
    assert.equal(subjectOf('Nadrukkelijk kiest de raad voor de wijken.'), 'de raad');
    assert.equal(subjectOf('Nadrukkelijke keuzes maakt de raad niet.'), 'Nadrukkelijke keuzes');
  });
  it('the subject after the verb takes its adjectives and its noun ("de nieuwe wijkteams")', () => {
    assert.equal(subjectOf('Vanaf 2027 nemen de nieuwe wijkteams de intake over.'), 'de nieuwe wijkteams');
  });
  it('a prepositional phrase between the verb and the subject is passed ("Toch verschijnt in 2026 een plan")', () => {
    assert.equal(subjectOf('Toch verschijnt in 2026 een nieuw plan.'), 'een nieuw plan');
  });
});

describe('subject17: pronouns after the finite verb', () => {
  it('a nominative pronoun after the verb is the subject whatever stands first', () => {
    assert.equal(subjectOf('Een schone wijk maken we samen.'), 'we');
  });
  it('"u" after a noun phrase is an object; after an adverbial first position the subject', () => {
    assert.equal(subjectOf('De gemeente helpt u bij de aanvraag.'), 'De gemeente');
    assert.equal(subjectOf('Hierbij vindt u het overzicht.'), 'u');
  });
  it('"het" as a pronoun is the subject; "het" before a noun or an infinitive is an article', () => {
    assert.equal(subjectOf('Daarom is het belangrijk dat de raad besluit.'), 'het');
    assert.equal(subjectOf('Daarom is het wijkteam belangrijk.'), 'het wijkteam');
    assert.equal(subjectOf('Daarom is het versterken van de buurt belangrijk.'), 'het versterken');
  });
});

describe('subject17: "als" + a role noun', () => {
  it('"Als regisseur neemt het college …" is a role with the subject after the verb, as "Het college, als regisseur, neemt …" has it first', () => {
    assert.equal(subjectOf('Het college, als regisseur, neemt het voortouw.'), 'Het college');
    assert.equal(subjectOf('Als regisseur neemt het college het voortouw.'), 'het college');
  });
});

describe('subject17: the possessive "zijn" is no finite verb', () => {
  it('"Tijdens zijn ambtstermijn heeft de wethouder …": the verb is "heeft"; "Zij zijn partners" keeps "zijn"', () => {
    assert.equal(finiteOf('Tijdens zijn ambtstermijn heeft de wethouder drie plannen gemaakt.'), 'heeft');
    assert.equal(finiteOf('Zij zijn partners in de wijk.'), 'zijn');
    assert.equal(finiteOf('De partners zijn verantwoordelijk voor de uitvoering.'), 'zijn');
  });
});

describe('subject17: a foreword is background, like an introduction', () => {
  const doc = (heading: string): string => `# Prestatieafspraken Kreekhaven 2027\n\n## ${heading}\n\nMet deze afspraken geven partijen invulling aan de woonopgave.\n\n## Afspraken\n\nKreekwonen bouwt in 2027 120 sociale huurwoningen.\n`;
  const roleOfFirst = (text: string): string => { const m = buildDocument(text, 'markdown'); const i = m.sentences.findIndex((s) => s.raw.startsWith('Met deze')); return unitOf(m, i).role; };
  it('"Vooraf" and "Inleiding" open background, "Voorwoord" and "Ten geleide" a foreword (foreword29); another heading opens the body', () => {
    for (const h of ['Vooraf: over deze afspraken', 'Inleiding']) assert.equal(roleOfFirst(doc(h)), 'analysis', h);
    for (const h of ['Voorwoord', 'Ten geleide', 'Woord vooraf']) assert.equal(roleOfFirst(doc(h)), 'foreword', h);
    assert.equal(roleOfFirst(doc('Woningbouw')), 'body');
  });
});
