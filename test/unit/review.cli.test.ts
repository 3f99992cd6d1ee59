/**
 * `regiecheck --format docx-review`: the CLI entry (src/cli/review.ts). The original is never changed, writing over
 * it is refused (also through a link), refused input writes nothing and exits 2, and the exit code follows
 * --fail-on. The built CLI (`dist/cli.js`) is tested too when it is wired (see the last test).
 */
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReviewCli, type ReviewCliOptions } from '../../src/cli/review';
import { extractDocument } from '../../src/formats';
import { makeEncryptedDocx } from '../fixtures/generate';
import { makeMacroDocx, makeReviewDocx, REVIEW_TEXT } from '../fixtures/review';

const ROOT = path.resolve(__dirname, '../..');
const sha = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('review copy: the CLI entry', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-review-cli-'));
    fs.writeFileSync(path.join(dir, 'nota.docx'), await makeReviewDocx());
    fs.writeFileSync(path.join(dir, 'geheim.docx'), makeEncryptedDocx());
    fs.writeFileSync(path.join(dir, 'macro.docx'), await makeMacroDocx());
    fs.copyFileSync(path.join(ROOT, 'examples/nota-samen-sterk.md'), path.join(dir, 'nota.md'));
    fs.writeFileSync(path.join(dir, 'brief.txt'), 'Brief aan de raad\n\nDe gemeente neemt de regie.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (inputs: string[], extra: Partial<ReviewCliOptions> = {}) => {
    let err = '';
    const code = await runReviewCli({ inputs, cwd: dir, locale: 'nl', failOn: 'none', quiet: false, ...extra }, (s) => { err += s; });
    return { code, err };
  };

  it('writes the review copy and leaves the original byte for byte', async () => {
    const before = sha(path.join(dir, 'nota.docx'));
    const { code, err } = await run(['nota.docx'], { output: 'uit/nota-review.docx' });
    assert.equal(code, 0, err);
    assert.equal(sha(path.join(dir, 'nota.docx')), before);
    assert.match(err, /reviewkopie geschreven: uit\/nota-review\.docx \(\d+ opmerkingen bij bevindingen, samenvatting bij de titel; 1 zonder eigen plek/);
    const copy = fs.readFileSync(path.join(dir, 'uit/nota-review.docx'));
    const text = (await extractDocument(copy, 'docx', 'x.docx')).text;
    assert.ok(text.includes(REVIEW_TEXT.title));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'uit')), ['nota-review.docx'], 'no temporary file left');
  });

  it('Markdown and text become a new .docx', async () => {
    assert.equal((await run(['nota.md'], { output: 'nota-review.docx' })).code, 0);
    assert.equal((await run(['brief.txt'], { output: 'brief-review.docx' })).code, 0);
    const text = (await extractDocument(fs.readFileSync(path.join(dir, 'nota-review.docx')), 'docx', 'x.docx')).text;
    assert.match(text, /^# Nota Samen Sterk in de Wijk/);
  });

  it('refuses to write over the original, also through a symbolic link, and changes nothing', async () => {
    const before = sha(path.join(dir, 'nota.docx'));
    const same = await run(['nota.docx'], { output: 'nota.docx' });
    assert.equal(same.code, 2);
    assert.match(same.err, /nota\.docx is het origineel zelf; Regiecheck overschrijft het origineel nooit/);
    fs.symlinkSync(path.join(dir, 'nota.docx'), path.join(dir, 'link.docx'));
    const link = await run(['nota.docx'], { output: 'link.docx' });
    assert.equal(link.code, 2);
    assert.match(link.err, /origineel zelf/);
    const upper = await run(['./nota.docx'], { output: path.join(dir, 'nota.docx') });
    assert.equal(upper.code, 2);
    assert.equal(sha(path.join(dir, 'nota.docx')), before);
  });

  it('encrypted and macro-enabled input: a clear error, exit 2, nothing written', async () => {
    for (const [file, msg] of [['geheim.docx', /versleuteld/], ['macro.docx', /macro's/]] as const) {
      const out = `${file}-review.docx`;
      const r = await run([file], { output: out });
      assert.equal(r.code, 2, file);
      assert.match(r.err, msg);
      assert.ok(r.err.includes(file));
      assert.ok(!fs.existsSync(path.join(dir, out)), `${out} must not exist`);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    }
  });

  it('usage errors: no --output, not .docx, a PDF, two inputs, a missing file', async () => {
    assert.match((await run(['nota.docx'])).err, /geef met --output aan waar/);
    assert.match((await run(['nota.docx'], { output: 'x.pdf' })).err, /naam die op \.docx eindigt/);
    fs.writeFileSync(path.join(dir, 'x.pdf'), '%PDF-1.4\n');
    assert.match((await run(['x.pdf'], { output: 'x-review.docx' })).err, /PDF maakt Regiecheck geen reviewkopie/);
    assert.match((await run(['nota.docx', 'nota.md'], { output: 'x.docx' })).err, /precies één bestand/);
    const missing = await run(['weg.docx'], { output: 'weg-review.docx' });
    assert.equal(missing.code, 2);
    assert.match(missing.err, /weg\.docx: het bestand bestaat niet/);
  });

  it('the exit code follows --fail-on (the copy is written all the same)', async () => {
    assert.equal((await run(['nota.docx'], { output: 'a.docx', failOn: 'warning' })).code, 1);
    assert.ok(fs.existsSync(path.join(dir, 'a.docx')));
    assert.equal((await run(['nota.docx'], { output: 'b.docx', failOn: 'error' })).code, 0);
  });

  it('the built CLI: regiecheck --format docx-review --output … nota.docx', function () {
    const cli = path.join(ROOT, 'dist/cli.js');
    if (!fs.existsSync(cli)) this.skip();
    const r = spawnSync(process.execPath, [cli, '--format', 'docx-review', '--output', 'cli-review.docx', 'nota.docx'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(fs.statSync(path.join(dir, 'cli-review.docx')).size > 1000);
    const c = spawnSync(process.execPath, [cli, 'compare', '--format', 'json', 'nota.md', 'nota-review.docx'], { cwd: dir, encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr);
    assert.deepEqual(JSON.parse(c.stdout).findings.new, []);
    const help = spawnSync(process.execPath, [cli, '--help'], { cwd: dir, encoding: 'utf8' });
    assert.match(help.stdout, /regiecheck --format docx-review --output <kopie\.docx> <bestand>/);
    assert.match(help.stdout, /regiecheck compare \[opties\] <oud> <nieuw>/);
    assert.match(help.stdout, /<text\|json\|markdown\|html\|sarif\|docx-review>/);
    const compareHelp = spawnSync(process.execPath, [cli, 'compare', '--help', '--locale', 'en'], { cwd: dir, encoding: 'utf8' });
    assert.match(compareHelp.stdout, /^Usage: regiecheck compare \[options\] <old> <new>/);
    const en = spawnSync(process.execPath, [cli, '--locale', 'en', '--format', 'docx-review', '--output', 'nota.docx', 'nota.docx'], { cwd: dir, encoding: 'utf8' });
    assert.equal(en.status, 2);
    assert.match(en.stderr, /nota\.docx is the original itself; Regiecheck never writes over the original/);
    const none = spawnSync(process.execPath, [cli, 'compare', 'nota.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /regiecheck compare: geef precies twee bestanden/);
  });
});
