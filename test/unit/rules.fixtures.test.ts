/**
 * Rule fixtures: `test/fixtures/rules/<rule file>.md` (or `<rule file>--<case>.md`) holds our own Dutch sentences.
 * A line that must carry a finding of the rule ends with `<!-- expect: rule/id -->` (HTML comments are masked, so
 * offsets do not move); every other line must carry none. A first line `<!-- expect-none: rule/id -->` marks a file
 * where the rule must not fire at all. Each fixture needs positive and negative cases across the set of its files.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, RULES, ruleDocFile } from '../../src/core';

const DIR = path.join(__dirname, '../fixtures/rules');
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).sort() : [];

function ruleOfFile(file: string): string | undefined {
  const base = file.replace(/\.(md|txt)$/, '').replace(/--.*$/, '');
  return RULES.find((r) => ruleDocFile(r.id) === `${base}.md`)?.id;
}

describe('rule fixtures', () => {
  for (const file of files) {
    const rule = ruleOfFile(file);
    it(`${file}: findings of ${rule ?? '?'} exactly on the marked lines`, () => {
      assert.ok(rule, `${file} does not belong to a registered rule`);
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const lines = text.split(/\r?\n/);
      const expected = new Set<number>();
      lines.forEach((l, i) => { if (l.includes(`<!-- expect: ${rule} -->`)) expected.add(i + 1); });
      const result = analyze(text, { file, format: file.endsWith('.txt') ? 'plaintext' : 'markdown' });
      const got = new Set(result.findings.filter((f) => f.rule === rule).map((f) => f.line));
      const missing = [...expected].filter((l) => !got.has(l)).map((l) => `line ${l}: ${lines[l - 1]}`);
      const extra = [...got].filter((l) => !expected.has(l)).map((l) => `line ${l}: ${lines[l - 1]}`);
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });
  }

  it('every rule has a fixture with positive and negative lines', () => {
    for (const r of RULES) {
      const own = files.filter((f) => ruleOfFile(f) === r.id);
      assert.ok(own.length > 0, `no fixture for ${r.id}`);
      const texts = own.map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));
      const positives = texts.join('\n').split('\n').filter((l) => l.includes(`<!-- expect: ${r.id} -->`)).length;
      const negativeLines = texts.join('\n').split('\n').filter((l) => /\p{L}{3,}.*[.!?:]\s*$/u.test(l) && !l.includes('expect')).length;
      assert.ok(positives > 0, `${r.id}: no positive case`);
      assert.ok(negativeLines > 0 || texts.some((t) => t.includes(`expect-none: ${r.id}`)), `${r.id}: no negative case`);
    }
  });
});
