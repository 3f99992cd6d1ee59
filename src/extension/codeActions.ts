/**
 * Quick fixes for Regiecheck diagnostics, in the order a writer wants them: the rule's own fix (a placeholder
 * that asks for the missing owner, amount, …), disable for this paragraph / the document (the contract's
 * comments), hide this one finding, allow the phrase in the workspace, and the rule doc.
 * Text is only ever changed by an edit the user picks here.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { AnalysisService } from './analysis';
import { SOURCE } from './diagnostics';
import { disableForBlock, disableForDocument, type Insertion } from './directives';
import { t } from './l10n';
import { logError } from './log';
import { DOC_SCHEME } from './settings';

/** Internal commands run by code actions (not in the palette: the leading underscore). */
export const HIDE_FINDING = '_regiecheck.hideFinding';
export const ALLOW_PHRASE = '_regiecheck.allowPhrase';
export const SHOW_RULE_DOCS = 'regiecheck.showRuleDocs';

export interface HideArgs { uri: string; rule: string; fingerprint: string; text: string }
export interface AllowArgs { uri: string; phrase: string }

const MAX_PHRASE = 60;

function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined;
}

export class RegieCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: AnalysisService) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    try {
      return this.actions(doc, ctx);
    } catch (e) {
      logError('code actions', e);
      return [];
    }
  }

  private actions(doc: vscode.TextDocument, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.service.get(doc)?.result;
    if (!result) return [];
    const editable = doc.uri.scheme !== DOC_SCHEME;
    const format = doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const text = doc.getText();
    const out: vscode.CodeAction[] = [];
    const disabledRules = new Set<string>();
    for (const diag of ctx.diagnostics) {
      const rule = ruleOf(diag);
      if (!rule) continue;
      const start = doc.offsetAt(diag.range.start), end = doc.offsetAt(diag.range.end);
      const finding = result.findings.find((f) => f.rule === rule && f.start === start && f.end === end);
      if (!finding) continue;
      if (editable) {
        out.push(...this.ruleFixes(doc, finding, diag));
        if (!disabledRules.has(rule)) {
          disabledRules.add(rule);
          out.push(this.insertion(doc, t('actionDisableParagraph', rule), disableForBlock(text, format, start, rule), diag));
          out.push(this.insertion(doc, t('actionDisableDocument', rule), disableForDocument(text, format, rule), diag));
        }
      }
      out.push(this.command(t('actionHide', rule), HIDE_FINDING,
        { uri: doc.uri.toString(), rule, fingerprint: finding.fingerprint, text: finding.text } satisfies HideArgs, diag));
      const phrase = finding.text.trim();
      if (phrase && phrase.length <= MAX_PHRASE) {
        out.push(this.command(t('actionAllow', phrase), ALLOW_PHRASE, { uri: doc.uri.toString(), phrase } satisfies AllowArgs, diag));
      }
      out.push(this.command(t('actionOpenDoc', rule), SHOW_RULE_DOCS, rule, diag));
    }
    return out;
  }

  private ruleFixes(doc: vscode.TextDocument, f: Finding, diag: vscode.Diagnostic): vscode.CodeAction[] {
    return (f.fixes ?? []).map((fix) => {
      const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) a.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
      a.diagnostics = [diag];
      a.isPreferred = !!fix.preferred;
      return a;
    });
  }

  private insertion(doc: vscode.TextDocument, title: string, ins: Insertion, diag: vscode.Diagnostic): vscode.CodeAction {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.insert(doc.uri, doc.positionAt(ins.offset), ins.text);
    a.diagnostics = [diag];
    return a;
  }

  private command(title: string, command: string, arg: unknown, diag: vscode.Diagnostic): vscode.CodeAction {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.command = { title, command, arguments: [arg] };
    a.diagnostics = [diag];
    return a;
  }
}
