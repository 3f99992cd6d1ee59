/**
 * Writes to the workspace's `.regiecheck.json`: hidden findings (`hidden: [{rule, fingerprint, text}]`) and
 * allowed phrases (`allow: [...]`). It edits the config file that already applies to the document (the CLI reads
 * the same file, so a hidden finding stays hidden in CI) or creates one in the workspace folder.
 * Goes through `vscode.workspace.fs` so it also works in virtual workspaces.
 */
import * as vscode from 'vscode';
import * as path from 'path';
import { t } from './l10n';
import { clearConfigCache, effectiveConfig, readSettings } from './settings';

export const CONFIG_FILE = '.regiecheck.json';

type Json = Record<string, unknown>;

/** The config file a change for this document should go to, or undefined when there is no folder. */
export function targetConfigUri(doc: vscode.Uri): vscode.Uri | undefined {
  const { source } = effectiveConfig(doc, readSettings(doc));
  const folder = vscode.workspace.getWorkspaceFolder(doc) ?? vscode.workspace.workspaceFolders?.[0];
  if (source && (!folder || folder.uri.scheme !== 'file' || !path.relative(folder.uri.fsPath, source).startsWith('..'))) {
    return vscode.Uri.file(source);
  }
  return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE) : undefined;
}

async function readJson(uri: vscode.Uri): Promise<Json | undefined> {
  let raw: Uint8Array;
  try {
    raw = await vscode.workspace.fs.readFile(uri);
  } catch {
    return {};
  }
  const text = new TextDecoder().decode(raw).trim();
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Read-modify-write of one config file; returns false (after telling the user) when the file is not valid JSON. */
export async function updateConfig(uri: vscode.Uri, change: (json: Json) => void): Promise<boolean> {
  const json = await readJson(uri);
  if (!json) {
    void vscode.window.showErrorMessage(t('configInvalid', vscode.workspace.asRelativePath(uri)));
    return false;
  }
  change(json);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(json, null, 2) + '\n'));
  clearConfigCache();
  return true;
}

export async function hideFinding(doc: vscode.Uri, entry: { rule: string; fingerprint: string; text: string }): Promise<vscode.Uri | undefined> {
  const target = targetConfigUri(doc);
  if (!target) { void vscode.window.showWarningMessage(t('noWorkspace')); return undefined; }
  const ok = await updateConfig(target, (json) => {
    const hidden = Array.isArray(json.hidden) ? (json.hidden as { rule?: string; fingerprint?: string }[]) : [];
    if (!hidden.some((h) => h.rule === entry.rule && h.fingerprint === entry.fingerprint)) hidden.push(entry);
    json.hidden = hidden;
  });
  return ok ? target : undefined;
}

export async function allowPhrase(doc: vscode.Uri, phrase: string): Promise<vscode.Uri | undefined> {
  const target = targetConfigUri(doc);
  if (!target) { void vscode.window.showWarningMessage(t('noWorkspace')); return undefined; }
  const ok = await updateConfig(target, (json) => {
    const allow = Array.isArray(json.allow) ? (json.allow as string[]) : [];
    if (!allow.some((a) => a.toLowerCase() === phrase.toLowerCase())) allow.push(phrase);
    json.allow = allow;
  });
  return ok ? target : undefined;
}

/** Removes `hidden` from every workspace folder's config (and the active document's); returns how many went. */
export async function resetHidden(extra?: vscode.Uri): Promise<{ removed: number; files: vscode.Uri[] }> {
  const files = new Map<string, vscode.Uri>();
  for (const f of vscode.workspace.workspaceFolders ?? []) files.set(vscode.Uri.joinPath(f.uri, CONFIG_FILE).toString(), vscode.Uri.joinPath(f.uri, CONFIG_FILE));
  if (extra) { const u = targetConfigUri(extra); if (u) files.set(u.toString(), u); }
  let removed = 0;
  const touched: vscode.Uri[] = [];
  for (const uri of files.values()) {
    const json = await readJson(uri);
    if (!json || !Array.isArray(json.hidden) || json.hidden.length === 0) continue;
    removed += json.hidden.length;
    await updateConfig(uri, (j) => { delete j.hidden; });
    touched.push(uri);
  }
  return { removed, files: touched };
}
