/**
 * Speed pre-checks must be exact: a recogniser with its cheap pre-check finds exactly what the full scan finds.
 * Texts at each pre-check's edge (every needle alone, in capitals, with the Unicode case-folding oddities
 * U+212A KELVIN SIGN and U+017F LONG S, just without the needle) plus seeded random texts from an alphabet that
 * is dense in the needles.
 */
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import { findMoney, scanMoney } from '../../src/core/recognize/money';
import { findTimes, scanTimes, TIME_PARTS } from '../../src/core/recognize/time';
import { findQuantities, scanQuantities } from '../../src/core/recognize/quantity';
import { compilePhrases, conceptMatcher, CONCEPTS, hasPhrase, matchPhrases } from '../../src/core/vocab';
import { longestFrom, needleScanPairsForTests, phraseSteps, registeredMatchers, tokenKey } from '../../src/core/vocab/phrase';
import { tokenize, tokenizeRegex, tokenKeys } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';
import { flatten, flattenByChar } from '../../src/core/recognize/flat';
import { leadingNonSpace, wordBeforeFinalDot } from '../../src/core/text/sentences';
import { compileCue, CUE_IDS, CUE_PHRASES, has, sentenceCues } from '../../src/core/checklist/cues';
import '../../src/core/profile/profile';
import { frameHolds, framesOf } from '../../src/core/read/frames';
import * as fs from 'fs';
import * as path from 'path';

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

/**
 * The recogniser with its pre-check gives exactly what the full scan gives, on the edge cases and 3,000 random
 * texts; and enough texts match that the comparison is not vacuous.
 */
function sameAsFullScan(find: (t: string, offset: number) => unknown[], scan: (t: string, offset: number) => unknown[], edges: string[], minMatched: number): void {
  let matched = 0;
  for (const t of [...edges, ...Array.from({ length: 3000 }, randomText)]) {
    const full = scan(t, 5);
    assert.deepEqual(find(t, 5), full, t);
    if (full.length) matched++;
  }
  assert.ok(matched > minMatched, `only ${matched} texts matched`);
}

describe('speed pre-checks are exact', () => {
  it('findTimes = the full scan', () => {
    sameAsFullScan(findTimes, scanTimes, [...EDGE, ...periods], 300);
    assert.equal(findTimes('binnen vier we\u212Aen').length, 1);
    assert.equal(findTimes('elk \u212Awartaal').length, 1);
    for (const u of UNITS) assert.equal(findTimes(`binnen vier ${u}`).length, 1, u);
  });
  it('TIME (one edge pair around the alternation) = one edge pair around each alternative', () => {
    const hoisted = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${TIME_PARTS.join('|')})(?![\p{L}\p{N}])`, 'giu');
    const each = new RegExp(TIME_PARTS.map((p) => String.raw`(?<![\p{L}\p{N}])(?:${p})(?![\p{L}\p{N}])`).join('|'), 'giu');
    const all = (re: RegExp, t: string): string[] => { const out: string[] = []; re.lastIndex = 0; let m; while ((m = re.exec(t))) out.push(`${m.index}:${m[0]}:${Object.entries(m.groups ?? {}).filter(([, v]) => v !== undefined).map(([k]) => k).join(',')}`); return out; };
    let matched = 0;
    const glued = ['2026a', 'a2026', '1 januari 2027x', 'x1 januari', 'in 20267', '2026-20299', 'binnen vier wekenx', 'jaarlijksx', 'ééntwee', '1-1-2027-1', 'Q3 2026Q', 'medio 2026é'];
    for (const t of [...EDGE, ...periods, ...glued, ...Array.from({ length: 3000 }, randomText)]) {
      const a = all(hoisted, t);
      assert.deepEqual(a, all(each, t), t);
      if (a.length) matched++;
    }
    assert.ok(matched > 300, `only ${matched} texts matched`);
  });
  it('findMoney = the full scan', () => {
    sameAsFullScan(findMoney, scanMoney, EDGE, 100);
    assert.equal(findMoney('P.\tM.').length, 1);
  });
  it('findQuantities = the full scan', () => {
    sameAsFullScan(findQuantities, scanQuantities, EDGE, 100);
    assert.equal(findQuantities('vijf menſen').length, 1);
    assert.equal(findQuantities('acht COÖRDINATOREN').length, 1);
  });
});

describe('speed pre-checks are exact: the vocabulary matcher', () => {
  /** The reference: every phrase tried at every token (no first-key hash, no affix heads or tails, no anchors). */
  const slowFind = (phrases: readonly string[], text: string): Array<{ start: number; end: number; text: string }> => {
    const toks = tokenize(text);
    const keys = toks.map(tokenKey);
    const all = phrases.filter((p) => !p.startsWith('re:')).map(phraseSteps).filter((st) => st.length);
    const out: Array<{ start: number; end: number; text: string }> = [];
    for (let i = 0; i < keys.length;) {
      let end = -1;
      for (const st of all) end = Math.max(end, longestFrom(keys, i, st, 0));
      if (end > i) { out.push({ start: toks[i].start, end: toks[end - 1].end, text: text.slice(toks[i].start, toks[end - 1].end) }); i = end; } else i++;
    }
    return out;
  };
  /** Variants of a phrase at the pre-check's edges: other case, glued to letters, marks, other spaces, reordered, cut short. */
  const variants = (p: string): string[] => [
    p, p.toUpperCase(), `x${p}`, `${p}x`, `${p}\u0301`, p.replace(/ /g, '\u00a0'), p.replace(/ /g, '\n  '), `(${p})`, `${p}-achtig`,
    p.replace(/^(\S+)/, '$1s'), p.split(' ').reverse().join(' '), p.slice(0, -1), p.replace(/\*/g, ''), p.replace(/\*/g, 'heden'),
    p.replace(/[|~?]/g, ' '), p.replace(/\|/g, ' en '),
  ];
  it('matchPhrases and hasPhrase = every phrase tried everywhere, for every concept without re: phrases', function () {
    // Quadratic in the length of each list (every variant of every phrase against the whole list): long word classes take time.
    this.timeout(90000);
    let matched = 0, texts = 0;
    for (const c of Object.values(CONCEPTS)) {
      if (c.phrases.some((p) => p.startsWith('re:'))) continue;
      const m = conceptMatcher(c.id);
      const all = c.phrases.flatMap(variants);
      for (let i = 0; i < all.length + 100; i++) {
        const t = i < all.length ? `Wij ${all[i]} nu.` : `${pick(all)} ${pick(PIECES)} ${pick(all)}`;
        const full = slowFind(c.phrases, t);
        assert.equal(hasPhrase(m, t), full.length > 0, `${c.id}: ${t}`);
        assert.deepEqual(matchPhrases(m, t, 3), full.map((h) => ({ ...h, start: h.start + 3, end: h.end + 3 })), `${c.id}: ${t}`);
        texts++;
        if (full.length) matched++;
      }
    }
    assert.ok(matched > texts / 3, `only ${matched} of ${texts} texts matched`);
  });
  it('user lists with stars, gaps and alternatives: the indexed matcher = every phrase tried everywhere', () => {
    const lists = [['inspann*', '*werk', 'co-creatie', "zzp'ers", 't.z.t.', 'e-mail*', 'a/b'], ['samen met de|onze? inwoners', 'stelt ~ beschikbaar', 'kiest|kiezen geen', '@financieren de|het? *plein', 'wij @stellen'], ['x*', 'de * regie']];
    const texts = ['Wij inspanningen en inspannen-achtig samenwerk co-creatie zzp’ers zzp\'ers t.z.t. e-mailadres a/b', 'Samen met inwoners en samen met onze inwoners; de gemeente stelt twee mensen beschikbaar. Zij kiezen geen kant.',
      'De gemeente stelt. Beschikbaar', 'xyz de * regie x', 'Wij stelden voor dat de provincie het marktplein financierde; wij financieren het plein.'];
    for (const list of lists) {
      const m = compilePhrases(list);
      for (const t0 of texts) for (const t of [t0, t0.toUpperCase(), t0.replace(/ /g, '\u2009')]) {
        const full = slowFind(list, t);
        assert.deepEqual(matchPhrases(m, t), full, t);
        assert.equal(hasPhrase(m, t), full.length > 0, t);
      }
    }
  });
});

describe('speed: the tokenizer fast path is exact', () => {
  const ALPHA = ['a', 'b', 'Zorg', 'gemeente', 'art', 'nr', 'o', 'www', 'http', 'https', 'HTTP', 'mailto', 't', 's', 'm', 'é', 'ë', 'Ø', 'ł', 'ǅ', 'ɐ', 'ʃ',
    '\u0301', '𝐀', '😀', '1', '12', '2026', '450', ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '.', ',', ',-', ';', ':', '//', '/', '!', '?', '(', ')', '[', ']',
    '{', '}', '"', '“', '”', '‘', '’', "'", "'s", '«', '»', '…', '–', '—', '-', '&', '@', '_', '%', '+', '#', '*', '€', 'İ', 'ſ', '\u212A', 'en', ' en', ' of',
    // branch speed17: the symbols read without TOKEN, and words (listed abbreviations among them) before a period
    '>', '<', '=', '|', '~', '^', '`', '\\', '$', '•', '§', '°', 'nr', 'Art', 'mln', 'blz', '. ', '- ', '.\n', '@y.nl', '-x@y.nl', '.x@y.nl'];
  it('tokenize = tokenizeRegex on random texts and on every example', () => {
    for (let k = 0; k < 20000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 14);
      for (let j = 0; j < n; j++) t += pick(ALPHA);
      const a = Math.floor(rnd() * 3), b = Math.max(a, t.length - Math.floor(rnd() * 3));
      assert.deepEqual(tokenize(t, a, b), tokenizeRegex(t, a, b), JSON.stringify([t, a, b]));
    }
    const dir = path.join(__dirname, '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((x) => /\.(md|txt)$/.test(x))) {
      const t = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.deepEqual(tokenize(t), tokenizeRegex(t), f);
    }
  });
  it('tokenKeys = the keys and offsets of tokenize on random texts and on every example', () => {
    const same = (t: string, label: string): void => {
      const toks = tokenize(t);
      const starts: number[] = [], ends: number[] = [];
      assert.deepEqual(tokenKeys(t), toks.map(tokenKey), label);
      assert.deepEqual(tokenKeys(t, starts, ends), toks.map(tokenKey), label);
      assert.deepEqual(starts, toks.map((x) => x.start), label);
      assert.deepEqual(ends, toks.map((x) => x.end), label);
    };
    for (let k = 0; k < 20000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 14);
      for (let j = 0; j < n; j++) t += pick(ALPHA);
      same(t, JSON.stringify(t));
    }
    const dir = path.join(__dirname, '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((x) => /\.(md|txt)$/.test(x))) same(fs.readFileSync(path.join(dir, f), 'utf8'), f);
  });
});

describe('speed: the needle scan = an includes per needle', () => {
  it('gives the same answer for every re: phrase on every example sentence and on random texts', () => {
    registeredMatchers();
    const texts: string[] = [];
    for (const f of textFiles(['examples', 'test/fixtures/rules'], /\.(md|txt)$/)) {
      for (const s of buildDocument(fs.readFileSync(f, 'utf8'), f.endsWith('.txt') ? 'plaintext' : 'markdown').sentences) texts.push(s.low);
    }
    const NEEDLE_BITS = ['regie', 'regisseur', 'wet', 'de gemeente', 'besluit', 'vast', 'stelt', 'artikel', 'college', 'raad', ' ', 'in', 'é', '\u0130', 'ab', 'st'];
    for (let k = 0; k < 3000; k++) { let t = ''; const n = Math.floor(rnd() * 8); for (let j = 0; j < n; j++) t += pick(NEEDLE_BITS); texts.push(t); }
    let maybe = 0;
    for (const t of texts) {
      for (const [scan, inc] of needleScanPairsForTests(t)) { assert.equal(scan, inc, t); if (inc) maybe++; }
    }
    assert.ok(maybe > 100, `too few texts with a needle (${maybe}): the test would not show a difference`);
  });
});

describe('speed: the frame pre-checks are exact', () => {
  it('frameHolds (with its pre-check) = framesOf on every example and fixture sentence', () => {
    const files = textFiles(['examples', 'test/fixtures/rules'], /\.(md|txt)$/);
    const held: Record<string, number> = {};
    for (const f of files) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), f.endsWith('.txt') ? 'plaintext' : 'markdown');
      for (const s of doc.sentences) {
        const all = framesOf(s);
        for (const k of Object.keys(all) as Array<keyof typeof all>) {
          assert.equal(frameHolds(s, k), all[k], `${k}: ${s.raw}`);
          if (all[k]) held[k] = (held[k] ?? 0) + 1;
        }
      }
    }
    for (const k of ['exclusion', 'problem', 'beneficiary']) assert.ok((held[k] ?? 0) > 0, `${k} held only ${held[k] ?? 0} times`);
  });
});

describe('speed: one combined token pass = every cue table and matcher on its own', () => {
  it('cue bits and matcher answers on every example sentence equal the per-list matcher', () => {
    const files = textFiles(['examples', 'test/fixtures/rules'], /\.(md|txt)$/);
    let sentences = 0, yes = 0;
    const own = CUE_IDS.map((id) => compileCue(CUE_PHRASES[id]));
    for (const f of files) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), f.endsWith('.txt') ? 'plaintext' : 'markdown');
      const matchers = registeredMatchers();
      assert.ok(matchers.length > 5);
      for (const s of doc.sentences) {
        sentences++;
        const c = sentenceCues(s);
        CUE_IDS.forEach((id, i) => { const want = own[i].test(s.raw); assert.equal(has(c, id), want, `${id}: ${s.raw}`); if (want) yes++; });
        for (const m of matchers) assert.equal(m.test(s), m.testAlone(s.raw), `${m.phrases.join('|')}: ${s.raw}`);
      }
    }
    assert.ok(sentences > 50 && yes > 50, `${sentences} sentences, ${yes} cues`);
  });
});

describe('speed: flatten by slices = flatten by character', () => {
  it('gives the same text, raw text and offset maps', () => {
    const A = ['a', 'B', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2007', '\u202f', '\u2009', 'İ', 'é', '😀', '.', 'xy'];
    for (let k = 0; k < 5000; k++) {
      let raw = '';
      const n = Math.floor(rnd() * 12);
      for (let j = 0; j < n; j++) raw += pick(A);
      const low = raw.toLowerCase();
      const a = flatten(low, raw), b = flattenByChar(low, raw);
      assert.deepEqual([a.text, a.raw, [...a.toRaw], [...a.toFlat]], [b.text, b.raw, [...b.toRaw], [...b.toFlat]], JSON.stringify(raw));
    }
  });
});

describe('speed: sentence merge helpers = their regexes', () => {
  it('leadingNonSpace and wordBeforeFinalDot', () => {
    const A = ['a', 'B.', '.', '..', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'mr', '(', '“', 'é', '😀', 'H.J'];
    for (let k = 0; k < 20000; k++) {
      let t = '';
      const n = Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) t += pick(A);
      assert.equal(leadingNonSpace(t), (/^[^\s]+/.exec(t) ?? [''])[0], JSON.stringify(t));
      assert.equal(wordBeforeFinalDot(t), (/(\S+)\.$/.exec(t) ?? ['', ''])[1], JSON.stringify(t));
    }
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b.`;
      assert.equal(wordBeforeFinalDot(t), (/(\S+)\.$/.exec(t) ?? ['', ''])[1], `U+${c.toString(16)}`);
    }
  });
});
