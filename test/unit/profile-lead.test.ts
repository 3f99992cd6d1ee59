/**
 * Contrast tests for document reasoning (issue 13, points 4 and 6): regierol from the leading party's own acts,
 * the relation between the parties, "we" of one author vs "we" of an agreement, and credit by the strength of the
 * best evidence. Invented Dutch minimal pairs: the same shape, one change that flips the outcome.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { analyze } from '../../src/core/engine';
import { actClauses } from '../../src/core/profile/lead';
import { computeProfile, profileSignals } from '../../src/core/profile/profile';

const doc = (text: string) => buildDocument(text, 'markdown');
const actsOf = (sentence: string) => actClauses(doc(sentence).sentences[0]).map((a) => a.act).filter(Boolean);
const signals = (text: string) => {
  const d = doc(text);
  const p = computeProfile(d, readRegie(d));
  return { p, s: profileSignals(p)! };
};

describe('lead: what a clause does (verb lemma, not a word anywhere)', () => {
  const CASES: Array<[string, string | undefined]> = [
    ['De provincie stelt de regels voor de proeftuinen vast.', 'order'],
    ['De provincie stelt de regels voor de proeftuinen niet vast.', undefined],
    ['De provincie verstrekt een subsidie aan de dorpsraden.', 'fund'],
    ['De dorpsraden ontvangen een subsidie van de provincie.', 'fund'],
    ['De provincie investeert twee miljoen euro in de dorpshuizen.', 'execute'],
    ['De provincie brengt de dorpsraden en de corporaties bijeen.', 'convene'],
    ['De provincie kan de dorpsraden bijeenbrengen.', undefined],
    ['De provincie kan de aanvraag weigeren.', 'order'],
    ['De provincie werkte vorig jaar met de dorpsraden.', undefined],
  ];
  for (const [sentence, act] of CASES) {
    it(`${sentence} → ${act ?? 'no act'}`, () => {
      assert.deepEqual(actsOf(sentence), act ? [act] : []);
    });
  }
});

describe('regierol from the leading party\'s own acts (same shape, one change)', () => {
  const shape = (acts: string) => `# Aanpak eenzaamheid Holtwaard\n\nDe gemeente Holtwaard voert de regie op de aanpak van eenzaamheid. ${acts}`;
  it('the lead orders → ordeningsregie', () => {
    const text = shape('Zij stelt de regels voor de buurtfondsen vast. Zij verplicht de zorgaanbieders om elk kwartaal te rapporteren.');
    assert.equal(analyze(text).profile.regierol, 'ordeningsregie');
  });
  it('the lead funds others (money flows) → ordeningsregie', () => {
    const text = shape('Zij verstrekt een subsidie aan de welzijnsorganisaties. Zij kent de buurthuizen een bijdrage toe.');
    assert.equal(analyze(text).profile.regierol, 'ordeningsregie');
  });
  it('the lead puts in its own money and people → uitvoeringsregie', () => {
    const text = shape('Zij investeert € 300.000 in de buurthuizen. Zij werft vier buurtcoaches en betaalt hun opleiding.');
    assert.equal(analyze(text).profile.regierol, 'uitvoeringsregie');
  });
  it('the lead only convenes → procesregie', () => {
    const text = shape('Zij brengt de welzijnsorganisaties en de huisartsen bijeen. Zij coördineert het overleg tussen de partners.');
    assert.equal(analyze(text).profile.regierol, 'procesregie');
  });
  it('a regie body whose task list only coordinates → procesregie; with powers to decide on others → ordeningsregie', () => {
    const base = '# Besluit instelling Regietafel Wonen\n\nHet college van burgemeester en wethouders van Holtwaard,\nGelet op artikel 160 van de Gemeentewet;\nBesluit:\n\n## Artikel 1\n\nDe regietafel heeft tot taak:\n\na. de samenhang van de woningbouwplannen te bewaken;\n\nb. knelpunten te agenderen.';
    assert.equal(analyze(base).profile.regierol, 'procesregie');
    const powers = base.replace('a. de samenhang van de woningbouwplannen te bewaken;', 'a. de bouwvergunningen te verlenen;').replace('b. knelpunten te agenderen.', 'b. de bouwvolgorde vast te stellen.');
    assert.equal(analyze(powers).profile.regierol, 'ordeningsregie');
  });
  it('regie held by a care provider in a government regulation is no claim of the government → geen', () => {
    const regeling = (holder: string) => `# Regeling aanpak jeugdoverlast\n\nHet college van burgemeester en wethouders van Holtwaard,\nGelet op de Jeugdwet;\nBesluit:\n\n## Artikel 1\n\n${holder} voert de regie over de aanpak van jeugdoverlast in de wijk.`;
    assert.equal(analyze(regeling('De jeugdzorgaanbieder')).profile.regierol, 'geen');
    assert.notEqual(analyze(regeling('De gemeente')).profile.regierol, 'geen');
  });
});

describe('the relation between the parties and who "we" is', () => {
  const programme = (author: string) => `# Uitvoeringsprogramma Fietsstad 2026\n\n${author} legt in dit programma vast wat we in 2026 doen. We leggen vóór 1 juli twee fietsroutes aan. We bouwen een fietsenstalling bij het station. We zorgen voor 300 extra fietsparkeerplekken. We maken afspraken over het onderhoud.`;
  it('one author\'s "we" is that author: no diffuse ownership; a coalition of authors writing "we" is several parties', () => {
    const one = signals(programme('Het college van Holtwaard'));
    const many = signals(programme('De coalitiepartijen'));
    assert.equal(one.s.weIsAuthor, true);
    assert.equal(one.s.diffuseShare, 0);
    assert.equal(many.s.relation, 'horizontal');
    assert.equal(many.s.weIsAuthor, false);
    assert.ok(many.s.diffuseShare > 0, String(many.s.diffuseShare));
  });
  it('the vertical-grant cap follows the relation: one funder and recipients vs partners that commit in their own name', () => {
    const head = '# Regeling buurtbudgetten Holtwaard\n\nHet college van burgemeester en wethouders van Holtwaard,\nGelet op de Subsidieverordening;\nBesluit:\n\n## Artikel 1\n\nHet college verstrekt de wijkraden een subsidie van € 20.000 per jaar.';
    const vertical = signals(`${head}\n\n## Artikel 2\n\nDe wijkraad brengt vóór 1 april verslag uit aan het college.`);
    assert.equal(vertical.s.verticalGrant, true);
    const partners = signals(`${head}\n\n## Artikel 2\n\nWoonstichting Heuvelrand levert de ruimtes. Stichting Brugwerk zet twee opbouwwerkers in. De GGD Holtwaard verzorgt de monitor. Het Wijkfonds Noord beheert de kas.`);
    assert.equal(partners.s.verticalGrant, false);
  });
});
