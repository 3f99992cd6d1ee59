/**
 * `LineMap.edited` (src/core/text/lineMap.ts): the line map of an edited text from the map before the edit, with the
 * unchanged start and end the parser found (`pre`, `suf`). The property: after random chains of edits (characters,
 * line breaks — LF, CRLF and CR — inserted, deleted or replaced, anywhere), every offset's line and column and the
 * line count equal those of a map built from the text anew; and the buildDocument of an Analyzer gives the lines a
 * fresh model gives. It also fails when the unchanged start is claimed one code unit too long (the test can fail).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { LineMap } from '../../src/core/text/lineMap';
import { buildDocument, SentenceCache } from '../../src/core/document';
import { fcParams } from '../fixtures/hostile/support';

const PIECES = ['a', 'b', ' ', '.', '\n', '\n\n', '\r\n', '\r', '- ', '# ', 'De gemeente neemt de regie.', 'é', '€'];

const commonPrefix = (a: string, b: string): number => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
const commonSuffix = (a: string, b: string, max: number): number => { let i = 0; while (i < max && a[a.length - 1 - i] === b[b.length - 1 - i]) i++; return i; };

const sameMap = (a: LineMap, b: LineMap, text: string): void => {
  assert.equal(a.lineCount, b.lineCount);
  for (let o = -1; o <= text.length + 1; o++) {
    assert.deepEqual(a.at(o), b.at(o), `offset ${o}`);
    assert.equal(a.lineOf(o), b.at(o).line);
  }
};

const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }) });
const apply = (text: string, e: { at: number; del: number; ins: string[] }): string => {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.ins.join('') + text.slice(Math.min(text.length, at + e.del));
};

describe('LineMap.edited: the line map of an edited text from the map before', () => {
  it('equals a map built anew after random chains of edits', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let text = start.join('');
      let map = new LineMap(text);
      for (const e of edits) {
        const next = apply(text, e);
        const min = Math.min(text.length, next.length);
        const pre = commonPrefix(text, next);
        const suf = commonSuffix(text, next, min - pre);
        map = LineMap.edited(map, text, next, pre, suf);
        sameMap(map, new LineMap(next), next);
        text = next;
      }
    }), fcParams(500));
  });

  it('fails when the unchanged start is claimed one code unit too long (the property can fail)', () => {
    const before = 'ab\ncd\nef', after = 'ab\n\ncd\nef';
    // The true unchanged start is 3 ("ab\n") and end 5 ("cd\nef"); a start of 4 (end 4) hides the inserted line break.
    const wrong = LineMap.edited(new LineMap(before), before, after, 4, 4);
    assert.throws(() => sameMap(wrong, new LineMap(after), after));
  });

  it('an Analyzer-style chain of models gives the lines of fresh models', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 5, maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      let text = start.join('');
      const cache = new SentenceCache();
      buildDocument(text, 'markdown', cache);
      for (const e of edits) {
        text = apply(text, e);
        const doc = buildDocument(text, 'markdown', cache);
        sameMap(doc.lines, new LineMap(text), text);
      }
    }), fcParams(300));
  });
});
