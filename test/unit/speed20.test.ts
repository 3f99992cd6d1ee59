/**
 * Speed steps of branch speed20 (the incremental edit: the checklist and profile folds), each exact:
 * - document.ts `blockFacts`: a fact per sentence that reads its own block only, carried over between analyses of an
 *   Analyzer in the blocks an edit did not change (`pb`, `qb`), not in the shared sentences (`p`, `q`): two unchanged
 *   sentences can sit in one block before an edit and in two after it. `K4.regisseur` keeps its verdict per sentence
 *   (yes, no, yes in a formal text) there.
 * - profile/profile.ts `weShareOf`: the share of "we" among the actors as a fold (the counts per sentence and their sums,
 *   the changed middle taken off and added again), not a walk of every sentence. Property: along random chains of
 *   edits (sentences replaced, inserted, deleted, paragraphs split and joined, a letter changed), the share of the
 *   Analyzer's model = the share of a fresh model of the same text; checked once by hand to fail when the old middle's
 *   counts are not taken off the sums.
 * Property: after every edit of a sequence, an `Analyzer` gives what a fresh analysis gives — documents with regie
 * claims and the partners' appointment of the regisseur in one paragraph, and edits that turn the space between two
 * sentences into a line break or a blank line (two blocks, the same sentences) and back, change, add or remove a
 * sentence, or make a paragraph a list. Checked once by hand to fail when `blockFacts` keeps the facts of the shared
 * sentences (`p`, `q`) instead of the shared blocks; and it fails when the replay claims one block too many at each
 * end (`setSharedWidenForTests`, below).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { editChains } from './edit-chains';
import { foldIsFresh } from './fold-chains';
import { setSharedWidenForTests } from '../../src/core/document';
import { weShareOf } from '../../src/core/profile/profile';
import { fcParams } from '../fixtures/hostile/support';

const RUNS = Number(process.env.FC_RUNS ?? 120);

const POOL = [
  'De gemeente neemt de regie.',
  'De partners hebben de gemeente benoemd tot regisseur.',
  'De regie ligt bij de provincie.',
  'De provincie is door alle partijen aangewezen als regisseur.',
  'Wij nemen de regie en leveren twee fte.',
  'De regiegroep krijgt een budget van twee miljoen euro.',
  'Het college levert twee fte voor de uitvoering.',
  'Zij houdt de regie.',
  'De wijkteams pakken de signalen binnen twee weken op.',
];

const { incrementalIsFresh } = editChains({
  head: '# Convenant regie\n\nPartijen komen het volgende overeen:\n\n',
  pool: POOL,
  // The separator after a sentence: a space, a line break or a blank line (a blank line makes two blocks).
  separators: [' ', '\n', '\n\n'],
  ops: ['break', 'blank', 'blank', 'sentence', 'add', 'remove', 'list'],
});

describe('speed20: checklist and profile folds over the unchanged blocks (incremental = fresh)', function () {
  this.timeout(300_000);

  it('a blank line between two unchanged sentences changes K4.regisseur, and the Analyzer follows', () => {
    const head = '# Convenant regie\n\nPartijen komen het volgende overeen:\n\n';
    const a = `${head}De gemeente neemt de regie. De partners hebben de gemeente benoemd tot regisseur.\n`;
    const b = `${head}De gemeente neemt de regie.\n\nDe partners hebben de gemeente benoemd tot regisseur.\n`;
    assert.equal(analyze(a).checklist['K4.regisseur'].met, true);
    assert.equal(analyze(b).checklist['K4.regisseur'].met, false);
    const an = new Analyzer();
    for (const t of [a, b, a, b]) assert.deepStrictEqual(an.analyze(t), analyze(t));
  });

  it('random edits (line breaks and blank lines between sentences, sentences, their count, lists): Analyzer = fresh', () => {
    fc.assert(incrementalIsFresh, { numRuns: RUNS, seed: 20 });
  });

  it('fails when the replays claim one unchanged block too many at each end (the test can fail)', () => {
    setSharedWidenForTests(1);
    try {
      const out = fc.check(incrementalIsFresh, { numRuns: RUNS, seed: 20 });
      assert.ok(out.failed, 'a replay over a changed block went unnoticed');
    } finally {
      setSharedWidenForTests(0);
    }
  });
});

// ——— the share of "we" among the actors, as a fold ———

const WE_POOL = [
  'Wij nemen de regie.',
  'We leveren twee fte en de gemeente betaalt.',
  'De gemeente en de provincie werken samen.',
  'Het college besluit.',
  'Er wordt een werkgroep ingesteld.',
  'Wij en de GGD pakken de signalen op.',
];
const weShareIsFresh = foldIsFresh(WE_POOL, weShareOf);

describe('speed20: the share of "we" among the actors as a fold (incremental = fresh)', function () {
  this.timeout(180_000);

  it('random chains of edits: the share of the Analyzer\'s model = the share of a fresh model', () => {
    fc.assert(weShareIsFresh, fcParams(300));
  });
});
