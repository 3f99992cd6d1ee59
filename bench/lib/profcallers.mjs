// Who calls a function (by name[:line]) and how much self+children time the function has under each caller.
// Usage: node profcallers.mjs FILE.cpuprofile fnName[:line] [depth]
import fs from 'node:fs';
const [file, target, depthArg] = process.argv.slice(2);
const depth = Number(depthArg ?? 1);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const [fn, ln] = target.split(':');
const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
const hit = (n) => n.callFrame.functionName === fn && (!ln || n.callFrame.lineNumber + 1 === Number(ln));
const interval = (prof.endTime - prof.startTime) / prof.samples.length / 1000;
const by = new Map();
for (const sid of prof.samples) {
  let id = sid; const chain = [];
  while (id != null) { chain.push(byId.get(id)); id = parent.get(id); }
  // outermost occurrence of target in the chain
  let k = -1; for (let i = chain.length - 1; i >= 0; i--) if (hit(chain[i])) { k = i; break; }
  if (k < 0) continue;
  const key = chain.slice(k + 1, k + 1 + depth).map(name).join(' < ');
  by.set(key, (by.get(key) ?? 0) + 1);
}
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v * interval).toFixed(0).padStart(6)} ms  ${k}`);
