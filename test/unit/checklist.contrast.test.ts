/**
 * Checklist items as predicates over clause records: invented minimal pairs per item. Each pair is one sentence
 * (or one short text) and the same with one change that flips the outcome — the act (verb lemma), the actor (a named
 * party versus nobody), the modality, tense or negation, or the compound head of the object. All sentences and places
 * are made up for these tests.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { actsOf, checklistStrength, evaluateChecklist, nounHeads } from '../../src/core/checklist/evaluate';

function met(id: string, text: string): boolean | null {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc))[id].met;
}

interface Pair { why: string; yes: string; no: string }

function pairs(id: string, list: Pair[]): void {
  describe(`contrast ${id}`, () => {
    for (const p of list) {
      it(p.why, () => {
        assert.equal(met(id, p.yes), true, `expected met: ${p.yes}`);
        assert.equal(met(id, p.no), false, `expected not met: ${p.no}`);
      });
    }
  });
}

describe('clause records for the checklist', () => {
  const sentence = (text: string) => buildDocument(text, 'markdown').sentences[0];
  it('an act carries its lemma, its actor and its modality', () => {
    const acts = actsOf(sentence('De stuurgroep besluit over de verdeling van de middelen.'));
    const a = acts.find((x) => x.lemma === 'besluiten');
    assert.ok(a, 'besluiten found');
    assert.equal(a.actor, 'named');
    assert.equal(a.possible, false);
    const b = actsOf(sentence('Er wordt besloten over de verdeling van de middelen.')).find((x) => x.lemma === 'besluiten');
    assert.ok(b);
    assert.notEqual(b.actor, 'named');
  });
  it('a separable verb is reunited with its particle', () => {
    const acts = actsOf(sentence('Het college stelt het werkplan vóór 1 maart vast.'));
    assert.ok(acts.some((x) => x.lemma === 'vaststellen'));
  });
  it('compound heads: a werkbudget is a budget, a collegebesluit a besluit', () => {
    const heads = nounHeads(sentence('Het werkbudget volgt uit het collegebesluit.')).map((n) => n.head);
    assert.ok(heads.includes('budget'));
    assert.ok(heads.includes('besluit'));
  });
});

pairs('K3.financiering', [
  { why: 'a paying act versus another act', yes: 'De provincie betaalt de opleidingskosten van de deelnemers.', no: 'De provincie bespreekt de opleidingskosten van de deelnemers.' },
  { why: 'bearing a cost noun by compound head versus a look-alike object', yes: 'De gemeente Holtwaard draagt het exploitatietekort van de opvang.', no: 'De gemeente Holtwaard draagt het gedachtegoed van de opvang.' },
  { why: 'negation cancels the act', yes: 'De gemeente Holtwaard draagt het exploitatietekort van de opvang.', no: 'De gemeente Holtwaard draagt het exploitatietekort van de opvang niet.' },
  { why: '"we" pays only with an amount at hand', yes: 'Wij investeren € 200.000 in de nieuwe speeltuin.', no: 'Wij investeren in de nieuwe speeltuin.' },
]);

pairs('K3.besliskracht', [
  { why: 'a deciding act of a named party versus a talking act', yes: 'De stuurgroep besluit over de verdeling van de middelen.', no: 'De stuurgroep praat over de verdeling van de middelen.' },
  { why: 'a named decider versus nobody', yes: 'De stuurgroep besluit over de verdeling van de middelen.', no: 'Er wordt gepraat over de verdeling van de middelen.' },
  { why: 'a past decision is history, not decision power', yes: 'De stuurgroep stelt het werkplan vast.', no: 'De stuurgroep stelde vorig jaar het werkplan vast.' },
  { why: 'a decision noun owned by a body versus a look-alike compound', yes: 'Na de inspraak volgt in juli het collegebesluit over de locatie.', no: 'Na de inspraak volgt in juli het collegejaar van de opleiding.' },
]);

pairs('K1.last_baat', [
  { why: 'people who suffer under the problem versus people who talk about it', yes: 'Zolang de wachtlijst blijft, lijden gezinnen onder de onzekerheid.', no: 'Zolang de wachtlijst blijft, praten gezinnen over de onzekerheid.' },
  { why: 'a cost that rises while the problem lasts versus a cost that is only listed', yes: 'De kosten van de noodopvang in hotels stijgen elk jaar.', no: 'De kosten van de noodopvang in hotels staan in bijlage 2.' },
  { why: 'an insufficiency at a group versus one in a plan', yes: 'De gezondheidsachterstanden bij inwoners van Wijkerveen zijn groot.', no: 'De achterstanden in de planning van het project zijn groot.' },
  { why: 'lasten as a burden versus baten en lasten as budget lines', yes: 'Scholen in Holtwaard dragen de lasten van het lerarentekort.', no: 'De baten en lasten van het programma staan in de jaarrekening.' },
]);

const REGIE = 'De provincie Zeewold voert de regie op de energietransitie in de regio.\n\n';
pairs('K4.regietype', [
  { why: 'a kind named by compound versus a domain', yes: `${REGIE}De provincie voert procesregie op de warmtetransitie.`, no: `${REGIE}De provincie voert ketenregie op de warmtetransitie.` },
  { why: 'a ladder rung that qualifies a role, with what it implies, versus a plain role', yes: `${REGIE}De provincie heeft een faciliterende rol: zij stelt kennis beschikbaar zonder zelf projecten uit te voeren.`, no: `${REGIE}De provincie heeft een belangrijke rol: zij stelt kennis beschikbaar zonder zelf projecten uit te voeren.` },
  { why: 'a bare ladder word is not a kind', yes: `${REGIE}De provincie stimuleert de gemeenten zonder zelf te investeren.`, no: `${REGIE}De provincie stimuleert de gemeenten.` },
]);

pairs('K4.regiemiddelen', [
  {
    why: 'a budget (by compound head) of the regie holder versus another party\'s budget',
    yes: '## Regie\n\nDe provincie Zeewold voert de regie op de woningbouw.\n\n## Financiën\n\nDe provincie beheert een werkbudget voor de woningbouw in 2027.',
    no: '## Regie\n\nDe provincie Zeewold voert de regie op de woningbouw.\n\n## Financiën\n\nHet waterschap beheert een werkbudget voor de dijken in 2027.',
  },
]);

pairs('K3.werkprocessen', [
  { why: 'a shared way of working versus each its own', yes: 'De GGD en het wijkteam hanteren één gezamenlijk registratiesysteem.', no: 'De GGD en het wijkteam hanteren elk een eigen registratiesysteem.' },
  { why: 'case information passed between parties versus experiences', yes: 'De GGD wisselt signalen over kwetsbare gezinnen uit met het wijkteam.', no: 'De GGD wisselt ervaringen over kwetsbare gezinnen uit met het wijkteam.' },
  { why: 'optional exchange is not arranged', yes: 'De GGD wisselt signalen over kwetsbare gezinnen uit met het wijkteam.', no: 'De GGD kan signalen over kwetsbare gezinnen uitwisselen met het wijkteam.' },
]);

pairs('K1.betrokkenheid', [
  { why: 'a meeting named after residents versus one named after staff', yes: 'De gemeente organiseert elk voorjaar een bewonersbijeenkomst over het plein.', no: 'De gemeente organiseert elk voorjaar een personeelsbijeenkomst over het plein.' },
  { why: 'residents who think along versus residents who are informed', yes: 'Bewoners van Wijkerveen denken mee over de inrichting van het plein.', no: 'Bewoners van Wijkerveen ontvangen een brief over de inrichting van het plein.' },
]);

pairs('K2.aanspreekbaar', [
  { why: 'reporting to a principal at a set moment versus without one', yes: 'De projectleider informeert de gemeenteraad elk halfjaar over de voortgang van de opvang.', no: 'De projectleider informeert de gemeenteraad over de voortgang van de opvang.' },
  { why: 'a reporting duty that is optional is none', yes: 'De projectleider informeert de gemeenteraad elk halfjaar over de voortgang van de opvang.', no: 'De projectleider kan de gemeenteraad elk halfjaar informeren over de voortgang van de opvang.' },
]);

const GRANT = '# Subsidieregeling buurtinitiatieven Holtwaard\n\nHet college van burgemeester en wethouders van Holtwaard besluit:\n\n## Artikel 1\n\nHet college verleent subsidie aan bewonersgroepen voor buurtinitiatieven.\n\n## Artikel 2\n\n';
pairs('K2.spelregels', [
  { why: 'in a grant regulation, the order of allocation is a rule of the relation; who handles it is not', yes: `${GRANT}Aanvragen worden behandeld in volgorde van binnenkomst.`, no: `${GRANT}Aanvragen worden behandeld door de afdeling Wijken.` },
]);

pairs('K1.behoefte', [
  { why: 'the people as subject of a demand verb versus of a receiving verb', yes: 'Mantelzorgers willen vaker een avond vrij van de zorg.', no: 'Mantelzorgers krijgen vaker een avond vrij van de zorg.' },
  { why: 'a demand is stated, not denied', yes: 'Mantelzorgers willen vaker een avond vrij van de zorg.', no: 'Mantelzorgers willen niet vaker een avond vrij van de zorg.' },
]);

pairs('K1.eigenbelang', [
  { why: 'what none could reach alone versus what none could reach fast', yes: 'Geen van de partners kan dit vraagstuk alleen oplossen.', no: 'Geen van de partners kan dit vraagstuk snel oplossen.' },
  { why: 'a stake noun by compound head held by a party versus a problem noun', yes: 'Voor de woningcorporatie levert de aanpak een schaalvoordeel op.', no: 'Voor de woningcorporatie levert de aanpak een schaalprobleem op.' },
  { why: '"niet alleen …, maar ook" means not only', yes: 'De partners kunnen dit niet alleen.', no: 'De partners doen dit niet alleen voor de wijk, maar ook voor de stad.' },
]);

describe('evidence strength', () => {
  const strength = (text: string, id: string) => {
    const doc = buildDocument(text, 'markdown');
    return checklistStrength(evaluateChecklist(doc, readRegie(doc)))?.[id];
  };
  it('a named party deciding in the text\'s own voice is strong; the same decision as an option is weak', () => {
    assert.equal(strength('De stuurgroep besluit over de verdeling van de middelen.', 'K3.besliskracht'), 'strong');
    assert.equal(strength('De stuurgroep kan besluiten over de verdeling van de middelen.', 'K3.besliskracht'), 'weak');
  });
  it('an unmet item has no strength', () => {
    assert.equal(strength('De stuurgroep praat over de verdeling van de middelen.', 'K3.besliskracht'), undefined);
  });
});
