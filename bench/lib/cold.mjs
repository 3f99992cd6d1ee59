// Shared by the cold-run measuring scripts (coldprof, heapprof, once, profsum): load a core bundle, warm its JIT and
// lazy tables on an unrelated synthetic text (as inproc.mjs coldOnce does), and summarise a V8 .cpuprofile.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { prng } from './gen.mjs';

const require = createRequire(import.meta.url);

/** The core of `bundlePath`, warmed, with the text and format of `file`. */
export function warmCore(bundlePath, file) {
  const core = require(bundlePath);
  const text = fs.readFileSync(file, 'utf8');
  const format = /\.txt$/.test(file) ? 'plaintext' : 'markdown';
  const rnd = prng(99);
  const words = ['het', 'college', 'stelt', 'voor', 'de', 'raad', 'besluit', 'over', 'een', 'plan', 'met', 'bewoners', 'scholen',
    'zorg', 'werk', 'wonen', 'in', 'wijk', 'jaar', 'geld', 'team', 'provincie', 'rijk', 'samen', 'doel', 'resultaat'];
  const warm = Array.from({ length: 3000 }, (_, i) => words[Math.floor(rnd() * words.length)] + (i % 12 === 11 ? '.\n\n' : ' ')).join('');
  for (let i = 0; i < 3; i++) core.analyze(warm + i, { format });
  return { core, text, format };
}

/** Self and inclusive time per function (name:line, with the file when `withUrl`) of a V8 .cpuprofile, as text. */
export function summarise(prof, top, withUrl = false) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(); const incl = new Map();
  const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}${withUrl && n.callFrame.url ? ' ' + n.callFrame.url.split('/').pop() : ''}`;
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
  return `total ${(total / 1000).toFixed(0)} ms\n-- self --\n${rank(self)}\n-- inclusive --\n${rank(incl)}`;
}
