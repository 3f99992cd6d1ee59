/**
 * Speed pre-checks must be exact: a recogniser with its cheap pre-check finds exactly what the full scan finds.
 * Texts at each pre-check's edge (every needle alone, in capitals, with the Unicode case-folding oddities
 * U+212A KELVIN SIGN and U+017F LONG S, just without the needle) plus seeded random texts from an alphabet that
 * is dense in the needles.
 */
import { strict as assert } from 'assert';
import { findMoney, scanMoney } from '../../src/core/recognize/money';
import { findTimes, scanTimes } from '../../src/core/recognize/time';
import { findQuantities, scanQuantities } from '../../src/core/recognize/quantity';

let seed = 7;
const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
const PIECES = ['1', '12', '2026', '450.000', '2,5', ' ', ' ', ' ', '  ', '.', ',', '-', '€', 'EUR', 'euro', 'mln', 'miljoen', 'p.', 'm.', 'p.m.', 'P.M.',
  'dag', 'dagen per week', 'week', 'weken', 'maand', 'maandelijks', 'jaar', 'jaarlijks', 'kwartaal', 'kwartalen', 'binnen', 'vier', 'twee', 'een',
  'januari', 'mrt.', 'Q3', 'medio', 'vóór', '%', 'procent', 'fte', "fte's", 'f.t.e.', 'uur', 'uren', 'mensen', 'menſen', 'wee\u212A', '\u212Awartaal',
  'JAAR', 'Dagen', 'woningen', 'extra', 'de', 'het', 'gemeente', 'x', 'a', 'ſ'];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const randomText = (): string => { let t = ''; const n = 1 + Math.floor(rnd() * 12); for (let i = 0; i < n; i++) t += pick(PIECES) + (rnd() < 0.6 ? ' ' : ''); return t; };
/** Every unit of a "binnen vier weken" period, in every spelling the case folding allows. */
const UNITS = ['dagen', 'dag', 'weken', 'week', 'maanden', 'maand', 'jaar', 'jaren', 'kwartalen', 'werkdagen', 'WEKEN', 'Jaren', 'wee\u212A', 'we\u212Aen', '\u212Awartalen'];
const periods = UNITS.flatMap((u) => [`binnen vier ${u}`, `over ${u}`, `na 3 ${u}`, `gedurende enkele ${u}`, `binnen twee ${u.slice(0, -1)}`]);

const EDGE = [
  '', 'geen getallen hier', 'binnen vier weken', 'binnen vier wee\u212Aen', 'binnen vier we\u212Aen', 'BINNEN VIER WEKEN', 'binnen vier wekn', 'elk kwartaal', 'elk \u212Awartaal',
  'jaarlijks', 'JAARLIJKS', 'jaarlijk', 'maandelijks', 'per jaar', 'in 2026', 'Q3 2026', '1-1-2027', 'binnen twee dagen', 'binnen twee werkdagen',
  'p.m.', 'P.M.', 'p. m.', 'p.\tm.', 'p.m', 'pm.', '€ 450.000,-', 'EUR 12', '3 miljoen euro', 'zonder cijfers € euro mln',
  '30%', 'dertig procent', 'twee procentpunt', 'drie fte', "drie fte's", 'drie f.t.e.', 'vier uur', 'vier uren', 'vier manuren', 'vijf dagen per week',
  'vijf menſen', 'vijf mensen', 'tien medewerkers', 'acht coördinatoren', 'acht COÖRDINATOREN', 'tien vrijwilligers', '150 extra woningen', 'twee extra woningen',
];

describe('speed pre-checks are exact', () => {
  it('findTimes = the full scan', () => {
    let matched = 0;
    for (const t of [...EDGE, ...periods, ...Array.from({ length: 3000 }, randomText)]) {
      const full = scanTimes(t, 5);
      assert.deepEqual(findTimes(t, 5), full, t);
      if (full.length) matched++;
    }
    assert.ok(matched > 300, `only ${matched} texts matched`);
    assert.equal(findTimes('binnen vier we\u212Aen').length, 1);
    assert.equal(findTimes('elk \u212Awartaal').length, 1);
    for (const u of UNITS) assert.equal(findTimes(`binnen vier ${u}`).length, 1, u);
  });
  it('findMoney = the full scan', () => {
    let matched = 0;
    for (const t of [...EDGE, ...Array.from({ length: 3000 }, randomText)]) {
      const full = scanMoney(t, 5);
      assert.deepEqual(findMoney(t, 5), full, t);
      if (full.length) matched++;
    }
    assert.ok(matched > 100, `only ${matched} texts matched`);
    assert.equal(findMoney('P.\tM.').length, 1);
  });
  it('findQuantities = the full scan', () => {
    let matched = 0;
    for (const t of [...EDGE, ...Array.from({ length: 3000 }, randomText)]) {
      const full = scanQuantities(t, 5);
      assert.deepEqual(findQuantities(t, 5), full, t);
      if (full.length) matched++;
    }
    assert.ok(matched > 100, `only ${matched} texts matched`);
    assert.equal(findQuantities('vijf menſen').length, 1);
    assert.equal(findQuantities('acht COÖRDINATOREN').length, 1);
  });
});
