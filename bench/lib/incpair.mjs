// Paired in-process comparison of two core bundles on the incremental edit (branch speed19): one process loads both
// bundles (each has its own module-level caches), gives each its own `Analyzer` on the generated 20k-word document,
// and applies the same seeded one-character edits (as inproc.mjs `incremental` draws them) to both, one after the
// other, alternating which goes first; each side gets its own unflattened edited string, as the bench's driver does.
// Load on a shared machine then falls on both sides alike. Prints each side's median and p95 and the median of the
// per-edit differences (B − A). The second bundle loaded runs ≈ 2 % slower in this harness whatever it is: run both
// orders and take half the difference of the two B − A medians.
//   node bench/lib/incpair.mjs A.cjs B.cjs [edits=600] [file]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { drawEdit, prng } from './gen.mjs';
const require = createRequire(import.meta.url);
const [a, b, editsArg = '600', file = new URL('../.cache/generated-20k.md', import.meta.url).pathname] = process.argv.slice(2);
const [A, B] = [require(a), require(b)];
const N = Number(editsArg);
let text = fs.readFileSync(file, 'utf8');
const aa = new A.Analyzer(), bb = new B.Analyzer();
const o = { file: 'bench.md', format: 'markdown' };
aa.analyze(text, o); bb.analyze(text, o);
const rnd = prng(7);
const ta = [], tb = [], diff = [];
for (let i = 0; i < 40 + N; i++) {
  const e = drawEdit(rnd, text);
  if (!e) continue;
  text = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
  const t1 = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
  const t2 = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
  let da, db, t0;
  if (i % 2) { t0 = performance.now(); aa.analyze(t1, o); da = performance.now() - t0; t0 = performance.now(); bb.analyze(t2, o); db = performance.now() - t0; }
  else { t0 = performance.now(); bb.analyze(t2, o); db = performance.now() - t0; t0 = performance.now(); aa.analyze(t1, o); da = performance.now() - t0; }
  if (i >= 40) { ta.push(da); tb.push(db); diff.push(db - da); }
}
const q = (x, p) => { const s = [...x].sort((u, v) => u - v); return s[Math.floor(p * (s.length - 1))]; };
console.log(`A median ${q(ta, 0.5).toFixed(2)} p95 ${q(ta, 0.95).toFixed(2)} | B median ${q(tb, 0.5).toFixed(2)} p95 ${q(tb, 0.95).toFixed(2)} | B-A median ${q(diff, 0.5).toFixed(3)} ms (${(100 * q(diff, 0.5) / q(ta, 0.5)).toFixed(1)} %)`);
