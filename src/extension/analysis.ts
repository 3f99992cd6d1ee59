/**
 * The analysis service: a debounce per document, the settings and `.regiecheck.json` of each document, and a
 * version guard so a result is only published for the text it was computed from.
 *
 * The analysis itself runs off the extension host's thread: `AnalysisClient` (worker/client.ts) sends the text,
 * version and effective configuration to a worker thread (dist/analysisWorker.js) that owns one core `Analyzer`
 * per open document (it caches per block, so re-analysing after a keystroke only redoes the paragraphs that
 * changed). When the worker cannot start or dies, the client analyses on this thread instead (logged).
 *
 * Everything else (diagnostics, hovers, code actions, sidebar, status bar, reports) reads results from here and
 * listens to `onDidAnalyze`; nothing else calls the core for open documents.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../core/types';
import { currentLocale } from './l10n';
import { DOC_SCHEME, effectiveConfig, readSettings, type EffectiveConfig } from './settings';
import { log } from './log';
import { AnalysisClient } from './worker/client';

/** Why a document has no result. `cancelled` (closed, or the service disposed) is never published. */
export type Skipped = 'disabled' | 'tooLarge' | 'unsupported' | 'error' | 'cancelled';

/** The worker bundle next to dist/extension.js (esbuild.js builds both into dist/). */
export const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  result?: AnalysisResult;
  skipped?: Skipped;
  /** Milliseconds the core took (for the log and the status-bar tooltip). */
  ms: number;
  config?: EffectiveConfig;
  error?: string;
}

export class AnalysisService implements vscode.Disposable {
  private readonly client: AnalysisClient;
  /** The newest `analyse` call per document, so a superseded call can hand back the newer one's result. */
  private readonly inflight = new Map<string, { seq: number; promise: Promise<DocumentAnalysis> }>();
  private seq = 0;
  private readonly latest = new Map<string, DocumentAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<DocumentAnalysis>();
  /** Fires after every analysis (or skip) that is still current for its document. */
  readonly onDidAnalyze = this.emitter.event;

  /**
   * @param extensionUri the installed extension, whose docs/ folder is excluded from analysis
   * @param client where the core runs; by default a worker thread on dist/analysisWorker.js
   */
  constructor(extensionUri?: vscode.Uri, client?: AnalysisClient) {
    this.ownDocs = extensionUri ? vscode.Uri.joinPath(extensionUri, 'docs').toString() + '/' : undefined;
    this.client = client ?? new AnalysisClient({ workerScript: WORKER_SCRIPT, log });
  }

  private readonly ownDocs: string | undefined;
  private readonly ignored = new WeakSet<vscode.TextDocument>();

  /** Never analyse this document (our own generated reports). */
  ignore(doc: vscode.TextDocument): void {
    this.ignored.add(doc);
    this.forget(doc.uri);
  }

  /** True when the document's language (or our read-only docx/pdf scheme) is one we analyse. */
  isSupported(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme === DOC_SCHEME) return true;
    if (this.ignored.has(doc)) return false;
    // Our own rule docs (opened from a hover or the sidebar) quote bad examples on purpose: never lint them.
    if (this.ownDocs && doc.uri.toString().startsWith(this.ownDocs)) return false;
    if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return false;
    return readSettings(doc.uri).languages.includes(doc.languageId);
  }

  /** The latest published analysis, if it belongs to the document's current text. */
  get(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    const a = this.latest.get(doc.uri.toString());
    return a && a.version === doc.version ? a : undefined;
  }

  /** Analyse after the configured delay; each new call for the same document restarts the wait. */
  schedule(doc: vscode.TextDocument, delay = readSettings(doc.uri).delay): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = doc.version;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A later edit has its own timer; this one is stale (the version guard).
      if (doc.isClosed || doc.version !== version) return;
      void this.analyse(doc);
    }, delay));
  }

  /**
   * Analyse now and publish when the result is still current (same document version, document open, no newer
   * call). Resolves with this call's analysis (or, when a newer call for the document overtook it, with that
   * one's). Never rejects: a core error becomes a logged `error` skip.
   */
  analyse(doc: vscode.TextDocument): Promise<DocumentAnalysis> {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) { clearTimeout(pending); this.timers.delete(key); }
    const seq = ++this.seq;
    const promise = this.run(doc, key, seq).catch((e: unknown): DocumentAnalysis => {
      const error = e instanceof Error ? e.stack ?? e.message : String(e);
      log(`analysis of ${key} failed: ${error}`);
      return { uri: doc.uri, version: doc.version, skipped: 'error', error, ms: 0 };
    });
    this.inflight.set(key, { seq, promise });
    void promise.finally(() => { if (this.inflight.get(key)?.seq === seq) this.inflight.delete(key); });
    return promise;
  }

  private async run(doc: vscode.TextDocument, key: string, seq: number): Promise<DocumentAnalysis> {
    const settings = readSettings(doc.uri);
    const version = doc.version;
    const base = { uri: doc.uri, version, ms: 0 };
    if (!settings.enable) return this.publish(doc, key, seq, { ...base, skipped: 'disabled' });
    if (!this.isSupported(doc)) return this.publish(doc, key, seq, { ...base, skipped: 'unsupported' });
    const config = effectiveConfig(doc.uri, settings);
    const text = doc.getText();
    const maxKB = config.config.maxFileSizeKB ?? settings.maxFileSizeKB;
    if (text.length > maxKB * 1024) return this.publish(doc, key, seq, { ...base, skipped: 'tooLarge', config });
    const outcome = await this.client.analyze(key, version, text, {
      file: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString(),
      format: doc.languageId === 'markdown' || doc.uri.scheme === DOC_SCHEME ? 'markdown' : 'plaintext',
      config: config.config,
      locale: currentLocale(),
    });
    if (outcome.kind === 'stale') {
      // A newer call for this document overtook this one: its answer is the one that counts.
      const newer = this.inflight.get(key);
      if (newer && newer.seq > seq) return newer.promise;
      return { ...base, skipped: 'cancelled' };
    }
    if (outcome.kind === 'error') {
      log(`analysis of ${key} failed: ${outcome.error}`);
      return this.publish(doc, key, seq, { ...base, skipped: 'error', error: outcome.error, ms: Math.round(outcome.ms) });
    }
    return this.publish(doc, key, seq, { ...base, result: outcome.result, config, ms: Math.round(outcome.ms) });
  }

  /** Publish if still current: the document is open at the analysed version and no newer call was made. */
  private publish(doc: vscode.TextDocument, key: string, seq: number, analysis: DocumentAnalysis): DocumentAnalysis {
    const newest = this.inflight.get(key);
    if (this.disposed || (newest && newest.seq > seq)) return analysis;
    // Closed or edited meanwhile (the edit has its own run): never publish a result for another text.
    if (doc.isClosed || doc.version !== analysis.version) return analysis;
    this.latest.set(key, analysis);
    if (analysis.result) log(`${analysis.uri.path}: ${analysis.result.findings.length} findings in ${analysis.ms} ms (v${analysis.version})`);
    // A rule that failed on this text (a bug in Regiecheck) was skipped; the other rules' findings are shown.
    for (const n of analysis.result?.notices ?? []) if (n.id === 'rule-error') log(`${analysis.uri.path}: ${n.message}`);
    this.emitter.fire(analysis);
    return analysis;
  }

  /** Forget a closed document (its analyzer cache and pending timer). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.inflight.delete(key);
    this.client.forget(key);
    this.latest.delete(key);
  }

  /** Drop per-block caches (after a config or locale change, cached findings may be wrong). */
  resetCaches(): void {
    this.client.reset();
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.inflight.clear();
    this.client.dispose();
    this.emitter.dispose();
  }
}
