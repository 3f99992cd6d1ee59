/**
 * Report commands. The renderers come from src/report (another module); until it is part of the build these
 * commands say so instead of failing. TODO(report): wire renderDocumentReport / renderFolderReport.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { t } from './l10n';

export async function openDocumentReport(service: AnalysisService, doc: vscode.TextDocument): Promise<void> {
  const a = service.get(doc) ?? service.analyse(doc);
  if (!a.result) return;
  void vscode.window.showInformationMessage(t('reportMissing'));
}

export async function analyseFolder(_folder?: vscode.Uri): Promise<void> {
  void vscode.window.showInformationMessage(t('reportMissing'));
}
