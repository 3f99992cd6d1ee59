/**
 * The analysis worker thread (bundled to dist/analysisWorker.js, started by client.ts from the extension host).
 * It owns one core `Analyzer` per open document, so the incremental per-block cache lives here, off the extension
 * host's thread. Requests are queued per document and run one per event-loop turn: when a newer version of a
 * document arrives while an older one is still queued, the older one is answered `superseded` and never analysed.
 * A core exception is answered as an `error` for that request (and that document's analyzer is dropped, as the
 * in-thread service did); the thread itself keeps running.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { createAnalyzerHost } from './host';
import type { AnalyzeMessage, FromWorker, ToWorker } from './protocol';

/**
 * Background priority for this thread only (Linux: `setpriority` on the thread's own id lowers just this thread),
 * so when the cores are busy the extension host's thread is scheduled before the analysis. Elsewhere, or when
 * not allowed, the thread keeps normal priority.
 */
function lowerPriority(): void {
  try {
    const tid = Number(/task\/(\d+)/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0 && tid !== process.pid) os.setPriority(tid, Math.min(19, os.getPriority(tid) + 10));
  } catch {
    // not Linux, or not permitted: normal priority
  }
}

const port = parentPort;
if (port) {
  lowerPriority();
  const host = createAnalyzerHost();
  const queue = new Map<string, AnalyzeMessage>();
  let scheduled = false;
  const post = (m: FromWorker): void => port.postMessage(m);

  const drainOne = (): void => {
    scheduled = false;
    const next = queue.entries().next();
    if (next.done) return;
    const [key, m] = next.value;
    queue.delete(key);
    post(host.run(m));
    if (queue.size > 0) schedule();
  };
  // One request per turn, so messages that arrived meanwhile (a newer version, a forget) are seen first.
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drainOne);
  };

  port.on('message', (m: ToWorker) => {
    switch (m.type) {
      case 'analyze': {
        const queued = queue.get(m.key);
        if (queued) post({ type: 'superseded', seq: queued.seq, key: queued.key, version: queued.version });
        queue.delete(m.key); // re-insert at the end: fair order between documents
        queue.set(m.key, m);
        schedule();
        break;
      }
      case 'forget': {
        const queued = queue.get(m.key);
        if (queued) post({ type: 'superseded', seq: queued.seq, key: queued.key, version: queued.version });
        queue.delete(m.key);
        host.forget(m.key);
        break;
      }
      case 'reset':
        host.reset();
        break;
    }
  });
}
