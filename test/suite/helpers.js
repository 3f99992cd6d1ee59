'use strict';
// Shared helpers for the in-host tests: open fixtures, wait for our diagnostics with a bound, get the API.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

const T = (ms) => ms * (Number(process.env.E2E_TIMEOUT_SCALE) || 1);
const EXTENSION_ID = 'regiecheck.regiecheck';

async function api() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.isActive ? ext.exports : ext.activate();
}

function workspaceFile(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'the test window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Our diagnostics for a document. */
function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Regiecheck');
}
const ruleOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);

/**
 * Waits until check() returns a truthy value, re-checking on every diagnostics change and at a short interval
 * (a bounded wait, not a sleep); fails with describe() of the last state.
 */
async function until(check, { ms = T(20000), what = 'condition', describe = () => '' } = {}) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => { sub.dispose(); clearTimeout(timer); resolve(); });
      const timer = setTimeout(() => { sub.dispose(); resolve(); }, 100);
    });
  }
  assert.fail(`${what} not reached within ${ms} ms. ${describe()}`);
}

function listDiags(uri) {
  return ours(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
}

/**
 * Puts a fixture back as it was on disk and saves it, so no dirty editor is left behind (closing a dirty editor
 * would open a modal "save changes?" dialog that blocks the window).
 */
async function restore(name) {
  const uri = workspaceFile(name);
  const original = require('fs').readFileSync(uri.fsPath, 'utf8');
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(edit), `could not restore ${name}`);
  }
  if (doc.isDirty) await doc.save();
}

async function closeAll() {
  for (const f of FIXTURES) await restore(f);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const FIXTURES = ['nota.md', 'brief.txt'];

module.exports = { T, api, open, ours, ruleOf, until, listDiags, workspaceFile, closeAll, restore, path };
