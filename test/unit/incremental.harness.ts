/** The property the cache suites share: after every edit an `Analyzer` gives what a fresh analysis of the same text gives. */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import type { Rule } from '../../src/core/rules/types';

/**
 * A property over a generated document `D` and one to `maxEdits` edits `E` (six unless said): the document is copied
 * (`copy`), each edit applied in place (`apply`), the text rendered (`render`), and the incremental result compared with
 * a fresh one — under `rules` as JSON, or, without `rules`, with every rule and compared deeply (`deepStrictEqual`).
 */
export function incrementalIsFresh<D, E>(docArb: fc.Arbitrary<D>, editArb: fc.Arbitrary<E>, copy: (d: D) => D,
  apply: (d: D, e: E) => void, render: (d: D) => string, rules?: readonly Rule[], maxEdits = 6): fc.IProperty<[D, E[]]> {
  return fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: maxEdits }), (start, edits) => {
    const doc = copy(start);
    const an = new Analyzer();
    if (rules) an.analyze(render(doc), { rules });
    else an.analyze(render(doc));
    for (const e of edits) {
      apply(doc, e);
      const text = render(doc);
      if (rules) assert.equal(JSON.stringify(an.analyze(text, { rules })), JSON.stringify(analyze(text, { rules })));
      else assert.deepStrictEqual(an.analyze(text), analyze(text));
    }
  });
}
