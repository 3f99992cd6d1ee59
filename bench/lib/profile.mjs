// Summarise a V8 .cpuprofile (from `node --cpu-prof`) taken on a NON-minified bundle: self time per function and
// per source file. esbuild writes `// src/…/file.ts` comments before each module in a non-minified bundle; we map
// every line of the bundle to the nearest such comment above it, so the lead sees which stage/module is hot.
import fs from 'node:fs';

export function moduleMap(bundleFile) {
  const lines = fs.readFileSync(bundleFile, 'utf8').split('\n');
  const map = new Array(lines.length);
  let current = '(bundle prelude)';
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(lines[i]);
    if (m) current = m[1];
    map[i] = current;
  }
  return map;
}

export function summarise(profileFile, bundleFile, top = 15) {
  const prof = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const map = moduleMap(bundleFile);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  // timeDeltas[i] is the time before sample i; attribute it to samples[i].
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const mod = new Map();
  for (const [id, us] of dt) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const fname = (cf.functionName || '(anonymous)').replace(/^RegExp: (.{0,70}).*$/s, (_, a) => `RegExp: ${a}…`);
    let where;
    if (cf.url && cf.url.endsWith(bundleFile.split('/').pop())) where = map[cf.lineNumber] ?? '(bundle)';
    else if (cf.url) where = cf.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, 'node_modules/');
    else where = cf.functionName.startsWith('RegExp:') ? '(regular expressions)' : `(${cf.functionName || 'native'})`;
    const name = cf.url ? `${fname} — ${where}` : fname;
    fn.set(name, (fn.get(name) ?? 0) + us);
    mod.set(where, (mod.get(where) ?? 0) + us);
  }
  const rank = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, pct: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), functions: rank(fn), modules: rank(mod) };
}
