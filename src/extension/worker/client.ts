/**
 * The extension host's side of the analysis thread: `AnalysisClient.analyze(key, version, text, options)` sends a
 * document's text to the worker thread (dist/analysisWorker.js), which owns that document's incremental
 * `Analyzer`, and resolves with the result. No `vscode` here, so the unit tests and the bench (`--only host`) run
 * exactly this code.
 *
 * - Stale guard: every request gets a sequence number; only the newest request per document is answered with a
 *   result. An older one resolves `stale` (the worker drops it unanalysed when it is still queued).
 * - Fallback: when the worker cannot be started (no worker_threads, no bundle, a start error) or dies, the client
 *   logs a warning once and analyses on the calling thread from then on, with the same code (host.ts); requests
 *   that were in flight are re-run there, so no result is lost and the host never crashes.
 */
import type { AnalyzeOptions } from '../../core';
import type { AnalysisResult } from '../../core/types';
import type { AnalyzerHost } from './host';
import { lazyCore } from '../core';
import type { AnalyzeMessage, FromWorker, ToWorker } from './protocol';

export type Outcome =
  | { kind: 'result'; result: AnalysisResult; ms: number; where: Where }
  | { kind: 'error'; error: string; ms: number; where: Where }
  /** A newer request for the same document (or forget/dispose) came first: drop this one. */
  | { kind: 'stale' };
export type Where = 'worker' | 'inline';

/** The part of a `worker_threads.Worker` the client uses (tests pass fakes). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  on(event: 'message', fn: (m: FromWorker) => void): unknown;
  on(event: 'error' | 'messageerror', fn: (e: Error) => void): unknown;
  on(event: 'exit', fn: (code: number) => void): unknown;
  terminate(): unknown;
  ref?(): void;
  unref?(): void;
}

export interface ClientOptions {
  /** The worker bundle; without it (or when it does not exist) the client analyses in-thread. */
  workerScript?: string;
  /** Warnings (fallback) and errors; the extension passes its output channel. */
  log?: (message: string) => void;
  /** Starts a worker; default `new Worker(script)` from node:worker_threads, loaded on first use. */
  createWorker?: (script: string) => WorkerLike;
}

interface Pending { m: AnalyzeMessage; resolve: (o: Outcome) => void }

export class AnalysisClient {
  private worker: WorkerLike | undefined;
  private state: 'idle' | 'worker' | 'inline' = 'idle';
  private inlineHost: AnalyzerHost | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  private seq = 0;
  private disposed = false;
  /** Why the client analyses in-thread, when it does. */
  fallbackReason: string | undefined;

  constructor(private readonly options: ClientOptions = {}) {}

  /** Where the next analysis runs: 'worker' once a worker runs, 'inline' after a fallback, 'idle' before the first. */
  get mode(): 'idle' | 'worker' | 'inline' {
    return this.state;
  }

  /** Analyse a document's text; resolves with its result, its error, or `stale` when a newer request overtook it. */
  analyze(key: string, version: number, text: string, options: AnalyzeOptions): Promise<Outcome> {
    if (this.disposed) return Promise.resolve({ kind: 'stale' });
    const m: AnalyzeMessage = { type: 'analyze', seq: ++this.seq, key, version, text, options };
    this.latest.set(key, m.seq);
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(this.runInline(m));
    return new Promise<Outcome>((resolve) => {
      this.pending.set(m.seq, { m, resolve });
      try {
        worker.ref?.();
        worker.postMessage(m);
      } catch (e) {
        // E.g. an option that cannot be cloned: analyse this one here, keep the worker for the next.
        this.pending.delete(m.seq);
        this.options.log?.(`analysis worker: could not send ${key}: ${message(e)}; analysing in-thread`);
        resolve(this.runInline(m));
      }
    });
  }

  /** A document was closed: drop its analyzer; answers still on the way for it resolve `stale`. */
  forget(key: string): void {
    this.latest.delete(key);
    this.inlineHost?.forget(key);
    this.send({ type: 'forget', key });
  }

  /** Drop every document's cache (configuration or locale changed). */
  reset(): void {
    this.inlineHost?.reset();
    this.send({ type: 'reset' });
  }

  dispose(): void {
    this.disposed = true;
    const w = this.worker;
    this.worker = undefined;
    if (w) void Promise.resolve(w.terminate()).catch(() => undefined);
    for (const p of this.pending.values()) p.resolve({ kind: 'stale' });
    this.pending.clear();
    this.inlineHost = undefined;
  }

  private send(m: ToWorker): void {
    try {
      this.worker?.postMessage(m);
    } catch (e) {
      this.fail(`postMessage failed: ${message(e)}`);
    }
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.state === 'worker') return this.worker;
    if (this.state === 'inline') return undefined;
    const script = this.options.workerScript;
    if (!script) {
      this.toInline('no worker bundle given');
      return undefined;
    }
    try {
      const create = this.options.createWorker ?? defaultCreateWorker;
      const w = create(script);
      this.worker = w;
      this.state = 'worker';
      w.on('message', (r: FromWorker) => { if (w === this.worker) this.onReply(r); });
      w.on('error', (e: Error) => { if (w === this.worker) this.fail(`worker error: ${e.stack ?? e.message}`); });
      w.on('messageerror', (e: Error) => { if (w === this.worker) this.fail(`worker message error: ${e.message}`); });
      w.on('exit', (code: number) => { if (w === this.worker) this.fail(`worker exited with code ${code}`); });
      w.unref?.();
      return w;
    } catch (e) {
      this.toInline(`could not start ${script}: ${message(e)}`);
      return undefined;
    }
  }

  private onReply(r: FromWorker): void {
    const p = this.pending.get(r.seq);
    if (!p) return;
    this.pending.delete(r.seq);
    if (this.pending.size === 0) this.worker?.unref?.();
    if (r.type === 'superseded' || this.latest.get(r.key) !== r.seq) p.resolve({ kind: 'stale' });
    else if (r.type === 'result') p.resolve({ kind: 'result', result: r.result, ms: r.ms, where: 'worker' });
    else p.resolve({ kind: 'error', error: r.error, ms: r.ms, where: 'worker' });
  }

  /** The worker died or misbehaved: continue in-thread, re-running what was in flight. */
  private fail(reason: string): void {
    if (this.disposed) return;
    const w = this.worker;
    this.worker = undefined;
    if (w) void Promise.resolve(w.terminate()).catch(() => undefined);
    this.toInline(reason);
    const inFlight = [...this.pending.values()];
    this.pending.clear();
    for (const p of inFlight) {
      p.resolve(this.latest.get(p.m.key) === p.m.seq ? this.runInline(p.m) : { kind: 'stale' });
    }
  }

  private toInline(reason: string): void {
    this.state = 'inline';
    this.fallbackReason = reason;
    this.options.log?.(`analysis worker unavailable (${reason}); analysing on the extension host's thread`);
  }

  private runInline(m: AnalyzeMessage): Outcome {
    this.inlineHost ??= lazyCore().createAnalyzerHost();
    const r = this.inlineHost.run(m);
    if (r.type === 'result') return { kind: 'result', result: r.result, ms: r.ms, where: 'inline' };
    if (r.type === 'error') return { kind: 'error', error: r.error, ms: r.ms, where: 'inline' };
    return { kind: 'stale' };
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function defaultCreateWorker(script: string): WorkerLike {
  // Loaded here, not at module load: where worker_threads or the bundle is missing this throws and the client
  // falls back instead of failing activation.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  if (!fs.existsSync(script)) throw new Error('file not found');
  return new Worker(script, { name: 'regiecheck-analysis' }) as unknown as WorkerLike;
}
