/**
 * The status-bar item: the active document's state (findings count and lowest key score, or why nothing was
 * analysed). Clicking it opens the four-key sidebar.
 */
import * as vscode from 'vscode';
import type { AnalysisService, DocumentAnalysis } from './analysis';
import { t } from './l10n';
import { guard } from './log';
import { readSettings } from './settings';

export const OPEN_SIDEBAR = 'regiecheck.openSidebar';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('regiecheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.item.name = 'Regiecheck';
    this.item.command = OPEN_SIDEBAR;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(guard('status.editor', () => this.update())),
      service.onDidAnalyze(guard('status.analysis', (a: DocumentAnalysis) => {
        if (a.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      })),
    );
    this.update();
  }

  /** Text currently shown (for tests). */
  get text(): string { return this.item.text; }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.service.isSupported(doc)) { this.item.hide(); return; }
    const a = this.service.get(doc);
    this.item.tooltip = t('statusTooltip');
    this.item.backgroundColor = undefined;
    if (!readSettings(doc.uri).enable || a?.skipped === 'disabled') {
      this.item.text = `$(circle-slash) ${t('statusDisabled')}`;
    } else if (!a) {
      this.item.text = `$(sync~spin) ${t('statusBusy')}`;
    } else if (a.skipped === 'tooLarge') {
      this.item.text = '$(warning) Regiecheck';
      this.item.tooltip = t('tooLarge', readSettings(doc.uri).maxFileSizeKB);
    } else if (a.result && !a.result.language.dutch) {
      this.item.text = `$(info) Regiecheck: ${t('statusNotDutch')}`;
    } else if (a.result) {
      const n = a.result.findings.length;
      const s = a.result.scores;
      const min = Math.min(s.K1, s.K2, s.K3, s.K4);
      this.item.text = `$(checklist) Regiecheck: ${n ? t('statusFindings', n) : t('statusNone')}`;
      this.item.tooltip = `${t('statusTooltip')}\nK1 ${s.K1} · K2 ${s.K2} · K3 ${s.K3} · K4 ${s.K4} (${a.ms} ms)`;
      if (min < 40) this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = `$(error) ${t('statusIdle')}`;
      this.item.tooltip = a.error;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
