/**
 * Profile (doctype, fase, coalitietype, regierol, regiedichtheid) on invented documents, and the
 * "geen beleidstekst" notice. All texts are made up for these tests.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { computeProfile } from '../../src/core/profile/profile';
import { policyConfidence } from '../../src/core/profile/policy';
import { analyze } from '../../src/core/engine';

function profile(text: string) {
  const doc = buildDocument(text, 'markdown');
  return computeProfile(doc, readRegie(doc));
}

const CONVENANT = `# Convenant Warme Overdracht Holtwaard

Ondertekenende partijen:
1. De gemeente Holtwaard, te dezen vertegenwoordigd door wethouder A. de Vries;
2. Woonstichting Heuvelrand, te dezen vertegenwoordigd door haar directeur;
3. Stichting Brugwerk.

Overwegende dat huurders met schulden te laat hulp krijgen,

komen het volgende overeen:

## Artikel 1
Woonstichting Heuvelrand meldt een betalingsachterstand binnen twee weken bij Stichting Brugwerk.

## Artikel 2
De gemeente Holtwaard betaalt jaarlijks € 80.000 voor de schuldhulpcoaches.`;

const INTENT = `# Intentieverklaring Energiecoalitie Wijkerveen

De gemeente Wijkerveen, Woonstichting Heuvelrand en de energiecoöperatie spreken de intentie uit om samen de wijk van het gas te halen.
Partijen verkennen het komende jaar welke bijdrage ieder kan leveren. Deze intentieverklaring is niet juridisch bindend.`;

const REGELING = `# Besluit instelling Regietafel Jeugd Holtwaard

Het college van burgemeester en wethouders van Holtwaard,
Gelet op artikel 160 van de Gemeentewet;
Besluit:

## Artikel 1
Er is een Regietafel Jeugd, hierna te noemen: de regietafel.

## Artikel 2
De regietafel heeft tot taak de samenhang van het jeugdbeleid te bewaken en knelpunten te agenderen.

## Artikel 3
Dit besluit geldt vanaf 1 januari 2026.`;

const AKKOORD = `# Coalitieakkoord 2026-2030 Wijkerveen

De coalitiepartijen leggen in dit akkoord hun plannen voor de raadsperiode vast.
We bouwen in deze raadsperiode 600 woningen, waarvan een derde sociale huur.
De gemeente neemt de regierol op de woningbouw en gebruikt daarvoor het omgevingsplan en prestatieafspraken met de corporaties.`;

const PROGRAMMA = `# Uitvoeringsprogramma Groene Schoolpleinen 2026

In dit programma staan de projecten van dit jaar. We vergroenen acht schoolpleinen.
Per project is een budget van € 40.000 beschikbaar. De projecten worden uitgevoerd door de afdeling Buitenruimte.`;

const NOTA_ZOEK = `# Verkenning eenzaamheid onder ouderen

In deze verkenning onderzoeken we of een coalitie tegen eenzaamheid kansrijk is.
We gaan in gesprek met mogelijke partners zoals de bibliotheek, de huisartsen en het welzijnswerk.
Eerst willen we beter begrijpen wat ouderen zelf nodig hebben.`;

describe('profile: doctype and fase', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['a signed convenant with articles', CONVENANT, 'convenant', 'contracteren'],
    ['a letter of intent', INTENT, 'convenant', 'formeren'],
    ['an instellingsbesluit', REGELING, 'regeling', 'contracteren'],
    ['a coalition agreement', AKKOORD, 'akkoord', 'formeren'],
    ['a work programme', PROGRAMMA, 'programma', 'uitvoering'],
    ['an exploratory note', NOTA_ZOEK, 'nota', 'zoeken'],
    // The council is asked to make money available: the decision binds means (contracteren), not only a plan.
    ['a raadsvoorstel that makes money available', '# Raadsvoorstel jongerenwerk\n\nDe raad wordt voorgesteld in te stemmen met het jongerenwerkplan en € 120.000 beschikbaar te stellen.', 'raadsvoorstel', 'contracteren'],
    ['a raadsvoorstel that adopts a vision', '# Raadsvoorstel sportvisie\n\nHet college stelt de raad voor de Sportvisie Holtwaard 2030 vast te stellen.', 'raadsvoorstel', 'formeren'],
  ];
  for (const [what, text, doctype, fase] of CASES) {
    it(`${what} is ${doctype} / ${fase}`, () => {
      const p = profile(text);
      assert.equal(p.doctype, doctype);
      assert.equal(p.fase, fase);
    });
  }
  it('the doctype of a signed convenant comes with its cues', () => {
    assert.ok((profile(CONVENANT).cues.doctype ?? []).length > 0, 'doctype has cues');
  });
  it('a convenant published inside a circulaire counts as convenant', () => {
    const text = `# Circulaire over de proef met wijkcoaches\n\nHierbij informeer ik u over de proef.\n\n## Convenant\n\nPartijen, te dezen vertegenwoordigd door hun bestuurders, komen het volgende overeen:\n\n1. De gemeente verbindt zich om vier coaches aan te stellen.\n2. De corporatie verbindt zich om de huur van het wijkpunt te betalen.`;
    assert.equal(profile(text).doctype, 'convenant');
  });
});

describe('profile: regierol, coalitietype, regiedichtheid', () => {
  it('no regie claimed → geen', () => {
    assert.equal(profile(PROGRAMMA).regierol, 'geen');
  });
  it('a regie body that only coordinates → procesregie', () => {
    assert.equal(profile(REGELING).regierol, 'procesregie');
  });
  it('regie with law and performance agreements → ordeningsregie', () => {
    assert.equal(profile(AKKOORD).regierol, 'ordeningsregie');
  });
  it('regie with own money and people → uitvoeringsregie', () => {
    const text = '# Aanpak laaggeletterdheid\n\nDe gemeente Holtwaard voert de regie op de aanpak. Zij investeert € 200.000 en zet twee fte en een projectleider in die zelf de taalcursussen organiseert.';
    assert.equal(profile(text).regierol, 'uitvoeringsregie');
  });
  it('citizens\' own regie is no regierol', () => {
    assert.equal(profile('# Nota zelfregie\n\nInwoners houden zelf de regie over hun leven. De gemeente ondersteunt waar dat nodig is.').regierol, 'geen');
  });
  it('two parties → op_orde_brengen; a many-party chain → herinrichten; problem neighbourhoods → heruitvinden', () => {
    const bilateral = '# Samenwerkingsprotocol Inspectie–Omgevingsdienst\n\nBeide partijen wisselen meldingen uit. Beide partijen stemmen hun controles af. De andere partij wordt binnen drie dagen geïnformeerd.';
    assert.equal(profile(bilateral).coalitietype, 'op_orde_brengen');
    const between = '# Convenant tussen Holtwaard en de Hogeschool Noord\n\nDe gemeente Holtwaard, Woonstichting Heuvelrand, Stichting Brugwerk, de GGD en de Hogeschool Noord werken samen aan stages in de wijk.';
    assert.equal(profile(between).coalitietype, 'op_orde_brengen');
    const chain = '# Ketenaanpak huiselijk geweld\n\nDe politie, het OM, Veilig Thuis, de reclassering, de GGD, het wijkteam, de gemeente Holtwaard en Stichting Brugwerk werken samen in één keten. De politie meldt binnen een dag bij Veilig Thuis.';
    assert.equal(profile(chain).coalitietype, 'herinrichten');
    const wijk = '# Impuls leefbaarheid probleemwijken\n\nDe leefbaarheid in drie probleemwijken staat onder druk. Politie, corporaties, scholen, de GGD, het wijkteam en de gemeente Holtwaard zoeken samen een nieuwe aanpak.';
    assert.equal(profile(wijk).coalitietype, 'heruitvinden');
  });
  it('regiedichtheid counts regie-family words per 1,000 words, not regio or registratie', () => {
    const p = profile('De regio en de registratie van gegevens. De gemeente voert de regie. De regisseur stelt een plan op.');
    const words = buildDocument('De regio en de registratie van gegevens. De gemeente voert de regie. De regisseur stelt een plan op.', 'markdown').words;
    assert.equal(p.regiedichtheid, Math.round((2 / words) * 10000) / 10);
  });
});

describe('not a policy text', () => {
  const RECIPE = 'Verwarm de oven voor op 200 graden. Snipper de ui en fruit hem met de knoflook in een koekenpan. Voeg de tomaten toe en laat tien minuten zachtjes koken. Breng op smaak met zout en peper en een snufje suiker. Kook de pasta beetgaar en schep de saus erdoor. Bestrooi met geraspte kaas en zet de schaal nog vijf minuten in de oven. Serveer direct met een frisse salade.';
  const NOVEL = 'Hij stond bij het raam en keek naar de lege straat. Ze zei niets, maar hij voelde dat ze naar hem keek. "Ga je nog weg?" vroeg ze. Hij schudde zijn hoofd en dacht aan de zomer waarin alles begon, aan het huis aan zee en de geur van zout. Toen draaide hij zich om en glimlachte. Buiten begon het te regenen en ergens sloeg een deur dicht.';
  for (const [name, text] of [['recipe', RECIPE], ['novel excerpt', NOVEL]] as const) {
    it(`a ${name} gets the not-policy notice, no findings and no scores`, () => {
      const r = analyze(text);
      assert.deepEqual(r.notices.map((n) => n.id), ['not-policy']);
      assert.equal(r.findings.length, 0);
      assert.deepEqual(r.scores, { K1: 0, K2: 0, K3: 0, K4: 0 });
      assert.ok(Object.values(r.checklist).every((c) => c.met === null));
    });
  }
  it('policy texts are not refused, and a very short start of a document is never refused', () => {
    for (const t of [CONVENANT, REGELING, AKKOORD, PROGRAMMA, NOTA_ZOEK]) assert.equal(policyConfidence(buildDocument(t, 'markdown')).policy, true);
    assert.equal(analyze('Het regent.').notices.some((n) => n.id === 'not-policy'), false);
  });
});
