/** Keeps the registry, docs, schema and README honest, and the core free of editor and I/O imports. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { RULES, ruleDocFile, CHECKLIST_ITEMS, PHASE_QUESTIONS, KEYS } from '../../src/core';

const ROOT = path.join(__dirname, '../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('meta', () => {
  it('the registry has the 15 rule ids of the contract, once each', () => {
    const contract = fs.readFileSync(path.join(ROOT, 'schemas/result.schema.json'), 'utf8');
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 15, `registered: ${ids.join(', ')}`);
    for (const id of ids) assert.ok(contract.includes(`"${id}"`), `${id} is not a contract rule id`);
  });

  for (const r of RULES) {
    it(`${r.id}: complete metadata and a doc page`, () => {
      for (const field of ['title', 'message', 'explanation', 'fix'] as const) {
        assert.ok(r[field].nl.length > 3 && r[field].en.length > 3, `${field} in Dutch and English`);
      }
      assert.ok(r.book.length > 3, 'book reference');
      assert.ok(r.examples.bad.length > 0 && r.examples.good.length > 0, 'good and bad examples');
      assert.ok(['error', 'warning', 'info', 'hint'].includes(r.defaultSeverity));
      assert.ok(r.key === null || (KEYS as readonly string[]).includes(r.key));
      const doc = path.join(ROOT, 'docs/rules', ruleDocFile(r.id));
      assert.ok(fs.existsSync(doc), `missing ${doc}`);
      const text = fs.readFileSync(doc, 'utf8');
      assert.ok(text.includes('<!-- generated:start -->') && text.includes(r.id));
    });
  }

  it('generated files (rule doc headers, rule index, README table, config schema) are up to date', () => {
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/generate.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('the VS Code setting regiecheck.rules offers exactly the registered rules', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties['regiecheck.rules'].properties;
    assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.id).sort(), 'update RULE_IDS in test/e2e/manifest.js and run it');
  });

  it('the checklist has the 24 contract items and every phase question points at real items', () => {
    assert.equal(CHECKLIST_ITEMS.length, 24);
    const ids = new Set(CHECKLIST_ITEMS.map((i) => i.id));
    for (const qs of Object.values(PHASE_QUESTIONS)) for (const q of qs) for (const id of q.items) assert.ok(ids.has(id), `${q.id} → ${id}`);
  });

  it('src/core imports neither vscode nor Node I/O', () => {
    const bad = walk(path.join(ROOT, 'src/core')).filter((f) => f.endsWith('.ts')).filter((f) => {
      const t = fs.readFileSync(f, 'utf8');
      return /from ['"](vscode|fs|node:fs|path|node:path|http|https|net|child_process|worker_threads)['"]/.test(t) || /require\(['"](vscode|fs|http|https|net)['"]\)/.test(t);
    });
    assert.deepEqual(bad, []);
  });
});
