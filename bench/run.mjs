#!/usr/bin/env node
// `npm run bench`: Regiecheck side by side with the prose linters a user might pick instead, plus in-process
// throughput, incremental latency, memory, bundle size, activation (proxy) and batch scaling.
// Writes bench/results.json and bench/results.md. Options (env): BENCH_ROUNDS (CLI rounds on the book, default 9),
// BENCH_ROUNDS_BIG (CLI rounds on the 100k-word document, default 5), BENCH_EDITS (default 250), BENCH_QUICK=1
// (few rounds, for trying the script), BENCH_HOST_ROUNDS (host-block samples per side, default 7).
// `--only startup` measures only the CLI's cold start with and without a V8 start-up snapshot (bench/lib/startup.mjs)
// and merges it likewise. `--only incremental` re-measures only the incremental latency and the allocation per keystroke
// and merges it likewise. `--only host` measures only how long the extension host's thread is blocked during the first analysis of the
// 20k-word document (worker thread vs in-thread) and merges that into the saved results.json/results.md; `--render`
// re-renders results.md. Nothing here is a test: no number here ever fails a build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadPool, generateDocument, countWords, seedDir } from './lib/gen.mjs';
import { summary, round } from './lib/stats.mjs';
import { summarise } from './lib/profile.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { startupBench } from './lib/startup.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(benchDir, '..');
const cache = path.join(benchDir, '.cache');
const requireRoot = createRequire(path.join(repo, 'package.json'));
const quick = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 7));
const ROUNDS_BIG = Number(process.env.BENCH_ROUNDS_BIG ?? (quick ? 1 : 5));
const EDITS = Number(process.env.BENCH_EDITS ?? (quick ? 40 : 250));
const HOST_ROUNDS = Number(process.env.BENCH_HOST_ROUNDS ?? (quick ? 2 : 7));
const STARTUP_ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? (quick ? 2 : 9));
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] : undefined;
if (only !== undefined && only !== 'host' && only !== 'startup' && only !== 'incremental') { console.error(`unknown --only ${only} (known: host, startup, incremental)`); process.exit(2); }
const log = (...a) => console.error('[bench]', ...a);

fs.mkdirSync(cache, { recursive: true });
const loadStart = os.loadavg().map((x) => round(x, 2));

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  return r;
}

// ---------- 0. Build and peers ----------
log('building dist/ (production)…');
const build = sh(process.execPath, ['esbuild.js', '--production']);
if (build.status !== 0) { console.error(build.stdout, build.stderr); process.exit(1); }

if (!only && !process.argv.includes('--render') && !fs.existsSync(path.join(benchDir, 'node_modules', 'textlint'))) {
  log('installing peer linters into bench/node_modules (npm ci --prefix bench)…');
  const r = sh('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) log('peer install failed; peers will be skipped');
}
const peerVersion = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return null; }
};

const esbuild = requireRoot('esbuild');
const coreBundle = path.join(cache, 'core.cjs');
const devCli = path.join(cache, 'cli-dev.js');
log('bundling the core for in-process runs and a non-minified CLI for profiling…');
fs.writeFileSync(path.join(cache, 'core-entry.ts'),
  `export * from '${path.join(repo, 'src/core/index')}';\n`);
// Same settings as esbuild.js (pdfjs's optional canvas modules stay out; the version constant is defined).
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', external: ['canvas', 'path2d-polyfill'], define: { REGIECHECK_VERSION: JSON.stringify('bench') } };
if (process.argv.includes('--render')) {
  // Re-render results.md from results.json (e.g. after editing bench/notes.md); measures nothing.
  const saved = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  saved.composition ??= extensionComposition();
  fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(saved, null, 2) + '\n');
  fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(saved));
  log('re-rendered bench/results.md');
  process.exit(0);
}
/**
 * The editor never waits: the longest block of the "extension host" thread during the first analysis of `file`,
 * through the extension's own client (src/extension/worker/client.ts, bundled minified like the extension), with
 * the analysis in the worker thread (dist/analysisWorker.js, as shipped) and, for comparison, on the host thread
 * (the fallback, and what the extension did before). One fresh process per sample, sides interleaved.
 */
function hostBlock(file, rounds) {
  const clientBundle = path.join(cache, 'host-client.cjs');
  esbuild.buildSync({ ...common, entryPoints: [path.join(repo, 'src/extension/worker/client.ts')], outfile: clientBundle, minify: true });
  const workerScript = path.join(repo, 'dist/analysisWorker.js');
  if (!fs.existsSync(workerScript)) return { error: 'dist/analysisWorker.js not built' };
  const runs = { worker: [], inline: [], idle: [] };
  const arg = { worker: workerScript, inline: '-' };
  for (let r = 0; r < rounds; r++) {
    // The control: the same probe with no analysis, for as long as the last worker sample took.
    arg.idle = `idle:${Math.round(runs.worker.at(-1)?.totalMs ?? 3000)}`;
    for (const side of r % 2 === 0 ? ['worker', 'inline', 'idle'] : ['idle', 'inline', 'worker']) {
      const res = sh(process.execPath, [path.join(benchDir, 'lib/hostblock.mjs'), clientBundle, arg[side], file], { timeout: 300_000 });
      try { runs[side].push(JSON.parse(res.stdout.trim().split('\n').pop())); } catch { log(`host-block ${side} failed: ${res.stderr.slice(0, 500)}`); }
    }
  }
  const side = (rs) => rs.length === 0 ? { error: 'no runs' } : {
    where: [...new Set(rs.map((x) => x.where))], findings: rs[0].findings, words: rs[0].words,
    longestBlockMs: summary(rs.map((x) => x.longestBlockMs)), eldMaxMs: summary(rs.map((x) => x.eldMaxMs)),
    totalMs: summary(rs.map((x) => x.totalMs)), coreMs: summary(rs.map((x) => x.coreMs)),
    sendMs: summary(rs.map((x) => x.sendMs ?? NaN)), receiveMs: summary(rs.map((x) => x.receiveMs ?? NaN)),
    threadCpuMs: summary(rs.map((x) => x.threadCpuMs ?? NaN)), threadWaitMs: summary(rs.map((x) => x.threadWaitMs ?? NaN)),
  };
  return { file: path.relative(repo, file), bytes: fs.statSync(file).size, rounds, worker: side(runs.worker), inline: side(runs.inline), idle: side(runs.idle) };
}
const HOST_TARGET = 'editor never waits: longest host-thread block, first analysis of 20k words';
function hostTarget(host) {
  if (!host || host.error || host.worker.error) return null;
  const b = host.worker.longestBlockMs;
  return { name: HOST_TARGET, target: '≤ 50 ms', value: `${round(b.median, 1)} ms median, ${round(b.max, 1)} ms worst of ${b.n} (in-thread: ${round(host.inline.longestBlockMs?.median, 0)} ms)`, met: b.max <= 50 };
}
if (only === 'host') {
  const pool = loadPool(repo);
  if (!pool) { log(`no seed texts under ${seedDir(repo)}: cannot generate the 20k-word document; stopping`); process.exit(1); }
  const file = path.join(cache, 'generated-20k.md');
  fs.writeFileSync(file, generateDocument(pool, 20_000, 2));
  log(`host-thread block during the first analysis of the 20k-word document (${HOST_ROUNDS} samples per side)…`);
  const host = hostBlock(file, HOST_ROUNDS);
  const saved = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  saved.host = { ...host, date: new Date().toISOString(), commit: sh('git', ['rev-parse', '--short', 'HEAD']).stdout.trim(), loadavgStart: loadStart, loadavgEnd: os.loadavg().map((x) => round(x, 2)) };
  saved.targets = (saved.targets ?? []).filter((t) => t.name !== HOST_TARGET);
  const t = hostTarget(host);
  if (t) saved.targets.push(t);
  fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(saved, null, 2) + '\n');
  fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(saved));
  log('merged the host-block measurement into bench/results.json and bench/results.md');
  if (t) log(`${t.met ? 'MET ' : 'MISS'} ${t.name}: ${t.value} (target ${t.target})`);
  process.exit(0);
}
/** The CLI's cold start with and without a V8 start-up snapshot: `--version`, a small example, the book. */
function startup() {
  const book = path.join(seedDir(repo), '003_1c29f657cb22ca2e.txt');
  const inputs = [{ name: 'small document (examples/nota-samen-sterk.md)', file: path.join(repo, 'examples/nota-samen-sterk.md') }];
  if (fs.existsSync(book)) inputs.push({ name: 'the book', file: book });
  log(`CLI start-up with and without a V8 snapshot (${STARTUP_ROUNDS} rounds)…`);
  return startupBench({ repo, cache, esbuild, rounds: STARTUP_ROUNDS, inputs, log });
}
if (only === 'startup') {
  const saved = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  saved.startup = { ...startup(), date: new Date().toISOString(), commit: sh('git', ['rev-parse', '--short', 'HEAD']).stdout.trim(), loadavgStart: loadStart, loadavgEnd: os.loadavg().map((x) => round(x, 2)) };
  fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(saved, null, 2) + '\n');
  fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(saved));
  log('merged the start-up measurement into bench/results.json and bench/results.md');
  process.exit(0);
}
esbuild.buildSync({ ...common, entryPoints: [path.join(cache, 'core-entry.ts')], outfile: coreBundle, minify: true });
esbuild.buildSync({ ...common, entryPoints: [path.join(repo, 'src/cli/main.ts')], outfile: devCli, minify: false });

// ---------- 1. Inputs ----------
const bookPath = path.join(seedDir(repo), '003_1c29f657cb22ca2e.txt');
const haveBook = fs.existsSync(bookPath);
if (!haveBook) log(`seed book not found at ${bookPath}: the book rows are skipped`);
const pool = loadPool(repo);
if (!pool) { log(`no seed texts under ${seedDir(repo)}: cannot generate documents; stopping`); process.exit(1); }
const gen100k = path.join(cache, 'generated-100k.txt');
fs.writeFileSync(gen100k, generateDocument(pool, 100_000, 1));
const gen20k = path.join(cache, 'generated-20k.md');
fs.writeFileSync(gen20k, generateDocument(pool, 20_000, 2));
const batchDir = path.join(cache, 'batch');
fs.rmSync(batchDir, { recursive: true, force: true });
fs.mkdirSync(batchDir);
const batchFiles = [];
for (let i = 0; i < 24; i++) {
  const f = path.join(batchDir, `doc-${String(i).padStart(2, '0')}.md`);
  fs.writeFileSync(f, generateDocument(pool, 3000 + (i % 5) * 1500, 100 + i));
  batchFiles.push(f);
}
const describe = (file) => { const t = fs.readFileSync(file, 'utf8'); return { path: path.relative(repo, file), bytes: Buffer.byteLength(t), words: countWords(t) }; };
const inputs = { ...(haveBook ? { book: describe(bookPath) } : {}), generated100k: describe(gen100k), generated20k: describe(gen20k) };

// ---------- 2. Whole-process CLI, interleaved ----------
const nodeBin = process.execPath;
const INCREMENTAL_TARGET = 'incremental p95 on 20k words';
if (only === 'incremental') {
  log(`incremental latency and allocation per keystroke (${EDITS} edits)…`);
  const inc = inproc('incremental', { file: gen20k, format: 'markdown', edits: EDITS, warmup: 20, seed: 7 });
  const saved = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  saved.incremental = { ...inc, date: new Date().toISOString(), commit: sh('git', ['rev-parse', '--short', 'HEAD']).stdout.trim(), loadavgStart: loadStart, loadavgEnd: os.loadavg().map((x) => round(x, 2)) };
  saved.targets = (saved.targets ?? []).filter((t) => t.name !== INCREMENTAL_TARGET);
  if (!inc.error) saved.targets.push({ name: INCREMENTAL_TARGET, target: '≤ 10 ms', value: `${round(inc.p95, 2)} ms`, met: inc.p95 <= 10 });
  fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(saved, null, 2) + '\n');
  fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(saved));
  log('merged the incremental measurement into bench/results.json and bench/results.md');
  if (!inc.error) log(`p95 ${round(inc.p95, 2)} ms; allocation per keystroke ${round(inc.allocMB?.median, 2)} MB median`);
  process.exit(0);
}
const nm = (p) => path.join(benchDir, 'node_modules', p);
const tools = [
  { id: 'regiecheck', version: JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version,
    cmd: (f) => [nodeBin, [path.join(repo, 'dist/cli.js'), '--format', 'json', f]] },
  { id: 'write-good', version: peerVersion('write-good'), cmd: (f) => [nodeBin, [nm('write-good/bin/write-good.js'), f]] },
  { id: 'alex', version: peerVersion('alex'), cmd: (f) => [nodeBin, [nm('alex/cli.js'), '--text', f]] },
  { id: 'textlint', version: peerVersion('textlint'),
    cmd: (f) => [nodeBin, [nm('textlint/bin/textlint.js'), '--config', path.join(benchDir, 'peers/textlintrc.json'), '--format', 'json', f]],
    cwd: path.join(benchDir, 'peers') },
].filter((t) => t.version);

const haveTime = fs.existsSync('/usr/bin/time');
/** A run longer than this is killed and recorded as a timeout; a tool whose warm-up took > SLOW_MS is measured once more only. */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_RUN_TIMEOUT_MS ?? 300_000);
const SLOW_MS = 30_000;
function runTool(tool, file) {
  const [cmd, args] = tool.cmd(file);
  const timeOut = path.join(cache, 'time.out');
  const full = haveTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  if (haveTime) fs.writeFileSync(timeOut, '');
  const r = spawnSync(full[0], full[1], { cwd: tool.cwd ?? repo, encoding: 'utf8', maxBuffer: 1 << 30, timeout: RUN_TIMEOUT_MS, killSignal: 'SIGKILL' });
  const ms = performance.now() - t0;
  let rssKB = null;
  if (haveTime) { const m = /(\d+)\s*$/.exec(fs.readFileSync(timeOut, 'utf8')); rssKB = m ? Number(m[1]) : null; }
  const timedOut = r.signal === 'SIGKILL' || r.error?.code === 'ETIMEDOUT';
  return { ms, rssKB, status: timedOut ? 'timeout' : r.status, stdoutBytes: Buffer.byteLength(r.stdout ?? ''), stderr: (r.stderr ?? '').slice(0, 300) };
}

function cliRace(file, rounds) {
  const runs = Object.fromEntries(tools.map((t) => [t.id, []]));
  const slow = new Set();
  for (const t of tools) { // warm the file cache and module caches on disk
    const w = runTool(t, file);
    log(`  warm-up ${t.id}: ${Math.round(w.ms)} ms`);
    // Very slow peers: the warm-up run is their one measurement (the disk cache is hot after the others' warm-ups).
    if (w.ms > SLOW_MS) { slow.add(t.id); runs[t.id].push(w); }
  }
  for (let r = 0; r < rounds; r++) {
    const order = tools.map((_, i) => tools[(i + r) % tools.length]); // rotate who goes first
    for (const t of order) if (!slow.has(t.id)) runs[t.id].push(runTool(t, file));
  }
  const out = {};
  for (const t of tools) {
    const rs = runs[t.id];
    out[t.id] = {
      ms: summary(rs.map((x) => x.ms)),
      rssMB: rs[0].rssKB != null ? summary(rs.map((x) => x.rssKB / 1024)) : null,
      exitCodes: [...new Set(rs.map((x) => x.status))],
      note: slow.has(t.id) ? `over ${SLOW_MS / 1000} s: measured once` : undefined,
      outputBytes: rs[rs.length - 1].stdoutBytes,
      stderr: rs[rs.length - 1].stderr || undefined,
    };
  }
  return out;
}

const cli = {};
if (haveBook) { log(`CLI race on the book (${ROUNDS} rounds)…`); cli.book = cliRace(bookPath, ROUNDS); }
log(`CLI race on the 100k-word document (${ROUNDS_BIG} rounds)…`);
cli.generated100k = cliRace(gen100k, ROUNDS_BIG);

// ---------- 3. In-process ----------
function inproc(mode, args) {
  const r = sh(nodeBin, [path.join(benchDir, 'lib/inproc.mjs'), coreBundle, mode, JSON.stringify(args)], { timeout: 900_000 });
  if (r.status !== 0) { log(`inproc ${mode} failed:`, r.stderr.slice(0, 2000)); return { error: r.stderr.split('\n').slice(0, 5).join(' | ') }; }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
log('in-process throughput (cache-cold, one fresh process per measurement)…');
function coldThroughput(file, format, n) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(inproc('coldOnce', { file, format, first: i % 2 === 0 ? 'analyze' : 'floor' }));
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return { error: runs[0]?.error ?? 'no runs' };
  const size = ok[0].bytes / 1e6;
  const a = summary(ok.map((r) => r.analyzeMs)), f = summary(ok.map((r) => r.floorMs)), again = summary(ok.map((r) => r.againMs));
  return {
    bytes: ok[0].bytes, format, findings: ok[0].findings, floorAvailable: true,
    analyzeMs: a, analyzeMBps: size / (a.median / 1000), floorMs: f, floorMBps: size / (f.median / 1000), ratio: a.median / f.median,
    againMs: again, againMBps: size / (again.median / 1000),
  };
}
const throughput = {};
if (haveBook) throughput.book = coldThroughput(bookPath, 'plaintext', quick ? 2 : 9);
throughput.generated100k = coldThroughput(gen100k, 'plaintext', quick ? 2 : 7);
log(`incremental latency (${EDITS} edits)…`);
const incremental = inproc('incremental', { file: gen20k, format: 'markdown', edits: EDITS, warmup: 20, seed: 7 });
log('linearity on one line without punctuation…');
const linearity = inproc('linearity', { sizes: [128_000, 256_000, 512_000], rounds: quick ? 1 : 3 });
log('batch scaling 1 vs 2 workers (whole CLI process over a folder)…');
// Whole-process CLI runs over the folder, interleaved: both sides start cold, as a reviewer's batch does.
function batchRace(rounds) {
  const runs = { 1: [], 2: [] };
  const user = { 1: [], 2: [] };
  let failures = 0;
  const timeOut = path.join(cache, 'time-batch.out');
  for (let r = -1; r < rounds; r++) { // r = -1: warm-up, not counted
    for (const w of r % 2 === 0 ? [1, 2] : [2, 1]) {
      const args = [path.join(repo, 'dist/cli.js'), '--format', 'json', '--workers', String(w), batchDir];
      const t0 = performance.now();
      const res = haveTime ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeOut, nodeBin, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 })
        : spawnSync(nodeBin, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
      const ms = performance.now() - t0;
      if (r < 0) continue;
      runs[w].push(ms);
      if (haveTime) { const [u, sys] = fs.readFileSync(timeOut, 'utf8').trim().split(/\s+/).slice(-2).map(Number); user[w].push((u + sys) * 1000); }
      try { if (JSON.parse(res.stdout).length !== batchFiles.length) failures++; } catch { failures++; }
    }
  }
  return {
    files: batchFiles.length, bytes: batchFiles.reduce((a, f) => a + fs.statSync(f).size, 0),
    workers1Ms: summary(runs[1]), workers2Ms: summary(runs[2]), speedup: summary(runs[1]).median / summary(runs[2]).median,
    cpu1Ms: user[1].length ? summary(user[1]) : null, cpu2Ms: user[2].length ? summary(user[2]) : null, failures,
  };
}
log(`host-thread block during the first analysis of the 20k-word document (${HOST_ROUNDS} samples per side)…`);
const host = { ...hostBlock(gen20k, HOST_ROUNDS), loadavgStart: os.loadavg().map((x) => round(x, 2)) };
const batch = fs.existsSync(path.join(repo, 'dist/worker.js')) ? batchRace(quick ? 1 : 5) : { error: 'dist/worker.js not built' };

// ---------- 4. Bundle size and activation proxy ----------
const bundles = {};
for (const f of ['dist/extension.js', 'dist/cli.js', 'dist/worker.js', 'dist/webview/sidebar.js']) {
  const p = path.join(repo, f);
  if (fs.existsSync(p)) bundles[f] = fs.statSync(p).size;
}
// What the extension bundle is made of (same options as esbuild.js, minified, with a metafile).
const composition = extensionComposition();
function extensionComposition() {
  if (!fs.existsSync(path.join(repo, 'src/extension/extension.ts'))) return null;
  const r = esbuild.buildSync({ ...common, entryPoints: [path.join(repo, 'src/extension/extension.ts')], outfile: path.join(cache, 'ext-meta.js'), minify: true, metafile: true, external: ['vscode', 'canvas', 'path2d-polyfill'] });
  const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint);
  const by = {};
  for (const [f, v] of Object.entries(out.inputs)) {
    const parts = f.split('/');
    const k = parts[0] === 'node_modules' ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/') : parts.slice(0, 2).join('/');
    by[k] = (by[k] ?? 0) + v.bytesInOutput;
  }
  return { total: out.bytes, parts: Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, bytes]) => ({ name, bytes })) };
}
let activation = { error: 'dist/extension.js not built' };
if (bundles['dist/extension.js'] != null) {
  log('activation proxy…');
  const runs = [];
  let last;
  for (let i = 0; i < (quick ? 3 : 15); i++) {
    const r = sh(nodeBin, [path.join(benchDir, 'lib/activate.cjs'), path.join(repo, 'dist/extension.js')], { timeout: 60_000 });
    try { last = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { last = { ok: false, error: r.stderr.slice(0, 300) }; }
    if (!last.ok) break;
    runs.push(last);
  }
  activation = runs.length
    ? { ok: true, totalMs: summary(runs.map((r) => r.totalMs)), requireMs: summary(runs.map((r) => r.requireMs)), activateMs: summary(runs.map((r) => r.activateMs)), subscriptions: runs[0].subscriptions }
    : { ok: false, error: last?.error };
}

const startupRun = startup();

// ---------- 5. CPU profile of the CLI on the 100k-word document (non-minified bundle) ----------
log('CPU profile…');
const profDir = path.join(cache, 'prof');
fs.rmSync(profDir, { recursive: true, force: true });
sh(nodeBin, ['--cpu-prof', '--cpu-prof-dir', profDir, devCli, '--format', 'json', gen100k], { stdio: ['ignore', 'ignore', 'pipe'] });
let profile = null;
const profFiles = fs.existsSync(profDir) ? fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')) : [];
if (profFiles.length) profile = summarise(path.join(profDir, profFiles[0]), devCli, 15);

// ---------- 6. Targets ----------
const rc = (id, doc = 'book') => cli[doc]?.[id]?.ms.median;
const peers = tools.filter((t) => t.id !== 'regiecheck').map((t) => t.id);
const targets = [];
if (haveBook) {
  const slowestPeerBeaten = peers.every((p) => rc('regiecheck') < rc(p));
  targets.push({ name: 'CLI on the book faster than every peer', target: peers.map((p) => `< ${p} ${round(rc(p), 0)} ms`).join(', '), value: `${round(rc('regiecheck'), 0)} ms`, met: peers.length > 0 && slowestPeerBeaten });
}
const tp = throughput.generated100k;
if (tp && !tp.error) {
  targets.push({ name: 'full analysis ≥ 3 MB/s (100k words)', target: '≥ 3 MB/s', value: `${round(tp.analyzeMBps, 2)} MB/s`, met: tp.analyzeMBps >= 3 });
  targets.push({ name: 'full analysis ≤ 3× tokenize floor', target: '≤ 3.0×', value: tp.ratio != null ? `${round(tp.ratio, 2)}×` : 'floor not exported', met: tp.ratio != null && tp.ratio <= 3 });
}
if (incremental && !incremental.error) targets.push({ name: INCREMENTAL_TARGET, target: '≤ 10 ms', value: `${round(incremental.p95, 2)} ms`, met: incremental.p95 <= 10 });
if (bundles['dist/extension.js'] != null) targets.push({ name: 'extension bundle', target: '< 1 MB', value: `${round(bundles['dist/extension.js'] / 1e6, 3)} MB`, met: bundles['dist/extension.js'] < 1e6 });
{ const t = hostTarget(host); if (t) targets.push(t); }
if (activation.ok) targets.push({ name: 'activation (proxy: require + activate with fake vscode)', target: '< 50 ms', value: `${round(activation.totalMs.median, 1)} ms`, met: activation.totalMs.median < 50 });

// ---------- 7. Write ----------
const gitSha = sh('git', ['rev-parse', '--short', 'HEAD']).stdout.trim();
const loadEnd = os.loadavg().map((x) => round(x, 2));
const results = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memGB: round(os.totalmem() / 2 ** 30, 1), node: process.version, os: `${os.type()} ${os.release()}`, loadavgStart: loadStart, loadavgEnd: loadEnd },
  versions: { regiecheck: `${tools.find((t) => t.id === 'regiecheck')?.version} (${gitSha})`, ...Object.fromEntries(['write-good', 'alex', 'textlint', 'textlint-rule-sentence-length', 'textlint-rule-prh'].map((n) => [n, peerVersion(n)])) },
  settings: { rounds: ROUNDS, roundsBig: ROUNDS_BIG, edits: EDITS, quick, runTimeoutMs: RUN_TIMEOUT_MS },
  inputs, cli, throughput, incremental, host, linearity, batch, bundles, composition, activation, startup: startupRun, profile, targets,
};
fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(results));
log('wrote bench/results.json and bench/results.md');
for (const t of targets) log(`${t.met ? 'MET ' : 'MISS'} ${t.name}: ${t.value} (target ${t.target})`);
