/**
 * Speed step of branch speed21 (the incremental edit: the rule pass): `runSentenceRules` (src/core/scope.ts) carries the
 * previous model's pass over the unchanged start and end of the document — a sentence that was not quiet gets what its
 * rules reported last time, without a key, a cache look-up or a gate, when its sentence, its block (paragraph rules),
 * its section with the heading path at the same offsets (section rules), its unit context (the same object), the
 * document-wide inputs and the regie readings in its scope (the same objects) are the same.
 * Property: after every edit of a chain (a sentence changed, a typo, a sentence added or removed, a paragraph split or
 * joined, a heading's text or level changed, a paragraph added or removed, the blank lines between paragraphs changed),
 * an `Analyzer` gives what a fresh analysis gives, with every rule and four test rules: a section rule that reads its
 * heading path, a paragraph rule that reads the sentence before, a paragraph rule that reads the regie readings of its
 * block, and a sentence rule that reads the unit context. It fails when the carry is loosened: by the shared sentences
 * alone (`sentence`: the rule that reads the sentence before), without the section check (`section`: the rule that reads
 * its heading), without the unit check (`unit`: the rule that reads the unit context), without the regie check (`regie`: the
 * rule that reads its block's readings; a heading 'Procesregie' changes a claim's reading below it) — each shown with
 * that rule alone.
 * - engine.ts `placeDocumentFinding`: a document rule's Finding is built again only when its raw finding, its
 *   sentence's place (offset, line, column), rule, severity or locale changed. Property: edit chains with regie claims
 *   (regie/hol) and edits that keep every offset but move lines (a space between two sentences made a line break);
 *   fails when the Finding is reused at the same offset on another line.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer, RULES } from '../../src/core';
import type { Rule, SentenceRule } from '../../src/core/rules/types';
import { setRuleCarryLooseForTests } from '../../src/core/scope';
import { setDocumentPlacementLooseForTests } from '../../src/core/engine';
import { editChains } from './edit-chains';
import { fcParams } from '../fixtures/hostile/support';
import { incrementalIsFresh as incrementalProperty } from './incremental.harness';

const RUNS = Number(process.env.FC_RUNS ?? 150);

const base: Pick<SentenceRule, 'key' | 'defaultSeverity' | 'book' | 'title' | 'explanation' | 'fix' | 'examples'> = {
  key: null, defaultSeverity: 'info', book: '-', title: { nl: 't', en: 't' },
  explanation: { nl: '-', en: '-' }, fix: { nl: '-', en: '-' }, examples: { bad: [], good: [] },
};
const firstWord = (s: { tokens: Array<{ kind: string; start: number; end: number }> }) => s.tokens.find((t) => t.kind === 'word');

/** Reports the first word of each sentence with the text of its heading path. */
const headingRule: SentenceRule = {
  ...base, id: 'test/kop', scope: 'section', message: { nl: '{h}: {text}', en: '{h}: {text}' },
  check(s, ctx, report) {
    const w = firstWord(s);
    if (w) report({ start: w.start, end: w.end, data: { h: ctx.section(s).headings.map((x) => x.raw.trim()).join(' / ') } });
  },
};
/** Reports the first word of each sentence with the first word of the sentence before it in its block. */
const prevRule: SentenceRule = {
  ...base, id: 'test/vorige', scope: 'paragraph', message: { nl: '{p}: {text}', en: '{p}: {text}' },
  check(s, ctx, report) {
    const w = firstWord(s);
    const p = ctx.prev(s);
    if (w) report({ start: w.start, end: w.end, data: { p: p ? p.raw.slice(0, 12) : '-' } });
  },
};
/** Reports each regie reading of its block (gate: the sentence has a regie word), with its class and place. */
const regieRule: SentenceRule = {
  ...base, id: 'test/regie', scope: 'paragraph', inputs: ['regie'], message: { nl: '{c} {n}: {text}', en: '{c} {n}: {text}' },
  gate: (s) => s.regie.length > 0,
  check(s, ctx, report) {
    const all = ctx.regie();
    const w = firstWord(s);
    if (w) report({ start: w.start, end: w.end, data: { c: all.map((r) => `${r.class}@${r.start - s.start}`).join(','), n: String(all.length) } });
  },
};
/** Reports the first word of each sentence with its unit context. */
const unitRule: SentenceRule = {
  ...base, id: 'test/eenheid', scope: 'sentence', inputs: ['unit'], message: { nl: '{fn} {role} {c} {near}: {text}', en: '{fn} {role} {c} {near}: {text}' },
  check(s, ctx, report) {
    const u = ctx.unit(s);
    const w = firstWord(s);
    if (w) report({ start: w.start, end: w.end, data: { fn: u.fn, role: u.role, c: String(u.commits), near: String(u.actorNearby) } });
  },
};
const RULESET: readonly Rule[] = [...RULES, headingRule, prevRule, regieRule, unitRule];

const POOL = [
  'De gemeente neemt de regie.',
  'Wij als gemeente nemen de regie en leveren twee fte.',
  'Het college besluit de subsidie te verlenen.',
  'Misschien wordt er een werkgroep ingesteld.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'Zij houdt de regie.',
  'In 2020 was er een tekort aan woningen.',
];
// 'Procesregie' above a claim names its kind: the claim's reading changes with the heading (the regie rule's input).
const TITLES = ['Afspraken', 'Achtergrond', 'Uitvoering', 'Toelichting', 'Procesregie'];

interface Paragraph { items: number[]; typo: number; gap: number }
interface Section { level: number; title: number; paragraphs: Paragraph[] }
const text = (p: Paragraph): string => p.items.map((i, k) => (k === p.typo ? POOL[i].replace(/e/, 'a') : POOL[i])).join(' ');
const render = (sections: Section[]): string => sections.map((s) => `${'#'.repeat(s.level)} ${TITLES[s.title]}\n\n` +
  s.paragraphs.map((p) => text(p) + '\n'.repeat(2 + p.gap)).join('')).join('');

const paragraphArb = fc.record({ items: fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 4 }), typo: fc.integer({ min: -1, max: 3 }), gap: fc.nat(1) });
const docArb = fc.array(fc.record({ level: fc.integer({ min: 1, max: 3 }), title: fc.nat(TITLES.length - 1), paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 4 }) }), { minLength: 2, maxLength: 4 });
type Op = 'sentence' | 'typo' | 'insert' | 'delete' | 'split' | 'join' | 'title' | 'level' | 'add' | 'remove' | 'gap';
const editArb = fc.record({
  op: fc.constantFrom<Op>('sentence', 'typo', 'typo', 'insert', 'delete', 'split', 'join', 'title', 'level', 'add', 'remove', 'gap'),
  i: fc.nat(), p: fc.nat(), k: fc.nat(), v: fc.nat(),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(sections: Section[], e: Edit): void {
  const s = sections[e.i % sections.length];
  const pi = e.p % s.paragraphs.length;
  const p = s.paragraphs[pi];
  const k = e.k % p.items.length;
  switch (e.op) {
    case 'sentence': p.items[k] = e.v % POOL.length; break;
    case 'typo': p.typo = p.typo === k ? -1 : k; break;
    case 'insert': p.items.splice(k, 0, e.v % POOL.length); break;
    case 'delete': if (p.items.length > 1) p.items.splice(k, 1); break;
    // A paragraph split after sentence k (two blocks, the same sentences), or joined with the next one.
    case 'split': if (k + 1 < p.items.length) s.paragraphs.splice(pi + 1, 0, { items: p.items.splice(k + 1), typo: -1, gap: 0 }); break;
    case 'join': if (pi + 1 < s.paragraphs.length) p.items.push(...s.paragraphs.splice(pi + 1, 1)[0].items); break;
    case 'title': s.title = e.v % TITLES.length; break;
    case 'level': s.level = 1 + (e.v % 3); break;
    case 'add': s.paragraphs.splice(pi, 0, { items: [e.v % POOL.length], typo: -1, gap: 0 }); break;
    case 'remove': if (s.paragraphs.length > 1) s.paragraphs.splice(pi, 1); break;
    case 'gap': p.gap = p.gap ? 0 : 1; break;
  }
}

const copy = (start: Section[]): Section[] => start.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, items: [...p.items] })) }));
const incrementalIsFresh = incrementalProperty(docArb, editArb, copy, apply, render, RULESET, 8);
/**
 * The loosened carries, each with the one test rule that reads what the loosened check covers: a sentence's need is the
 * union over its rules, so with every rule the other checks (a unit context that changed with the heading) would
 * send the sentence through the cache anyway.
 */
const LOOSE = { sentence: prevRule, section: headingRule, unit: unitRule, regie: regieRule } as const;

/** Regie claims (regie/hol, a document rule, reports the hollow ones) and edits that keep every offset but move lines. */
const chains = editChains({
  head: '# Convenant regie\n\nPartijen komen het volgende overeen:\n\n',
  pool: ['De gemeente neemt de regie.', 'Er wordt regie gevoerd op de keten.', 'Wij nemen de regie en leveren twee fte.', 'Zij houdt de regie.',
    'De wijkteams pakken de signalen binnen twee weken op.', 'De provincie voert de regie en stelt € 1,2 miljoen beschikbaar.'],
  separators: [' ', '\n', '\n\n'],
  ops: ['break', 'break', 'blank', 'sentence', 'add', 'remove', 'typo', 'list'],
});

describe('speed21: the rule pass carries the unchanged start and end (incremental = fresh)', function () {
  this.timeout(600_000);

  it('a heading changed far above an unchanged paragraph, and the sentence before an unchanged sentence: the Analyzer follows', () => {
    const body = 'De gemeente neemt de regie. Het college besluit de subsidie te verlenen.\n\nZij houdt de regie.\n';
    const an = new Analyzer();
    for (const t of [`# Afspraken\n\n${body}`, `# Achtergrond\n\n${body}`, `## Achtergrond\n\n${body}`,
      `# Achtergrond\n\nWij als gemeente nemen de regie. Het college besluit de subsidie te verlenen.\n\nZij houdt de regie.\n`]) {
      assert.equal(JSON.stringify(an.analyze(t, { rules: RULESET })), JSON.stringify(analyze(t, { rules: RULESET })));
    }
  });

  it('random edit chains over sections, paragraphs and sentences: Analyzer = fresh analysis', () => {
    fc.assert(incrementalIsFresh, fcParams(RUNS));
  });

  it('a document rule\'s findings placed again from the sentence memo: Analyzer = fresh analysis along edit chains', () => {
    fc.assert(chains.incrementalIsFresh, fcParams(RUNS));
  });

  it('fails when a document rule\'s Finding is reused at the same offset on another line (the test can fail)', () => {
    setDocumentPlacementLooseForTests(true);
    try {
      assert.ok(fc.check(chains.incrementalIsFresh, fcParams(RUNS)).failed, 'a Finding placed on a stale line went unnoticed');
    } finally {
      setDocumentPlacementLooseForTests(false);
    }
  });

  for (const loose of ['sentence', 'section', 'unit', 'regie'] as const) {
    it(`fails when the carry is loosened (${loose}, rule ${LOOSE[loose].id}): the test can fail`, () => {
      const property = incrementalProperty(docArb, editArb, copy, apply, render, [LOOSE[loose]], 8);
      assert.ok(!fc.check(property, fcParams(RUNS)).failed, 'the property holds with the carry as it is');
      setRuleCarryLooseForTests(loose);
      try {
        const out = fc.check(property, fcParams(RUNS));
        assert.ok(out.failed, `a carry without the ${loose} check went unnoticed`);
      } finally {
        setRuleCarryLooseForTests(undefined);
      }
    });
  }
});
