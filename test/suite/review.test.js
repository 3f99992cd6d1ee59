'use strict';
// "Regiecheck: Reviewkopie maken (.docx)" and "Regiecheck: Vergelijk met vorige versie" in a real extension host.
// The commands take their inputs as arguments (no dialogs): a source file, a target for the copy, the previous
// version (a file or 'HEAD').
const assert = require('assert');
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { T, api, open, until, closeAll, workspaceFile } = require('./helpers');

const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('review copy and draft comparison', function () {
  this.timeout(T(120000));
  const made = [];
  after(async () => {
    await closeAll();
    for (const f of made) fs.rmSync(f, { recursive: true, force: true });
  });

  it('both commands are registered and in the palette under Regiecheck', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['regiecheck.reviewCopy', 'regiecheck.compareWithPrevious']) assert.ok(all.includes(id), `${id} not registered`);
    const pkg = vscode.extensions.getExtension('regiecheck.regiecheck').packageJSON;
    const titles = pkg.contributes.commands.filter((c) => /reviewCopy|compareWithPrevious/.test(c.command)).map((c) => c.title);
    // The manifest's titles arrive localised (package.nls.json or package.nls.nl.json, by the display language).
    const nls = ['package.nls.json', 'package.nls.nl.json'].map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, '../..', f), 'utf8')));
    assert.ok(nls.some((n) => titles[0] === n['command.reviewCopy'] && titles[1] === n['command.compareWithPrevious']), `titles: ${titles}`);
  });

  it('makes a review copy of the open Markdown document: one comment per finding and a summary', async () => {
    const { service } = await api();
    const doc = await open('nota.md');
    const result = await until(() => service.get(doc) && service.get(doc).result, { what: 'analysis of nota.md' });
    const target = workspaceFile('nota-review.docx');
    made.push(target.fsPath);
    const run = await vscode.commands.executeCommand('regiecheck.reviewCopy', undefined, target);
    assert.ok(run, 'the command returned nothing');
    assert.strictEqual(run.target.fsPath, target.fsPath);
    assert.strictEqual(run.outcome.placed + run.outcome.unplaced.length, result.findings.length);
    const bytes = fs.readFileSync(target.fsPath);
    assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const comments = await zipText(bytes, 'word/comments.xml');
    assert.strictEqual((comments.match(/w:author="Regiecheck"/g) || []).length, result.findings.length + 1 - run.outcome.unplaced.length);
    assert.match(comments, /Regiecheck · samenvatting/);
  });

  it('makes a review copy of a Word document opened as text, and refuses to write over the original', async () => {
    const editor = await vscode.commands.executeCommand('regiecheck.openExtracted', workspaceFile('convenant.docx'));
    assert.ok(editor);
    const original = workspaceFile('convenant.docx').fsPath;
    const before = sha(original);
    const refused = await vscode.commands.executeCommand('regiecheck.reviewCopy', undefined, workspaceFile('convenant.docx'));
    assert.strictEqual(refused, undefined, 'writing over the original must be refused');
    assert.strictEqual(sha(original), before);
    const target = workspaceFile('convenant-review.docx');
    made.push(target.fsPath);
    const run = await vscode.commands.executeCommand('regiecheck.reviewCopy', undefined, target);
    assert.ok(run && run.outcome.placed > 0, 'comments placed');
    assert.strictEqual(sha(original), before, 'the original is unchanged');
    assert.match(await zipText(fs.readFileSync(target.fsPath), 'word/document.xml'), /<w:commentRangeStart w:id="\d+"\/>/);
  });

  it('compares the open document with a file the user picks, in a webview with the report\'s look', async () => {
    const oldFile = workspaceFile('nota-vorige.md');
    made.push(oldFile.fsPath);
    const text = fs.readFileSync(workspaceFile('nota.md').fsPath, 'utf8');
    fs.writeFileSync(oldFile.fsPath, `${text.trimEnd()}\n\nDe kosten vallen binnen bestaande middelen van het programma.\n`);
    await open('nota.md');
    const run = await vscode.commands.executeCommand('regiecheck.compareWithPrevious', undefined, oldFile);
    assert.ok(run, 'the command returned nothing');
    assert.ok(run.comparison.findings.resolved.some((f) => f.rule === 'geld/vaag'), 'the removed sentence is resolved');
    assert.strictEqual(run.comparison.findings.added.length, 0, 'nothing new');
    assert.ok(run.comparison.findings.open.length > 0);
    assert.match(run.panel.title, /Regiecheck: nota\.md vergeleken/);
    assert.match(run.panel.webview.html, /twee versies vergeleken/);
    assert.match(run.panel.webview.html, /Content-Security-Policy/);
    run.panel.dispose();
  });

  it('compares the open document with its last committed version (git HEAD)', async function () {
    const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
    const git = (...args) => execFileSync('git', args, { cwd: folder, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } });
    try { git('--version'); } catch { this.skip(); }
    made.push(path.join(folder, '.git'));
    git('init', '-q');
    const draft = path.join(folder, 'brief.txt');
    const committed = fs.readFileSync(draft, 'utf8');
    git('add', 'brief.txt');
    git('commit', '-q', '-m', 'eerste versie');
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await open('brief.txt');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\nDe gemeente neemt de regie.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      let run;
      await until(async () => {
        run = await vscode.commands.executeCommand('regiecheck.compareWithPrevious', undefined, 'HEAD');
        return run;
      }, { ms: T(45000), what: 'a comparison with git HEAD (the git extension must find the repository)' });
      assert.strictEqual(run.previous, 'brief.txt (HEAD)');
      assert.ok(run.comparison.findings.added.some((f) => f.rule === 'regie/hol'), 'the added sentence is new');
      assert.strictEqual(run.comparison.before.words < run.comparison.after.words, true);
      run.panel.dispose();
      assert.strictEqual(fs.readFileSync(draft, 'utf8'), committed, 'nothing written to disk');
    } finally {
      await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

/** The text of one part of a review copy (jszip, as the product uses). */
async function zipText(buf, name) {
  const JSZip = require('jszip');
  const file = (await JSZip.loadAsync(buf)).file(name);
  if (!file) throw new Error(`${name} not in the zip`);
  return file.async('string');
}
