// A CPU profile of ONE cache-cold `analyze` in a fresh process (the JIT and the lazy tables warmed on an unrelated
// synthetic text first, as inproc.mjs coldOnce does), written as a .cpuprofile; then self and inclusive time per
// function. Usage: node bench/lib/coldprof.mjs <core-bundle.cjs (non-minified)> <file> <out.cpuprofile> [top]
import fs from 'node:fs';
import inspector from 'node:inspector';
import { warmCore, summarise } from './cold.mjs';

const [bundlePath, file, outFile, topArg] = process.argv.slice(2);
const { core, text, format } = warmCore(bundlePath, file);
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
console.log(summarise(profile, Number(topArg ?? 25)));
