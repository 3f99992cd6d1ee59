/**
 * The word lists that were still written in the rules, the checklist, the profile and the regie reader are concepts
 * of the vocabulary (issue 13 point 5), so the user's `phrases` reach each of their consumers. Each test is a minimal
 * pair: the same invented text without and with one user phrase, where the phrase flips what the consumer reads; and
 * the built-in list still decides without it. All sentences, places and bodies are invented.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';
import { buildDocument } from '../../src/core/document';
import { withUserPhrases } from '../../src/core/vocab';
import { sentenceCues } from '../../src/core/checklist/cues';
import { actClauses } from '../../src/core/profile/lead';
import { policyConfidence } from '../../src/core/profile/policy';
import { isWholePhrase, startsWithPhrase, firstMatch } from '../../src/core/vocab/classes';
import { actsOf } from '../../src/core/checklist/evaluate';
import { readRegie } from '../../src/core/regie';
import { vocab } from '../../src/core/vocab';
import { overlegProfile } from '../../src/core/rules/taal-overleg';

type Phrases = Record<string, string[]>;
const findings = (text: string, rule: string, phrases?: Phrases): string[] => {
  const r = analyze(text, { file: 'x.md', config: phrases ? { phrases } : {} });
  assert.ok(!r.notices.some((n) => n.id === 'rule-error'), JSON.stringify(r.notices));
  return r.findings.filter((f) => f.rule === rule).map((f) => f.text);
};
const convenant = (body: string): string => `# Convenant Buurtzorg Lindeveld\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\n${body}\n`;
const sentence = (t: string) => buildDocument(t, 'markdown').sentences[0];

describe('vocab: the views of a concept (vocab/classes.ts)', () => {
  it('a whole-hit class takes a text that is one phrase, not one that only contains it', () => {
    assert.equal(isWholePhrase('removableHedge', 'waar mogelijk'), true);
    assert.equal(isWholePhrase('removableHedge', 'Zo veel mogelijk'), true);
    assert.equal(isWholePhrase('removableHedge', 'waar mogelijk snel'), false);
    assert.equal(isWholePhrase('removableHedge', 'zo snel mogelijk'), false);
  });
  it('an opening class takes a text that begins with a phrase, a first-match view gives its offset', () => {
    assert.equal(startsWithPhrase('vagueQuantity', 'de benodigde middelen'), true);
    assert.equal(startsWithPhrase('vagueQuantity', 'alle benodigde middelen'), false);
    assert.equal(firstMatch('studyWhether', 'wij onderzoeken of het kan')?.start, 4);
    assert.equal(firstMatch('studyWhether', 'wij onderzoeken het'), undefined);
  });
});

describe('vocab: the user\'s phrases reach the lists of the rules, checklist, profile and regie reader', () => {
  const both = <T>(phrases: Phrases, f: () => T): [T, T, T] => [f(), withUserPhrases(phrases, f), f()];

  it('geld/vaag: a money word makes a deferral about money (moneyContext)', () => {
    const text = convenant('De huur van het buurthuis is nog te bepalen.');
    assert.deepEqual(findings(text, 'geld/vaag'), []);
    assert.deepEqual(findings(text, 'geld/vaag', { moneyContext: ['huur'] }), ['nog te bepalen']);
    assert.deepEqual(findings(convenant('De bijdrage van het buurthuis is nog te bepalen.'), 'geld/vaag'), ['nog te bepalen']);
  });
  it('geld/ontbreekt: an act of agreeing makes the text committing (committingAct)', () => {
    const text = '# Werkboek Buurtzorg Lindeveld\n\nDe gemeente en de scholen zetten samen een team op voor vroegsignalering. De huisartsen zetten een spreekuur op in het buurthuis. ' +
      'Het team start in het voorjaar en rapporteert elk kwartaal aan de stuurgroep. De stuurgroep bespreekt de voortgang twee keer per jaar. ' +
      'Elke partner wijst een contactpersoon aan. Geschillen worden voorgelegd aan de stuurgroep.\n';
    assert.deepEqual(findings(text, 'geld/ontbreekt'), []);
    assert.deepEqual(findings(text, 'geld/ontbreekt', { committingAct: ['zetten ~ op'] }), ['Werkboek Buurtzorg Lindeveld']);
  });
  it('doel/vaag: the purpose of the text itself is no goal (documentPurpose)', () => {
    const text = convenant('Doel van dit werkboek is een integrale aanpak van armoede.');
    assert.deepEqual(findings(text, 'doel/vaag'), ['Doel van']);
    assert.deepEqual(findings(text, 'doel/vaag', { documentPurpose: ['doel van dit werkboek'] }), []);
    assert.deepEqual(findings(convenant('Doel van dit convenant is een integrale aanpak van armoede.'), 'doel/vaag'), []);
  });
  it('eigenaar/diffuus: each party in its own part is no diffuse owner (ownPart, declarative)', () => {
    const text = convenant('Alle partijen zorgen voor een sluitende aanpak binnen hun werkveld.');
    assert.deepEqual(findings(text, 'eigenaar/diffuus'), ['Alle partijen']);
    assert.deepEqual(findings(text, 'eigenaar/diffuus', { ownPart: ['binnen hun werkveld'] }), []);
    assert.deepEqual(findings(text, 'eigenaar/diffuus', { declarative: ['zorgen voor'] }), []);
  });
  it('eigenaar/samenwerken: a form of the collaboration says how (collaborationHow)', () => {
    const text = convenant('De gemeente en de scholen werken samen tijdens de wijkschouw.');
    assert.deepEqual(findings(text, 'eigenaar/samenwerken'), ['werken samen']);
    assert.deepEqual(findings(text, 'eigenaar/samenwerken', { collaborationHow: ['wijkschouw'] }), []);
  });
  it('taal/voorbehoud: a measurable end state under "streven" binds (measurableEndState)', () => {
    const text = convenant('We streven naar een afvalloze markt in 2030.');
    assert.deepEqual(findings(text, 'taal/voorbehoud'), ['streven naar']);
    assert.deepEqual(findings(text, 'taal/voorbehoud', { measurableEndState: ['afvalloze'] }), []);
    assert.deepEqual(findings(convenant('We streven naar een rookvrije markt in 2030.'), 'taal/voorbehoud'), []);
  });
  it('taal/voorbehoud: a hedge the user adds gets the strike-out fix only as a removable hedge (removableHedge)', () => {
    const fixes = (phrases: Phrases) => analyze(convenant('De gemeente zet waar haalbaar extra buurtcoaches in.'), { file: 'x.md', config: { phrases } })
      .findings.filter((f) => f.rule === 'taal/voorbehoud').map((f) => (f.fixes ?? []).length);
    assert.deepEqual(fixes({ voorbehoud: ['waar haalbaar'] }), [0]);
    assert.deepEqual(fixes({ voorbehoud: ['waar haalbaar'], removableHedge: ['waar haalbaar'] }), [1]);
  });
  it('zwitsers/vaag: a named team says who (namedTeam)', () => {
    const text = convenant('Partijen maken voldoende capaciteit vrij voor het wijkcollectief.');
    assert.deepEqual(findings(text, 'zwitsers/vaag'), ['voldoende capaciteit']);
    assert.deepEqual(findings(text, 'zwitsers/vaag', { namedTeam: ['wijkcollectief'] }), []);
    assert.deepEqual(findings(convenant('Partijen maken voldoende capaciteit vrij voor het projectteam.'), 'zwitsers/vaag'), []);
  });
  it('planb/ontbreekt: a safety net in other words catches (safetyNetClause)', () => {
    const text = '# Koers sociaal domein\n\nDe gemeente treedt terug en doet een groter beroep op de eigen kracht van inwoners. Inwoners organiseren zelf hun ondersteuning in de buurt. ' +
      'Verenigingen en kerken nemen taken over die de gemeente loslaat. Wie er alleen niet uitkomt, meldt zich bij het wijkpunt.\n';
    assert.deepEqual(findings(text, 'planb/ontbreekt'), ['eigen kracht']);
    assert.deepEqual(findings(text, 'planb/ontbreekt', { safetyNetClause: ['wie ~ niet uitkomt'] }), []);
  });
  it('taal/toverwoord: the instrument that settles it is named (laidDownIn)', () => {
    const text = convenant('We zorgen voor een integrale aanpak waarin samenhang en verbinding centraal staan, uitgewerkt in het werkplan.');
    assert.equal(findings(text, 'taal/toverwoord').length, 1);
    assert.deepEqual(findings(text, 'taal/toverwoord', { laidDownIn: ['uitgewerkt in het'] }), []);
  });
  it('taal/overleg: a consultation body by its name (consultationBody)', () => {
    const doc = buildDocument('# Instelling Wijkkamer\n\nEr is een Wijkkamer. De wijkkamer bespreekt ontwikkelingen in de wijken.\n', 'markdown');
    const inTitle = () => overlegProfile(doc, vocab('praten'), vocab('overleg')).bodyInTitle;
    assert.deepEqual(both({ consultationBody: ['*kamer'] }, inTitle), [false, true, false]);
    assert.equal(overlegProfile(buildDocument('# Instelling Wijkoverleg\n\nEr is een wijkoverleg.\n', 'markdown'), vocab('praten'), vocab('overleg')).bodyInTitle, true);
  });
  it('the checklist cues: a period after "elk" is a rhythm, not a result (periodNoun)', () => {
    const qty = (t: string) => () => sentenceCues(sentence(t)).resultQty;
    assert.deepEqual(both({ periodNoun: ['semester'] }, qty('De gemeente bezoekt elk semester de scholen.')), [true, false, true]);
    assert.equal(qty('De gemeente bezoekt elk kwartaal de scholen.')(), false);
  });
  it('the checklist cues: capacity given as an estimate or a saving is no commitment (capacityEstimate)', () => {
    const capacity = (t: string) => () => sentenceCues(sentence(t)).capacity;
    assert.deepEqual(both({ capacityEstimate: ['raming'] }, capacity('De gemeente zet 2 fte in volgens de raming.')), [true, false, true]);
    assert.equal(capacity('De gemeente zet volgens de schatting 2 fte in.')(), false);
  });
  it('the checklist predicates: an indefinite party names nobody (indefiniteParty)', () => {
    const actors = (t: string) => () => actsOf(sentence(t)).map((a) => a.actor);
    assert.deepEqual(both({ indefiniteParty: ['menige'] }, actors('Menige gemeente betaalt de huur van het buurthuis.')), [['named'], ['np'], ['named']]);
    assert.deepEqual(actors('Sommige gemeenten betalen de huur van het buurthuis.')().includes('named'), false);
  });
  it('the profile: regie at the level of a case is no party\'s regie role (caseRegie)', () => {
    const text = '# Wijkplan Lindeveld\n\nDe gemeente voert de buurtregie in Lindeveld. De gemeente stelt daarvoor een team samen en betaalt de huur van het buurthuis. ' +
      'Het team werkt met de scholen en de huisartsen.\n';
    const rol = (phrases?: Phrases) => analyze(text, { file: 'x.md', config: phrases ? { phrases } : {} }).profile.regierol;
    assert.notEqual(rol(), 'geen');
    assert.equal(rol({ caseRegie: ['buurtregi*'] }), 'geen');
  });
  it('the lead reading: a verb of ordering (leadOrderVerbs)', () => {
    const act = (t: string) => () => actClauses(sentence(t)).map((a) => a.act ?? null);
    assert.deepEqual(both({ leadOrderVerbs: ['schouwen'] }, act('De gemeente schouwt de speeltuinen.')), [[null], ['order'], [null]]);
    assert.deepEqual(act('De gemeente handhaaft de regels in de speeltuinen.')(), ['order']);
  });
  it('the lead reading: receiving a grant is a money flow from the funder (receiveForms)', () => {
    const acts = () => actClauses(sentence('De stichting verkrijgt een subsidie van de gemeente.')).map((a) => [a.act, a.verb ?? null]);
    assert.deepEqual(withUserPhrases({ leadGrantVerbs: ['verkrijgen'] }, acts), [['fund', null]]);
    assert.deepEqual(withUserPhrases({ leadGrantVerbs: ['verkrijgen'], receiveForms: ['verkrijgt'] }, acts), [['fund', 'receive']]);
    assert.deepEqual(actClauses(sentence('De stichting ontvangt een subsidie van de gemeente.')).map((a) => [a.act, a.verb ?? null]), [['fund', 'receive']]);
  });
  it('the policy judgement: a governance word (policyWords)', () => {
    const per = () => policyConfidence(buildDocument('De buurtkamer is open op dinsdag. In de buurtkamer drinken we koffie.', 'markdown')).policyPer1000;
    const [before, withP, after] = both({ policyWords: ['buurtkamer'] }, per);
    assert.equal(before, 0);
    assert.ok(withP > 100);
    assert.equal(after, 0);
  });
  it('the regie reader: a pronoun subject takes its holder from the sentence before (regieReaderPronoun)', () => {
    const holders = () => readRegie(buildDocument('# Wijkaanpak\n\nDe gemeente Lindeveld kent een wijkteam. Diegene neemt de regie over de wijkaanpak.', 'markdown')).map((r) => r.actor);
    assert.deepEqual(both({ regieReaderPronoun: ['diegene'] }, holders), [['Diegene'], ['gemeente Lindeveld'], ['Diegene']]);
  });
});
