/**
 * Entry point. Activation is cheap: it registers providers and listeners and analyses only the documents that
 * are visible; the core does the work later, debounced, per document.
 */
import * as vscode from 'vscode';
import { AnalysisService, type DocumentAnalysis } from './analysis';
import { RegieCodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { ExtractedContentProvider, PREVIEW_EDITOR, PreviewEditorProvider } from './documents';
import { RegieHoverProvider } from './hover';
import { setLocale, t } from './l10n';
import { guard, initLog, log } from './log';
import { initRuleDocs } from './ruleDocs';
import { clearConfigCache, DOC_SCHEME, readSettings, SECTION } from './settings';
import { SidebarProvider } from './sidebar';
import { StatusItem } from './status';
import { CONFIG_FILE } from './workspaceConfig';

/** What `activate` returns: used by the in-host tests, not a public API. */
export interface RegiecheckApi {
  service: AnalysisService;
  sidebar: SidebarProvider;
  status: StatusItem;
}

const SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' }, { language: 'plaintext' }, { scheme: DOC_SCHEME },
];

function applyLocale(): void {
  const l = readSettings().locale;
  setLocale(l === 'auto' ? undefined : l);
}

export function activate(context: vscode.ExtensionContext): RegiecheckApi {
  const started = Date.now();
  context.subscriptions.push(initLog());
  initRuleDocs(context.extensionUri);
  applyLocale();

  const service = new AnalysisService(context.extensionUri);
  const diagnostics = new DiagnosticsPublisher(service);
  const status = new StatusItem(service);
  const sidebar = new SidebarProvider(context.extensionUri, service, (c) =>
    vscode.commands.executeCommand(c === 'analyse' ? 'regiecheck.analyse' : 'regiecheck.openReport'));

  /** Config errors already shown (once per file and message until the config changes). */
  const reported = new Set<string>();
  const reanalyseAll = (): void => {
    reported.clear();
    clearConfigCache();
    service.resetCaches();
    for (const doc of vscode.workspace.textDocuments) if (service.isSupported(doc)) void service.analyse(doc);
  };

  context.subscriptions.push(
    service, diagnostics, status, sidebar,
    vscode.window.registerWebviewViewProvider(SidebarProvider.viewType, sidebar, { webviewOptions: { retainContextWhenHidden: false } }),
    vscode.languages.registerHoverProvider(SELECTOR, new RegieHoverProvider(service)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new RegieCodeActionProvider(service),
      { providedCodeActionKinds: RegieCodeActionProvider.kinds }),
    ...registerCommands({ service, sidebar, reanalyseAll }),
    vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, new ExtractedContentProvider()),
    vscode.window.registerCustomEditorProvider(PREVIEW_EDITOR, new PreviewEditorProvider()),

    // Typing: debounce per document (or wait for save, per settings).
    vscode.workspace.onDidChangeTextDocument(guard('onChange', (e: vscode.TextDocumentChangeEvent) => {
      if (e.contentChanges.length === 0 || !service.isSupported(e.document)) return;
      if (readSettings(e.document.uri).run === 'onType') service.schedule(e.document);
    })),
    vscode.workspace.onDidSaveTextDocument(guard('onSave', (doc: vscode.TextDocument) => {
      if (service.isSupported(doc) && readSettings(doc.uri).run === 'onSave') void service.analyse(doc);
    })),
    vscode.workspace.onDidOpenTextDocument(guard('onOpen', (doc: vscode.TextDocument) => {
      if (service.isSupported(doc)) service.schedule(doc, 0);
    })),
    vscode.workspace.onDidCloseTextDocument(guard('onClose', (doc: vscode.TextDocument) => {
      service.forget(doc.uri);
      diagnostics.clear(doc.uri);
    })),
    vscode.workspace.onDidChangeConfiguration(guard('onConfig', (e: vscode.ConfigurationChangeEvent) => {
      if (!e.affectsConfiguration(SECTION)) return;
      applyLocale();
      reanalyseAll();
      // Documents that stopped being supported (languages setting) must lose their squiggles.
      for (const doc of vscode.workspace.textDocuments) if (!service.isSupported(doc)) diagnostics.clear(doc.uri);
    })),
  );

  // A broken .regiecheck.json never stops analysis (the valid parts apply), but the user must hear about it once.
  context.subscriptions.push(service.onDidAnalyze(guard('configErrors', (a: DocumentAnalysis) => {
    for (const err of a.config?.errors ?? []) {
      const key = `${err.file}\u0000${err.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      void vscode.window.showWarningMessage(t('configErrors', vscode.workspace.asRelativePath(err.file), err.message));
    }
  })));

  // .regiecheck.json edited on disk (or by one of our quick fixes): reload it everywhere.
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  const onConfigFile = guard('configFile', reanalyseAll);
  context.subscriptions.push(watcher, watcher.onDidChange(onConfigFile), watcher.onDidCreate(onConfigFile), watcher.onDidDelete(onConfigFile));

  for (const doc of vscode.workspace.textDocuments) if (service.isSupported(doc)) service.schedule(doc, 0);
  log(`activated in ${Date.now() - started} ms`);
  return { service, sidebar, status };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
