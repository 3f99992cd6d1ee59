/**
 * One `Analyzer` per document key, and the step that turns a request into an answer. Used by the worker thread
 * and, unchanged, by the client's in-thread fallback, so both paths run exactly the same code.
 */
import { Analyzer } from '../../core';
import type { AnalyzeMessage, FromWorker } from './protocol';

export interface AnalyzerHost {
  run(m: AnalyzeMessage): FromWorker;
  forget(key: string): void;
  reset(): void;
}

export function createAnalyzerHost(now: () => number = () => performance.now()): AnalyzerHost {
  const analyzers = new Map<string, Analyzer>();
  return {
    run(m) {
      const t0 = now();
      try {
        let analyzer = analyzers.get(m.key);
        if (!analyzer) { analyzer = new Analyzer(); analyzers.set(m.key, analyzer); }
        const result = analyzer.analyze(m.text, m.options);
        return { type: 'result', seq: m.seq, key: m.key, version: m.version, result, ms: now() - t0 };
      } catch (e) {
        // A core bug must not stop the thread; drop the cached analyzer in case its state is bad.
        analyzers.delete(m.key);
        const error = e instanceof Error ? e.stack ?? e.message : String(e);
        return { type: 'error', seq: m.seq, key: m.key, version: m.version, error, ms: now() - t0 };
      }
    },
    forget: (key) => { analyzers.delete(key); },
    reset: () => { analyzers.clear(); },
  };
}
