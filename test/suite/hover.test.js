'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { T, api, open, ours, ruleOf, until, closeAll } = require('./helpers');

const text = (hovers) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('hover', function () {
  this.timeout(T(60000));
  after(closeAll);

  it('on a finding explains why, the book reference, a better version and links the rule doc', async () => {
    const doc = await open('nota.md');
    const hol = await until(() => ours(doc.uri).find((d) => ruleOf(d) === 'regie/hol'), { what: 'regie/hol' });
    let hovers = [];
    await until(async () => {
      hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, hol.range.start)) || [];
      return /Regiecheck/.test(text(hovers));
    }, { what: 'our hover', describe: () => text(hovers) });
    const md = text(hovers);
    assert.match(md, /Waarom dit ertoe doet/);
    assert.match(md, /In het boek/);
    assert.match(md, /Zo kan het beter/);
    assert.match(md, /command:regiecheck\.showRuleDocs\?/);
    assert.match(md, /regie%2Fhol|regie\/hol/);
  });

  it('on a regie word that is not flagged says what made it concrete', async () => {
    const doc = await open('nota.md');
    const { service } = await api();
    const result = await until(() => service.get(doc) && service.get(doc).result, { what: 'analysis of nota.md' });
    const filled = result.regie.find((m) => m.class === 'gevuld');
    assert.ok(filled, `no concrete regie mention in: ${JSON.stringify(result.regie.map((m) => [m.word, m.class]))}`);
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(filled.start + 1))) || [];
    const md = text(hovers);
    assert.match(md, /Regie concreet gemaakt/, md);
    assert.match(md, /Wie/);
    assert.match(md, /Middelen/);
  });
});
