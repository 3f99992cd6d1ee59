'use strict';
// .docx and .pdf: extracted by the formats module into a read-only Markdown view with diagnostics and hovers.
const assert = require('assert');
const vscode = require('vscode');
const { T, api, ours, ruleOf, until, listDiags, workspaceFile } = require('./helpers');

describe('Word and PDF documents', function () {
  this.timeout(T(90000));
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const name of ['convenant.docx', 'convenant.pdf']) {
    it(`${name} opens as read-only text with diagnostics, hover and non-editing quick fixes`, async () => {
      await api();
      const editor = await vscode.commands.executeCommand('regiecheck.openExtracted', workspaceFile(name));
      assert.ok(editor, 'no editor returned');
      const doc = editor.document;
      assert.strictEqual(doc.uri.scheme, 'regiecheck-doc');
      assert.strictEqual(doc.languageId, 'markdown');
      assert.match(doc.getText(), /De provincie neemt de regie over de jeugdhulp/);
      const hol = await until(() => ours(doc.uri).find((d) => ruleOf(d) === 'regie/hol'), { what: `regie/hol in ${name}`, describe: () => listDiags(doc.uri) });
      assert.strictEqual(doc.getText(hol.range), 'regie');
      const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, hol.range.start)) || [];
      assert.ok(hovers.some((h) => h.contents.some((c) => /Waarom dit ertoe doet/.test(c.value || c))), 'hover');
      let acts = [];
      await until(async () => {
        acts = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, hol.range)) || [];
        return acts.some((a) => /verbergen/.test(a.title));
      }, { what: 'code actions', describe: () => acts.map((a) => a.title).join(', ') });
      const titles = acts.map((a) => a.title);
      const mine = acts.filter((a) => a.command && /regiecheck/i.test(a.command.command));
      assert.ok(mine.length >= 2, `our command actions: [${titles}]`);
      // nothing that would edit the (read-only) text: no disable comments, no rule fixes
      assert.ok(!titles.some((x) => /uitzetten voor/.test(x)), `[${titles}]`);
      const { service } = await api();
      const finding = service.get(doc).result.findings.find((f) => f.rule === 'regie/hol');
      for (const fix of finding.fixes || []) assert.ok(!titles.includes(fix.title), `rule fix "${fix.title}" offered on a read-only document`);
    });
  }
});

describe('reports', function () {
  this.timeout(T(90000));
  const cfg = () => vscode.workspace.getConfiguration('regiecheck');
  after(async () => {
    await cfg().update('reportFormat', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('report of this document (HTML) opens a webview with a strict CSP', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('nota.md'));
    await vscode.window.showTextDocument(doc);
    const panel = await vscode.commands.executeCommand('regiecheck.openReport');
    assert.ok(panel && panel.webview, 'no webview panel returned');
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /default-src 'none'/);
    assert.match(html, /regie\/hol/);
    panel.dispose();
  });

  it('report of this document (Markdown) opens an untitled document that is not linted', async () => {
    await cfg().update('reportFormat', 'markdown', vscode.ConfigurationTarget.Workspace);
    const doc = await vscode.workspace.openTextDocument(workspaceFile('nota.md'));
    await vscode.window.showTextDocument(doc);
    const report = await vscode.commands.executeCommand('regiecheck.openReport');
    assert.ok(report && report.uri, 'no document returned');
    assert.strictEqual(report.uri.scheme, 'untitled');
    assert.match(report.getText(), /regie\/hol/);
    const { service } = await api();
    assert.strictEqual(service.isSupported(report), false);
    await vscode.window.showTextDocument(report);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyse a folder reads Markdown, text, Word and PDF', async () => {
    await cfg().update('reportFormat', 'html', vscode.ConfigurationTarget.Workspace);
    const run = await vscode.commands.executeCommand('regiecheck.analyseFolder', vscode.workspace.workspaceFolders[0].uri);
    assert.ok(run, 'no result');
    const files = run.results.map((r) => r.file).sort();
    for (const f of ['brief.txt', 'convenant.docx', 'convenant.pdf', 'nota.md']) assert.ok(files.includes(f), `${f} not in ${files}`);
    assert.deepStrictEqual(run.errors, []);
    assert.match(run.view.webview.html, /convenant\.pdf/);
    run.view.dispose();
  });
});
