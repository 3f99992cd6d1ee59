/**
 * The numeric cache key of sentence-scope rules that read the unit, the speaker and whether "we" is one party
 * (src/core/scope.ts `numericKey`): a sentence whose key is unchanged reuses its findings without a key string. The
 * property: after random edits that change those inputs far from an unchanged sentence, the Analyzer's result equals
 * a fresh analysis (the whole result: findings, checklist, profile, scores). And it fails when the numeric key leaves
 * an input out (the test can fail).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer, RULES } from '../../src/core';
import type { AnalysisResult } from '../../src/core/types';
import type { Rule, SentenceRule } from '../../src/core/rules/types';
import { setNumericKeyDropForTests } from '../../src/core/scope';
import { fcParams } from '../fixtures/hostile/support';

const firstWord = (s: { tokens: Array<{ kind: string; start: number; end: number }> }) => s.tokens.find((t) => t.kind === 'word')!;

/** A sentence rule that reads every input of a numeric key and writes them into its message. */
const inputsRule: SentenceRule = {
  id: 'test/invoer', key: null, defaultSeverity: 'info', scope: 'sentence', book: '-', title: { nl: 't', en: 't' },
  message: { nl: '{fn} {role} {commits} {near} {author} {parties} {we}: {text}', en: '{fn} {role} {commits} {near} {author} {parties} {we}: {text}' },
  explanation: { nl: '-', en: '-' }, fix: { nl: '-', en: '-' }, examples: { bad: [], good: [] },
  inputs: ['unit', 'speaker', 'weOneParty'],
  check(s, ctx, report) {
    const u = ctx.unit(s);
    const w = firstWord(s);
    report({
      start: w.start, end: w.end,
      data: { fn: u.fn, role: u.role, commits: String(u.commits), near: String(u.actorNearby), author: String(u.authorActs), parties: String(u.parties), we: String(ctx.facts.weOneParty) },
    });
  },
};
/** The same with the unit only (another key class). */
const unitRule: SentenceRule = { ...inputsRule, id: 'test/eenheid', inputs: ['unit'], message: { nl: '{fn} {role} {commits}: {text}', en: '{fn} {role} {commits}: {text}' },
  check(s, ctx, report) {
    const u = ctx.unit(s);
    const w = firstWord(s);
    report({ start: w.start, end: w.end, data: { fn: u.fn, role: u.role, commits: String(u.commits) } });
  } };
const RULESET: readonly Rule[] = [...RULES, inputsRule, unitRule];

const POOL = [
  'Partijen komen het volgende overeen.',
  'Wij als gemeente nemen de regie.',
  'Het college besluit de subsidie te verlenen.',
  'We bouwen 600 woningen in vier jaar.',
  'De GGD levert 2 fte voor het team.',
  'Misschien wordt er een werkgroep ingesteld.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'In 2020 was er een tekort aan woningen.',
];
const TITLES = ['Afspraken', 'Toelichting', 'Achtergrond', 'Begripsbepalingen', 'Uitvoering', 'Bijlage'];

interface Section { level: number; title: number; paragraphs: number[][] }
const render = (sections: Section[]): string => sections.flatMap((s) => [`${'#'.repeat(s.level)} ${TITLES[s.title]}`, ...s.paragraphs.map((p) => p.map((i) => POOL[i]).join(' '))]).join('\n\n') + '\n';

const pi = fc.nat(POOL.length - 1);
const paragraphArb = fc.array(pi, { minLength: 1, maxLength: 3 });
const docArb = fc.array(fc.record({ level: fc.integer({ min: 1, max: 2 }), title: fc.nat(TITLES.length - 1), paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 });
const editArb = fc.record({ op: fc.constantFrom('title', 'sentence', 'insert', 'delete'), i: fc.nat(), p: fc.nat(), k: fc.nat(), j: pi, t: fc.nat(TITLES.length - 1) });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(sections: Section[], e: Edit): void {
  const s = sections[e.i % sections.length];
  const p = e.p % s.paragraphs.length;
  switch (e.op) {
    case 'title': s.title = e.t; break;
    case 'sentence': s.paragraphs[p][e.k % s.paragraphs[p].length] = e.j; break;
    case 'insert': s.paragraphs.splice(p, 0, [e.j]); break;
    case 'delete': if (s.paragraphs.length > 1) s.paragraphs.splice(p, 1); break;
  }
}

const stable = (r: AnalysisResult): string => JSON.stringify(r);

const incrementalIsFresh = fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
  const sections = start.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => [...p]) }));
  const an = new Analyzer();
  an.analyze(render(sections), { rules: RULESET });
  for (const e of edits) {
    apply(sections, e);
    const text = render(sections);
    assert.equal(stable(an.analyze(text, { rules: RULESET })), stable(analyze(text, { rules: RULESET })));
  }
});

const messageOf = (text: string, rule: string, word: string): string | undefined =>
  analyze(text, { rules: RULESET }).findings.find((f) => f.rule === rule && f.text === word)?.message;

describe('numeric cache keys of sentence rules (incremental = fresh by construction)', function () {
  this.timeout(180_000);

  it('the test rule reads the speaker: the same sentence, with and without parties that speak elsewhere', () => {
    const alone = '# Afspraken\n\nDe GGD levert 2 fte voor het team.\n';
    const parties = '# Afspraken\n\nPartijen komen het volgende overeen.\n\nDe GGD levert 2 fte voor het team.\n';
    assert.notEqual(messageOf(alone, 'test/invoer', 'De'), messageOf(parties, 'test/invoer', 'De'));
  });

  it('the test rule reads the unit: the same sentence under another heading', () => {
    const body = '# Afspraken\n\nDe GGD levert 2 fte voor het team.\n';
    const background = '# Achtergrond\n\nDe GGD levert 2 fte voor het team.\n';
    assert.notEqual(messageOf(body, 'test/eenheid', 'De'), messageOf(background, 'test/eenheid', 'De'));
  });

  it('random edits of headings and sentences: Analyzer = fresh analysis', () => {
    fc.assert(incrementalIsFresh, fcParams(120));
  });

  for (const drop of ['unit', 'speaker'] as const) {
    it(`fails when the numeric key leaves out "${drop}" (the test can fail)`, () => {
      setNumericKeyDropForTests(drop);
      try {
        const out = fc.check(incrementalIsFresh, fcParams(120));
        assert.ok(out.failed, `a numeric key without "${drop}" went unnoticed`);
      } finally {
        setNumericKeyDropForTests(undefined);
      }
    });
  }
});
