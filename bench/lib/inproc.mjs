// In-process measurements, run in a fresh child process per mode by bench/run.mjs:
//   node inproc.mjs <core-bundle.cjs> <mode> <json-args>
// Prints one JSON object on stdout. Modes: coldOnce, incremental, linearity.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { summary, quantile } from './stats.mjs';
import { drawEdit, prng } from './gen.mjs';

const require = createRequire(import.meta.url);
const [bundlePath, mode, argJson] = process.argv.slice(2);
const args = JSON.parse(argJson ?? '{}');
const core = require(bundlePath);

const mb = (text) => Buffer.byteLength(text, 'utf8') / 1e6;
const time = (fn) => { const t0 = performance.now(); fn(); return performance.now() - t0; };

/**
 * One cache-cold measurement per process: the core's module-level caches (keyed by sentence text) start empty for
 * THIS text, while the JIT and the lazily built tables are warmed on an unrelated synthetic text first. The parent
 * runs this in several fresh processes for a median and spread. `first` says which of analyze/floor runs first.
 */
function coldOnce() {
  const text = fs.readFileSync(args.file, 'utf8');
  const format = args.format ?? 'plaintext';
  const rnd = prng(99);
  const words = ['het', 'college', 'stelt', 'voor', 'de', 'raad', 'besluit', 'over', 'een', 'plan', 'met', 'bewoners', 'scholen',
    'zorg', 'werk', 'wonen', 'in', 'wijk', 'jaar', 'geld', 'team', 'provincie', 'rijk', 'samen', 'doel', 'resultaat'];
  const warm = Array.from({ length: 3000 }, (_, i) => words[Math.floor(rnd() * words.length)] + (i % 12 === 11 ? '.\n\n' : ' ')).join('');
  for (let i = 0; i < 3; i++) { core.analyze(warm + i, { format }); core.tokenizeOnly(warm, format); }
  let a, f, findings, aCpu;
  const runA = () => {
    const c0 = process.cpuUsage(); const t0 = performance.now();
    findings = core.analyze(text, { file: args.file, format }).findings.length;
    a = performance.now() - t0; const c = process.cpuUsage(c0); aCpu = (c.user + c.system) / 1000;
  };
  const runF = () => { const t0 = performance.now(); core.tokenizeOnly(text, format); f = performance.now() - t0; };
  if (args.first === 'floor') { runF(); runA(); } else { runA(); runF(); }
  // The same text again: what a repeated analysis costs when the sentence caches are warm (the extension's case).
  const t0 = performance.now(); core.analyze(text, { file: args.file, format }); const again = performance.now() - t0;
  // analyzeCpuMs: the process's CPU time (every thread: V8 compiles and collects beside the main one) during analyze.
  return { analyzeMs: a, analyzeCpuMs: aCpu, floorMs: f, againMs: again, findings, bytes: Buffer.byteLength(text, 'utf8') };
}

function incremental() {
  let text = fs.readFileSync(args.file, 'utf8');
  const format = args.format ?? 'markdown';
  if (typeof core.Analyzer !== 'function') return { error: 'core exports no Analyzer class' };
  const analyzer = new core.Analyzer();
  const cold = time(() => analyzer.analyze(text, { file: 'bench.md', format }));
  const rnd = prng(args.seed ?? 7);
  const letters = 'eaointsrdlgkhmvu';
  const lat = [];
  let changedFindings = 0;
  let prev = analyzer.analyze(text, { file: 'bench.md', format }).findings.length;
  const total = args.warmup + args.edits;
  for (let i = 0; i < total; i++) {
    // Keep surrogate pairs whole: never replace half of one.
    const e = drawEdit(rnd, text);
    if (!e) continue;
    text = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
    const t0 = performance.now();
    const res = analyzer.analyze(text, { file: 'bench.md', format });
    const dt = performance.now() - t0;
    if (i >= args.warmup) lat.push(dt);
    if (res.findings.length !== prev) changedFindings++;
    prev = res.findings.length;
  }
  // Allocation per keystroke: further edits, each after a full collection outside the timed region, so the growth
  // of the used heap across one edit is what that edit allocated (an edit that still triggers a collection is left
  // out). Separate from the latency loop above, whose collections are part of what it measures.
  v8.setFlagsFromString('--expose_gc');
  const gc = vm.runInNewContext('gc');
  const alloc = [];
  let skipped = 0;
  for (let i = 0; i < (args.allocEdits ?? 60); i++) {
    let pos = Math.floor(rnd() * text.length);
    while (pos < text.length - 1 && (text[pos] === '\n' || text[pos] === '\r')) pos++;
    const code = text.charCodeAt(pos);
    if (code >= 0xd800 && code <= 0xdfff) continue;
    let ch = letters[Math.floor(rnd() * letters.length)];
    if (ch === text[pos]) ch = 'x';
    text = text.slice(0, pos) + ch + text.slice(pos + 1);
    gc();
    const before = process.memoryUsage().heapUsed;
    analyzer.analyze(text, { file: 'bench.md', format });
    const grown = process.memoryUsage().heapUsed - before;
    if (grown > 0) alloc.push(grown / 1e6); else skipped++;
  }
  // Reference: the same final text analysed from scratch (no cache), to show what the cache saves.
  const scratch = [];
  for (let i = 0; i < 5; i++) scratch.push(time(() => core.analyze(text, { file: 'bench.md', format })));
  return {
    bytes: Buffer.byteLength(text, 'utf8'), format, coldMs: cold,
    latencyMs: summary(lat), p95: quantile(lat, 0.95), edits: lat.length, editsChangingFindingCount: changedFindings,
    fromScratchMs: summary(scratch),
    allocMB: alloc.length ? summary(alloc) : undefined, allocEdits: alloc.length, allocSkipped: skipped,
  };
}

// Regex/segmenter linearity: one line without punctuation, doubled in size; the time ratio should stay near 2.
function linearity() {
  const words = ['regie', 'samenwerking', 'gemeente', 'partners', 'integraal', 'middelen', 'de', 'het', 'een', 'en',
    'wordt', 'opgepakt', 'samenhang', 'binnen', 'bestaande', 'streven', 'naar', 'inwoners', 'zorg', 'veiligheid'];
  const rnd = prng(11);
  const make = (bytes) => {
    const parts = [];
    let n = 0;
    while (n < bytes) { const w = words[Math.floor(rnd() * words.length)]; parts.push(w); n += w.length + 1; }
    return parts.join(' ');
  };
  const out = [];
  for (const size of args.sizes) {
    const text = make(size);
    core.analyze(text.slice(0, 10000), { format: 'plaintext' });
    const ts = [];
    for (let i = 0; i < args.rounds; i++) ts.push(time(() => core.analyze(text, { format: 'plaintext' })));
    out.push({ bytes: text.length, ms: summary(ts).median });
  }
  for (let i = 1; i < out.length; i++) out[i].ratioToPrevious = out[i].ms / out[i - 1].ms;
  return { points: out };
}

const modes = { incremental, linearity, coldOnce };
const result = await modes[mode]();
process.stdout.write(JSON.stringify(result) + '\n');
