'use strict';
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { restore, T, open, ours, ruleOf, until, listDiags, workspaceFile, closeAll } = require('./helpers');

/** Code actions for a diagnostic; an empty list may be a cancelled request, so ask again within a bound (guide rule 2). */
async function actionsFor(doc, diag, want) {
  let tries = 0; let acts = [];
  const found = await until(async () => {
    tries++;
    acts = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
    return acts.some((a) => want.test(a.title)) && acts;
  }, { ms: T(15000), what: `code action ${want}`, describe: () => `after ${tries} tries: [${acts.map((a) => a.title)}]` });
  return found;
}

describe('code actions', function () {
  this.timeout(T(60000));
  afterEach(async () => { await restore('nota.md'); await restore('brief.txt'); });
  after(closeAll);

  it('offers the standard set for a finding', async () => {
    const doc = await open('nota.md');
    const hol = await until(() => ours(doc.uri).find((d) => ruleOf(d) === 'regie/hol'), { what: 'regie/hol' });
    const acts = await actionsFor(doc, hol, /uitzetten voor deze alinea/);
    const titles = acts.map((a) => a.title);
    for (const want of [/regie\/hol uitzetten voor deze alinea/, /regie\/hol uitzetten voor het hele document/,
      /Deze bevinding verbergen/, /Uitleg van regie\/hol tonen/]) {
      assert.ok(titles.some((x) => want.test(x)), `${want} not in [${titles}]`);
    }
  });

  it('disable for this paragraph inserts the contract comment and removes the finding', async () => {
    const doc = await open('nota.md');
    const hol = await until(() => ours(doc.uri).find((d) => ruleOf(d) === 'regie/hol' && d.range.start.line === 4), { what: 'regie/hol line 5' });
    const acts = await actionsFor(doc, hol, /uitzetten voor deze alinea/);
    const act = acts.find((a) => /regie\/hol uitzetten voor deze alinea/.test(a.title));
    assert.ok(await vscode.workspace.applyEdit(act.edit));
    assert.strictEqual(doc.lineAt(4).text, '<!-- regiecheck-disable regie/hol -->');
    await until(() => !ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol' && d.range.start.line === 5),
      { what: 'regie/hol disabled for the paragraph', describe: () => listDiags(doc.uri) });
    assert.ok(ours(doc.uri).some((d) => ruleOf(d) === 'regie/eenzijdig'), `other rules in the paragraph stay: ${listDiags(doc.uri)}`);
  });

  it('disable for the document inserts the file comment on top', async () => {
    const doc = await open('brief.txt');
    const d = await until(() => ours(doc.uri).find((x) => ruleOf(x) === 'taal/voorbehoud'), { what: 'taal/voorbehoud', describe: () => listDiags(doc.uri) });
    const acts = await actionsFor(doc, d, /hele document/);
    assert.ok(await vscode.workspace.applyEdit(acts.find((a) => /hele document/.test(a.title)).edit));
    assert.strictEqual(doc.lineAt(0).text, 'regiecheck-disable-file taal/voorbehoud');
    await until(() => !ours(doc.uri).some((x) => ruleOf(x) === 'taal/voorbehoud'), { what: 'taal/voorbehoud gone', describe: () => listDiags(doc.uri) });
  });

  it('hide this finding writes .regiecheck.json, and reset brings it back', async () => {
    const doc = await open('nota.md');
    const cfgFile = workspaceFile('.regiecheck.json');
    const hol = await until(() => ours(doc.uri).find((d) => ruleOf(d) === 'regie/hol'), { what: 'regie/hol' });
    const acts = await actionsFor(doc, hol, /Deze bevinding verbergen \(regie\/hol\)/);
    const hide = acts.find((a) => /Deze bevinding verbergen \(regie\/hol\)/.test(a.title));
    await vscode.commands.executeCommand(hide.command.command, ...hide.command.arguments);
    const json = JSON.parse(fs.readFileSync(cfgFile.fsPath, 'utf8'));
    assert.strictEqual(json.hidden.length, 1, JSON.stringify(json));
    assert.strictEqual(json.hidden[0].rule, 'regie/hol');
    assert.ok(json.hidden[0].fingerprint);
    await until(() => !ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol' && d.range.start.line === hol.range.start.line),
      { what: 'hidden finding gone', describe: () => listDiags(doc.uri) });
    const removed = await vscode.commands.executeCommand('regiecheck.resetHidden');
    assert.strictEqual(removed, 1);
    await until(() => ours(doc.uri).some((d) => ruleOf(d) === 'regie/hol'), { what: 'finding back after reset' });
    fs.rmSync(cfgFile.fsPath, { force: true });
  });
});
