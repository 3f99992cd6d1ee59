/**
 * Recognisers (src/core/recognize/*): money, times, quantities, actors, passives and the whitespace-flat view.
 * Own Dutch sentences; each case states what must and must not be found. Back-tracking bait runs through
 * every recogniser under a hard bound in a child process (linearity itself is measured in `npm run bench`).
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { findMoney } from '../../src/core/recognize/money';
import { findTimes } from '../../src/core/recognize/time';
import { findQuantities } from '../../src/core/recognize/quantity';
import { findActors } from '../../src/core/recognize/actors';
import { flatten } from '../../src/core/recognize/flat';
import { tokenize } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';
import { readRegie, weIsOneParty } from '../../src/core/regie';
import { documentSpeaker } from '../../src/core/profile/speaker';

const actors = (t: string) => findActors(tokenize(t)).map((a) => `${a.kind}:${a.text}`);

describe('recognize: money', () => {
  it('reads euro amounts in the usual Dutch notations', () => {
    assert.deepEqual(findMoney('De gemeente draagt € 120.000 bij.').map((m) => m.euros), [120000]);
    assert.deepEqual(findMoney('Het budget is 2,5 miljoen euro per jaar.').map((m) => m.euros), [2500000]);
    assert.deepEqual(findMoney('Bijdrage: EUR 450.000,-').map((m) => m.euros), [450000]);
    assert.deepEqual(findMoney('In totaal € 1,2 mln.').map((m) => m.euros), [1200000]);
  });
  it('marks p.m. as open and ignores years and bare numbers', () => {
    const pm = findMoney('Bijdrage provincie: p.m.');
    assert.equal(pm.length, 1);
    assert.equal(pm[0].open, true);
    assert.deepEqual(findMoney('In 2026 komen er 300 woningen bij.'), []);
  });
  it('returns offsets into the text', () => {
    const t = 'Zij betalen € 80.000 samen.';
    const [m] = findMoney(t, 10);
    assert.equal(t.slice(m.start - 10, m.end - 10), '€ 80.000');
  });
});

describe('recognize: times', () => {
  it('finds deadlines, dates, periods and recurrences', () => {
    const kinds = (t: string) => findTimes(t).map((x) => x.kind);
    assert.deepEqual(kinds('Vóór 1 juli 2027 ligt er een plan.'), ['deadline']);
    assert.deepEqual(kinds('Het team reageert binnen twee weken.'), ['deadline']);
    assert.deepEqual(kinds('De evaluatie volgt jaarlijks.'), ['recurrence']);
    assert.ok(kinds('Voor de periode 2026-2029 geldt dit.').includes('period'));
  });
  it('does not read a law year as a time frame', () => {
    assert.deepEqual(findTimes('Op grond van de Wmo 2015 helpt de gemeente.'), []);
  });
});

describe('recognize: quantities', () => {
  it('finds capacity, percentages and counts', () => {
    const q = (t: string) => findQuantities(t).map((x) => `${x.kind}:${x.unit}`);
    assert.deepEqual(q('De GGD levert 1,5 fte.'), ['capacity:fte']);
    assert.deepEqual(q('Het aandeel stijgt met 30%.'), ['percent:%']);
    assert.deepEqual(q('Er komen 300 betaalbare woningen bij.'), ['count:woningen']);
    assert.deepEqual(q('In 2026 gaan we verder.'), []);
  });
});

describe('recognize: actors', () => {
  it('finds named organisations, organisation nouns and roles', () => {
    assert.ok(actors('De gemeente Oostervoort en de GGD maken afspraken.').includes('named:gemeente Oostervoort'));
    assert.ok(actors('De gemeente Oostervoort en de GGD maken afspraken.').some((a) => a.startsWith('named:GGD')));
    assert.ok(actors('De projectleider rapporteert aan de wethouder.').includes('role:projectleider'));
    assert.ok(actors('De projectleider rapporteert aan de wethouder.').includes('org:wethouder'));
  });
  it('reads unknown capital acronyms as organisations, but not laws, roman numerals or common abbreviations', () => {
    assert.deepEqual(actors('Het KBO en de NVB overleggen.').filter((a) => a.startsWith('named')), ['named:KBO', 'named:NVB']);
    assert.deepEqual(actors('De AVG en de WMO gelden; zie hoofdstuk III.'), []);
  });
  it('does not read prepositions or adverbs as organisations', () => {
    assert.deepEqual(actors('Om dit te bereiken is in het algemeen dagelijks overleg nodig.'), []);
  });
  it('marks "we" and collectives that name nobody', () => {
    assert.ok(actors('We pakken dit op.').includes('we:We'));
    assert.ok(actors('Alle partijen zorgen ervoor.').includes('collective:Alle partijen'));
  });
});

describe('recognize: whitespace-flat view', () => {
  it('collapses whitespace runs and maps indices both ways', () => {
    const low = 'stelt\r\n  het plan vast';
    const f = flatten(low, low);
    assert.equal(f.text, 'stelt het plan vast');
    const i = f.text.indexOf('plan');
    assert.equal(low.slice(f.toRaw[i], f.toRaw[i + 3] + 1), 'plan');
    assert.equal(f.toFlat[low.indexOf('het')], f.text.indexOf('het'));
  });
  it('gives the same reading for LF and CRLF text', () => {
    const lf = 'De gemeente voert de regie en stelt\nvóór 1 juli een actieplan vast.\n\nEr komt meer regie op de\nzorgroute.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = readRegie(buildDocument(lf, 'markdown')).map((r) => r.class);
    const b = readRegie(buildDocument(crlf, 'markdown')).map((r) => r.class);
    assert.deepEqual(a, ['gevuld', 'hol']);
    assert.deepEqual(b, a);
  });
});

describe('regie reading: who is "we"', () => {
  it('resolves "we" to one party in a single-author text and not in a multi-party agreement', () => {
    assert.equal(weIsOneParty(buildDocument('Wij als gemeente pakken dit op. We voeren de regie.', 'markdown')), true);
    const multi = 'Partijen komen het volgende overeen. De partners delen kennis. Partijen evalueren. De deelnemers betalen. We voeren samen de regie.';
    assert.equal(weIsOneParty(buildDocument(multi, 'markdown')), false);
  });
  it('where the parties of an agreement speak (the speaker of the profile), "we" is all of them', () => {
    // An agreement between parties with one multi-party phrase: "we" is all parties, not one.
    const agreement = '# Convenant schone wijken\n\nDe gemeente Beekdal en woningcorporatie Thuisbaas komen het volgende overeen.\n\n' +
      '## Artikel 1\n\nDe gemeente veegt elke week de straten van de wijken Noord en Oost en haalt het zwerfafval op.\n\n' +
      '## Artikel 2\n\nThuisbaas leegt de containers bij de flats en meldt kapotte containers binnen twee dagen.\n\n' +
      '## Artikel 3\n\nDe wijkteams van beide partijen bespreken elk kwartaal de meldingen van bewoners. We voeren samen de regie.\n\n' +
      'Aldus overeengekomen en ondertekend te Beekdal op 1 maart.';
    assert.equal(documentSpeaker(buildDocument(agreement, 'markdown')).kind, 'parties');
    assert.equal(weIsOneParty(buildDocument(agreement, 'markdown')), false);
    // The same sentences under one author: "we" is that author.
    const memo = '# Nota schone wijken\n\nHet college van Beekdal legt deze nota aan de raad voor.\n\n' +
      'We vegen de straten. We legen de containers. We voeren de regie.';
    assert.equal(weIsOneParty(buildDocument(memo, 'markdown')), true);
  });
});

describe('recognisers stay linear', () => {
  // Linearity is measured in the benchmark (npm run bench); here it is only bounded: back-tracking bait of
  // 40–70 kB runs through every recogniser in a child process that is killed after a generous 60 s. A
  // super-linear pattern does not finish such input in minutes; the test asserts completion, not speed.
  const inputs = [
    '€ 1.000.000.000,'.repeat(4000),
    'stelt '.repeat(10000) + 'x',
    'vóór 1 '.repeat(8000),
    'a'.repeat(80000),
    '12 12 12 12 '.repeat(6000),
    'De gemeente De Gemeente Stichting Stichting '.repeat(3000),
    'wordt wordt gedaan gedaan door door '.repeat(3000),
  ];
  it('finishes back-tracking bait in every recogniser (bounded, not timed)', function () {
    this.timeout(90000);
    const script = `
      const r = require(${JSON.stringify(path.join(__dirname, 'recognize.harness.ts'))});
      for (const t of JSON.parse(require('fs').readFileSync(0, 'utf8'))) r.runAll(t);
      process.stdout.write('done');`;
    const child = spawnSync(process.execPath, ['-r', require.resolve('tsx/cjs'), '-e', script], { input: JSON.stringify(inputs), encoding: 'utf8', timeout: 60000 });
    assert.equal(child.signal, null, 'killed by the 60 s bound: a recogniser is not linear');
    assert.equal(child.stdout, 'done', child.stderr);
  });
});
