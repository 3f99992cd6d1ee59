/**
 * Palette commands (category "Regiecheck") and the internal commands behind quick fixes.
 * Each handler is wrapped so an error becomes a message and a log line, never an unhandled rejection.
 */
import * as vscode from 'vscode';
import { lazyCore } from './core';
import type { AnalysisService } from './analysis';
import { ALLOW_PHRASE, HIDE_FINDING, type AllowArgs, type HideArgs } from './codeActions';
import { pick, t } from './l10n';
import { logError } from './log';
import { OPEN_EXTRACTED, openExtracted } from './documents';
import { analyseFolder, openDocumentReport } from './reports';
import { openRuleDoc } from './ruleDocs';
import { COMPARE_PREVIOUS, compareWithPrevious, REVIEW_COPY, reviewCopy } from './reviewCommands';
import { SECTION } from './settings';
import type { SidebarProvider } from './sidebar';
import { OPEN_SIDEBAR } from './status';
import { allowPhrase, hideFinding, resetHidden } from './workspaceConfig';

export interface CommandDeps {
  service: AnalysisService;
  sidebar: SidebarProvider;
  /** Re-analyse every open supported document (after a config change). */
  reanalyseAll: () => void;
}

/** The document a command applies to: the active editor's, else the one the sidebar shows. */
function activeDocument(service: AnalysisService): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && service.isSupported(doc) ? doc : undefined;
}

function wrap(name: string, fn: (...args: never[]) => unknown): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]) => {
    try {
      return await (fn as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      logError(name, e);
      void vscode.window.showErrorMessage(`Regiecheck: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { service, sidebar, reanalyseAll } = deps;
  const target = () => (vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);

  const handlers: Record<string, (...args: never[]) => unknown> = {
    'regiecheck.analyse': async () => {
      const doc = activeDocument(service);
      if (!doc) { void vscode.window.showInformationMessage(t('noDocument')); return undefined; }
      service.resetCaches();
      const a = await service.analyse(doc);
      if (a.skipped === 'error') void vscode.window.showErrorMessage(t('analyseFailed', vscode.workspace.asRelativePath(doc.uri), a.error?.split('\n')[0] ?? ''));
      if (a.result) vscode.window.setStatusBarMessage(t('analysed', a.result.findings.length, vscode.workspace.asRelativePath(doc.uri)), 4000);
      return a.result;
    },
    'regiecheck.openReport': () => {
      const doc = activeDocument(service);
      if (!doc) { void vscode.window.showInformationMessage(t('noDocument')); return undefined; }
      return openDocumentReport(service, doc);
    },
    'regiecheck.analyseFolder': (folder?: vscode.Uri) => analyseFolder(service, folder),
    [OPEN_EXTRACTED]: (file?: vscode.Uri) => openExtracted(file),
    // From the Explorer the second argument is the list of selected files: only a Uri counts as the target.
    [REVIEW_COPY]: (file?: vscode.Uri, target?: unknown) =>
      reviewCopy(service, file instanceof vscode.Uri ? file : undefined, target instanceof vscode.Uri ? target : undefined),
    [COMPARE_PREVIOUS]: (file?: vscode.Uri, previous?: unknown) =>
      compareWithPrevious(service, file instanceof vscode.Uri ? file : undefined, previous === 'HEAD' || previous instanceof vscode.Uri ? previous : undefined),
    'regiecheck.showRuleDocs': async (ruleId?: string) => {
      let id = typeof ruleId === 'string' ? ruleId : undefined;
      if (!id) {
        const pickItem = await vscode.window.showQuickPick(lazyCore().RULES.map((r) => ({ label: r.id, description: pick(r.title) })), { placeHolder: t('pickRule') });
        id = pickItem?.label;
      }
      if (id) await openRuleDoc(id);
      return id;
    },
    'regiecheck.enable': async () => {
      await vscode.workspace.getConfiguration(SECTION).update('enable', true, target());
      void vscode.window.showInformationMessage(t('enabled'));
    },
    'regiecheck.disable': async () => {
      await vscode.workspace.getConfiguration(SECTION).update('enable', false, target());
      void vscode.window.showInformationMessage(t('disabled'));
    },
    'regiecheck.resetHidden': async () => {
      const { removed, files } = await resetHidden(vscode.window.activeTextEditor?.document.uri);
      if (!removed) { void vscode.window.showInformationMessage(t('nothingHidden')); return 0; }
      reanalyseAll();
      void vscode.window.showInformationMessage(t('hiddenReset', removed, files.map((f) => vscode.workspace.asRelativePath(f)).join(', ')));
      return removed;
    },
    [OPEN_SIDEBAR]: () => sidebar.show(),
    [HIDE_FINDING]: async (args: HideArgs) => {
      const written = await hideFinding(vscode.Uri.parse(args.uri), { rule: args.rule, fingerprint: args.fingerprint, text: args.text });
      if (written) { reanalyseAll(); vscode.window.setStatusBarMessage(t('configWritten', vscode.workspace.asRelativePath(written)), 4000); }
      return written?.toString();
    },
    [ALLOW_PHRASE]: async (args: AllowArgs) => {
      const written = await allowPhrase(vscode.Uri.parse(args.uri), args.phrase);
      if (written) { reanalyseAll(); vscode.window.setStatusBarMessage(t('configWritten', vscode.workspace.asRelativePath(written)), 4000); }
      return written?.toString();
    },
  };
  return Object.entries(handlers).map(([id, fn]) => vscode.commands.registerCommand(id, wrap(id, fn)));
}
