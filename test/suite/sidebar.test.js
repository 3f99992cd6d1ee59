'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { T, api, open, until, closeAll } = require('./helpers');

describe('sidebar', function () {
  this.timeout(T(60000));
  after(closeAll);

  it('resolves and shows the four keys of the active document', async () => {
    const { sidebar } = await api();
    const doc = await open('nota.md');
    await vscode.commands.executeCommand('regiecheck.openSidebar');
    await until(() => sidebar.isResolved, { what: 'sidebar view resolved' });
    const model = await until(() => sidebar.model && sidebar.model.kind === 'result' && sidebar.model.uri === doc.uri.toString() && sidebar.model,
      { what: 'sidebar model for nota.md', describe: () => JSON.stringify(sidebar.model && sidebar.model.kind) });
    assert.deepStrictEqual(model.keys.map((k) => k.id), ['K1', 'K2', 'K3', 'K4']);
    for (const k of model.keys) assert.ok(Number.isInteger(k.score) && k.score >= 0 && k.score <= 100, `${k.id} ${k.score}`);
    assert.ok(model.keys.every((k) => k.items.length > 0), 'every key has checklist items');
    assert.strictEqual(model.profile.length, 5);
    assert.ok(model.rules.some((r) => r.id === 'regie/hol' && r.count >= 1), JSON.stringify(model.rules));
  });

  it('follows the active editor', async () => {
    const { sidebar } = await api();
    const doc = await open('brief.txt');
    await until(() => sidebar.model && sidebar.model.kind === 'result' && sidebar.model.uri === doc.uri.toString(),
      { what: 'sidebar follows brief.txt', describe: () => sidebar.model && sidebar.model.uri });
  });

  it('shows the "not Dutch" empty state for an English text', async () => {
    const { sidebar } = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown',
      content: '# Annual plan\n\nThe council will take the lead on the programme and will report on progress every quarter.\n' });
    await vscode.window.showTextDocument(doc);
    await until(() => sidebar.model && sidebar.model.kind === 'notDutch', { what: 'notDutch state', describe: () => JSON.stringify(sidebar.model) });
    assert.match(sidebar.model.title, /Geen Nederlandse tekst/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
