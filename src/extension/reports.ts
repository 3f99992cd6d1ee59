/**
 * Report commands: "Report of this document" and "Analyse a folder". The renderers live in src/report (shared
 * with the CLI). HTML reports open in a webview panel (the report page brings its own strict CSP; we give it a
 * fresh nonce); Markdown reports open as an untitled Markdown document that we do not lint.
 * The formats module (mammoth, pdfjs) is loaded lazily so activation stays fast.
 */
import * as vscode from 'vscode';
import type { AnalysisResult } from '../core/types';
import { lazyCore } from './core';
import type { AnalysisService } from './analysis';
import { currentLocale, t } from './l10n';
import { logError } from './log';
import { effectiveConfig, readSettings, sourcePath } from './settings';

const FOLDER_GLOB = '**/*.{md,markdown,txt,docx,pdf}';
const FOLDER_EXCLUDE = '**/{node_modules,.git,dist,out}/**';
const MAX_FOLDER_FILES = 1000;

async function show(service: AnalysisService, content: string, format: 'html' | 'markdown', title: string, nonce: string): Promise<vscode.WebviewPanel | vscode.TextDocument> {
  if (format === 'markdown') {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    service.ignore(doc);   // a report quotes findings; linting it would only repeat them
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  }
  const panel = vscode.window.createWebviewPanel('regiecheck.report', title, vscode.ViewColumn.Beside,
    { enableScripts: true, localResourceRoots: [] });
  // The page's own CSP (rendered with our fresh nonce) allows only its own style and sort script; nothing remote.
  void nonce;
  panel.webview.html = content;
  return panel;
}

/** 16 random bytes as base64, from Web Crypto (no `crypto` module load at activation). */
const randomBase64 = (): string => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
const newNonce = () => randomBase64().replace(/[+/=]/g, '');

export async function openDocumentReport(service: AnalysisService, doc: vscode.TextDocument): Promise<vscode.WebviewPanel | vscode.TextDocument | undefined> {
  const a = service.get(doc) ?? await service.analyse(doc);
  if (!a.result) { void vscode.window.showInformationMessage(t('noDocument')); return undefined; }
  const format = readSettings(doc.uri).reportFormat;
  const nonce = newNonce();
  const content = lazyCore().renderDocumentReport(a.result, { format, locale: currentLocale(), sourceText: doc.getText(), nonce });
  const name = vscode.workspace.asRelativePath(doc.uri);
  return show(service, content, format, `Regiecheck: ${name}`, nonce);
}

async function pickFolder(arg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) {
    const pick = await vscode.window.showWorkspaceFolderPick({ placeHolder: t('folderPick') });
    return pick?.uri;
  }
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('folderPick') });
  return chosen?.[0];
}

export interface FolderRun { results: AnalysisResult[]; errors: string[]; view?: vscode.WebviewPanel | vscode.TextDocument }

export async function analyseFolder(service: AnalysisService, arg?: vscode.Uri): Promise<FolderRun | undefined> {
  const folder = await pickFolder(arg);
  if (!folder) return undefined;
  const { readDocument } = await import('../formats');
  const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, FOLDER_GLOB), FOLDER_EXCLUDE, MAX_FOLDER_FILES))
    .sort((x, y) => x.path.localeCompare(y.path));
  const results: AnalysisResult[] = [];
  const errors: string[] = [];
  const sourceTexts = new Map<string, string>();
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('folderProgress'), cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
        const file = sourcePath(uri);
        if (!file) continue;
        try {
          const settings = readSettings(uri);
          const { config } = effectiveConfig(uri, settings);
          const doc = await readDocument(file, { maxBytes: settings.maxFileSizeKB * 1024 });
          const rel = vscode.workspace.asRelativePath(uri, false);
          results.push(lazyCore().analyze(doc.text, { file: rel, format: doc.format, config, locale: currentLocale() }));
          sourceTexts.set(rel, doc.text);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
          logError(`folder analysis: ${uri.fsPath}`, e);
        }
        // Yield between files so the extension host stays responsive during a long run.
        if (i % 5 === 4) await new Promise((r) => setTimeout(r, 0));
      }
    });
  const findings = results.reduce((n, r) => n + r.findings.length, 0);
  void vscode.window.showInformationMessage(t('folderDone', results.length, findings) + (errors.length ? `\n${errors.join('\n')}` : ''));
  if (!results.length) return { results, errors };
  const format = readSettings(folder).reportFormat;
  const nonce = newNonce();
  const content = lazyCore().renderFolderReport(results, { format, locale: currentLocale(), sourceTexts, nonce, title: `Regiecheck: ${vscode.workspace.asRelativePath(folder)}` });
  const view = await show(service, content, format, `Regiecheck: ${vscode.workspace.asRelativePath(folder)}`, nonce);
  return { results, errors, view };
}
