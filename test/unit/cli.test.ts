/** The built CLI (dist/cli.js) as reviewers and CI use it: output shape, exit codes, bad input, no stray files. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import Ajv from 'ajv';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8' });

describe('CLI', function () {
  this.timeout(60000);
  before(function () { if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build first'); });

  it('prints one JSON array in the contract shape, in a stable order', () => {
    const r = run(['--format', 'json', 'examples']);
    assert.equal(r.status, 0, r.stderr);
    const data: Array<{ file: string }> = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/result.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 5)));
    const files = data.map((d) => d.file);
    assert.deepEqual(files, [...files].sort());
    assert.equal(files.length, fs.readdirSync(path.join(ROOT, 'examples')).length);
    assert.deepEqual(JSON.parse(run(['--format', 'json', 'examples']).stdout), data, 'deterministic');
  });

  it('prints file:line:col severity rule message in text mode', () => {
    const r = run(['examples/nota-samen-sterk.md']);
    assert.match(r.stdout, /^examples\/nota-samen-sterk\.md:\d+:\d+ warning regie\/hol /m);
  });

  it('exit code follows --fail-on', () => {
    assert.equal(run(['--fail-on', 'warning', 'examples/nota-samen-sterk.md']).status, 1);
    assert.equal(run(['--fail-on', 'error', 'examples/nota-samen-sterk.md']).status, 0);
    assert.equal(run(['--fail-on', 'none', 'examples/nota-samen-sterk.md']).status, 0);
  });

  it('a file that cannot be read is named on stderr, exit 2, and the others are still reported', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-cli-'));
    fs.writeFileSync(path.join(dir, 'goed.md'), 'De gemeente neemt de regie binnen bestaande middelen.\n');
    fs.writeFileSync(path.join(dir, 'kapot.pdf'), 'dit is geen pdf');
    const r = run(['--format', 'json', path.join(dir, 'goed.md'), path.join(dir, 'kapot.pdf'), path.join(dir, 'bestaat-niet.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /kapot\.pdf/);
    assert.match(r.stderr, /bestaat-niet\.md: bestand of map bestaat niet/);
    const data = JSON.parse(r.stdout);
    assert.equal(data.length, 1);
    assert.ok(data[0].findings.some((f: { rule: string }) => f.rule === 'geld/vaag'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('usage errors exit 2 with a message', () => {
    const r = run(['--format', 'yaml', 'examples']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /onbekend formaat "yaml"/);
    assert.equal(run([]).status, 2);
  });

  it('reads stdin as Markdown or plain text', () => {
    const r = run(['--format', 'json', '--stdin-format', 'txt', '-'], { input: 'regiecheck-disable-file geld/vaag\nPartijen komen het volgende overeen. De kosten blijven binnen bestaande middelen. Er wordt gezorgd voor een plan.\n' });
    const [res] = JSON.parse(r.stdout);
    assert.equal(res.file, '<stdin>');
    assert.ok(!res.findings.some((f: { rule: string }) => f.rule === 'geld/vaag'));
    assert.ok(res.findings.some((f: { rule: string }) => f.rule === 'eigenaar/passief'));
  });

  it('expands globs and folders, and writes nothing next to the inputs unless --output says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), 'De gemeente neemt de regie.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Er wordt gezorgd voor een plan.\n');
    fs.writeFileSync(path.join(dir, 'c.json'), '{}');
    const before = fs.readdirSync(dir, { recursive: true }).sort();
    const glob = JSON.parse(run(['--format', 'json', '**/*.md'], { cwd: dir }).stdout);
    assert.deepEqual(glob.map((d: { file: string }) => d.file), ['sub/a.md']);
    const folder = JSON.parse(run(['--format', 'json', '.'], { cwd: dir }).stdout);
    assert.deepEqual(folder.map((d: { file: string }) => d.file), ['b.txt', 'sub/a.md']);
    assert.deepEqual(fs.readdirSync(dir, { recursive: true }).sort(), before);
    const out = path.join(os.tmpdir(), `rc-out-${process.pid}.json`);
    assert.equal(run(['--format', 'json', '--output', out, '.'], { cwd: dir }).stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).length, 2);
    fs.rmSync(out);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a broken .regiecheck.json is named, and the defaults are used', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-cli-'));
    fs.writeFileSync(path.join(dir, '.regiecheck.json'), '{ "rules": ');
    fs.writeFileSync(path.join(dir, 'a.md'), 'De kosten blijven binnen bestaande middelen.\n');
    const r = run(['--format', 'json', 'a.md'], { cwd: dir });
    assert.match(r.stderr, /\.regiecheck\.json: geen geldige JSON/);
    assert.ok(JSON.parse(r.stdout)[0].findings.some((f: { rule: string }) => f.rule === 'geld/vaag'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
