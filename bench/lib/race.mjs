// Interleaved cache-cold comparison of core bundles (and, optionally, CLIs): for each round and each side, a fresh
// process times one `analyze` of each file (bench/lib/inproc.mjs coldOnce: JIT warmed on an unrelated text first,
// then analyze and the tokenize floor), order of the sides rotated per round; then the CLI on the book per side.
// Usage: node bench/lib/race.mjs ROUNDS name=core.cjs[,cliDir] ... -- file ...
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const rounds = Number(args.shift());
const sep = args.indexOf('--');
const sides = args.slice(0, sep).map((s) => { const [name, rest] = s.split('='); const [core, cli] = rest.split(','); return { name, core, cli }; });
const files = args.slice(sep + 1);
const cliFile = process.env.RACE_CLI_FILE;
const res = {};
const add = (k, v) => (res[k] ??= []).push(v);
console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) {
    for (const f of files) {
      const out = spawnSync('nice', ['-n', String(process.env.RACE_NICE ?? 0), process.execPath, path.join(here, 'inproc.mjs'), s.core, 'coldOnce', JSON.stringify({ file: f, format: /\.txt$/.test(f) ? 'plaintext' : 'markdown', first: r % 2 ? 'floor' : 'analyze' })], { encoding: 'utf8' });
      if (out.status !== 0) { console.error(out.stderr); process.exit(1); }
      const j = JSON.parse(out.stdout.trim().split('\n').pop());
      add(`${s.name} ${path.basename(f)} analyze`, j.analyzeMs); add(`${s.name} ${path.basename(f)} analyzeCpu`, j.analyzeCpuMs); add(`${s.name} ${path.basename(f)} floor`, j.floorMs); add(`${s.name} ${path.basename(f)} again`, j.againMs);
      add(`${s.name} ${path.basename(f)} findings`, j.findings);
    }
    if (s.cli && cliFile) {
      const t0 = process.hrtime.bigint();
      const out = spawnSync('nice', ['-n', String(process.env.RACE_NICE ?? 0), '/usr/bin/time', '-f', '%M %U %S', process.execPath, path.join(s.cli, 'cli.js'), '--format', 'json', cliFile], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      const [rss, u, sy] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
      add(`${s.name} CLI wall`, wall); add(`${s.name} CLI cpu`, (u + sy) * 1000); add(`${s.name} CLI rssMB`, rss / 1024);
      add(`${s.name} CLI sha`, out.stdout.length);
    }
  }
}
const med = (a) => { const b = [...a].sort((x, y) => x - y); return b.length % 2 ? b[(b.length - 1) / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2; };
for (const [k, v] of Object.entries(res)) console.log(`${k.padEnd(48)} median ${med(v).toFixed(0).padStart(7)}  [${v.map((x) => x.toFixed(0)).join(' ')}]`);
console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
