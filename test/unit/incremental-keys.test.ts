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
import type { Rule, SentenceRule } from '../../src/core/rules/types';
import { setNumericKeyDropForTests } from '../../src/core/scope';
import { setSharedWidenForTests } from '../../src/core/document';
import { fcParams } from '../fixtures/hostile/support';
import { incrementalIsFresh as incrementalProperty, sectionProperty } from './incremental.harness';

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

const incrementalIsFresh = sectionProperty(POOL, TITLES, RULESET, { levels: [1, 2], paragraph: 3, paragraphs: 3, sections: [1, 4] });

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

// ---------------------------------------------------------------------------------------------------------------
// Replays of the previous model (read/unit.ts blockRoles and unitOf, regie.ts readRegie): after an edit, a
// document-level pass replays its previous result over the blocks the edit did not touch. Documents with what those
// passes read across blocks: headings and label lines (section roles), recitals and the enacting formula, lists with
// their lead-in, regie words (founded bodies, claims, "we"), sentences that point back ("Dit …"). Edits change one
// sentence, one letter, a heading, a block's kind, or insert or delete a block.

const RPOOL = [
  'Partijen komen het volgende overeen:',
  'Overwegende dat de zorg in de wijk beter kan:',
  'Er wordt een regiegroep ingesteld.',
  'De regiegroep heeft tot taak:',
  'De gemeente voert de regie op de uitvoering.',
  'Wij nemen de regie en leveren twee fte.',
  'De regie ligt bij het college.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'Misschien wordt er een werkgroep ingesteld.',
  'In 2020 was er een tekort aan woningen.',
  'Dit wordt door de provincie betaald.',
  'Toelichting',
  'Het college besluit de subsidie te verlenen.',
  'Zij houdt de regie.',
  'Wij nemen de regie',
  'De regiegroep krijgt een budget van twee miljoen euro.',
  'Het college levert twee fte voor de uitvoering.',
];
const RTITLES = ['Afspraken', 'Toelichting', 'Achtergrond', 'Regie', 'Bijlage', 'Besluit', 'De gemeente', 'Budget van twee miljoen euro'];

interface RSentence { i: number; typo: boolean }
interface RBlock { kind: 'paragraph' | 'list'; sentences: RSentence[] }
interface RSection { level: number; title: number; blocks: RBlock[] }

const typo = (x: string): string => x.replace(/e/, 'a');
const sentenceText = (x: RSentence): string => (x.typo ? typo(RPOOL[x.i]) : RPOOL[x.i]);
const renderR = (sections: RSection[]): string => sections.flatMap((s) => [
  `${'#'.repeat(s.level)} ${RTITLES[s.title]}`,
  ...s.blocks.map((b) => (b.kind === 'list' ? b.sentences.map((x) => `- ${sentenceText(x)}`).join('\n') : b.sentences.map(sentenceText).join(' '))),
]).join('\n\n') + '\n';

const rsi = fc.record({ i: fc.nat(RPOOL.length - 1), typo: fc.boolean() });
const rblock = fc.record({ kind: fc.constantFrom('paragraph' as const, 'list' as const), sentences: fc.array(rsi, { minLength: 1, maxLength: 3 }) });
const rdoc = fc.array(fc.record({ level: fc.integer({ min: 1, max: 3 }), title: fc.nat(RTITLES.length - 1), blocks: fc.array(rblock, { minLength: 1, maxLength: 4 }) }), { minLength: 2, maxLength: 5 });
const redit = fc.record({ op: fc.constantFrom('title', 'level', 'sentence', 'typo', 'kind', 'insert', 'delete'), a: fc.nat(), b: fc.nat(), c: fc.nat(), j: fc.nat(RPOOL.length - 1) });
type REdit = typeof redit extends fc.Arbitrary<infer T> ? T : never;

function applyR(sections: RSection[], e: REdit): void {
  const sec = sections[e.a % sections.length];
  const bi = e.b % sec.blocks.length;
  const block = sec.blocks[bi];
  const x = block.sentences[e.c % block.sentences.length];
  switch (e.op) {
    case 'title': sec.title = e.j % RTITLES.length; break;
    case 'level': sec.level = 1 + (e.j % 3); break;
    case 'sentence': x.i = e.j; break;
    case 'typo': x.typo = !x.typo; break;
    case 'kind': block.kind = block.kind === 'list' ? 'paragraph' : 'list'; break;
    case 'insert': sec.blocks.splice(bi, 0, { kind: e.c % 2 ? 'list' : 'paragraph', sentences: [{ i: e.j, typo: false }] }); break;
    case 'delete': if (sec.blocks.length > 1) sec.blocks.splice(bi, 1); break;
  }
}

const copyR = (start: RSection[]): RSection[] => start.map((s) => ({ ...s, blocks: s.blocks.map((b) => ({ kind: b.kind, sentences: b.sentences.map((x) => ({ ...x })) })) }));
const replayIsFresh = incrementalProperty(rdoc, redit, copyR, applyR, renderR, undefined, 8);

describe('replays of the previous model over unchanged blocks (incremental = fresh by construction)', function () {
  this.timeout(300_000);

  it('random edits of sentences, letters, headings, block kinds and blocks: Analyzer = fresh analysis', () => {
    fc.assert(replayIsFresh, fcParams(150));
  });

  // Minimal pairs at the edge of an unchanged start: the edit is in the block after the replayed one, which still
  // reads it. Each pair changes the fresh result (so an edit that is not seen shows), and the Analyzer follows it.
  const edgePairs: Array<[string, string, string]> = [
    ['a short line stands as a title only above running text (read/unit.ts titleLine reads the next block)',
      '# Regie\n\nDe gemeente betaalt misschien mee\n\nDe gemeente levert twee fte voor de uitvoering.\n',
      '# Regie\n\nDe gemeente betaalt misschien mee\n\n- De gemeente levert twee fte voor de uitvoering.\n'],
    ['a regie claim in a list reads the items after it (regie.ts paragraphOf reads forward)',
      '# Regie\n\n- Wij voeren de regie op de uitvoering.\n- Wij leveren twee fte en een budget van een miljoen euro.\n',
      '# Regie\n\n- Wij voeren de regie op de uitvoering.\n\nWij leveren twee fte en een budget van een miljoen euro.\n'],
  ];
  for (const [what, before, after] of edgePairs) {
    it(`the block before an edit: ${what}`, () => {
      assert.notDeepStrictEqual(analyze(before), analyze(after));
      for (const [a, b] of [[before, after], [after, before]]) {
        const an = new Analyzer();
        an.analyze(a);
        assert.deepStrictEqual(an.analyze(b), analyze(b));
      }
    });
  }

  it('fails when the replays claim one unchanged block too many at each end (the test can fail)', () => {
    setSharedWidenForTests(1);
    try {
      const out = fc.check(replayIsFresh, fcParams(150));
      assert.ok(out.failed, 'a replay over a changed block went unnoticed');
    } finally {
      setSharedWidenForTests(0);
    }
  });
});
