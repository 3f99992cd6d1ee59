/**
 * The CLI (dist/cli.js) on hostile folders: nothing is written next to the inputs unless --output says so; bad
 * files (NUL bytes, invalid UTF-8, empty, over the read limit) are named on stderr and the rest is still
 * reported; a document over the analysis cap gets one clear notice; a broken .regiecheck.json gives an error
 * naming the file and the defaults are used; one worker and two workers give the same output.
 */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult } from '../../src/core/types';
import * as gen from '../fixtures/generate';
import { builtTempDir, REPO, runNode, type ChildResult } from '../fixtures/hostile/support';

const CLI = path.join(REPO, 'dist/cli.js');
const WATCHDOG_MS = 90_000;

function cli(args: string[], cwd: string): Promise<ChildResult> {
  return runNode([CLI, ...args], { killAfterMs: WATCHDOG_MS, cwd });
}

function parseJson(res: ChildResult): AnalysisResult[] {
  assert.equal(res.killed, false, 'the CLI did not finish before the watchdog');
  try {
    return JSON.parse(res.stdout) as AnalysisResult[];
  } catch {
    assert.fail(`stdout is not JSON (exit ${res.code}): ${res.stdout.slice(0, 300)} / stderr: ${res.stderr.slice(0, 500)}`);
  }
}

/** Every file and folder under `dir`: relative path → content hash, size, mtime and mode. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      const st = fs.statSync(p);
      if (e.isDirectory()) {
        out.set(`${rel}/`, `dir ${st.mode}`);
        walk(p);
      } else {
        const hash = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
        out.set(rel, `${hash} ${st.size} ${st.mtimeMs} ${st.mode}`);
      }
    }
  };
  walk(dir);
  return out;
}

const HOLLOW = '# Nota wijkaanpak\n\nDe gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt.\n\nWe streven naar een integrale aanpak voor inwoners van de wijk.\n';

describe('robustness: the CLI on hostile folders', function () {
  this.timeout(WATCHDOG_MS * 3);
  const root = builtTempDir('regiecheck-hostile-');

  before(async () => {
    const docs = path.join(root(), 'docs');
    fs.mkdirSync(path.join(docs, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(docs, 'a-nota.md'), HOLLOW);
    fs.writeFileSync(path.join(docs, 'b-tekst.txt'), HOLLOW.replace(/^# /, ''));
    fs.writeFileSync(path.join(docs, 'sub', 'c-crlf.md'), HOLLOW.replace(/\n/g, '\r\n'));
    fs.writeFileSync(path.join(docs, 'd-nul.md'), Buffer.from('De gemeente neemt\u0000 de regie.\n'));
    fs.writeFileSync(path.join(docs, 'e-latin1.txt'), Buffer.from('De co\u00f6rdinatie van de regie ligt bij de gemeente.\n', 'latin1'));
    fs.writeFileSync(path.join(docs, 'f-leeg.md'), '');
    fs.writeFileSync(path.join(docs, 'g-wit.md'), '  \n\n\t\n');
    fs.writeFileSync(path.join(docs, 'h-convenant.docx'), await gen.makeDocx());
    fs.writeFileSync(path.join(docs, 'i-convenant.pdf'), await gen.makePdf());
    fs.writeFileSync(path.join(docs, 'j-english.md'), 'The municipality takes the lead. Funding comes from existing budgets. We aim for an integrated approach.\n');
  });

  it('never writes next to the input files, in any output format, from inside or outside the folder', async () => {
    const docs = path.join(root(), 'docs');
    const before = snapshot(docs);
    const runs: Array<[string, string]> = [['text', docs], ['json', root()], ['sarif', docs], ['markdown', root()], ['html', docs]];
    for (const [format, cwd] of runs) {
      const res = await cli(['--format', format, cwd === docs ? '.' : 'docs'], cwd);
      assert.equal(res.killed, false, `${format}: watchdog`);
      assert.ok(res.code === 1 || res.code === 2 || res.code === 0, `${format}: exit ${res.code} ${res.stderr}`);
      assert.ok(res.stdout.length > 0, `${format}: output on stdout`);
    }
    assert.deepEqual(snapshot(docs), before);
  });

  it('--output writes exactly the named file and nothing else', async () => {
    const docs = path.join(root(), 'docs');
    const before = snapshot(docs);
    const outside = path.join(root(), 'rapport.json');
    const res = await cli(['--format', 'json', '--output', outside, docs], root());
    assert.equal(res.killed, false);
    assert.equal(res.stdout, '', 'nothing on stdout when --output is given');
    assert.ok(Array.isArray(JSON.parse(fs.readFileSync(outside, 'utf8'))));
    assert.deepEqual(snapshot(docs), before, 'the input folder is unchanged');
    // Inside the folder: the one new file, nothing else changed.
    const res2 = await cli(['--format', 'markdown', '--output', 'rapport.md', '.'], docs);
    assert.equal(res2.killed, false);
    const after = snapshot(docs);
    assert.ok(after.has('rapport.md'));
    after.delete('rapport.md');
    assert.deepEqual(after, before);
    fs.rmSync(path.join(docs, 'rapport.md'));
  });

  it('names each unreadable file on stderr (exit 2) and still reports every good file', async () => {
    const docs = path.join(root(), 'docs');
    const res = await cli(['--format', 'json', '.'], docs);
    const results = parseJson(res);
    assert.equal(res.code, 2, 'exit code 2 when a file cannot be read');
    const files = results.map((r) => r.file.replace(/\\/g, '/'));
    for (const good of ['a-nota.md', 'b-tekst.txt', 'sub/c-crlf.md', 'h-convenant.docx', 'i-convenant.pdf', 'j-english.md']) {
      assert.ok(files.some((f) => f.endsWith(good)), `${good} reported; got ${files.join(', ')}`);
    }
    for (const bad of ['d-nul.md', 'e-latin1.txt', 'f-leeg.md', 'g-wit.md']) {
      assert.ok(!files.some((f) => f.endsWith(bad)), `${bad} is not reported as analysed`);
      const lines = res.stderr.split('\n').filter((l) => l.includes(bad));
      assert.equal(lines.length, 1, `${bad} named once on stderr; stderr:\n${res.stderr}`);
    }
    assert.match(res.stderr, /UTF-8/);
    assert.match(res.stderr, /binair/);
    const english = results.find((r) => r.file.endsWith('j-english.md'));
    assert.ok(english && english.notices.some((n) => n.id === 'not-dutch') && english.findings.length === 0);
    // CRLF and LF give the same findings through the CLI as well.
    const lf = results.find((r) => r.file.endsWith('a-nota.md'));
    const crlf = results.find((r) => r.file.endsWith('c-crlf.md'));
    assert.ok(lf && crlf);
    assert.deepEqual(crlf.findings.map((f) => `${f.rule}@${f.line}:${f.column}`), lf.findings.map((f) => `${f.rule}@${f.line}:${f.column}`));
  });

  it('one worker and two workers give the same output, in the same order', async () => {
    const docs = path.join(root(), 'docs');
    const one = await cli(['--format', 'json', '--workers', '1', '.'], docs);
    const two = await cli(['--format', 'json', '--workers', '2', '.'], docs);
    assert.deepEqual(parseJson(two), parseJson(one));
    assert.equal(two.code, one.code);
    assert.deepEqual(two.stderr.split('\n').sort(), one.stderr.split('\n').sort());
  });

  it('a file over the read limit is refused by name; a document over the analysis cap gets one clear notice', async () => {
    const dir = fs.mkdtempSync(path.join(root(), 'big-'));
    const unit = 'De gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt.\n\n';
    fs.writeFileSync(path.join(dir, 'groot.md'), unit.repeat(Math.ceil((6 * 1024 * 1024) / unit.length)));
    fs.writeFileSync(path.join(dir, 'reus.md'), unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length)));
    fs.writeFileSync(path.join(dir, 'klein.md'), HOLLOW);
    const res = await cli(['--format', 'json', '.'], dir);
    const results = parseJson(res);
    assert.ok(res.stderr.includes('reus.md'), `the 50 MB file is named: ${res.stderr}`);
    assert.ok(!results.some((r) => r.file.endsWith('reus.md')));
    const groot = results.find((r) => r.file.endsWith('groot.md'));
    assert.ok(groot, 'the 6 MB file is reported (with a notice)');
    assert.deepEqual(groot.notices.map((n) => n.id), ['too-large']);
    assert.equal(groot.findings.length, 0);
    assert.ok(results.find((r) => r.file.endsWith('klein.md'))!.findings.length > 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('robustness: a broken .regiecheck.json', function () {
  this.timeout(WATCHDOG_MS * 2);
  const root = builtTempDir('regiecheck-config-');

  const project = (name: string, config?: string): string => {
    const dir = path.join(root(), name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'nota.md'), HOLLOW);
    if (config !== undefined) fs.writeFileSync(path.join(dir, '.regiecheck.json'), config);
    return dir;
  };
  const ids = (r: AnalysisResult[]): string[] => r.flatMap((x) => x.findings.map((f) => `${f.rule}@${f.line}:${f.column}`));

  it('invalid JSON: an error naming the file, and the defaults are used', async () => {
    const clean = project('schoon');
    const broken = project('kapot', '{ "rules": { "regie/hol": "off", ');
    const ref = parseJson(await cli(['--format', 'json', 'nota.md'], clean));
    const res = await cli(['--format', 'json', 'nota.md'], broken);
    const got = parseJson(res);
    assert.ok(res.stderr.includes(path.join(broken, '.regiecheck.json')) || res.stderr.includes('.regiecheck.json'), res.stderr);
    assert.match(res.stderr, /JSON/);
    assert.match(res.stderr, /standaard/);
    assert.deepEqual(ids(got), ids(ref), 'same findings as without a config: the broken "off" was not half-applied');
    assert.ok(ids(got).some((x) => x.startsWith('regie/hol')));
  });

  it('a wrong value: an error naming the file and the setting', async () => {
    const dir = project('fout', JSON.stringify({ rules: { 'regie/hol': 'heel erg' } }));
    const res = await cli(['--format', 'json', 'nota.md'], dir);
    parseJson(res);
    assert.ok(res.stderr.includes('.regiecheck.json'), res.stderr);
    assert.ok(res.stderr.includes('regie/hol'), res.stderr);
  });

  it('a config that is not an object, or binary garbage: an error naming the file, no crash', async () => {
    for (const [name, content] of [['lijst', '[1, 2, 3]'], ['rommel', '\u0000\u0001\u00ff garbage']] as const) {
      const dir = project(name, content);
      const res = await cli(['--format', 'json', 'nota.md'], dir);
      const got = parseJson(res);
      assert.equal(got.length, 1);
      assert.ok(res.stderr.includes('.regiecheck.json'), `${name}: ${res.stderr}`);
      assert.doesNotMatch(res.stderr, /onverwachte fout|TypeError|at .*\.js:\d+/, `${name}: no stack trace`);
    }
  });
});
