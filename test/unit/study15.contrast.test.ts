/**
 * Fourteenth session: what the study sets V (and the checklist evidence of the older study sets) showed, as Dutch
 * language with invented minimal pairs. Each pair is one text and the same text with one change that flips the
 * outcome. All sentences, places and organisations are made up; none is taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { evaluateChecklist } from '../../src/core/checklist/evaluate';
import { authorLevel, blockRoles, commitsNothingHere, readLocal, tagsOf, unitOf } from '../../src/core/read/unit';
import { readClauses } from '../../src/core/read/clause';
import { no, yes, everyone, sentence } from './contrast';

function met(id: string, text: string): boolean | null {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc))[id].met;
}

interface Pair { why: string; yes: string; no: string }

function items(id: string, meaning: string, list: Pair[]): void {
  describe(`study15 checklist ${id}: ${meaning}`, () => {
    for (const p of list) {
      it(p.why, () => {
        assert.equal(met(id, p.yes), true, `expected met: ${p.yes}`);
        assert.equal(met(id, p.no), false, `expected not met: ${p.no}`);
      });
    }
  });
}

items('K1.behoefte', 'what the afnemers need or ask for, in results or qualities; not what the work or the situation requires', [
  { why: 'a demand for a product people get (parken, woningen) versus a demand for a way of working (aanpak)',
    yes: 'De groei van Lindewaard vraagt om meer parken van goede kwaliteit.',
    no: 'De groei van Lindewaard vraagt om een andere aanpak.' },
  { why: 'a need for a product versus a need for governance (sturing)',
    yes: 'Er is in Brakeldorp behoefte aan kleine woningen.',
    no: 'Er is in Brakeldorp behoefte aan sturing.' },
  { why: 'a compound approach noun is still an approach (systeemverandering) ',
    yes: 'De vergrijzing vraagt om meer woningen met zorg.',
    no: 'De vergrijzing vraagt om een systeemverandering.' },
  { why: 'the afnemers hold the need (ouders … behoefte aan) versus the organisations (gemeenten … behoefte aan)',
    yes: 'Ouders hebben behoefte aan rust en één vast aanspreekpunt.',
    no: 'Gemeenten hebben behoefte aan meer beleidsruimte.' },
  { why: 'a quality of the service for the residents (laagdrempelig, dichtbij) versus a state anyone wishes (veilig, betaalbaar) for everyone',
    yes: 'De toegang tot hulp is laagdrempelig en dichtbij voor inwoners van de wijk.',
    no: 'In Brakeldorp is het veilig en betaalbaar wonen voor iedereen.' },
  { why: 'a wished-for state for a named group (betaalbare woningen voor starters) versus the same for everyone',
    yes: 'Er komen betaalbare woningen voor starters.',
    no: 'Er komen betaalbare woningen voor iedereen.' },
]);

// ——— the reading core: words, clauses and units (study set V) ———

/** A nota: one author writes "we". */
const nota = (body: string): string => `# Nota jeugd Brakeldorp\n\n## Aanpak\n\n${body}\n`;

describe('study15 lexicon: a Dutch infinitive is also the present plural, and a word in lower case is no name', () => {
  it('"we voeren … uit": the verb of the clause, not the place Voeren', () => {
    const s = sentence('We voeren de wet uit.');
    assert.equal(tagsOf(s)[1].pos, 'VERB');
    assert.equal(readLocal(s).main?.subjectKind, 'we');
  });
  it('the same word with a capital inside a sentence may still be a name', () => {
    const s = sentence('De gemeente Voeren ligt in België.');
    assert.notEqual(tagsOf(s)[2].pos, 'VERB');
  });
});

describe('study15 clauses: "als" with a role before an inverted main clause is no condition', () => {
  it('"Als gemeente dragen we bij …" is a main clause whose subject is "we"', () => {
    const c = readClauses(sentence('Als gemeente dragen we bij aan de uitvoering van de Jeugdwet.').tokens);
    assert.equal(c[0].subordinate, false);
    assert.equal(c[0].subjectKind, 'we');
  });
  it('"Als de gemeente bijdraagt, …" opens a condition', () => {
    const c = readClauses(sentence('Als de gemeente bijdraagt, doen wij mee.').tokens);
    assert.equal(c[0].subordinate, true);
  });
});

describe('study15 units: a question without "?", a consequence drawn, a look back', () => {
  it('a question word with the finite verb right after it is a question, also over the clause coordinated to it', () => {
    assert.equal(readLocal(sentence('En hoe overleggen we hierover en werken we vervolgens samen.')).fn, 'question');
    assert.notEqual(readLocal(sentence('En daarna overleggen we hierover en werken we vervolgens samen.')).fn, 'question');
  });
  it('"Logisch gevolg daarvan is dat …" reasons about what follows; "Ons voorstel is dat …" does not', () => {
    assert.equal(readLocal(sentence('Logisch gevolg daarvan is dat gemeenten op bestuurlijk niveau meer gaan samenwerken.')).fn, 'analysis');
    assert.notEqual(readLocal(sentence('Ons voorstel is dat gemeenten op bestuurlijk niveau meer gaan samenwerken.')).fn, 'analysis');
  });
  it('a section that looks back ("Resultaten tot nu toe", "Wat hebben we bereikt?") is analysis; "Wat willen we bereiken?" is not', () => {
    const roles = (heading: string) => blockRoles(buildDocument(`# Voortgang\n\n## ${heading}\n\nExtra capaciteit is vrijgemaakt.\n`, 'markdown'))[2];
    assert.equal(roles('Resultaten tot nu toe'), 'analysis');
    assert.equal(roles('Wat hebben we bereikt?'), 'analysis');
    assert.equal(roles('Wat willen we bereiken?'), 'body');
  });
  it('a plain present under "Resultaten tot nu toe" commits nothing; under "Wat gaan we doen" it does', () => {
    const commits = (h: string) => { const d = buildDocument(`# Aanpak schulden\n\n## ${h}\n\nWe zetten extra capaciteit in voor de schuldhulp.\n`, 'markdown'); return unitOf(d, 2).commits; };
    assert.equal(commits('Resultaten tot nu toe'), false);
    assert.equal(commits('Wat gaan we doen'), true);
  });
});

describe('study15 eigenaar/samenwerken and eigenaar/diffuus', () => {
  it('"Daarbij werken we samen met …" after carrying out a named law: the law is the what', () => {
    no(nota('We voeren de Jeugdwet uit. Daarbij werken we samen met de jeugdcoach en de huisartsen.'), 'eigenaar/samenwerken');
    yes(nota('We werken aan een gezonde jeugd. Daarbij werken we samen met de jeugdcoach en de huisartsen.'), 'eigenaar/samenwerken');
  });
  it('"samen … met publieke en private partners": the partners after coordinated modifiers are named', () => {
    no(nota(everyone('Dit gaan we samen doen met publieke en private partners.')), 'eigenaar/diffuus');
    yes(nota(everyone('Dit gaan we samen doen.')), 'eigenaar/diffuus');
  });
});

describe('study15 who writes: the author\'s bestuurslaag, and bodies of another laag as others', () => {
  const rib = (body: string): string => `# Raadsinformatiebrief energie\n\nUw raad vroeg naar de voortgang. Wij als college informeren u graag.\n\n${body}\n`;
  const kamerbrief = (body: string): string => `# Voortgang energie\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nIn deze brief informeer ik uw Kamer over de voortgang.\n\n${body}\n`;
  it('a letter to the council is written by a municipality, a letter to the Kamer by the Rijk, a text without address forms by no laag shown', () => {
    assert.equal(authorLevel(buildDocument(rib('We werken aan schone energie.'), 'markdown')), 'gemeente');
    assert.equal(authorLevel(buildDocument(kamerbrief('We werken aan schone energie.'), 'markdown')), 'rijk');
    assert.equal(authorLevel(buildDocument('# Nota energie\n\nWe werken aan schone energie.\n', 'markdown')), undefined);
  });
  it('a municipal nota that cites the cabinet twice stays municipal', () => {
    const text = rib('Het kabinet wil meer windmolens. Het kabinet stelt geld beschikbaar. Wij als gemeente zoeken locaties.');
    assert.equal(authorLevel(buildDocument(text, 'markdown')), 'gemeente');
  });
  it('eigenaar/samenwerken: the province working together, in a letter of the college, is described; the municipality is the author', () => {
    no(rib('De provincie werkt samen met de waterschappen aan schoon water.'), 'eigenaar/samenwerken');
    yes(rib('De gemeente werkt samen met de waterschappen aan schoon water.'), 'eigenaar/samenwerken');
  });
  it('taal/voorbehoud: in a letter of the Rijk, what the provinces will do is described; what the Rijk will do is committed', () => {
    no(kamerbrief('De provincies zullen de gemeenten zo snel mogelijk bijstaan bij de overdracht.'), 'taal/voorbehoud');
    yes(kamerbrief('Het Rijk zal de gemeenten zo snel mogelijk bijstaan bij de overdracht.'), 'taal/voorbehoud');
  });
});

/** A pair: the rule flags the first text and not the second (each a paragraph of a nota). */
function pair(rule: string, why: string, flaggedText: string, cleanText: string): void {
  it(why, () => {
    yes(nota(flaggedText), rule);
    no(nota(cleanText), rule);
  });
}

describe('study15 sets X and Y: goals, hedges, people, money, regie', () => {
  pair('doel/vaag', 'a goal taken up by "Dit doen we door" carrying out a named agreement of our own',
    'We zetten in op positieve gezondheid en versterking van het voorveld. Dit doen we door aandacht te geven aan onze inwoners.',
    'We zetten in op positieve gezondheid en versterking van het voorveld. Dit doen we door uitvoering te geven aan ons lokaal sportakkoord.');
  pair('doel/vaag', '"Dit met als doel …" gives the aim of the programmes named before; "Ons doel is …" sets one',
    'Daarnaast werken we samen in de gebiedsprogramma\'s Haven en Kust. Ons doel is om de regio sterker te maken.',
    'Daarnaast werken we samen in de gebiedsprogramma\'s Haven en Kust. Dit met als doel om de regio sterker te maken.');
  pair('doel/vaag', 'goal nouns that label fields ("ambities op het gebied van") set no goal',
    'We werken samen aan opgaves en ambities voor wonen en leefbaarheid, energietransitie en klimaatadaptatie.',
    'We werken samen aan opgaves en ambities op het gebied van wonen en leefbaarheid, energietransitie en klimaatadaptatie.');
  pair('eigenaar/diffuus', '"samen uitvoeren van taken" is an infinitive used as a noun in a list of topics',
    everyone('Hierin zijn projecten benoemd. In die projecten gaan we de taken als gemalen beheer samen uitvoeren.'),
    everyone('Hierin zijn projecten benoemd die onder andere gaan over doelmatiger investeren, samen uitvoeren van taken als gemalen beheer.'));
  pair('eigenaar/samenwerken', 'named partners in a named joint organisation ("in de ambtelijke BAR-organisatie")',
    'Wij werken samen met de gemeenten Barendrecht en Albrandswaard.',
    'Wij werken samen met de gemeenten Barendrecht en Albrandswaard in de ambtelijke BAR-organisatie.');
  pair('zwitsers/vaag', 'the fte number two sentences on in the paragraph',
    'De ambtelijke inzet zal veranderen. De reguliere inzet wordt verlaagd. Hierdoor kan geld worden bespaard.',
    'De ambtelijke inzet zal veranderen. De reguliere inzet wordt verlaagd. Hierdoor kan 0,5 fte worden bespaard.');
  pair('geld/vaag', '"binnen bestaande kaders" of decisions and mandates is no money',
    'De uitvoering vindt plaats binnen bestaande kaders.',
    'Besluitvorming vindt plaats binnen bestaande kaders en het mandaat van vijf colleges.');
  pair('regie/hol', 'regie opening the sentence for residents is theirs; no party claims it',
    'Regie is een speerpunt van mij.',
    'Regie voor inwoners en lokaal bestuur is een speerpunt van mij.');
  pair('regie/hol', 'regie strengthened through monitoring and evaluation is filled by its instruments',
    'We versterken de regiefunctie van de gemeente.',
    'We versterken de regiefunctie van de gemeente door betere monitoring en frequente evaluatie van de zorgtrajecten.');
  pair('taal/voorbehoud', 'using a power where needed says when; putting in money where needed leaves the money open',
    'Waar nodig zetten we extra geld in.',
    'Waar nodig maken we gebruik van onze doorzettingsmacht.');
  pair('taal/voorbehoud', '"zoveel mogelijk" + noun in a wished state is a quantity at its utmost; on an act it is a hedge',
    'We ondersteunen de clubs zoveel mogelijk.',
    'We willen dat er zoveel mogelijk variëteit is.');
  pair('taal/voorbehoud', '"nader uitgewerkt … in concrete plannen": the follow-up text is named by its kind',
    'Daarin willen wij de ambities nader uitgewerkt hebben.',
    'Daarin willen wij de ambities nader uitgewerkt hebben in concrete plannen.');
  it('"Alleen door … ontstaat er op termijn …" explains an effect; "Door … maken we op termijn …" is the author\'s act', () => {
    assert.equal(commitsNothingHere(sentence('Alleen door de begroting gezond te maken ontstaat er op termijn ruimte voor nieuw beleid.')), 'effect');
    assert.notEqual(commitsNothingHere(sentence('Door de begroting gezond te maken maken we op termijn ruimte voor nieuw beleid.')), 'effect');
  });
});
