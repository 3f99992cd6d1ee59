/**
 * Where a rule's documentation lives: `docs/rules/<id with '/' → '-'>.md`, shipped inside the extension so the
 * link works offline and matches the installed version.
 */
import * as vscode from 'vscode';
import { lazyCore } from './core';

let extensionUri: vscode.Uri | undefined;

export function initRuleDocs(uri: vscode.Uri): void {
  extensionUri = uri;
}

/** The rule doc's Uri inside the installed extension. */
export function ruleDocUri(ruleId: string): vscode.Uri | undefined {
  if (!extensionUri) return undefined;
  const rel = lazyCore().ruleDocFile(ruleId).replace(/\\/g, '/');
  return vscode.Uri.joinPath(extensionUri, ...(rel.startsWith('docs/') ? rel : `docs/rules/${rel}`).split('/'));
}

/** Opens a rule doc as a rendered Markdown preview (falls back to the text editor). */
export async function openRuleDoc(ruleId: string): Promise<void> {
  const uri = ruleDocUri(ruleId);
  if (!uri) return;
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
