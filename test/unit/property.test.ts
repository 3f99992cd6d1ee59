/**
 * Property-based tests of the engine with fast-check (fixed seed; run count from FC_RUNS, default below).
 * The properties: never throws; every span inside the text, not splitting a surrogate pair, with the right
 * line/column; deterministic; the incremental Analyzer gives what a fresh analysis gives; CRLF = LF; and a
 * disable comment removes exactly that rule's findings in its scope and nothing else.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze, Analyzer, RULES } from '../../src/core/index';
import type { AnalysisResult, Finding, TextFormat } from '../../src/core/types';
import { parseBlocks } from '../../src/core/text/blocks';
import { dutchDoc, fcParams, paragraphDoc, spanProblems } from '../fixtures/hostile/support';

const DEFAULT_RUNS = 1500;
const formats: readonly TextFormat[] = ['markdown', 'plaintext'];
const anyFormat = fc.constantFrom(...formats);
/** Arbitrary code units: lone surrogates, controls, NUL, CR, BOM, everything. */
const anyString = fc.string({ unit: 'binary', maxLength: 400 });
const RULE_IDS = RULES.map((r) => r.id);

const stable = (r: AnalysisResult): string => JSON.stringify(r);
const key = (f: Finding): string => `${f.rule}@${f.line}:${f.column}`;
const keys = (r: AnalysisResult): string[] => r.findings.map(key).sort();

describe('property: the engine on arbitrary input', function () {
  this.timeout(120_000);

  it('never throws on arbitrary strings (any code units, both formats)', () => {
    fc.assert(fc.property(anyString, anyFormat, (text, format) => {
      analyze(text, { format });
    }), fcParams(DEFAULT_RUNS, 2));
  });

  it('never throws on Dutch-ish generated documents', () => {
    fc.assert(fc.property(dutchDoc, anyFormat, (text, format) => {
      analyze(text, { format });
    }), fcParams(DEFAULT_RUNS));
  });

  it('keeps every span inside the text, off surrogate middles, with the right line/column (arbitrary strings)', () => {
    fc.assert(fc.property(anyString, anyFormat, (text, format) => {
      assert.deepEqual(spanProblems(text, analyze(text, { format })), []);
    }), fcParams(DEFAULT_RUNS));
  });

  it('keeps every span inside the text, off surrogate middles, with the right line/column (Dutch-ish, LF and CRLF)', () => {
    fc.assert(fc.property(dutchDoc, anyFormat, fc.boolean(), (lf, format, crlf) => {
      const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
      assert.deepEqual(spanProblems(text, analyze(text, { format })), []);
    }), fcParams(DEFAULT_RUNS));
  });

  it('is deterministic: the same text gives the same result', () => {
    fc.assert(fc.property(dutchDoc, anyFormat, (text, format) => {
      assert.equal(stable(analyze(text, { format, file: 'a.md' })), stable(analyze(text, { format, file: 'a.md' })));
    }), fcParams(DEFAULT_RUNS, 0.5));
  });

  it('the incremental Analyzer (the extension cache) gives exactly what a fresh analysis gives, edit after edit', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 40 }), ins: fc.oneof(fc.constantFrom('', 'x', ' ', '\n', '\n\n', '.', 'De gemeente neemt de regie. ', '- ', '# ', '<!-- regiecheck-disable regie/hol -->\n', '😀', '\r\n'), fc.string({ maxLength: 6 })) });
    fc.assert(fc.property(dutchDoc, anyFormat, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, format, edits) => {
      const analyzer = new Analyzer();
      let text = start;
      analyzer.analyze(text, { format, file: 'doc.md' });
      for (const e of edits) {
        const pos = Math.floor(e.at * text.length);
        text = text.slice(0, pos) + e.ins + text.slice(pos + e.del);
        assert.equal(stable(analyzer.analyze(text, { format, file: 'doc.md' })), stable(analyze(text, { format, file: 'doc.md' })));
      }
    }), fcParams(DEFAULT_RUNS, 0.5));
  });

  it('CRLF and LF versions of a text give the same findings (rule + line + column)', () => {
    fc.assert(fc.property(dutchDoc, anyFormat, (lf, format) => {
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(keys(analyze(crlf, { format })), keys(analyze(lf, { format })));
    }), fcParams(DEFAULT_RUNS));
  });
});

describe('property: disable comments remove exactly that rule in its scope', function () {
  this.timeout(120_000);

  it('regiecheck-disable-file RULE (Markdown comment, appended) removes every finding of RULE and no other', () => {
    fc.assert(fc.property(paragraphDoc, fc.nat(), (text, pick) => {
      const before = analyze(text, { format: 'markdown' });
      const present = [...new Set(before.findings.map((f) => f.rule))];
      const rule = present.length ? present[pick % present.length] : RULE_IDS[pick % RULE_IDS.length];
      const withComment = `${text}\n\n<!-- regiecheck-disable-file ${rule} -->\n`;
      const after = analyze(withComment, { format: 'markdown' });
      assert.equal(after.findings.filter((f) => f.rule === rule).length, 0, `${rule} still reported`);
      const expected = before.findings.filter((f) => f.rule !== rule).map((f) => `${f.rule}@${f.start}-${f.end}`).sort();
      assert.deepEqual(after.findings.map((f) => `${f.rule}@${f.start}-${f.end}`).sort(), expected);
    }), fcParams(DEFAULT_RUNS, 0.5));
  });

  it('regiecheck-disable-file RULE at the top (Markdown comment) removes every finding of RULE and keeps the rest', () => {
    fc.assert(fc.property(paragraphDoc, fc.nat(), (text, pick) => {
      const before = analyze(text, { format: 'markdown' });
      const present = [...new Set(before.findings.map((f) => f.rule))];
      const rule = present.length ? present[pick % present.length] : RULE_IDS[pick % RULE_IDS.length];
      const head = `<!-- regiecheck-disable-file ${rule} -->\n\n`;
      const after = analyze(head + text, { format: 'markdown' });
      assert.equal(after.findings.filter((f) => f.rule === rule).length, 0, `${rule} still reported`);
      // Rules other than RULE keep their findings by rule and count (document-level ones may move to the new first line).
      const count = (r: AnalysisResult): string[] => r.findings.filter((f) => f.rule !== rule).map((f) => f.rule).sort();
      assert.deepEqual(count(after), count(before));
    }), fcParams(DEFAULT_RUNS, 0.5));
  });

  for (const format of formats) {
    const comment = (rule: string): string => (format === 'markdown' ? `<!-- regiecheck-disable ${rule} -->` : `regiecheck-disable ${rule}`);
    it(`regiecheck-disable RULE before a paragraph (${format}) removes RULE's findings in that paragraph only`, () => {
      fc.assert(fc.property(paragraphDoc, fc.nat(), fc.nat(), (text, pickBlock, pickRule) => {
        const before = analyze(text, { format });
        // Candidate blocks: start a line after a blank line (or the document start), so the comment line fits cleanly.
        const blocks = parseBlocks(text, format).blocks.filter((b) => /(^|\n[ \t]*\n)$/.test(text.slice(0, b.start)));
        fc.pre(blocks.length > 0);
        const block = blocks[pickBlock % blocks.length];
        const inBlock = before.findings.filter((f) => f.start >= block.start && f.start < block.end);
        const present = [...new Set(inBlock.map((f) => f.rule))];
        const rule = present.length ? present[pickRule % present.length] : RULE_IDS[pickRule % RULE_IDS.length];
        const insert = `${comment(rule)}\n\n`;
        const edited = text.slice(0, block.start) + insert + text.slice(block.start);
        const after = analyze(edited, { format });
        const expected = before.findings
          .filter((f) => !(f.rule === rule && f.start >= block.start && f.start < block.end))
          .filter((f) => f.rule !== 'afnemer/ontbreekt' && f.rule !== 'geld/ontbreekt' && f.rule !== 'taal/overleg' && f.rule !== 'planb/ontbreekt');
        const got = after.findings
          .filter((f) => f.rule !== 'afnemer/ontbreekt' && f.rule !== 'geld/ontbreekt' && f.rule !== 'taal/overleg' && f.rule !== 'planb/ontbreekt');
        const id = (f: Finding, shift: boolean): string => `${f.rule}@${shift && f.start >= block.start ? f.start - insert.length : f.start}`;
        assert.deepEqual(got.map((f) => id(f, true)).sort(), expected.map((f) => id(f, false)).sort());
      }), fcParams(DEFAULT_RUNS, 0.5));
    });
  }
});
