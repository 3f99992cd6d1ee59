// Start-up of the CLI, with and without a V8 start-up snapshot (issue 14: "measure a V8 start-up snapshot for the
// CLI and keep it if it pays"). Builds bench/.cache/cli-snapshot.blob from bench/lib/snapshot-entry.ts (the CLI with
// the lexicon and the vocabulary index prepared at build time), checks that both give the same output, then times
// whole processes, interleaved (the order alternates every round): `node -e 0` (Node's own start, the floor),
// `node dist/cli.js ARGS` (as shipped) and `node --snapshot-blob cli-snapshot.blob -- ARGS`, for `--version`, a small
// document and the book. Wall clock per process and, where /usr/bin/time exists, its CPU time (user + system: less
// sensitive to other work on a shared machine than the wall clock); median, min–max over the rounds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summary } from './stats.mjs';

/** Builds the snapshot blob; returns { blob, buildMs, bytes } or { error }. */
export function buildSnapshot({ repo, cache, esbuild }) {
  const entry = path.join(cache, 'cli-snapshot-entry.js');
  const blob = path.join(cache, 'cli-snapshot.blob');
  esbuild.buildSync({
    entryPoints: [path.join(repo, 'bench/lib/snapshot-entry.ts')], outfile: entry, bundle: true, platform: 'node',
    format: 'cjs', target: 'node20', minify: true, logLevel: 'error', external: ['canvas', 'path2d-polyfill'],
    define: { REGIECHECK_VERSION: JSON.stringify(JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version) },
    // The snapshot builder runs the script without `module`; main.ts's `require.main === module` must be false there.
    banner: { js: 'var module = { exports: {} };' },
  });
  fs.rmSync(blob, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { cwd: cache, encoding: 'utf8' });
  const buildMs = performance.now() - t0;
  if (r.status !== 0 || !fs.existsSync(blob)) return { error: (r.stderr || `exit ${r.status}`).split('\n').filter((l) => !/Warning|may still|To request|trace-warnings/.test(l)).slice(0, 4).join(' | ') };
  return { blob, buildMs, bytes: fs.statSync(blob).size };
}

export function startupBench({ repo, cache, esbuild, rounds = 9, inputs, log = () => {} }) {
  const snap = buildSnapshot({ repo, cache, esbuild });
  if (snap.error) return { error: `snapshot build failed: ${snap.error}` };
  const cli = path.join(repo, 'dist/cli.js');
  const sides = {
    node: () => ['-e', '0'],
    plain: (args) => [cli, ...args],
    snapshot: (args) => ['--snapshot-blob', snap.blob, '--', ...args],
  };
  const timeOut = path.join(cache, 'time-startup.out');
  const haveTime = fs.existsSync('/usr/bin/time');
  const exec = (argv) => {
    const full = haveTime ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeOut, process.execPath, ...argv]] : [process.execPath, argv];
    const t0 = performance.now();
    const r = spawnSync(full[0], full[1], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    let cpuMs = NaN;
    if (haveTime) { const [u, sys] = fs.readFileSync(timeOut, 'utf8').trim().split(/\s+/).slice(-2).map(Number); cpuMs = (u + sys) * 1000; }
    return { ms, cpuMs, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  const cases = [{ name: '--version', args: ['--version'] }, ...inputs.map((i) => ({ name: i.name, args: ['--format', 'json', i.file], bytes: fs.statSync(i.file).size }))];
  const out = { nodeVersion: process.version, blobBytes: snap.bytes, blobBuildMs: Math.round(snap.buildMs), rounds, cases: [] };
  for (const c of cases) {
    // Same output (and exit code) from both, or the comparison means nothing.
    const a = exec(sides.plain(c.args)), b = exec(sides.snapshot(c.args));
    const same = a.stdout === b.stdout && a.status === b.status;
    log(`  startup ${c.name}: output ${same ? 'identical' : 'DIFFERENT'} (exit ${a.status}/${b.status})`);
    const runs = { node: [], plain: [], snapshot: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ['node', 'plain', 'snapshot'] : ['snapshot', 'plain', 'node'];
      for (const s of order) runs[s].push(exec(sides[s](c.args)));
    }
    const sum = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v.map((x) => x.ms))]));
    const cpu = haveTime ? Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v.map((x) => x.cpuMs))])) : null;
    out.cases.push({ name: c.name, bytes: c.bytes, sameOutput: same, ms: sum, cpuMs: cpu, saving: sum.plain.median - sum.snapshot.median, cpuSaving: cpu ? cpu.plain.median - cpu.snapshot.median : null });
  }
  return out;
}
