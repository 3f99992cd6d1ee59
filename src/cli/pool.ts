/**
 * Batch analysis over many files with `node:worker_threads`.
 *
 * `analyzeFilesParallel(paths, { workers })` starts up to `workers` threads running `dist/worker.js` (the bundle of
 * src/cli/worker.ts), hands out one file at a time (a worker asks for the next file when it is done, so a few big
 * files do not hold up the rest), and resolves with one outcome per input path **in input order**, whatever order the
 * workers finish in. A file that cannot be read or analysed gives `{ ok: false, error }` for that file only; the rest
 * of the batch goes on. A worker that dies (out of memory, a crash in native code) fails only the file it was on and
 * is replaced.
 *
 * With `workers <= 1`, or a batch of one file, no thread is started: the files are analysed on the calling thread
 * with the same code path (`analyzeFileInline`), so small runs do not pay the thread start-up cost.
 */
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalysisResult, Locale } from '../core/types';
import type { RegiecheckConfig } from '../core/config';
import { analyzeOneFile, type WorkerJob, type WorkerReply, type WorkerSetup } from './worker';

export type FileOutcome =
  | { file: string; ok: true; result: AnalysisResult; warnings: string[] }
  | { file: string; ok: false; error: string };

export interface ParallelOptions {
  /** Number of worker threads; default: `defaultWorkers()` (available cores minus one, at least 1). */
  workers?: number;
  /** Configuration handed to `analyze` (the parsed `.regiecheck.json`/settings object); must be structured-cloneable. */
  config?: RegiecheckConfig;
  locale?: Locale;
  /** Per-file configuration (e.g. each document's nearest .regiecheck.json); replaces `config` for that file. */
  configFor?: (path: string, index: number) => RegiecheckConfig | undefined;
  /** Largest file to read, in bytes; default: twice the config's maxFileSizeKB (worker.ts, readLimitBytes). */
  maxBytes?: number;
  /** Path of the bundled worker script; default `worker.js` next to the running bundle (dist/). */
  workerScript?: string;
  /** Called after each file, in completion order (for progress output). */
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
}

/**
 * One core is left free: a single analysis thread already keeps about 1.5 cores busy, because V8 compiles hot
 * functions and collects garbage on background threads (bench/results.md, batch scaling: 3.2 s CPU in 2.1 s
 * wall for one worker). On a 2-core machine a second worker thread only competes with those and made the batch
 * slower (2.6–2.8 s against 2.1–2.3 s), so there the batch runs on the calling thread.
 */
export function defaultWorkers(cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length): number {
  return Math.max(1, cores - 1);
}

/** Analyse `paths` and return one outcome per path, in the order of `paths`. Never rejects for a bad file. */
export async function analyzeFilesParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<FileOutcome[]> {
  const total = paths.length;
  const outcomes = new Array<FileOutcome | undefined>(total);
  if (total === 0) return [];
  const setup: WorkerSetup = { config: options.config, locale: options.locale, maxBytes: options.maxBytes };
  const wanted = Math.min(total, Math.max(1, Math.floor(options.workers ?? defaultWorkers())));
  let done = 0;
  const record = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    done++;
    options.onProgress?.(done, total, outcome);
  };

  const script = options.workerScript ?? path.join(__dirname, 'worker.js');
  // No threads for one worker, and none when the worker bundle is absent (e.g. running from sources under tsx).
  if (wanted <= 1 || !fs.existsSync(script)) {
    for (let i = 0; i < total; i++) {
      const config = options.configFor?.(paths[i], i);
      record(i, await analyzeOneFile(paths[i], config ? { ...setup, config } : setup));
    }
    return outcomes as FileOutcome[];
  }

  let next = 0;
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = (): void => {
      if (next >= total) {
        if (live === 0) resolve();
        return;
      }
      live++;
      let current = -1;
      let settled = false;
      const worker = new Worker(script, { workerData: { ...setup, regiecheckWorker: true } });
      const finish = (): void => {
        if (settled) return;
        settled = true;
        live--;
        start();
        if (live === 0 && next >= total) resolve();
      };
      const feed = (): void => {
        if (next >= total) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        const config = options.configFor?.(paths[current], current);
        const job: WorkerJob = { index: current, file: paths[current], ...(config ? { config } : {}) };
        worker.postMessage(job);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.index !== current) return;
        record(reply.index, reply.outcome);
        feed();
      });
      worker.on('error', (err: Error) => {
        if (current >= 0 && outcomes[current] === undefined) {
          record(current, { file: paths[current], ok: false, error: `worker crashed: ${err.message}` });
        }
        current = -1;
      });
      worker.on('exit', (code) => {
        if (current >= 0 && outcomes[current] === undefined) {
          record(current, { file: paths[current], ok: false, error: `worker stopped (exit code ${code})` });
        }
        finish();
      });
      feed();
    };
    for (let w = 0; w < wanted; w++) start();
  });
  // Defensive: every slot is filled above; a gap would mean a lost file, which we report rather than hide.
  return outcomes.map((o, i) => o ?? { file: paths[i], ok: false, error: 'not analysed (internal error)' });
}
