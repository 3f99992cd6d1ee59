/**
 * Batch worker (bundled to dist/worker.js). Started by src/cli/pool.ts with `workerData` = WorkerSetup; it receives
 * one WorkerJob at a time, reads the file with `readDocument` (src/formats), runs `analyze` and answers with a
 * WorkerReply. Every failure is caught and reported for that file, so one bad file never stops the batch.
 *
 * `analyzeOneFile` is also used by the pool on the calling thread (one worker, or no worker bundle).
 */
import * as fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, DEFAULT_MAX_FILE_SIZE_KB, type RegiecheckConfig } from '../core/index';
import type { AnalysisResult, Locale } from '../core/types';
import { DocumentReadError, locationAt, readDocument, type ExtractedDocument } from '../formats/index';
import { formatSize } from '../formats/errors';
import type { FileOutcome } from './pool';

export interface WorkerSetup {
  config?: RegiecheckConfig;
  locale?: Locale;
  /** Largest file to read, in bytes; default: readLimitBytes(config). */
  maxBytes?: number;
}

/** One file; `config`, when given, replaces the setup's for this file (each document's own .regiecheck.json). */
export interface WorkerJob { index: number; file: string; config?: RegiecheckConfig }
export interface WorkerReply { index: number; outcome: FileOutcome }

type AnalyzeOptions = NonNullable<Parameters<typeof analyze>[1]>;

/**
 * One size limit, `maxFileSizeKB` (`--max-size`, default 5120 kB): the core does not analyse a text over it (one
 * `too-large` notice), and a file over twice the limit is not read at all (a .docx or .pdf file is larger than its
 * text, so the read limit leaves room for those; the text limit still decides).
 */
export function readLimitBytes(config?: RegiecheckConfig): number {
  return 2 * limitKB(config) * 1024;
}

const limitKB = (config?: RegiecheckConfig): number => config?.maxFileSizeKB ?? DEFAULT_MAX_FILE_SIZE_KB;

/** The reader's message for a file over the read limit names the bytes; this one names the limit as --help does. */
export function tooLargeMessage(file: string, config: RegiecheckConfig | undefined, size?: number): string {
  const kb = limitKB(config);
  const how = size ? `${formatSize(size)}, meer dan tweemaal de grens` : 'meer dan tweemaal de grens';
  return `${file}: het bestand is te groot om te lezen (${how} van ${kb} kB; --max-size of maxFileSizeKB). Splits het document of verhoog de grens.`;
}

function describe(err: unknown, file: string, setup: WorkerSetup): string {
  if (err instanceof DocumentReadError && err.code === 'too-large' && setup.maxBytes === undefined) {
    let size: number | undefined;
    try {
      size = fs.statSync(file).size || undefined;
    } catch {
      size = undefined;
    }
    return tooLargeMessage(err.file, setup.config, size);
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Read and analyse one file; never throws. */
export async function analyzeOneFile(file: string, setup: WorkerSetup): Promise<FileOutcome> {
  try {
    const doc = await readDocument(file, { maxBytes: setup.maxBytes ?? readLimitBytes(setup.config) });
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
    return { file, ok: false, error: describe(err, file, setup) };
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
    void analyzeOneFile(job.file, job.config ? { ...setup, config: job.config } : setup).then((outcome) => {
      const reply: WorkerReply = { index: job.index, outcome };
      port.postMessage(reply);
    });
  });
}
