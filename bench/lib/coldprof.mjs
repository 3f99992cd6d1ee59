// A CPU profile of ONE cache-cold `analyze` in a fresh process (the JIT and the lazy tables warmed on an unrelated
// synthetic text first, as inproc.mjs coldOnce does), written as a .cpuprofile; then self and inclusive time per
// function. Usage: node bench/lib/coldprof.mjs <core-bundle.cjs (non-minified)> <file> <out.cpuprofile> [top]
import { createRequire } from 'node:module';
import fs from 'node:fs';
import inspector from 'node:inspector';
import { prng } from './gen.mjs';

const require = createRequire(import.meta.url);
const [bundlePath, file, outFile, topArg] = process.argv.slice(2);
const core = require(bundlePath);
const text = fs.readFileSync(file, 'utf8');
const format = /\.txt$/.test(file) ? 'plaintext' : 'markdown';
const rnd = prng(99);
const words = ['het', 'college', 'stelt', 'voor', 'de', 'raad', 'besluit', 'over', 'een', 'plan', 'met', 'bewoners', 'scholen',
  'zorg', 'werk', 'wonen', 'in', 'wijk', 'jaar', 'geld', 'team', 'provincie', 'rijk', 'samen', 'doel', 'resultaat'];
const warm = Array.from({ length: 3000 }, (_, i) => words[Math.floor(rnd() * words.length)] + (i % 12 === 11 ? '.\n\n' : ' ')).join('');
for (let i = 0; i < 3; i++) core.analyze(warm + i, { format });
const session = new inspector.Session();
session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
const t0 = performance.now();
core.analyze(text, { file, format });
const ms = performance.now() - t0;
const { profile } = await post('Profiler.stop');
fs.writeFileSync(outFile, JSON.stringify(profile));
console.log(`analyze ${ms.toFixed(0)} ms`);
summarise(profile, Number(topArg ?? 25));

export function summarise(prof, top) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(); const incl = new Map();
  const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0; total += dt;
    let id = prof.samples[i];
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set();
    while (id != null) { const k = name(byId.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); }
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  console.log(`total ${(total / 1000).toFixed(0)} ms\n-- self --\n${rank(self)}\n-- inclusive --\n${rank(incl)}`);
}
