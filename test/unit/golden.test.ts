/**
 * Readable whole-document snapshots of the bundled examples: per finding the line, a caret underline and the
 * message; then profile, scores and the checklist. A rule change shows up as a text diff in review.
 * `UPDATE_GOLDEN=1 npm run test:unit` rewrites the snapshots; otherwise any difference fails.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type AnalysisResult } from '../../src/core';

const ROOT = path.join(__dirname, '../..');
const EXAMPLES = path.join(ROOT, 'examples');
const GOLDEN = path.join(ROOT, 'test/golden');

export function renderSnapshot(text: string, r: AnalysisResult): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const f of r.findings) {
    const src = lines[f.line - 1] ?? '';
    const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, src.length - f.column + 1);
    out.push(`${f.line}:${f.column} ${f.severity} ${f.rule}`, `  | ${src}`, `  | ${' '.repeat(f.column - 1)}${'^'.repeat(width)}`, `  = ${f.message}`, '');
  }
  const p = r.profile;
  out.push(`profile: ${p.doctype} · ${p.fase} · ${p.coalitietype} · ${p.regierol} · regiedichtheid ${p.regiedichtheid}`);
  out.push(`scores: K1 ${r.scores.K1} · K2 ${r.scores.K2} · K3 ${r.scores.K3} · K4 ${r.scores.K4}`);
  for (const [id, item] of Object.entries(r.checklist)) {
    out.push(`${item.met === null ? 'n.v.t.' : item.met ? 'ja    ' : 'nee   '} ${id}${item.evidence[0] ? ` — r. ${item.evidence[0].line}` : ''}`);
  }
  for (const n of r.notices) out.push(`notice ${n.id}: ${n.message}`);
  return `${out.join('\n')}\n`;
}

describe('golden snapshots of the examples', () => {
  for (const file of fs.readdirSync(EXAMPLES).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      const snap = renderSnapshot(text, analyze(text, { file, format: file.endsWith('.txt') ? 'plaintext' : 'markdown' }));
      const golden = path.join(GOLDEN, `${file}.snap`);
      if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(golden)) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(golden, snap);
        if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`wrote new snapshot ${golden}; check it and run again`);
      }
      assert.equal(snap, fs.readFileSync(golden, 'utf8'));
    });
  }
});
