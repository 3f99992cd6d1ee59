// The CLI on one file, whole processes, sides interleaved (order reversed every round), write-good in the same loop
// when bench/node_modules has it (or WRITE_GOOD points at its bin): wall, user + sys CPU and peak RSS per run; the
// median, min–max and the ratio to write-good's median. Every side's stdout is compared with the first side's.
// Usage: node bench/lib/clirace.mjs ROUNDS FILE name=distDir[:ENV=VALUE,...] ...   (branch speed22)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const [roundsArg, file, ...sideArgs] = process.argv.slice(2);
const rounds = Number(roundsArg);
const sides = sideArgs.map((s) => {
  const [name, rest] = s.split('=', 2).length === 2 ? [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)] : [s, s];
  const [dir, envs] = rest.split(':');
  const env = Object.fromEntries((envs ? envs.split(',') : []).map((kv) => kv.split('=')));
  return { name, cmd: [process.execPath, path.join(dir, 'cli.js'), '--format', 'json', file], env };
});
const wg = process.env.WRITE_GOOD ?? path.join(here, '..', 'node_modules', '.bin', 'write-good');
if (fs.existsSync(wg)) sides.push({ name: 'write-good', cmd: [wg, file], env: {}, peer: true });
const res = {};
const add = (k, v) => (res[k] ??= []).push(v);
let ref;
const once = (s) => {
  const t0 = process.hrtime.bigint();
  const out = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...s.cmd], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...s.env } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const [rss, u, sy] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (!s.peer) {
    const h = crypto.createHash('sha1').update(out.stdout).digest('hex');
    if (ref === undefined) ref = h; else if (h !== ref) { console.error(`${s.name}: different output`); process.exit(1); }
  }
  return { wall, cpu: (u + sy) * 1000, rss: rss / 1024 };
};
const load0 = os.loadavg();
for (const s of sides) once(s); // one warm-up run per side (the page cache; a code cache is written there)
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) { const x = once(s); add(`${s.name} wall`, x.wall); add(`${s.name} cpu`, x.cpu); add(`${s.name} rssMB`, x.rss); }
}
const med = (a) => { const b = [...a].sort((x, y) => x - y); return b.length % 2 ? b[(b.length - 1) / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2; };
console.log(`load at start ${load0.map((x) => x.toFixed(2)).join(' ')}; ${rounds} rounds; ${path.basename(file)}`);
const wgWall = res['write-good wall'] ? med(res['write-good wall']) : undefined;
for (const [k, v] of Object.entries(res)) {
  const ratio = k.endsWith(' wall') && wgWall ? `  ${(med(v) / wgWall).toFixed(2)}× write-good` : '';
  console.log(`${k.padEnd(28)} median ${med(v).toFixed(0).padStart(6)}  min–max ${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}${ratio}`);
}
console.log(`load at end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
