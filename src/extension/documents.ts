/**
 * Word and PDF documents: the formats module extracts their text to Markdown, which we show as a read-only
 * virtual document (`regiecheck-doc:<path>.md`), so diagnostics, hovers, code actions (those that do not edit)
 * and the sidebar work as for Markdown. Opened from the Explorer (context menu or double click via a small
 * custom editor that hands over to the text view) or with the command.
 * The formats module (mammoth, pdfjs) is imported lazily: only the first .docx/.pdf pays for it.
 */
import * as vscode from 'vscode';
import * as path from 'path';
import { t } from './l10n';
import { logError } from './log';
import { DOC_SCHEME, readSettings } from './settings';

export const OPEN_EXTRACTED = 'regiecheck.openExtracted';
export const PREVIEW_EDITOR = 'regiecheck.documentPreview';
const EXTENSIONS = new Set(['.docx', '.pdf']);

/** The virtual Markdown document for a .docx/.pdf on disk. */
export function extractedUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOC_SCHEME, path: `${file.fsPath}.md` });
}

export class ExtractedContentProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = uri.path.replace(/\.md$/, '');
    try {
      const { readDocument } = await import('../formats');
      const doc = await readDocument(file, { maxBytes: readSettings(vscode.Uri.file(file)).maxFileSizeKB * 1024 * 4 });
      const warnings = doc.warnings.length ? `\n\n<!-- ${doc.warnings.join(' · ').replace(/--/g, '—')} -->\n` : '';
      return `${doc.text}${warnings}`;
    } catch (e) {
      // Show the (Dutch) reason in the document itself: the user opened it and should see why it is empty.
      logError(`extract ${file}`, e);
      return `<!-- regiecheck-disable-file -->\n\n> ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }
}

export async function openExtracted(arg?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  let file = arg instanceof vscode.Uri ? arg : undefined;
  if (!file) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word / PDF': ['docx', 'pdf'] } });
    file = picked?.[0];
  }
  if (!file || !EXTENSIONS.has(path.extname(file.fsPath).toLowerCase())) return undefined;
  const doc = await vscode.workspace.openTextDocument(extractedUri(file));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  vscode.window.setStatusBarMessage(t('readOnlyDoc', path.basename(file.fsPath)), 5000);
  return editor;
}

/**
 * Double-clicking a .docx/.pdf opens this "editor": it immediately opens the extracted text in the same column
 * and closes itself, so the user lands in a normal (read-only) text editor.
 */
export class PreviewEditorProvider implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false };
    panel.webview.html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body></body></html>';
    try {
      const doc = await vscode.workspace.openTextDocument(extractedUri(document.uri));
      await vscode.window.showTextDocument(doc, { viewColumn: panel.viewColumn, preview: false });
    } catch (e) {
      logError('open extracted', e);
    } finally {
      panel.dispose();
    }
  }
}
