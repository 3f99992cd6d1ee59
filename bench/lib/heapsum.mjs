// A sampling heap profile (incprof.mjs HEAP=…) summed per function: allocation per edit, self or inclusive.
//   node bench/lib/heapsum.mjs FILE [edits=250] [self|incl]   (N=… rows, default 45)
import fs from 'node:fs';
const [file, editsArg = '250', mode = 'self'] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const self = new Map(), incl = new Map();
let total = 0;
const walk = (n, stack) => {
  const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  total += n.selfSize;
  self.set(k, (self.get(k) ?? 0) + n.selfSize);
  const st = new Set([...stack, k]);
  for (const x of st) incl.set(x, (incl.get(x) ?? 0) + n.selfSize);
  for (const c of n.children) walk(c, st);
};
walk(p.head, []);
const e = Number(editsArg);
console.log(`total ${(total / e / 1e3).toFixed(0)} kB/edit`);
for (const [k, v] of [...(mode === 'self' ? self : incl)].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.N ?? 45))) console.log(`${(v / e / 1e3).toFixed(1).padStart(8)} kB  ${k}`);
