// Sampling heap profile (allocations, including those collected since) of ONE cache-cold `analyze` in a fresh
// process, warmed like coldprof.mjs; prints the top allocating functions (self and inclusive) and the peak RSS.
// Usage: node bench/lib/heapprof.mjs <core-bundle.cjs (non-minified)> <file> [top]
import inspector from 'node:inspector';
import { warmCore } from './cold.mjs';

const [bundlePath, file, topArg] = process.argv.slice(2);
const { core, text, format } = warmCore(bundlePath, file);
const session = new inspector.Session();
session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
core.analyze(text, { file, format });
const { profile } = await post('HeapProfiler.stopSampling');
const self = new Map(), incl = new Map();
let total = 0;
const walk = (n, stack) => {
  const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  const own = n.selfSize;
  total += own;
  self.set(k, (self.get(k) ?? 0) + own);
  const st = stack.includes(k) ? stack : [...stack, k];
  for (const s of st) incl.set(s, (incl.get(s) ?? 0) + own);
  for (const c of n.children) walk(c, st);
};
walk(profile.head, []);
const top = Number(topArg ?? 25);
// Who allocates through a builtin (HEAP_PARENTS=next,push,…): the callers of those frames, by allocated bytes.
for (const b of (process.env.HEAP_PARENTS ?? '').split(',').filter(Boolean)) {
  const by = new Map();
  const walkP = (n, parentName) => {
    const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
    if ((n.callFrame.functionName || '(anon)') === b) by.set(parentName, (by.get(parentName) ?? 0) + n.selfSize);
    for (const c of n.children) walkP(c, k);
  };
  walkP(profile.head, '(root)');
  console.log(`-- callers of ${b} --\n` + [...by].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([k, v]) => `${(v / 1e6).toFixed(1).padStart(7)} MB  ${k}`).join('\n'));
}
const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${(v / 1e6).toFixed(1).padStart(7)} MB  ${k}`).join('\n');
console.log(`allocated (sampled) ${(total / 1e6).toFixed(0)} MB; rss now ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n-- self --\n${rank(self)}\n-- inclusive --\n${rank(incl)}`);
