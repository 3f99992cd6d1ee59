// One incremental edit profiled: an `Analyzer` on a document (default the generated 20k-word Markdown), edited the
// way inproc.mjs `incremental` does (seed 7, one-character replacements), 20 warm-up edits, then EDITS more inside
// the measured region. With PROF=out.cpuprofile the measured edits alone are profiled (node:inspector, sampling every
// 100 µs; HEAP=out.heapprofile: a sampling heap profile of the measured edits, collected objects included); run with `--trace-gc` for the collections. Non-minified bundle for readable names:
//   PROF=/tmp/x.cpuprofile node bench/lib/incprof.mjs core-dev.cjs [file] [edits]
// then bench/lib/proftree.mjs on `run` (the Analyzer's) for the split by pass. Prints median and p95 wall and the CPU
// time of the process per measured edit.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { drawEdit, prng } from './gen.mjs';
import inspector from 'node:inspector';
const require = createRequire(import.meta.url);
const [bundle, file = new URL('../.cache/generated-20k.md', import.meta.url).pathname, editsArg = '250'] = process.argv.slice(2);
const core = require(bundle);
let text = fs.readFileSync(file, 'utf8');
const format = 'markdown';
const analyzer = new core.Analyzer();
analyzer.analyze(text, { file: 'bench.md', format });
const rnd = prng(7);
const lat = [];
const total = 20 + Number(editsArg);
const session = new inspector.Session();
const post = (m, p) => new Promise((res, rej) => session.post(m, p, (e, r) => (e ? rej(e) : res(r))));
if (process.env.PROF) { session.connect(); await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 100 }); }
let cpu0;
for (let i = 0; i < total; i++) {
  if (i === 20) cpu0 = process.cpuUsage();
  if (i === 20 && process.env.PROF) await post('Profiler.start');
  // LIVE=out.heapprofile: what the last edit allocated and still holds when it returns (sampled every 128 bytes).
  if (i === total - 1 && process.env.LIVE) { session.connect(); await post('HeapProfiler.startSampling', { samplingInterval: 128 }); }
  if (i === 20 && process.env.HEAP) { session.connect(); await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }); }
  const e = drawEdit(rnd, text);
  if (!e) continue;
  text = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
  const t0 = performance.now();
  analyzer.analyze(text, { file: 'bench.md', format });
  if (i >= 20) lat.push(performance.now() - t0);
}
if (process.env.PROF) { const { profile } = await post('Profiler.stop'); fs.writeFileSync(process.env.PROF, JSON.stringify(profile)); }
if (process.env.LIVE) { const { profile } = await post('HeapProfiler.stopSampling'); fs.writeFileSync(process.env.LIVE, JSON.stringify(profile)); }
if (process.env.HEAP) { const { profile } = await post('HeapProfiler.stopSampling'); fs.writeFileSync(process.env.HEAP, JSON.stringify(profile)); }
const cpu = process.cpuUsage(cpu0);
lat.sort((a, b) => a - b);
// cpuPerEdit: the process's CPU time (every thread: V8 compiles and collects beside the main one) per measured edit.
console.log(JSON.stringify({ edits: lat.length, median: lat[lat.length >> 1], p95: lat[Math.floor(lat.length * 0.95)], cpuPerEdit: (cpu.user + cpu.system) / 1000 / lat.length }));
