// The editor never waits: how long the "extension host" thread is blocked during the first analysis of a document.
//   node hostblock.mjs <client-bundle.cjs> <worker-script|-|idle:MS> <file>
// Runs the extension's own client (src/extension/worker/client.ts, bundled): with a worker script the analysis runs
// in a worker thread (as the extension does), with "-" on this thread (the in-thread fallback, and what the
// extension did before). A fresh process per sample: cold worker start, cold core, cold caches. Meanwhile this
// thread is probed two ways: a 1 ms `setInterval` (the longest gap between two ticks, minus the 1 ms interval,
// is the longest block) and `monitorEventLoopDelay` (its maximum delay). On Linux the thread's own scheduler
// statistics (/proc/self/task/<pid>/schedstat) split its time into CPU time (work done on this thread) and time
// spent runnable but waiting for a core (the machine's load, not our code). "idle:MS" is the control: the same
// probe for MS milliseconds with no analysis at all. Prints one JSON line.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';

const require = createRequire(import.meta.url);
const [bundle, script, file] = process.argv.slice(2);
const { AnalysisClient } = require(bundle);
const text = fs.readFileSync(file, 'utf8');
const idle = script.startsWith('idle:') ? Number(script.slice(5)) : undefined;
const client = new AnalysisClient({ workerScript: script === '-' ? undefined : script, log: () => undefined });
/** [ms on a core, ms runnable but waiting] of this (the main) thread, or null off Linux. */
const sched = () => {
  try {
    const [run, wait] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return [run / 1e6, wait / 1e6];
  } catch { return null; }
};

// Let module loading settle (the extension host loads extension.js at activation, before any analysis).
await new Promise((r) => setTimeout(r, 50));
const eld = monitorEventLoopDelay({ resolution: 1 });
eld.enable();
let last = performance.now();
let maxGap = 0;
let ticks = 0;
const probe = setInterval(() => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
  ticks++;
}, 1);
const s0 = sched();
const t0 = performance.now();
last = t0;
let sendMs = null;
const outcome = idle !== undefined ? await new Promise((r) => setTimeout(() => r({ kind: 'idle' }), idle)) : await (() => {
  const p = client.analyze('doc', 1, text, { file, format: file.endsWith('.md') ? 'markdown' : 'plaintext', config: {}, locale: 'nl' });
  sendMs = performance.now() - t0; // the synchronous part on this thread: starting the worker, posting the text
  return p;
})();
const t1 = performance.now();
const s1 = sched();
// The block that ends with the answer (e.g. the in-thread analysis, or reading the worker's message) counts too.
maxGap = Math.max(maxGap, t1 - last);
clearInterval(probe);
eld.disable();
client.dispose();
// What reading the worker's answer costs this thread: deserialising the structured clone of the result.
let receiveMs = null;
if (outcome.kind === 'result') {
  const bytes = v8.serialize(outcome.result);
  const r0 = performance.now();
  v8.deserialize(bytes);
  receiveMs = performance.now() - r0;
}
process.stdout.write(JSON.stringify({
  where: outcome.kind === 'result' ? outcome.where : outcome.kind,
  findings: outcome.kind === 'result' ? outcome.result.findings.length : null,
  words: outcome.kind === 'result' ? outcome.result.words : null,
  totalMs: t1 - t0,
  coreMs: outcome.kind === 'result' ? outcome.ms : null,
  longestBlockMs: Math.max(0, maxGap - 1),
  sendMs, receiveMs,
  threadCpuMs: s0 && s1 ? s1[0] - s0[0] : null,
  threadWaitMs: s0 && s1 ? s1[1] - s0[1] : null,
  eldMaxMs: eld.max / 1e6,
  ticks,
}) + '\n');
process.exit(0);
