// Inclusive time of the children (to a depth) of a function in a .cpuprofile: node proftree.mjs FILE fn[:line] [depth] [minMs]
import fs from 'node:fs';
const [file, target, depthArg, minArg] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const interval = (prof.endTime - prof.startTime) / prof.samples.length / 1000;
const selfCount = new Map();
for (const s of prof.samples) selfCount.set(s, (selfCount.get(s) ?? 0) + 1);
const incl = new Map();
const total = (n) => { if (incl.has(n.id)) return incl.get(n.id); let t = selfCount.get(n.id) ?? 0; for (const c of n.children ?? []) t += total(byId.get(c)); incl.set(n.id, t); return t; };
const [fn, ln] = target.split(':');
const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
// merge all nodes of the target (outermost), children by name
const agg = new Map();
const visit = (n, d, prefix, inside) => {
  const isT = n.callFrame.functionName === fn && (!ln || n.callFrame.lineNumber + 1 === Number(ln));
  if (!inside && isT) { for (const c of n.children ?? []) add(byId.get(c), 1, ''); return; }
  for (const c of n.children ?? []) visit(byId.get(c), d, prefix, inside);
};
const add = (n, d, prefix) => {
  const k = prefix + '/' + name(n);
  agg.set(k, (agg.get(k) ?? 0) + total(n));
  if (d < Number(depthArg ?? 1)) for (const c of n.children ?? []) add(byId.get(c), d + 1, k);
};
visit(prof.nodes[0], 0, '', false);
const min = Number(minArg ?? 20);
for (const [k, v] of [...agg].sort((a, b) => a[0].localeCompare(b[0]))) if (v * interval >= min) console.log(`${(v * interval).toFixed(0).padStart(6)} ms  ${k}`);
