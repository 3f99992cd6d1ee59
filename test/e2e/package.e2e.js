'use strict';
// The .vsix built by `npm run package` (test/e2e/run.js builds it first): only what a user needs, and small.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { manifest, apply, SCRIPTS } = require('./manifest');

const ROOT = path.resolve(__dirname, '../..');
const MAX_BYTES = 3 * 1024 * 1024;

/** File names from a zip's central directory (no unzip tool needed). */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(p), 0x02014b50, 'bad central directory');
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20), local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({ name, method, csize, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function readEntry(buf, e) {
  const nameLen = buf.readUInt16LE(e.local + 26), extraLen = buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(e.local + 30 + nameLen + extraLen, e.local + 30 + nameLen + extraLen + e.csize);
  return e.method === 8 ? zlib.inflateRawSync(data) : data;
}

describe('packaging (npm run package)', () => {
  const vsix = process.env.EXT_VSIX;

  it('package.json carries exactly the manifest of test/e2e/manifest.js', function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(apply(pkg), pkg, 'run `node test/e2e/manifest.js`');
    assert.ok(!pkg.activationEvents.includes('*'));
    for (const k of Object.keys(SCRIPTS)) assert.ok(pkg.scripts[k]);
    assert.deepStrictEqual(pkg.contributes, manifest.contributes);
  });

  it('the .vsix holds the bundle, rule docs, media and l10n, and no sources, tests or node_modules', function () {
    if (!vsix) this.skip();
    const buf = fs.readFileSync(vsix);
    assert.ok(buf.length < MAX_BYTES, `${vsix} is ${buf.length} bytes (limit ${MAX_BYTES})`);
    const names = zipEntries(buf).map((e) => e.name);
    const files = names.filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    for (const need of ['package.json', 'dist/extension.js', 'dist/analysisWorker.js', 'dist/core.js', 'dist/webview/sidebar.js', 'dist/pdfjs.js', 'dist/mammoth.js', 'dist/review.js', 'dist/wordlist.js', 'media/sidebar.css', 'media/regiecheck.svg',
      'media/icon.png', 'l10n/bundle.l10n.nl.json', 'package.nls.json', 'package.nls.nl.json', 'docs/rules/regie-hol.md',
      'syntaxes/regiecheck-markdown.tmLanguage.json', 'syntaxes/regiecheck-plaintext.tmLanguage.json']) {
      assert.ok(files.includes(need), `${need} missing from the VSIX: ${files.join(', ')}`);
    }
    const stray = files.filter((f) => /^(src|test|bench|node_modules|\.ci|examples)\/|\.map$|\.ts$|\.vsix$|tsconfig|esbuild\.js|\.regiecheck\.json$/.test(f)
      && !f.endsWith('.d.ts'));
    assert.deepStrictEqual(stray, [], 'files that do not belong in the VSIX');
    const pkgEntry = zipEntries(buf).find((e) => e.name === 'extension/package.json');
    const shipped = JSON.parse(readEntry(buf, pkgEntry).toString('utf8'));
    assert.strictEqual(shipped.main, './dist/extension.js');
    assert.strictEqual(shipped.capabilities.untrustedWorkspaces.supported, true);
  });
});
