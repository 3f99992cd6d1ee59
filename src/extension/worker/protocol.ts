/**
 * Messages between the extension host (client.ts) and the analysis worker thread (analysisWorker.ts).
 * Everything is structured-cloneable: the text, the core's options (plain config objects) and the core's
 * `AnalysisResult` (plain objects and arrays).
 */
import type { AnalyzeOptions } from '../../core';
import type { AnalysisResult } from '../../core/types';

/** Analyse `text` with the worker's incremental `Analyzer` for `key` (one per open document). */
export interface AnalyzeMessage { type: 'analyze'; seq: number; key: string; version: number; text: string; options: AnalyzeOptions }
/** The document was closed: drop its analyzer (and any queued request). */
export interface ForgetMessage { type: 'forget'; key: string }
/** Configuration or locale changed: drop every analyzer's cache. */
export interface ResetMessage { type: 'reset' }
export type ToWorker = AnalyzeMessage | ForgetMessage | ResetMessage;

/** The answer to one `analyze` message. */
export type FromWorker =
  | { type: 'result'; seq: number; key: string; version: number; result: AnalysisResult; ms: number }
  | { type: 'error'; seq: number; key: string; version: number; error: string; ms: number }
  /** A newer request for the same document arrived before this one was started: it was never analysed. */
  | { type: 'superseded'; seq: number; key: string; version: number };
