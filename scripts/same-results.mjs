#!/usr/bin/env node
// Speed work must not change results. This script bundles the core from the working tree, analyses a fixed set of
// texts (the examples, the rule fixtures, the seed book, the generated benchmark documents and, when present, the
// evaluation corpus) and either saves every full result as a baseline or compares against the saved baseline:
//   node scripts/same-results.mjs save      # before the change
//   node scripts/same-results.mjs check     # after: prints every document whose result differs, exit 1 if any
// It also replays 150 seeded one-character edits through `Analyzer` (the extension's cache) on a generated document
// and checks every incremental result against a fresh analysis of the same text.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(repo, 'package.json'));
const esbuild = require('esbuild');
const out = path.join(repo, 'bench', '.cache');
fs.mkdirSync(out, { recursive: true });
const bundle = path.join(out, `same-core-${process.pid}.cjs`);
esbuild.buildSync({
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', outfile: bundle,
  stdin: { contents: `export * from './src/core/index';`, resolveDir: repo, loader: 'ts' },
  define: { REGIECHECK_VERSION: '"same"' },
});
const core = require(bundle);
fs.rmSync(bundle);

const files = [];
const walk = (dir) => {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(md|txt|markdown)$/i.test(e.name) && !/^(README|SOURCES)\.md$/.test(e.name)) files.push(p);
  }
};
walk(path.join(repo, 'examples'));
walk(path.join(repo, 'test', 'fixtures'));
walk(path.join(repo, '..', 'shared', 'eval', 'corpus'));
walk(path.join(repo, '..', 'shared', 'seeds'));
for (const f of ['generated-100k.txt', 'generated-20k.md']) if (fs.existsSync(path.join(out, f))) files.push(path.join(out, f));

const fmt = (f) => (/\.txt$/i.test(f) ? 'plaintext' : 'markdown');
const results = {};
for (const f of files.sort()) {
  const text = fs.readFileSync(f, 'utf8');
  for (const locale of ['nl', 'en']) {
    results[`${path.relative(repo, f)} [${locale}]`] = JSON.stringify(core.analyze(text, { file: 'x', format: fmt(f), locale }));
  }
}

// Incremental = fresh, on a generated document (or the first example if none was generated yet).
const incFile = fs.existsSync(path.join(out, 'generated-20k.md')) ? path.join(out, 'generated-20k.md') : files[0];
let text = fs.readFileSync(incFile, 'utf8');
const analyzer = new core.Analyzer();
let seed = 11;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
let incrementalMismatches = 0;
for (let i = 0; i < 150; i++) {
  const pos = Math.floor(rnd() * text.length);
  const code = text.charCodeAt(pos);
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const r = rnd();
  const ch = r < 0.1 ? '\n' : r < 0.2 ? '. ' : r < 0.25 ? '' : 'eaointsrdlgkhmvu'[Math.floor(rnd() * 16)];
  text = text.slice(0, pos) + ch + text.slice(pos + 1);
  const a = JSON.stringify(analyzer.analyze(text, { file: 'x', format: 'markdown' }));
  const b = JSON.stringify(core.analyze(text, { file: 'x', format: 'markdown' }));
  if (a !== b) incrementalMismatches++;
}
results['incremental edits'] = crypto.createHash('sha256').update(text).digest('hex');

const baselineFile = path.join(out, 'same-results-baseline.json');
const mode = process.argv[2] ?? 'check';
if (mode === 'save') {
  fs.writeFileSync(baselineFile, JSON.stringify(results));
  console.log(`saved ${Object.keys(results).length} results to ${path.relative(repo, baselineFile)}; incremental mismatches: ${incrementalMismatches}`);
  process.exit(incrementalMismatches ? 1 : 0);
}
if (!fs.existsSync(baselineFile)) { console.error('no baseline: run `node scripts/same-results.mjs save` first'); process.exit(2); }
const base = JSON.parse(fs.readFileSync(baselineFile, 'utf8'));
let diff = 0;
for (const k of new Set([...Object.keys(base), ...Object.keys(results)])) {
  if (base[k] === results[k]) continue;
  diff++;
  const a = base[k] ?? '', b = results[k] ?? '';
  let i = 0; while (i < a.length && a[i] === b[i]) i++;
  console.log(`DIFFERENT: ${k}\n  before: …${a.slice(Math.max(0, i - 80), i + 120)}\n  after:  …${b.slice(Math.max(0, i - 80), i + 120)}`);
}
console.log(`${Object.keys(results).length - 1} documents × locales compared: ${diff} different; incremental vs fresh mismatches: ${incrementalMismatches}`);
process.exit(diff || incrementalMismatches ? 1 : 0);
