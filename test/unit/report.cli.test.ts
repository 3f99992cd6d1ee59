/**
 * The report formats through the built CLI (dist/cli.js), as a reviewer or a pipeline runs them: SARIF that
 * validates, --output with links relative to the report, a folder batch as summary plus documents, the text
 * summary, and REGIECHECK_DOCS_BASE for SARIF help links. `npm test` builds first.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { sarifValidator } from '../fixtures/sarifValidator';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, encoding: 'utf8' });

describe('CLI report formats', function () {
  this.timeout(60000);
  let dir = '';
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-report-'));
    fs.mkdirSync(path.join(dir, 'beleid', 'wijk'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test/golden/convenant-wijkaanpak.md'), path.join(dir, 'beleid', 'wijk', 'convenant wijk.md'));
    fs.copyFileSync(path.join(ROOT, 'test/golden/nota-verkenning-jeugd.md'), path.join(dir, 'beleid', 'nota.md'));
    fs.mkdirSync(path.join(dir, 'rapporten'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--format sarif validates against the SARIF 2.1.0 schema; the exit code still follows --fail-on', () => {
    const r = run(['--format', 'sarif', '--fail-on', 'warning', 'beleid'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; tool: { driver: { rules: Array<{ helpUri?: string }> } } }> };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const uris = new Set(log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['beleid/nota.md', 'beleid/wijk/convenant%20wijk.md']);
    assert.match(log.runs[0].tool.driver.rules[0].helpUri ?? '', /^file:\/\/.*\/docs\/rules\/regie-hol\.md$/);
  });

  it('REGIECHECK_DOCS_BASE points the SARIF help links at an absolute docs URL', () => {
    const r = run(['--format', 'sarif', 'beleid/nota.md'], { cwd: dir, env: { REGIECHECK_DOCS_BASE: 'https://git.example.nl/tools/regiecheck/-/blob/main/docs/rules' } });
    const log = JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } } }> };
    const rule = log.runs[0].tool.driver.rules.find((x) => x.id === 'geld/vaag')!;
    assert.equal(rule.helpUri, 'https://git.example.nl/tools/regiecheck/-/blob/main/docs/rules/geld-vaag.md');
  });

  it('--format markdown --output: one report file with title and excerpts, nothing on stdout', () => {
    const r = run(['--format', 'markdown', '--output', 'rapporten/wijk.md', 'beleid/wijk/convenant wijk.md'], { cwd: dir });
    assert.equal(r.stdout, '');
    const md = fs.readFileSync(path.join(dir, 'rapporten', 'wijk.md'), 'utf8');
    assert.match(md, /^# Regiecheck-rapport: Convenant Samen Sterk in de Wijk 2027–2030\n/);
    assert.ok(md.includes('**binnen bestaande middelen**'), 'excerpt with the match marked');
  });

  it('--format html over a folder: the sortable summary, then every document', () => {
    const r = run(['--format', 'html', '--output', 'rapporten/overzicht.html', 'beleid'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const html = fs.readFileSync(path.join(dir, 'rapporten', 'overzicht.html'), 'utf8');
    assert.match(html, /<table class="sortable"/);
    assert.equal((html.match(/<section class="document"/g) ?? []).length, 2);
    assert.match(html, /<script nonce="[^"]+">/);
  });

  it('--output: line links in the report are relative to the report file', () => {
    run(['--format', 'markdown', '--output', 'rapporten/wijk.md', 'beleid/wijk/convenant wijk.md'], { cwd: dir });
    const md = fs.readFileSync(path.join(dir, 'rapporten', 'wijk.md'), 'utf8');
    assert.ok(md.includes('](../beleid/wijk/convenant%20wijk.md#L12)'), 'line link from rapporten/ to the document');
    run(['--format', 'html', '--output', 'rapporten/overzicht.html', 'beleid'], { cwd: dir });
    const html = fs.readFileSync(path.join(dir, 'rapporten', 'overzicht.html'), 'utf8');
    assert.ok(html.includes('href="../beleid/wijk/convenant%20wijk.md#L12"'));
  });

  it('text: ends with the batch summary (documents, findings per severity, average scores)', () => {
    const r = run(['beleid'], { cwd: dir });
    const tail = r.stdout.trimEnd().split('\n').slice(-2);
    assert.match(tail[0], /^2 documenten, \d+ bevindingen: 0 fouten, \d+ waarschuwingen, \d+ info, 0 hints$/);
    assert.match(tail[1], /^Gemiddelde scores: K1 \d+ · K2 \d+ · K3 \d+ · K4 \d+$/);
  });
});
