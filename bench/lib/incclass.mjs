// The incremental edits classified (branch speed16): which of the bench's seeded one-character edits are slow, and why.
//   node bench/lib/incclass.mjs <core-bundle.cjs> [passes=5] [file] > out.json      (non-minified bundle for the split)
// The edits are inproc.mjs `incremental`'s (seed 7, 20 warm-up, 250 measured, the same draws). Each pass runs the
// whole sequence in a fresh process and records every edit's wall time; the minimum per edit over the passes removes
// most load noise. One more fresh process describes every edit: what it touched (the characters replaced, the block's
// kind, whether a word, a sentence or a block boundary changed, the sentence and block counts before and after, the
// sentences and blocks the model shares with the previous one: `p`, `q`, `pb`, `qb` of `buildDocument`) and, with
// the V8 sampler started and stopped around that edit alone (50 µs), its split by pass (the rule of incsplit.mjs).
// Prints a JSON list, one object per measured edit, and a summary per class on stderr.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import inspector from 'node:inspector';
import { fileURLToPath } from 'node:url';
import { drawEdit, prng } from './gen.mjs';
import { classifier } from './incsplit.mjs';

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);
const [bundle, passesArg = '5', file = new URL('../.cache/generated-20k.md', import.meta.url).pathname, mode = 'parent'] = process.argv.slice(2);
const WARM = 20, EDITS = Number(process.env.EDITS ?? 250);
const format = 'markdown';

/** The edit sequence of inproc.mjs `incremental`: per step the position and the new character, or null (skipped). */
function edits(text0) {
  let text = text0;
  const rnd = prng(7);
  const out = [];
  for (let i = 0; i < WARM + EDITS; i++) {
    const e = drawEdit(rnd, text);
    if (!e) { out.push(null); continue; }
    const { pos, ch } = e;
    const next = text.slice(0, pos) + ch + text.slice(pos + 1);
    out.push({ pos, old: text[pos], ch, before: text, after: next });
    text = next;
  }
  return out;
}

if (mode === 'times') {
  const core = require(bundle);
  const seq = edits(fs.readFileSync(file, 'utf8'));
  const analyzer = new core.Analyzer();
  analyzer.analyze(seq.find(Boolean).before, { file: 'bench.md', format });
  analyzer.analyze(seq.find(Boolean).before, { file: 'bench.md', format });
  const lat = [];
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i];
    if (!e) { if (i >= WARM) lat.push(null); continue; }
    // The edited string as the bench makes it: a rope, flattened by the analysis.
    const text = e.before.slice(0, e.pos) + e.ch + e.before.slice(e.pos + 1);
    const t0 = performance.now();
    analyzer.analyze(text, { file: 'bench.md', format });
    if (i >= WARM) lat.push(performance.now() - t0);
  }
  console.log(JSON.stringify(lat));
  process.exit(0);
}

if (mode === 'describe') {
  const core = require(bundle);
  const seq = edits(fs.readFileSync(file, 'utf8'));
  const analyzer = new core.Analyzer();
  analyzer.analyze(seq.find(Boolean).before, { file: 'bench.md', format });
  const session = new inspector.Session();
  session.connect();
  const post = (m, p) => new Promise((res, rej) => session.post(m, p, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 50 });
  const out = [];
  const wordAt = (t, pos) => {
    let a = pos, b = pos + 1;
    while (a > 0 && /[\p{L}\p{N}'’-]/u.test(t[a - 1])) a--;
    while (b < t.length && /[\p{L}\p{N}'’-]/u.test(t[b])) b++;
    return t.slice(a, b);
  };
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i];
    if (!e) { if (i >= WARM) out.push(null); continue; }
    const prev = analyzer.cache.last;
    const text = e.before.slice(0, e.pos) + e.ch + e.before.slice(e.pos + 1);
    const measured = i >= WARM;
    if (measured) await post('Profiler.start');
    const t0 = performance.now();
    const res = analyzer.analyze(text, { file: 'bench.md', format });
    const ms = performance.now() - t0;
    let split;
    if (measured) {
      const { profile } = await post('Profiler.stop');
      // The split of this edit alone, scaled to its wall time (the sampler's share of each pass).
      const raw = classifier(profile).split();
      const sum = Object.values(raw).reduce((x, y) => x + y, 0);
      split = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, sum > 0 ? (v / sum) * ms : 0]));
    }
    const st = analyzer.cache.last;
    const blockAt = (s, pos) => s.blocks.findIndex((b) => pos >= b.start && pos < b.end);
    const ob = blockAt(prev, e.pos), nb = blockAt(st, e.pos);
    const lineStart = e.before.lastIndexOf('\n', e.pos - 1) + 1;
    const oldWord = wordAt(e.before, e.pos), newWord = wordAt(text, e.pos);
    const kindOf = (s, b) => (b < 0 ? 'between blocks' : s.blocks[b].kind);
    if (measured) out.push({
      i: i - WARM, pos: e.pos, old: e.old, ch: e.ch, ms, findings: res.findings.length,
      oldChar: /\p{L}/u.test(e.old) ? 'letter' : /\s/.test(e.old) ? 'space' : /\d/.test(e.old) ? 'digit' : 'punct',
      atLineStart: e.pos - lineStart < 4, line: e.before.slice(lineStart, e.before.indexOf('\n', e.pos) < 0 ? undefined : e.before.indexOf('\n', e.pos)).slice(0, 60),
      oldWord, newWord,
      regie: /regie|regiss/.test(oldWord.toLowerCase() + ' ' + newWord.toLowerCase()),
      oldKind: kindOf(prev, ob), newKind: kindOf(st, nb),
      sentences: [prev.sentences.length, st.sentences.length], blocks: [prev.blocks.length, st.blocks.length],
      p: st.p, q: st.q, pb: st.pb, qb: st.qb, newSentences: st.sentences.length - st.p - st.q, newBlocks: st.blocks.length - st.pb - st.qb,
      split,
    });
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

// Parent: the timing passes, then the description.
const passes = Number(passesArg);
const runs = [];
for (let k = 0; k < passes; k++) {
  const r = spawnSync(process.execPath, [self, bundle, passesArg, file, 'times'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  console.error(`pass ${k + 1}/${passes} done`);
}
const d = spawnSync(process.execPath, [self, bundle, passesArg, file, 'describe'], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (d.status !== 0) { console.error(d.stderr); process.exit(1); }
const desc = JSON.parse(d.stdout.trim().split('\n').pop());
const rows = desc.map((x, j) => x && { ...x, min: Math.min(...runs.map((r) => r[j] ?? Infinity)), times: runs.map((r) => r[j]) }).filter(Boolean);
console.log(JSON.stringify(rows));
const mins = rows.map((r) => r.min).sort((a, b) => a - b);
const q = (f) => mins[Math.min(mins.length - 1, Math.floor(mins.length * f))];
console.error(`min per edit over ${passes} passes: median ${q(0.5).toFixed(2)} ms, p90 ${q(0.9).toFixed(2)}, p95 ${q(0.95).toFixed(2)}, max ${mins.at(-1).toFixed(2)}`);

// The classes (first match): the first 20 measured edits (the JIT still tiering up), then what the edit touched.
const med = (xs) => { const t = [...xs].sort((a, b) => a - b); return t.length ? t[t.length >> 1] : NaN; };
const classOf = (r) => {
  if (r.i < 20) return 'first 20 measured edits';
  if (r.sentences[0] !== r.sentences[1]) return 'sentence count changed';
  if (r.blocks[0] !== r.blocks[1] || r.oldKind !== r.newKind) return 'block count or kind changed';
  if (r.oldKind === 'heading') return 'heading';
  if (r.oldKind === 'listItem') return 'list item';
  if (r.oldKind === 'tableCell') return 'table cell';
  if (r.regie) return 'regie word';
  if (r.oldChar === 'space') return 'two words joined';
  if (r.oldChar === 'punct') return 'punctuation, no boundary';
  if (r.oldChar === 'digit') return 'digit';
  return 'letter inside a word';
};
const classes = new Map();
for (const r of rows) { const k = classOf(r); if (!classes.has(k)) classes.set(k, []); classes.get(k).push(r); }
console.error('class | edits | min ms (median, max) | median of the passes | sentences read anew (median) | split of the class (ms, scaled to the min)');
for (const [k, rs] of classes) {
  const split = {};
  for (const r of rs) {
    const sum = Object.values(r.split).reduce((x, y) => x + y, 0);
    for (const [c, v] of Object.entries(r.split)) split[c] = (split[c] ?? 0) + (sum > 0 ? (v / sum) * r.min : 0) / rs.length;
  }
  const top = Object.entries(split).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([c, v]) => `${c} ${v.toFixed(2)}`).join(', ');
  console.error(`${k} | ${rs.length} | ${med(rs.map((r) => r.min)).toFixed(2)}, ${Math.max(...rs.map((r) => r.min)).toFixed(2)} | ${med(rs.map((r) => med(r.times))).toFixed(2)} | ${med(rs.map((r) => r.newSentences))} | ${top}`);
}
