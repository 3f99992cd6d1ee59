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

/** A generated document of sections: a heading (level, title index) and paragraphs of sentence indexes. */
export interface GenSection { level: number; title: number; paragraphs: number[][] }

/**
 * The property over documents of headed sections built from `pool` (sentences) and `titles`: random documents and
 * edits of a title, a heading level (when `levels` allows two), a sentence, or an inserted or deleted paragraph.
 */
export function sectionProperty(pool: readonly string[], titles: readonly string[], rules: readonly Rule[],
  o: { levels: [number, number]; paragraph: number; paragraphs: number; sections: [number, number]; levelEdits?: boolean }): fc.IProperty<[GenSection[], SectionEdit[]]> {
  const render = (sections: GenSection[]): string => sections.flatMap((s) => [`${'#'.repeat(s.level)} ${titles[s.title]}`, ...s.paragraphs.map((p) => p.map((i) => pool[i]).join(' '))]).join('\n\n') + '\n';
  const pi = fc.nat(pool.length - 1);
  const docArb = fc.array(fc.record({ level: fc.integer({ min: o.levels[0], max: o.levels[1] }), title: fc.nat(titles.length - 1),
    paragraphs: fc.array(fc.array(pi, { minLength: 1, maxLength: o.paragraph }), { minLength: 1, maxLength: o.paragraphs }) }), { minLength: o.sections[0], maxLength: o.sections[1] });
  const ops: SectionEdit['op'][] = o.levelEdits ? ['title', 'level', 'sentence', 'insert', 'delete'] : ['title', 'sentence', 'insert', 'delete'];
  const editArb = fc.record({ op: fc.constantFrom(...ops), i: fc.nat(), p: fc.nat(), k: fc.nat(), j: pi, t: fc.nat(titles.length - 1), l: fc.integer({ min: o.levels[0], max: o.levels[1] }) });
  const copy = (start: GenSection[]): GenSection[] => start.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => [...p]) }));
  return incrementalIsFresh(docArb, editArb, copy, applySectionEdit, render, rules);
}

export interface SectionEdit { op: 'title' | 'level' | 'sentence' | 'insert' | 'delete'; i: number; p: number; k: number; j: number; t: number; l: number }

function applySectionEdit(sections: GenSection[], e: SectionEdit): void {
  const s = sections[e.i % sections.length];
  const p = e.p % s.paragraphs.length;
  switch (e.op) {
    case 'title': s.title = e.t; break;
    case 'level': s.level = e.l; break;
    case 'sentence': s.paragraphs[p][e.k % s.paragraphs[p].length] = e.j; break;
    case 'insert': s.paragraphs.splice(p, 0, [e.j]); break;
    case 'delete': if (s.paragraphs.length > 1) s.paragraphs.splice(p, 1); break;
  }
}
