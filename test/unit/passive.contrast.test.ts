/**
 * The passive, read once: on the clause records (src/core/read/clause.ts, `Clause.voice`). Minimal pairs of our own
 * invention: each pair differs in one feature (word order, auxiliary, the head of a door-phrase, the position of a
 * participle) and the reading must follow that feature. The second half checks what eigenaar/passief makes of it,
 * including the passives whose doer the instrument itself gives (a procedure between parties, a norm, a criterion).
 */
import { strict as assert } from 'assert';
import { readClauses, isParticipleWord, isParticipleAt } from '../../src/core/read/clause';
import { tagWords } from '../../src/core/read/lexicon';
import { tokenize } from '../../src/core/text/tokens';
import { analyze } from '../../src/core';

interface Reading { aux: string; participle: string; dynamic: boolean; agent: string; impersonal: boolean; subordinate: boolean }

/** Every passive of a sentence, as words. */
function voices(sentence: string): Reading[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  return readClauses(tokens).filter((c) => c.voice).map((c) => {
    const v = c.voice!;
    return {
      aux: tokens[v.aux].low, participle: tokens[v.participle].low, dynamic: v.dynamic,
      agent: v.agent ? tokens.slice(v.agent[0], v.agent[1]).map((t) => t.low).join(' ') : '',
      impersonal: v.impersonal, subordinate: c.subordinate,
    };
  });
}
const one = (sentence: string): Reading => {
  const vs = voices(sentence);
  assert.equal(vs.length, 1, `one passive in: ${sentence} (${JSON.stringify(vs)})`);
  return vs[0];
};
const none = (sentence: string): void => assert.deepEqual(voices(sentence), [], `no passive in: ${sentence}`);

describe('passive on the clause record: the auxiliary and the participle', () => {
  it('main clause, inversion and question find the same participle', () => {
    assert.deepEqual([one('Het plan wordt in maart vastgesteld.'), one('In maart wordt het plan vastgesteld.'), one('Wordt het plan in maart vastgesteld?')]
      .map((r) => [r.aux, r.participle, r.dynamic]), [['wordt', 'vastgesteld', true], ['wordt', 'vastgesteld', true], ['wordt', 'vastgesteld', true]]);
    none('In maart stelt de raad het plan vast.');
  });
  it('modal + worden + participle far apart, in either order of the cluster', () => {
    assert.equal(one('Dit zal na de zomer in alle wijken worden opgepakt.').participle, 'opgepakt');
    assert.equal(one('Dit zal na de zomer in alle wijken opgepakt worden.').participle, 'opgepakt');
    assert.equal(one('De aanvraag moet binnen zes weken na afloop van het project worden ingediend.').aux, 'worden');
    none('Dit zal na de zomer in alle wijken moeten gebeuren.');
  });
  it('separable participles are participles; their infinitive or finite form is not', () => {
    assert.equal(one('De signalen worden binnen twee weken opgepakt.').participle, 'opgepakt');
    assert.equal(one('De tarieven worden jaarlijks vastgesteld.').participle, 'vastgesteld');
    none('De wijkteams pakken de signalen binnen twee weken op.');
    none('De raad stelt de tarieven jaarlijks vast.');
  });
  it('a state passive (zijn) is read as a state, a zijn-perfect of a verb of change is no passive', () => {
    const s = one('De speeltuin is in de zomer gesloten.');
    assert.equal(s.dynamic, false);
    assert.equal(one('De speeltuin wordt in de zomer gesloten.').dynamic, true);
    none('Het aantal meldingen is in de zomer gestegen.');
    none('Het project is in de zomer begonnen.');
  });
  it('zijn after a modal is an auxiliary, the possessive zijn is not', () => {
    assert.equal(one('Het project moet in 2027 zijn afgerond.').dynamic, false);
    const r = one('Zijn taken worden overgedragen aan de regio.');
    assert.equal(r.aux, 'worden');
  });
  it('"er wordt" is impersonal, a plain passive is not', () => {
    assert.equal(one('Er wordt gezorgd voor een goede aansluiting.').impersonal, true);
    assert.equal(one('Nu wordt er gewerkt aan een nieuw plan.').impersonal, true);
    assert.equal(one('Een goede aansluiting wordt geregeld.').impersonal, false);
  });
  it('a passive in a relative clause is subordinate, in the main clause it is not', () => {
    const vs = voices('De knelpunten die in het rapport worden genoemd, pakt de gemeente op.');
    assert.equal(vs.length, 1);
    assert.equal(vs[0].subordinate, true);
    assert.equal(one('De knelpunten worden in het rapport genoemd.').subordinate, false);
    assert.equal(one('De gemeente weet dat het plan in maart vastgesteld wordt.').subordinate, true);
  });
  it('copula worden with an adjective or a noun is no passive', () => {
    none('De wethouder wordt voorzitter van de stuurgroep.');
    none('Het tekort wordt volgend jaar groter.');
    assert.equal(one('De wethouder wordt gekozen als voorzitter van de stuurgroep.').participle, 'gekozen');
  });
  it('a participle used as an adjective is not the verb of a passive', () => {
    none('De wijk wordt een gesloten gemeenschap.');
    none('Gesloten scholen krijgen extra geld.');
    assert.equal(one('De gesloten scholen worden heropend.').participle, 'heropend');
    assert.equal(one('De wijk wordt gesloten voor verkeer.').participle, 'gesloten');
  });
});

describe('passive on the clause record: the door-agent', () => {
  it('door + a party is the agent, door + a cause or means is not', () => {
    assert.equal(one('De levering wordt door de leverancier vertraagd.').agent, 'door de leverancier');
    assert.equal(one('De levering wordt door de drukte vertraagd.').agent, '');
    assert.equal(one('De resultaten worden door ons gedeeld.').agent, 'door ons');
    assert.equal(one('Het plan wordt door middel van een enquête getoetst.').agent, '');
    assert.equal(one('De verordening wordt gewijzigd door de invoering van de nieuwe wet.').agent, '');
  });
  it('a fronted door-phrase: a party is the agent, a cause is not', () => {
    assert.equal(one('Door de gemeente wordt de levering geregeld.').agent, 'door de gemeente');
    assert.equal(one('Door de drukte wordt de levering vertraagd.').agent, '');
  });
});

describe('passive: one participle test (lexicon first, form for unknown words)', () => {
  it('known participles, and words that only look like one', () => {
    for (const w of ['opgepakt', 'vastgesteld', 'gesloten', 'ondertekend', 'geopend', 'verstrekt']) assert.equal(isParticipleWord(w), true, w);
    for (const w of ['gebied', 'gezond', 'bekend', 'gemeenten', 'beleid', 'overleg', 'lopend']) assert.equal(isParticipleWord(w), false, w);
  });
  it('an unknown past participle in -end is one, a present participle (infinitive + d) is not', () => {
    assert.equal(isParticipleWord('heropend'), true);
    assert.equal(isParticipleWord('werkend'), false);
  });
  it('in context: the tagger\'s noun reading of a known word wins', () => {
    const words = ['Het', 'gebied', 'wordt', 'vastgesteld'];
    const tokens = tokenize(words.join(' '), 0, words.join(' ').length);
    const tags = tagWords(words);
    assert.equal(isParticipleAt(tokens, tags, 1), false);
    assert.equal(isParticipleAt(tokens, tags, 3), true);
  });
});

const flagged = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === 'eigenaar/passief').map((f) => f.text);
const convenant = (body: string): string => `# Convenant Wijkzorg Oostervaart\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\n${body}\n`;
const yes = (body: string): void => assert.ok(flagged(convenant(body)).length > 0, `should flag: ${body}`);
const no = (body: string): void => assert.deepEqual(flagged(convenant(body)), [], `should not flag: ${body}`);

describe('eigenaar/passief on the clause records', () => {
  it('inversion and a far participle are flagged like the plain order', () => {
    yes('In het najaar wordt dit opgepakt.');
    yes('Dit zal in het najaar opgepakt worden.');
    no('In het najaar wordt dit door de wijkteams opgepakt.');
  });
  it('a state passive and a relative clause commit nobody; the dynamic main clause does', () => {
    no('De speeltuin is in de zomer gesloten.');
    yes('De speeltuin wordt in de zomer gesloten.');
    no('De knelpunten die worden gesignaleerd, pakt de coördinator op.');
    yes('De knelpunten worden gesignaleerd.');
  });
  it('door + a cause leaves the doer open', () => {
    yes('De signalen worden door de drukte later opgepakt.');
    no('De signalen worden door de coördinator later opgepakt.');
  });
  it('a transfer to a named party: the other party of the agreement pays or decides', () => {
    no('Er wordt jaarlijks een bedrag verstrekt aan het buurtfonds.');
    yes('Er wordt jaarlijks een bedrag besteed aan het buurtfonds.');
    no('Er wordt elk jaar een verslag ingediend bij het buurtfonds.');
    yes('Er wordt elk jaar een verslag opgesteld voor het buurtfonds.');
  });
  it('the object of a procedure brings its roles (applicant, authority)', () => {
    no('De aanvraag wordt binnen acht weken beoordeeld.');
    yes('Het plan wordt binnen acht weken beoordeeld.');
  });
  it('a norm: the standard or article by which it is done', () => {
    no('De vergoeding per deelnemer wordt berekend op basis van het aantal uren.');
    yes('Het aantal uren per deelnemer wordt elk kwartaal berekend.');
  });
  it('a criterion or an ordered step of a procedure, not a task', () => {
    no('Bij de keuze wordt rekening gehouden met de wensen van de bewoner.');
    yes('Bij de keuze wordt gezorgd voor een tolk.');
    no('Eerst wordt gekeken naar een oplossing in de eigen wijk.');
    yes('Daarnaast wordt gekeken naar een oplossing in de eigen wijk.');
  });
});
