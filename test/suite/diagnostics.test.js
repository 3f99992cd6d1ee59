'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { restore, T, api, open, ours, ruleOf, until, listDiags, closeAll } = require('./helpers');

describe('diagnostics', function () {
  this.timeout(T(60000));
  after(closeAll);

  it('appear for a Markdown fixture with rule id, doc link, source and exact range', async () => {
    await api();
    const doc = await open('nota.md');
    const diags = await until(() => { const d = ours(doc.uri); return d.some((x) => ruleOf(x) === 'regie/hol') && d; },
      { what: 'regie/hol diagnostic in nota.md', describe: () => listDiags(doc.uri) });
    const hol = diags.find((d) => ruleOf(d) === 'regie/hol');
    assert.match(doc.getText(hol.range), /regie/i);
    assert.strictEqual(hol.range.start.line, 4, 'regie/hol sits on line 5 ("De gemeente neemt de regie")');
    assert.ok(typeof hol.code === 'object' && hol.code.target, 'code has a target');
    assert.match(hol.code.target.path, /docs\/rules\/regie-hol\.md$/);
    const rules = new Set(diags.map(ruleOf));
    for (const r of ['taal/voorbehoud', 'geld/vaag']) assert.ok(rules.has(r), `${r} missing: ${listDiags(doc.uri)}`);
    // the concrete paragraph at the end must not be flagged as hollow regie
    assert.ok(!diags.some((d) => ruleOf(d) === 'regie/hol' && d.range.start.line >= 16), listDiags(doc.uri));
  });

  it('update after an edit (debounced) and drop the fixed finding', async () => {
    const doc = await open('nota.md');
    await until(() => ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol'), { what: 'initial regie/hol' });
    const line = doc.lineAt(4);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, line.range, 'De wethouder Jeugd stelt voor 1 maart 2027 een plan op voor de wijkaanpak.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(() => !ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol' && d.range.start.line === 4),
      { what: 'regie/hol gone after the edit', describe: () => listDiags(doc.uri) });
    // the rest of the document is still analysed
    assert.ok(ours(doc.uri).some((d) => ruleOf(d) === 'geld/vaag'), listDiags(doc.uri));
    const { service } = await api();
    const a = service.get(doc);
    assert.ok(a && a.version === doc.version, 'the published analysis belongs to the current version');
    await restore('nota.md');
  });

  it('analyse plain text too', async () => {
    const doc = await open('brief.txt');
    assert.strictEqual(doc.languageId, 'plaintext');
    await until(() => ours(doc.uri).some((d) => ruleOf(d) === 'taal/voorbehoud'),
      { what: 'taal/voorbehoud in brief.txt', describe: () => listDiags(doc.uri) });
  });

  it('respect regiecheck.rules (off) and come back when reset', async () => {
    const doc = await open('nota.md');
    const cfg = vscode.workspace.getConfiguration('regiecheck');
    await cfg.update('rules', { 'regie/hol': 'off', 'geld/vaag': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until(() => !ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol'), { what: 'regie/hol off', describe: () => listDiags(doc.uri) });
      const geld = ours(doc.uri).find((d) => ruleOf(d) === 'geld/vaag');
      assert.ok(geld, listDiags(doc.uri));
      assert.strictEqual(geld.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol'), { what: 'regie/hol back on' });
  });
});
