/**
 * Speed steps of branch speed19 (the incremental edit), each exact:
 * - regie.ts `readRegie` keeps a sentence's readings as placed while the sentence has the same start, index and line of
 *   its start (one line look-up per sentence instead of one per reading): a reading's line is the start's line plus the
 *   line breaks of the sentence's text before it, and a memo belongs to one masked text, which keeps CR and LF;
 * - the regie fold and the unit contexts of the scope engine (scope.ts `modelUnitBases`) reuse the arrays of the model
 *   two back, cleared, instead of new arrays over every sentence per keystroke.
 * Property: after every edit of a sequence, an `Analyzer` gives what a fresh analysis gives — documents with regie
 * words in paragraphs and lists, and edits that turn the space between two sentences into a line break (or a CR LF)
 * and back (the same offsets and sentence indexes, other lines), change, add or remove a sentence (another sentence
 * count), or put a typo in one. Checked once by hand to fail when `readRegie` compares the start and index alone, and
 * when the reused unit-context arrays are not cleared (the regie fold's `keys` and `units` are read only where the same
 * fold wrote them, so its clearing cannot be seen: it is there so that no stale entry is ever read).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { editChains } from './edit-chains';

const RUNS = Number(process.env.FC_RUNS ?? 120);

const POOL = [
  'De gemeente voert de regie op de uitvoering.',
  'Wij nemen de regie en leveren twee fte.',
  'De regie ligt bij het college.',
  'Er wordt een regiegroep ingesteld.',
  'De regiegroep krijgt een budget van twee miljoen euro.',
  'Zij houdt de regie.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'Het college levert twee fte voor de uitvoering.',
  'Partijen komen het volgende overeen:',
  'De provincie is regisseur van het programma.',
];

const { incrementalIsFresh } = editChains({
  head: '# Regie\n\n',
  pool: POOL,
  // The separator after a sentence: a space, a line break or CR LF (CR LF is one character longer).
  separators: [' ', '\n', '\r\n'],
  ops: ['break', 'break', 'sentence', 'add', 'remove', 'typo', 'list'],
});

describe('speed19: regie readings kept in place, reused fold arrays (incremental = fresh)', function () {
  this.timeout(300_000);

  it('a line break for the space between two sentences moves the readings after it to other lines', () => {
    const a = '# Regie\n\nDe gemeente voert de regie. Wij nemen de regie en leveren twee fte.\n';
    const b = '# Regie\n\nDe gemeente voert de regie.\nWij nemen de regie en leveren twee fte.\n';
    assert.equal(a.length, b.length);
    const lines = (t: string): number[] => analyze(t).regie.map((r) => r.line);
    assert.notDeepStrictEqual(lines(a), lines(b));
    const an = new Analyzer();
    for (const t of [a, b, a, b]) assert.deepStrictEqual(an.analyze(t), analyze(t));
  });

  it('random edits (line breaks between sentences, sentences, their count, typos, lists): Analyzer = fresh analysis', () => {
    fc.assert(incrementalIsFresh, { numRuns: RUNS, seed: 19 });
  });
});
