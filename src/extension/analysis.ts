/**
 * The analysis service: one core `Analyzer` per open document (it caches per block, so re-analysing after a
 * keystroke only redoes the paragraphs that changed), a debounce per document, and a version guard so a result
 * is only published for the text it was computed from.
 *
 * Everything else (diagnostics, hovers, code actions, sidebar, status bar) reads results from here and listens to
 * `onDidAnalyze`; nothing else calls the core for open documents.
 */
import * as vscode from 'vscode';
import { Analyzer } from '../core';
import type { AnalysisResult } from '../core/types';
import { currentLocale } from './l10n';
import { DOC_SCHEME, effectiveConfig, readSettings, type EffectiveConfig } from './settings';
import { log } from './log';

/** Why a document has no result. */
export type Skipped = 'disabled' | 'tooLarge' | 'unsupported' | 'error';

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
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly latest = new Map<string, DocumentAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<DocumentAnalysis>();
  /** Fires after every analysis (or skip) that is still current for its document. */
  readonly onDidAnalyze = this.emitter.event;

  /** @param extensionUri the installed extension, whose docs/ folder is excluded from analysis */
  constructor(extensionUri?: vscode.Uri) {
    this.ownDocs = extensionUri ? vscode.Uri.joinPath(extensionUri, 'docs').toString() + '/' : undefined;
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
      this.analyse(doc);
    }, delay));
  }

  /** Analyse now (synchronously) and publish. Never throws: a core error becomes a logged `error` skip. */
  analyse(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) { clearTimeout(pending); this.timers.delete(key); }
    const settings = readSettings(doc.uri);
    const base = { uri: doc.uri, version: doc.version, ms: 0 };
    let analysis: DocumentAnalysis;
    if (!settings.enable) analysis = { ...base, skipped: 'disabled' };
    else if (!this.isSupported(doc)) analysis = { ...base, skipped: 'unsupported' };
    else {
      const config = effectiveConfig(doc.uri, settings);
      const text = doc.getText();
      const maxKB = config.config.maxFileSizeKB ?? settings.maxFileSizeKB;
      if (text.length > maxKB * 1024) analysis = { ...base, skipped: 'tooLarge', config };
      else {
        const t0 = Date.now();
        try {
          let analyzer = this.analyzers.get(key);
          if (!analyzer) { analyzer = new Analyzer(); this.analyzers.set(key, analyzer); }
          const result = analyzer.analyze(text, {
            file: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString(),
            format: doc.languageId === 'markdown' || doc.uri.scheme === DOC_SCHEME ? 'markdown' : 'plaintext',
            config: config.config,
            locale: currentLocale(),
          });
          analysis = { ...base, result, config, ms: Date.now() - t0 };
        } catch (e) {
          // A core bug must not take the extension host down; drop the cached analyzer in case its state is bad.
          this.analyzers.delete(key);
          const error = e instanceof Error ? e.stack ?? e.message : String(e);
          log(`analysis of ${doc.uri.toString()} failed: ${error}`);
          analysis = { ...base, skipped: 'error', error, ms: Date.now() - t0 };
        }
      }
    }
    this.latest.set(key, analysis);
    if (analysis.result) log(`${doc.uri.path}: ${analysis.result.findings.length} findings in ${analysis.ms} ms (v${doc.version})`);
    this.emitter.fire(analysis);
    return analysis;
  }

  /** Forget a closed document (its analyzer cache and pending timer). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.analyzers.delete(key);
    this.latest.delete(key);
  }

  /** Drop per-block caches (after a config or locale change, cached findings may be wrong). */
  resetCaches(): void {
    this.analyzers.clear();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.analyzers.clear();
    this.emitter.dispose();
  }
}
