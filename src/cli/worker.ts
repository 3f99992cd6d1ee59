/**
 * Batch worker (bundled to dist/worker.js). Started by src/cli/pool.ts with `workerData` = WorkerSetup; it receives
 * one WorkerJob at a time, reads the file with `readDocument` (src/formats), runs `analyze` and answers with a
 * WorkerReply. Every failure is caught and reported for that file, so one bad file never stops the batch.
 *
 * `analyzeOneFile` is also used by the pool on the calling thread (one worker, or no worker bundle).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type RegiecheckConfig } from '../core/index';
import type { AnalysisResult, Locale } from '../core/types';
import { locationAt, readDocument, type ExtractedDocument } from '../formats/index';
import type { FileOutcome } from './pool';

export interface WorkerSetup {
  config?: RegiecheckConfig;
  locale?: Locale;
  maxBytes?: number;
}

export interface WorkerJob { index: number; file: string }
export interface WorkerReply { index: number; outcome: FileOutcome }

type AnalyzeOptions = NonNullable<Parameters<typeof analyze>[1]>;

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Read and analyse one file; never throws. */
export async function analyzeOneFile(file: string, setup: WorkerSetup): Promise<FileOutcome> {
  try {
    const doc = await readDocument(file, setup.maxBytes !== undefined ? { maxBytes: setup.maxBytes } : undefined);
    const options: AnalyzeOptions = {
      file,
      format: doc.format,
      config: setup.config,
      locale: setup.locale,
    };
    const result = analyze(doc.text, options);
    if (doc.locations.length > 0) addLocations(result, doc);
    return { file, ok: true, result, warnings: doc.warnings };
  } catch (err) {
    return { file, ok: false, error: describe(err) };
  }
}

/** For converted documents (docx/pdf): label each finding and evidence span with its page/paragraph, unless set. */
function addLocations(result: AnalysisResult, doc: ExtractedDocument): void {
  for (const f of result.findings) f.location ??= locationAt(doc, f.start);
  for (const item of Object.values(result.checklist)) for (const e of item.evidence) e.location ??= locationAt(doc, e.start);
}

const data = workerData as (WorkerSetup & { regiecheckWorker?: boolean }) | null;
if (parentPort && data?.regiecheckWorker === true) {
  const port = parentPort;
  const setup: WorkerSetup = { config: data.config, locale: data.locale, maxBytes: data.maxBytes };
  port.on('message', (job: WorkerJob) => {
    void analyzeOneFile(job.file, setup).then((outcome) => {
      const reply: WorkerReply = { index: job.index, outcome };
      port.postMessage(reply);
    });
  });
}
