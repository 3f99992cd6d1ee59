/**
 * The section part of a rule's cache key (src/core/scope.ts `sectionContent`): an object that is the same object while
 * the section's content is the same — the heading path's and the section's blocks (each as its block content object) at
 * their offsets from the section's start. The property: a rule of section scope that reads every sentence of its
 * section and reports them as related spans gives, after random chains of edits (a sentence changed, a paragraph added
 * or removed, blank lines between paragraphs added or removed, a heading changed), what a fresh analysis gives. And it
 * fails when the blocks are compared without their offsets (the test can fail).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, RULES } from '../../src/core';
import type { Rule, SentenceRule } from '../../src/core/rules/types';
import { setSectionOffsetsLooseForTests } from '../../src/core/scope';
import { fcParams } from '../fixtures/hostile/support';
import { incrementalIsFresh as incrementalProperty } from './incremental.harness';

/** Reports each sentence with every other sentence of its section (and heading path) as a related span. */
const sectionRule: SentenceRule = {
  id: 'test/sectie', key: null, defaultSeverity: 'info', scope: 'section', book: '-', title: { nl: 't', en: 't' },
  message: { nl: '{n}: {text}', en: '{n}: {text}' },
  explanation: { nl: '-', en: '-' }, fix: { nl: '-', en: '-' }, examples: { bad: [], good: [] },
  check(s, ctx, report) {
    const sec = ctx.section(s);
    const others = [...sec.headings, ...sec.sentences].filter((x) => x.index !== s.index);
    const w = s.tokens.find((t) => t.kind === 'word');
    if (!w) return;
    report({ start: w.start, end: w.end, data: { n: String(others.length) }, related: others.map((x) => ({ start: x.start, end: x.end })) });
  },
};
const RULESET: readonly Rule[] = [...RULES, sectionRule];

const POOL = [
  'Wij als gemeente nemen de regie.',
  'Het college besluit de subsidie te verlenen.',
  'De GGD levert 2 fte voor het team.',
  'Misschien wordt er een werkgroep ingesteld.',
  'De wijkteams pakken de signalen binnen twee weken op.',
];
const TITLES = ['Afspraken', 'Uitvoering', 'Achtergrond'];

interface Paragraph { items: number[]; gap: number }
interface Section { level: number; title: number; paragraphs: Paragraph[] }
const render = (sections: Section[]): string => sections.map((s) => `${'#'.repeat(s.level)} ${TITLES[s.title]}\n\n` +
  s.paragraphs.map((p) => p.items.map((i) => POOL[i]).join(' ') + '\n'.repeat(2 + p.gap)).join('')).join('');

const paragraphArb = fc.record({ items: fc.array(fc.nat({ max: POOL.length - 1 }), { minLength: 1, maxLength: 3 }), gap: fc.nat({ max: 2 }) });
const docArb = fc.array(fc.record({ level: fc.integer({ min: 1, max: 3 }), title: fc.nat({ max: TITLES.length - 1 }), paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 });
type Edit = { kind: 'gap' | 'sentence' | 'add' | 'remove' | 'title'; i: number; j: number; v: number };
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('gap', 'gap', 'sentence', 'add', 'remove', 'title'), i: fc.nat(), j: fc.nat(), v: fc.nat() });

function apply(sections: Section[], e: Edit): void {
  const s = sections[e.i % sections.length];
  const p = s.paragraphs[e.j % s.paragraphs.length];
  if (e.kind === 'gap') p.gap = e.v % 3;
  else if (e.kind === 'sentence') p.items[e.v % p.items.length] = e.v % POOL.length;
  else if (e.kind === 'add') s.paragraphs.splice(e.j % (s.paragraphs.length + 1), 0, { items: [e.v % POOL.length], gap: e.v % 2 });
  else if (e.kind === 'remove') { if (s.paragraphs.length > 1) s.paragraphs.splice(e.j % s.paragraphs.length, 1); }
  else s.title = e.v % TITLES.length;
}

const incrementalIsFresh = incrementalProperty(docArb, editArb,
  (start) => start.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ items: [...p.items], gap: p.gap })) })), apply, render, RULESET);

describe('the section part of the rule cache key (incremental = fresh by construction)', function () {
  this.timeout(180_000);

  it('the test rule reads the whole section: a blank line more between two paragraphs moves its related spans', () => {
    const a = '# Afspraken\n\nWij als gemeente nemen de regie.\n\nDe GGD levert 2 fte voor het team.\n';
    const b = '# Afspraken\n\nWij als gemeente nemen de regie.\n\n\nDe GGD levert 2 fte voor het team.\n';
    const rel = (t: string) => analyze(t, { rules: RULESET }).findings.find((f) => f.rule === 'test/sectie' && f.text === 'Wij')?.related?.map((r) => r.start);
    assert.notDeepEqual(rel(a), rel(b));
  });

  it('random edits of sections, paragraphs and the blank lines between them: Analyzer = fresh analysis', () => {
    fc.assert(incrementalIsFresh, fcParams(150));
  });

  it('fails when the blocks of a section are compared without their offsets (the test can fail)', () => {
    setSectionOffsetsLooseForTests(true);
    try {
      const out = fc.check(incrementalIsFresh, fcParams(150));
      assert.ok(out.failed, 'a section content reused across changed gaps went unnoticed');
    } finally {
      setSectionOffsetsLooseForTests(false);
    }
  });
});
