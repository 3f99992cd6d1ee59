'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { T, api, open, until, closeAll } = require('./helpers');

describe('commands', function () {
  this.timeout(T(60000));
  after(closeAll);

  it('are contributed under the Regiecheck category and registered', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['regiecheck.analyse', 'regiecheck.openReport', 'regiecheck.analyseFolder', 'regiecheck.showRuleDocs',
      'regiecheck.enable', 'regiecheck.disable', 'regiecheck.resetHidden', 'regiecheck.openSidebar']) {
      assert.ok(all.includes(id), `${id} not registered`);
    }
    const pkg = vscode.extensions.getExtension('regiecheck.regiecheck').packageJSON;
    assert.ok(pkg.contributes.commands.every((c) => c.category === 'Regiecheck'));
  });

  it('analyse returns the result for the active document', async () => {
    await open('nota.md');
    const result = await vscode.commands.executeCommand('regiecheck.analyse');
    assert.ok(result && Array.isArray(result.findings) && result.findings.length > 0);
    assert.deepStrictEqual(Object.keys(result.scores).sort(), ['K1', 'K2', 'K3', 'K4']);
  });

  it('status bar shows the findings of the active document', async () => {
    const { status, service } = await api();
    const doc = await open('nota.md');
    await until(() => service.get(doc), { what: 'analysis' });
    status.update();
    assert.match(status.text, /Regiecheck: \d+ bevindingen/);
  });

  it('show rule docs opens the rule documentation', async () => {
    const id = await vscode.commands.executeCommand('regiecheck.showRuleDocs', 'regie/hol');
    assert.strictEqual(id, 'regie/hol');
    const docUri = await until(() => vscode.workspace.textDocuments.map((d) => d.uri).find((u) => /docs\/rules\/regie-hol\.md$/.test(u.path)),
      { what: 'rule doc opened' });
    // our own docs quote bad examples on purpose; they must not be linted
    assert.strictEqual(vscode.languages.getDiagnostics(docUri).filter((d) => d.source === 'Regiecheck').length, 0);
  });

  it('disable clears the diagnostics and enable brings them back', async () => {
    const doc = await open('nota.md');
    const count = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Regiecheck').length;
    await until(() => count() > 0, { what: 'diagnostics before disable' });
    await vscode.commands.executeCommand('regiecheck.disable');
    try {
      await until(() => count() === 0, { what: 'no diagnostics when disabled' });
    } finally {
      await vscode.commands.executeCommand('regiecheck.enable');
    }
    await until(() => count() > 0, { what: 'diagnostics after enable' });
    await vscode.workspace.getConfiguration('regiecheck').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  });
});
