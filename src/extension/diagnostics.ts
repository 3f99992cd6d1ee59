/**
 * Findings → VS Code diagnostics. Offsets from the core are UTF-16, which is what `positionAt` takes, so ranges
 * map exactly. Each diagnostic carries the rule id as its `code` with the rule doc as target.
 */
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/types';
import type { AnalysisService, DocumentAnalysis } from './analysis';
import { t } from './l10n';
import { ruleDocUri } from './ruleDocs';
import { guard } from './log';

export const SOURCE = 'Regiecheck';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function findingRange(doc: vscode.TextDocument, f: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(f.start), doc.positionAt(Math.max(f.start, f.end)));
}

export function toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(findingRange(doc, f), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  const target = ruleDocUri(f.rule);
  d.code = target ? { value: f.rule, target } : f.rule;
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(doc.uri, findingRange(doc, r)), r.message || t('relatedDefault')));
  }
  return d;
}

/** Keeps one DiagnosticCollection in step with the analysis service. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('regiecheck');
  private readonly subscription: vscode.Disposable;

  constructor(service: AnalysisService) {
    this.subscription = service.onDidAnalyze(guard('diagnostics', (a: DocumentAnalysis) => this.publish(a)));
  }

  private publish(a: DocumentAnalysis): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === a.uri.toString());
    // The version guard: a result for older text would put squiggles in the wrong place.
    if (!doc || doc.version !== a.version) return;
    if (!a.result) { this.collection.delete(a.uri); return; }
    this.collection.set(a.uri, a.result.findings.map((f) => toDiagnostic(doc, f)));
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
