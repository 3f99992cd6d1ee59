/**
 * Speed pre-checks must be exact: a recogniser with its cheap pre-check finds exactly what the full scan finds.
 * Texts at each pre-check's edge (every needle alone, in capitals, with the Unicode case-folding oddities
 * U+212A KELVIN SIGN and U+017F LONG S, just without the needle) plus seeded random texts from an alphabet that
 * is dense in the needles.
 */
import { strict as assert } from 'assert';
import { findMoney, scanMoney } from '../../src/core/recognize/money';
import { findTimes, scanTimes, TIME_PARTS } from '../../src/core/recognize/time';
import { findQuantities, scanQuantities } from '../../src/core/recognize/quantity';
import { compilePhrases, hasPhrase, isPlainText, matchPhrases, PLAIN_EXTRA, textRuns } from '../../src/core/lexicon/match';
import { FAMILIES } from '../../src/core/lexicon/families';
import { tokenize, tokenizeRegex } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';
import { flatten, flattenByChar } from '../../src/core/recognize/flat';
import { leadingNonSpace, wordBeforeFinalDot } from '../../src/core/text/sentences';
import { compileCue, CUE_IDS, CUE_PHRASES, has, registeredMatchers, sentenceCues } from '../../src/core/checklist/cues';
import '../../src/core/profile/profile';
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

describe('speed pre-checks are exact: phrase families', () => {
  const rawMatches = (re: RegExp, text: string): Array<{ start: number; end: number; text: string }> => {
    const out: Array<{ start: number; end: number; text: string }> = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    re.lastIndex = 0;
    return out;
  };
  /** Variants of a phrase at the pre-check's edges: other case, odd case-folding characters, glued to letters, marks, no-break spaces. */
  const variants = (p: string): string[] => [
    p, p.toUpperCase(), p.replace(/k/g, '\u212A'), p.replace(/s/g, '\u017F'), `x${p}`, `${p}x`, `${p}\u0301`, `İ${p}`, `${p}İ`,
    p.replace(/ /g, '\u00a0'), p.replace(/ /g, '\n  '), `(${p})`, `${p}-achtig`, p.replace(/^(\S+)/, '$1s'), p.split(' ').reverse().join(' '),
    p.slice(0, -1), p.replace(/\*/g, ''), p.replace(/\*/g, 'heden'),
  ];
  it('hasPhrase and matchPhrases = the plain regex, for every family', () => {
    let matched = 0, texts = 0;
    for (const fam of Object.values(FAMILIES)) {
      const re = compilePhrases(fam.phrases);
      const all = fam.phrases.flatMap(variants);
      for (let i = 0; i < all.length + 300; i++) {
        const t = i < all.length ? `Wij ${all[i]} nu.` : `${pick(all)} ${pick(PIECES)} ${pick(all)}`;
        const full = rawMatches(re, t);
        assert.equal(hasPhrase(re, t), full.length > 0, t);
        assert.equal(hasPhrase(re, t.toLowerCase()), rawMatches(re, t.toLowerCase()).length > 0, t);
        assert.deepEqual(matchPhrases(re, t, 3), full.map((h) => ({ ...h, start: h.start + 3, end: h.end + 3 })), t);
        texts++;
        if (full.length) matched++;
      }
    }
    assert.ok(matched > texts / 3, `only ${matched} of ${texts} texts matched`);
  });
  it('lowercasing keeps letters and digits apart from everything else, and plain letters match only their lowercase forms', () => {
    const LN = /[\p{L}\p{N}]/u;
    const PLAIN = /^[a-z0-9àáâäèéêëìíîïòóôöùúûüçñ]$/iu;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!LN.test(c)) assert.ok(!LN.test(c.toLowerCase()), `U+${cp.toString(16)}`);
      if (PLAIN.test(c) && cp !== 0x17f) {
        const low = c.toLowerCase();
        assert.ok(/^[a-z0-9àáâäèéêëìíîïòóôöùúûüçñ]$/.test(low) && new RegExp(`^${low}$`, 'iu').test(c), `U+${cp.toString(16)}`);
      }
    }
  });
});

describe('speed pre-checks are exact: letter runs', () => {
  it('textRuns = the runs /[\\p{L}\\p{N}]+/gu finds', () => {
    const odd = ['a', 'Z', '1', ' ', '-', 'é', 'ł', 'ǅ', '\u0301', '\u00a0', '𝐀', '😀', '\ud800', '\udc00', 'İ', 'ſ', '\u212A', '٣', 'Ⅻ', '.', 'ß', 'ẞ'];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const n = Math.floor(rnd() * 12);
      for (let j = 0; j < n; j++) t += pick(odd);
      assert.deepEqual(textRuns(t), t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [], JSON.stringify(t));
    }
  });
});

describe('speed: the tokenizer fast path is exact', () => {
  const ALPHA = ['a', 'b', 'Zorg', 'gemeente', 'art', 'nr', 'o', 'www', 'http', 'https', 'HTTP', 'mailto', 't', 's', 'm', 'é', 'ë', 'Ø', 'ł', 'ǅ', 'ɐ', 'ʃ',
    '\u0301', '𝐀', '😀', '1', '12', '2026', '450', ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '.', ',', ',-', ';', ':', '//', '/', '!', '?', '(', ')', '[', ']',
    '{', '}', '"', '“', '”', '‘', '’', "'", "'s", '«', '»', '…', '–', '—', '-', '&', '@', '_', '%', '+', '#', '*', '€', 'İ', 'ſ', '\u212A', 'en', ' en', ' of'];
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
});

describe('speed: one combined token pass = every cue table and matcher on its own', () => {
  it('cue bits and matcher answers on every example sentence equal the per-list matcher', () => {
    const root = path.join(__dirname, '..', '..');
    const files: string[] = [];
    const walk = (d: string): void => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.(md|txt)$/.test(e.name)) files.push(p); } };
    walk(path.join(root, 'examples'));
    walk(path.join(root, 'test', 'fixtures', 'rules'));
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
        for (const m of matchers) assert.equal(m.test(s), m.test(s.raw), `${m.phrases.join('|')}: ${s.raw}`);
      }
    }
    assert.ok(sentences > 50 && yes > 50, `${sentences} sentences, ${yes} cues`);
  });
});

describe('speed: the lowercase variant of a phrase regex is exact on plain texts', () => {
  it('every plain character behaves the same lowercased without i/u as with iu', () => {
    const candidates = [...Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c)), ...PLAIN_EXTRA];
    const plain = candidates.filter((c) => isPlainText(c));
    assert.ok(plain.length > candidates.length - 40, `${plain.length} of ${candidates.length} plain`);
    const inPlain = new Set(plain);
    const lnAll = /[\p{L}\p{N}]/iu, starAll = /[\p{L}\p{M}-]/iu;
    const cls = (re: RegExp): RegExp => new RegExp(`[${plain.filter((c) => c.charCodeAt(0) < 0x250 && re.test(c)).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);
    const lnFast = cls(/[\p{L}\p{N}]/u), starFast = new RegExp(`${cls(/\p{L}/u).source.slice(0, -1)}\\-]`);
    const word = [...'abcdefghijklmnopqrstuvwxyz0123456789àáâäèéêëìíîïòóôöùúûüçñ', '-', "'", '.', '’', '&', '/'];
    const wordRes = word.map((p) => new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu'));
    for (const c of plain) {
      const low = c.toLowerCase();
      assert.ok(low.length === 1 && inPlain.has(low), `U+${c.charCodeAt(0).toString(16)} lowercases outside the plain set`);
      word.forEach((p, i) => assert.equal(wordRes[i].test(c), low === p, `U+${c.charCodeAt(0).toString(16)} vs ${p}`));
      assert.equal(lnAll.test(c), lnFast.test(low), `edge class U+${c.charCodeAt(0).toString(16)}`);
      assert.equal(starAll.test(c), starFast.test(low), `star class U+${c.charCodeAt(0).toString(16)}`);
      assert.equal(/\s/iu.test(c), /\s/.test(low), `space U+${c.charCodeAt(0).toString(16)}`);
    }
    assert.ok(isPlainText('De gemeente — “samen” — betaalt € 5.000.'));
    assert.ok(!isPlainText('İ') && !isPlainText('ſ') && !isPlainText('\u212A') && !isPlainText('😀'));
  });
  it('user phrases with stars and odd characters match as with the iu regex', () => {
    const lists = [['inspann*', 'samen*werk', 'co-creatie', "zzp'ers", 't.z.t.', 'e-mail*', 'a/b'], ['ſamen', 'groß', 'Ωmega', 'cliënt*'], ['x*', 'de * regie']];
    const texts = ['Wij inspanningen en inspannen-achtig samen*werk co-creatie zzp’ers zzp\'ers t.z.t. e-mailadres a/b', 'SAMEN GROSS groß Ωmega ωmega CLIËNTEN cliëntenraad', 'xyz de * regie x'];
    for (const list of lists) {
      const re = compilePhrases(list);
      for (const t0 of texts) for (const t of [t0, t0.toUpperCase(), `${t0} İ`, t0.replace(/ /g, '\u2009')]) {
        re.lastIndex = 0;
        const full: Array<{ start: number; end: number; text: string }> = [];
        let m: RegExpExecArray | null;
        while ((m = re.exec(t))) { if (!m[0].length) { re.lastIndex++; continue; } full.push({ start: m.index, end: m.index + m[0].length, text: m[0] }); }
        assert.deepEqual(matchPhrases(re, t), full, t);
        assert.equal(hasPhrase(re, t), full.length > 0, t);
      }
    }
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

describe('speed: phrase pre-check masks', () => {
  it('many phrase lists (more than the mask has bits) each answer as their regex', () => {
    const texts = ['Wij werken samen in de regio.', 'De gemeente betaalt binnen bestaande middelen.', 'Zij stemmen af met partners 3.', 'SAMEN STERK'];
    for (let k = 0; k < 40; k++) {
      const re = compilePhrases([`samen${k % 3 ? '' : '*'}`, 'bestaande middelen', `regio ${k}`, `stemmen af`, `x${k}`]);
      for (const t of texts) {
        re.lastIndex = 0;
        const want = re.test(t);
        re.lastIndex = 0;
        assert.equal(hasPhrase(re, t), want, `${k}: ${t}`);
        assert.equal(matchPhrases(re, t).length > 0, want, `${k}: ${t}`);
      }
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
