/**
 * Speed steps of branch speed20 (the incremental edit: the checklist and profile folds), each exact:
 * - document.ts `blockFacts`: a fact per sentence that reads its own block only, carried over between analyses of an
 *   Analyzer in the blocks an edit did not change (`pb`, `qb`), not in the shared sentences (`p`, `q`): two unchanged
 *   sentences can sit in one block before an edit and in two after it. `K4.regisseur` keeps its verdict per sentence
 *   (yes, no, yes in a formal text) there.
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
import { setSharedWidenForTests } from '../../src/core/document';

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

interface Para { list: boolean; sentences: number[]; breaks: number[] }
type Doc = Para[];

const render = (doc: Doc): string => '# Convenant regie\n\nPartijen komen het volgende overeen:\n\n' + doc.map((p) => {
  const texts = p.sentences.map((i) => POOL[i]);
  if (p.list) return texts.map((t) => `- ${t}`).join('\n');
  // The separator after sentence k: a space, a line break or a blank line (0, 1, 2): a blank line makes two blocks.
  return texts.map((t, k) => t + (k + 1 < texts.length ? [' ', '\n', '\n\n'][p.breaks[k] ?? 0] : '')).join('');
}).join('\n\n') + '\n';

const para = fc.record({
  list: fc.boolean(),
  sentences: fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 4 }),
  breaks: fc.array(fc.nat(2), { minLength: 3, maxLength: 3 }),
});
const doc = fc.array(para, { minLength: 2, maxLength: 6 });
const edit = fc.record({ op: fc.constantFrom('break', 'blank', 'blank', 'sentence', 'add', 'remove', 'list'), a: fc.nat(), b: fc.nat(), j: fc.nat(POOL.length - 1) });
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(d: Doc, e: Edit): void {
  const p = d[e.a % d.length];
  const k = e.b % p.sentences.length;
  switch (e.op) {
    case 'break': p.breaks[k % 3] = p.breaks[k % 3] === 1 ? 0 : 1; break;
    case 'blank': p.breaks[k % 3] = p.breaks[k % 3] === 2 ? 0 : 2; break;
    case 'sentence': p.sentences[k] = e.j; break;
    case 'add': p.sentences.splice(k, 0, e.j); break;
    case 'remove': if (p.sentences.length > 1) p.sentences.splice(k, 1); break;
    case 'list': p.list = !p.list; break;
  }
}

const incrementalIsFresh = fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
  const d: Doc = start.map((p) => ({ ...p, sentences: [...p.sentences], breaks: [...p.breaks] }));
  const an = new Analyzer();
  an.analyze(render(d));
  for (const e of edits) {
    apply(d, e);
    const text = render(d);
    assert.deepStrictEqual(an.analyze(text), analyze(text));
  }
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
