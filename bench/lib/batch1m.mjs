// A batch of 1M words (issue 14's "1M words < 5 s on 2 cores"): ten generated 100k-word documents (seeds 101–110, so
// the sentences differ between files and the core's text caches do not make later files cheaper than real ones) in
// bench/.cache/batch1m/, and whole CLI processes over that folder: wall, CPU (user + sys) and peak RSS (`/usr/bin/time`).
// Usage: node bench/lib/batch1m.mjs [rounds=1] [cli=dist/cli.js ...]   (several CLIs: run alternately, round by round)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadPool, generateDocument } from './gen.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(repo, 'bench', '.cache', 'batch1m');
const [roundsArg = '1', ...clis] = process.argv.slice(2);
if (!clis.length) clis.push(path.join(repo, 'dist/cli.js'));
if (!fs.existsSync(path.join(dir, 'doc-10.txt'))) {
  const pool = loadPool(repo);
  if (!pool) { console.error('no seed texts'); process.exit(1); }
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= 10; i++) fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(2, '0')}.txt`), generateDocument(pool, 100_000, 100 + i));
}
const bytes = fs.readdirSync(dir).reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0);
console.log(`${dir}: 10 files, ${(bytes / 1e6).toFixed(2)} MB; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
const timeOut = path.join(repo, 'bench', '.cache', 'time-batch1m.out');
for (let r = 0; r < Number(roundsArg); r++) {
  for (const cli of r % 2 ? [...clis].reverse() : clis) {
    const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeOut, process.execPath, cli, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const [wall, user, sys, rss] = fs.readFileSync(timeOut, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    let n = -1;
    try { n = JSON.parse(res.stdout).length; } catch { /* counted as -1 */ }
    console.log(`${cli}: wall ${wall.toFixed(1)} s, CPU ${(user + sys).toFixed(1)} s, peak RSS ${(rss / 1024).toFixed(0)} MB, ${n} results, exit ${res.status}; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
  }
}
