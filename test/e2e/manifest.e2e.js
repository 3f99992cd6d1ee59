'use strict';
// Static checks of the extension's contributions (no browser): localisation bundles are complete, every
// %placeholder% of package.json has an English and a Dutch text, and the directive grammars match the contract.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const read = (p) => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));

describe('extension contributions', () => {
  it('every runtime message has an English and a Dutch bundle entry, and no entry is unused', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/extension/l10n.ts'), 'utf8');
    const body = src.slice(src.indexOf('export const M = {'), src.indexOf('} as const;'));
    const messages = [...body.matchAll(/^\s+\w+: '((?:[^'\\]|\\.)*)',$/gm)].map((m) => m[1].replace(/\\'/g, "'"));
    assert.ok(messages.length > 50, `parsed only ${messages.length} messages`);
    const en = read('l10n/bundle.l10n.json');
    const nl = read('l10n/bundle.l10n.nl.json');
    for (const m of messages) {
      assert.strictEqual(en[m], m, `English bundle lacks "${m}"`);
      assert.ok(nl[m] && nl[m] !== '', `Dutch bundle lacks "${m}"`);
      const ph = (s) => (s.match(/\{\d+\}/g) || []).sort().join();
      assert.strictEqual(ph(nl[m]), ph(m), `placeholders differ for "${m}"`);
    }
    assert.deepStrictEqual(Object.keys(nl).filter((k) => !messages.includes(k)), [], 'unused Dutch entries');
  });

  it('every %key% in package.json has an English and a Dutch text', () => {
    const raw = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...raw.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length > 20);
    const en = read('package.nls.json');
    const nl = read('package.nls.nl.json');
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(nl[k], `package.nls.nl.json lacks ${k}`);
    }
    assert.deepStrictEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  });

  it('activation is lazy (no "*", no onStartupFinished) and the workspace trust is declared', () => {
    const pkg = read('package.json');
    assert.ok(!pkg.activationEvents.some((e) => e === '*' || e === 'onStartupFinished'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown') && pkg.activationEvents.includes('onLanguage:plaintext'));
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, true);
    for (const c of pkg.contributes.commands) assert.strictEqual(c.category, 'Regiecheck');
    for (const [k, v] of Object.entries(pkg.contributes.configuration.properties)) {
      assert.ok(v.scope && v.markdownDescription, `${k} needs a scope and a description`);
    }
  });

  it('the directive grammars match the disable comments of the contract, and only those', () => {
    const md = read('syntaxes/regiecheck-markdown.tmLanguage.json').repository.directive.match;
    const txt = read('syntaxes/regiecheck-plaintext.tmLanguage.json').repository.directive.match;
    const mdRe = new RegExp(md), txtRe = new RegExp(txt, 'm');
    for (const s of ['<!-- regiecheck-disable regie/hol -->', '<!-- regiecheck-disable-file -->', '<!--regiecheck-disable regie/hol, geld/vaag-->']) {
      assert.ok(mdRe.test(s), s);
    }
    assert.ok(!mdRe.test('<!-- gewone opmerking -->'));
    for (const s of ['regiecheck-disable regie/hol', 'regiecheck-disable-file', '  regiecheck-disable-file taal/voorbehoud']) assert.ok(txtRe.test(s), s);
    assert.ok(!txtRe.test('We zetten regiecheck niet uit.'));
    const ids = read('syntaxes/regiecheck-markdown.tmLanguage.json').repository.ruleId.match;
    assert.deepStrictEqual('<!-- regiecheck-disable regie/hol geld/vaag -->'.match(new RegExp(ids, 'g')), ['regie/hol', 'geld/vaag']);
  });
});
