/**
 * Contrast tests for the regierol decision (contract: regierol; guide judgement §2 and §1 K4 "Applicability first";
 * book ch. 4 "Procesregie", "Ordeningsregie", "Uitvoeringsregie"). Every document here is invented: two short texts
 * that differ in one thing and get different values.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/engine';
import { buildDocument } from '../../src/core/document';
import { actClauses } from '../../src/core/profile/lead';

const rol = (text: string) => analyze(text).profile.regierol;
const actsOf = (sentence: string) => actClauses(buildDocument(sentence, 'markdown').sentences[0]).map((a) => a.act).filter(Boolean);

describe('profile5: deciding orders others only when it binds them', () => {
  it('fixing rules or conditions is ordering; fixing one\'s own plan is a decision', () => {
    assert.deepEqual(actsOf('De stichting stelt de regels voor de taalhuizen vast.'), ['order']);
    assert.deepEqual(actsOf('De stichting stelt de subsidievoorwaarden vast.'), ['order']);
    assert.deepEqual(actsOf('De stichting stelt het jaarplan vast.'), ['decide']);
  });
  it('a power to decide is a means of ordering; another possibility commits nothing', () => {
    assert.deepEqual(actsOf('De provincie kan de bijdrage intrekken.'), ['order']);
    assert.deepEqual(actsOf('De provincie kan de volgorde bepalen.'), ['decide']);
    assert.deepEqual(actsOf('De provincie kan de partners bijeenbrengen.'), []);
  });
  it('mobilising the parties in the field is convening (procesregie), not executing', () => {
    assert.deepEqual(actsOf('De gemeente mobiliseert de sportverenigingen in de wijk.'), ['convene']);
    assert.deepEqual(actsOf('De gemeente bouwt een sporthal in de wijk.'), ['execute']);
  });
});

describe('profile5: regierol — who decides: a government from its final responsibility, or a party among equals', () => {
  // The same agreement; only the holder of the regie differs. A government that decides acts from its own final
  // responsibility (ordening); a fund or provider that decides and brings the partners together only leads the process.
  const agreement = (holder: string) => [
    '# Convenant taalhuizen Merelveen',
    '',
    'De gemeente Merelveen, het Taalfonds Merelveen en de Bibliotheek Merelveen komen het volgende overeen:',
    '',
    `${holder} voert de regie op de aanpak van laaggeletterdheid.`,
    '',
    `${holder} stelt jaarlijks het werkplan vast. ${holder} besluit over de inzet van de vrijwilligers.`,
    '',
    `${holder} brengt de bibliotheek en de taalaanbieders elk kwartaal bijeen.`,
    '',
    'Aldus overeengekomen en ondertekend te Merelveen.',
  ].join('\n');
  it('a government holder that decides → ordeningsregie', () => {
    assert.equal(rol(agreement('De gemeente Merelveen')), 'ordeningsregie');
  });
  it('a holder that is no government, with the same decisions → procesregie', () => {
    assert.equal(rol(agreement('Het Taalfonds Merelveen')), 'procesregie');
  });
});

describe('profile5: regierol — leadership claimed without the word regie', () => {
  const note = (claim: string) => [
    '# Aanpak laaggeletterdheid Merelveen 2027',
    '',
    'Steeds meer volwassenen in Merelveen lezen en schrijven met moeite.',
    '',
    `De provincie ${claim} in de aanpak van laaggeletterdheid.`,
    '',
    'Bibliotheken en taalaanbieders bieden cursussen aan in elke kern.',
  ].join('\n');
  it('a government that takes a coordinating lead → procesregie', () => {
    assert.equal(rol(note('heeft een coördinerende rol')), 'procesregie');
  });
  it('a government that takes the lead without saying how → a regierol (not geen)', () => {
    assert.notEqual(rol(note('neemt het voortouw')), 'geen');
    assert.notEqual(rol(note('neemt het voortouw')), 'procesregie');
  });
  it('a government that only takes part claims nothing → geen', () => {
    assert.equal(rol(note('doet mee')), 'geen');
  });
  it('leadership of a party that is no government, in a government note, is no claim → geen', () => {
    const text = note('doet mee').replace('Bibliotheken en taalaanbieders bieden', 'De bibliotheek neemt het voortouw en biedt');
    assert.equal(rol(text), 'geen');
  });
});

describe('profile5: regierol — network coordination among equals', () => {
  // The same holder and acts: it convenes as much as it orders. Among parties that sign side by side nobody orders the
  // others (procesregie); the same lines laid down by one authority order (ordeningsregie).
  const acts = [
    'De gemeente voert de regie op de aanpak van zwerfafval.',
    '',
    'De gemeente brengt de winkeliers en de scholen twee keer per jaar bijeen.',
    '',
    'De gemeente verleent de vergunningen voor de afvalpunten.',
  ].join('\n');
  it('in an agreement between parties → procesregie', () => {
    const text = `# Convenant schone wijken Merelveen\n\nPartijen komen het volgende overeen:\n\n${acts}\n\nAldus overeengekomen en ondertekend te Merelveen.`;
    assert.equal(rol(text), 'procesregie');
  });
  it('in a regulation of one authority → ordeningsregie', () => {
    const text = `# Regeling schone wijken Merelveen\n\nHet college van burgemeester en wethouders van Merelveen,\nGelet op de Gemeentewet;\nBesluit:\n\n## Artikel 1\n\n${acts}`;
    assert.equal(rol(text), 'ordeningsregie');
  });
});

describe('profile5: fase of an agreement — a coalition forms a course, a sector binds itself', () => {
  // The same signed agreement; only who the parties are differs.
  const akkoord = (parties: string, who: string) => [
    '# Akkoord Groen Merelveen 2027-2030',
    '',
    `${parties} komen het volgende overeen:`,
    '',
    `De ${who} leggen vóór 2028 twintig nieuwe speelplekken aan.`,
    '',
    `De ${who} planten in 2027 500 bomen in de wijken.`,
    '',
    'Aldus overeengekomen en ondertekend te Merelveen.',
  ].join('\n');
  it('coalition parties that sign → formeren', () => {
    const p = analyze(akkoord('De fracties van GroenLinks Merelveen, VVD Merelveen en CDA Merelveen, hierna: de coalitiepartijen,', 'coalitiepartijen')).profile;
    assert.equal(p.doctype, 'akkoord');
    assert.equal(p.fase, 'formeren');
  });
  it('sector parties that sign → contracteren', () => {
    const p = analyze(akkoord('De gemeente Merelveen en de sectorpartijen Hoveniers Merelveen en Boomkwekers Merelveen, hierna: partijen,', 'partijen')).profile;
    assert.equal(p.doctype, 'akkoord');
    assert.equal(p.fase, 'contracteren');
  });
});
