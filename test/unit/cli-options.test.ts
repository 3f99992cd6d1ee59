/**
 * The built CLI (dist/cli.js) with the options a CI pipeline uses: ignore files, warning budgets, rule overrides,
 * --print-config, --init, --help in two languages, usage errors (exit 2) and the one size limit.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import Ajv from 'ajv';
import { RULES } from '../../src/core';
import { readConfigFile } from '../../src/node/config';
import { tooLargeMessage } from '../../src/cli/worker';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8' });

const HOLLOW = 'De gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt. Er wordt gezorgd voor een plan.\n';
type Json = Array<{ file: string; findings: Array<{ rule: string; severity: string }>; notices: Array<{ id: string; message: string }> }>;
const configSchema = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/regiecheck.schema.json'), 'utf8')));

describe('CLI options for CI', function () {
  this.timeout(60000);
  let dir = '';
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build first');
  });
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-opts-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string): string => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  describe('usage errors exit 2 with a message', () => {
    it('an unknown option, a missing value, an unknown rule id in --rule', () => {
      const unknown = run(['--max-warning', '3', 'examples']);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /^regiecheck: onbekende optie "--max-warning"/);
      assert.equal(unknown.stdout, '');
      const missing = run(['examples', '--max-warnings']);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /--max-warnings verwacht een waarde <n>/);
      const rule = run(['--rule', 'geld/vag:off', 'examples']);
      assert.equal(rule.status, 2);
      assert.match(rule.stderr, /--rule: onbekende regel "geld\/vag"; bedoelt u geld\/vaag/);
    });

    it('in English with --locale en, or when the working folder\'s .regiecheck.json says "en"', () => {
      assert.match(run(['--locale', 'en', '--rule', 'geld/vag:off', 'x.md']).stderr, /unknown rule "geld\/vag"; did you mean geld\/vaag/);
      write('.regiecheck.json', '{ "locale": "en" }');
      assert.match(run(['--bogus'], { cwd: dir }).stderr, /unknown option "--bogus"/);
      assert.match(run(['--bogus', '--locale', 'nl'], { cwd: dir }).stderr, /onbekende optie "--bogus"/);
    });

    it('-- ends the options: a file whose name starts with - can be named after it', () => {
      write('-raar.md', HOLLOW);
      assert.equal(run(['-raar.md'], { cwd: dir }).status, 2);
      const r = run(['--format', 'json', '--', '-raar.md'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Json).map((x) => x.file), ['-raar.md']);
    });
  });

  it('--help in Dutch, and in English with --locale en', () => {
    const nl = run(['--help']);
    assert.equal(nl.status, 0);
    assert.match(nl.stdout, /^Gebruik: regiecheck/);
    assert.match(nl.stdout, /--max-warnings <n>/);
    const en = run(['--help', '--locale', 'en']);
    assert.match(en.stdout, /^Usage: regiecheck/);
    assert.match(en.stdout, /exit code 1 also for more than n findings of severity warning/);
  });

  describe('--max-warnings', () => {
    const nota = path.join(ROOT, 'examples/nota-samen-sterk.md');
    const warnings = (): number => (JSON.parse(run(['--format', 'json', nota]).stdout) as Json)[0].findings.filter((f) => f.severity === 'warning').length;

    it('exit 0 at the budget, exit 1 over it, with the count on stderr (ESLint\'s meaning)', () => {
      const n = warnings();
      assert.ok(n >= 2, `the example has warnings (${n})`);
      const at = run(['--fail-on', 'none', '--max-warnings', String(n), nota]);
      assert.equal(at.status, 0, at.stderr);
      assert.doesNotMatch(at.stderr, /te veel/);
      const over = run(['--fail-on', 'none', '--max-warnings', String(n - 1), nota]);
      assert.equal(over.status, 1);
      assert.match(over.stderr, new RegExp(`te veel waarschuwingen: ${n}, het maximum is ${n - 1} \\(--max-warnings\\)`));
      assert.equal(run(['--fail-on', 'none', '--max-warnings', '0', '--locale', 'en', nota]).stderr.match(/too many warnings/)?.length, 1);
    });

    it('counts only severity warning, after --rule', () => {
      const n = warnings();
      // Every warning rule lowered to info: nothing left to count.
      const lowered = RULES.filter((r) => r.defaultSeverity === 'warning').flatMap((r) => ['--rule', `${r.id}:info`]);
      assert.equal(run(['--fail-on', 'none', '--max-warnings', '0', ...lowered, nota]).status, 0);
      assert.equal(run(['--fail-on', 'none', '--max-warnings', String(n - 1), nota]).status, 1);
    });

    it('next to --fail-on: either one fails the run', () => {
      assert.equal(run(['--fail-on', 'warning', '--max-warnings', '1000', nota]).status, 1);
      assert.equal(run(['--fail-on', 'error', '--max-warnings', '1000', nota]).status, 0);
    });
  });

  describe('--rule', () => {
    it('overrides a rule for this run, over .regiecheck.json', () => {
      write('.regiecheck.json', JSON.stringify({ rules: { 'geld/vaag': 'error' } }));
      write('nota.md', HOLLOW);
      const rules = (args: string[]): Record<string, string> => Object.fromEntries(
        (JSON.parse(run(['--format', 'json', ...args, 'nota.md'], { cwd: dir }).stdout) as Json)[0].findings.map((f) => [f.rule, f.severity]));
      assert.equal(rules([])['geld/vaag'], 'error');
      assert.equal(rules(['--rule', 'geld/vaag:hint'])['geld/vaag'], 'hint');
      assert.equal(rules(['--rule', 'geld/vaag:off'])['geld/vaag'], undefined);
      assert.equal(rules(['--rule', 'regie/hol:error'])['regie/hol'], 'error');
      assert.equal(run(['--rule', 'geld/vaag:warning', 'nota.md'], { cwd: dir }).status, 0, 'no error left');
      assert.equal(run(['nota.md'], { cwd: dir }).status, 1, 'the file makes it an error');
    });
  });

  describe('configuration per document and --print-config', () => {
    beforeEach(() => {
      write('.regiecheck.json', JSON.stringify({ rules: { 'regie/hol': 'error', 'taal/voorbehoud': 'off' }, phrases: { geldVaag: ['uit de pot'] }, allow: ['ketenregie'] }));
      write('wijk/.regiecheck.json', JSON.stringify({ '//': 'alleen voor de wijk', rules: { 'geld/vaag': 'info' }, maxFileSizeKB: 64 }));
      write('nota.md', HOLLOW);
      write('wijk/nota.md', HOLLOW);
    });
    const printed = (args: string[], cwd = dir): Record<string, unknown> & { rules: Record<string, string> } => {
      const r = run(['--print-config', ...args], { cwd });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout);
    };

    it('prints the defaults with the nearest .regiecheck.json over them, as a valid config', () => {
      const top = printed(['nota.md']);
      assert.ok(configSchema(top), JSON.stringify(configSchema.errors));
      assert.deepEqual(Object.keys(top.rules), RULES.map((r) => r.id), 'every rule, in registry order');
      assert.equal(top.rules['regie/hol'], 'error');
      assert.equal(top.rules['taal/voorbehoud'], 'off');
      assert.equal(top.rules['geld/vaag'], 'warning', 'default severity');
      assert.deepEqual(top.phrases, { geldVaag: ['uit de pot'] });
      assert.deepEqual(top.allow, ['ketenregie']);
      assert.equal(top.locale, 'nl');
      assert.equal(top.maxFileSizeKB, 5120);
      // The nearest file only, as in the extension: wijk/ does not inherit the top file.
      const wijk = printed(['wijk/nota.md']);
      assert.equal(wijk.rules['geld/vaag'], 'info');
      assert.equal(wijk.rules['regie/hol'], 'warning');
      assert.deepEqual(wijk.phrases, {});
      assert.equal(wijk.maxFileSizeKB, 64);
      assert.ok(!('//' in wijk));
    });

    it('puts --rule, --max-size and --locale on top, and -c replaces the file for every document', () => {
      const over = printed(['wijk/nota.md', '--rule', 'geld/vaag:error', '--rule', 'planb/ontbreekt:off', '--max-size', '300', '--locale', 'en']);
      assert.equal(over.rules['geld/vaag'], 'error');
      assert.equal(over.rules['planb/ontbreekt'], 'off');
      assert.equal(over.maxFileSizeKB, 300);
      assert.equal(over.locale, 'en');
      write('ci/strikt.json', JSON.stringify({ rules: { 'doel/vaag': 'error' } }));
      const explicit = printed(['wijk/nota.md', '-c', 'ci/strikt.json']);
      assert.equal(explicit.rules['doel/vaag'], 'error');
      assert.equal(explicit.rules['geld/vaag'], 'warning');
    });

    it('names its sources on stderr, and a folder that does not exist is an error', () => {
      const r = run(['--print-config', 'wijk/nota.md'], { cwd: dir });
      assert.match(r.stderr, new RegExp(`configuratie voor wijk/nota\\.md: standaardwaarden, ${path.join('wijk', '.regiecheck.json').replace(/\./g, '\\.')}, opdrachtregel`));
      assert.equal(run(['-q', '--print-config', 'wijk/nota.md'], { cwd: dir }).stderr, '');
      const missing = run(['--print-config', 'nergens/nota.md'], { cwd: dir });
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nergens\/nota\.md: bestand of map bestaat niet/);
      assert.equal(run(['-c', 'bestaat-niet.json', 'nota.md'], { cwd: dir }).status, 2);
    });

    it('a run gives each document the configuration --print-config shows for it, on one thread or in workers', () => {
      for (const workers of ['1', '2']) {
        const r = run(['--format', 'json', '--workers', workers, '.'], { cwd: dir });
        const byFile = Object.fromEntries((JSON.parse(r.stdout) as Json).map((x) => [x.file, Object.fromEntries(x.findings.map((f) => [f.rule, f.severity]))]));
        assert.equal(byFile['nota.md']['regie/hol'], 'error', `--workers ${workers}`);
        assert.equal(byFile['nota.md']['geld/vaag'], 'warning', `--workers ${workers}`);
        assert.equal(byFile['wijk/nota.md']['regie/hol'], 'warning', `--workers ${workers}`);
        assert.equal(byFile['wijk/nota.md']['geld/vaag'], 'info', `--workers ${workers}`);
        assert.equal(r.status, 1, 'regie/hol is an error in nota.md');
      }
    });

    it('a "//" comment must be a text or a list of texts; anything else is named and the rest still applies', () => {
      const file = write('rommel/.regiecheck.json', JSON.stringify({ '//': 5, rules: { 'regie/hol': 'off' } }));
      const loaded = readConfigFile(file);
      assert.deepEqual(loaded.errors.map((e) => e.message), [`${file}: $.//: commentaar moet een tekst of een lijst met teksten zijn`]);
      assert.deepEqual(loaded.config.rules, { 'regie/hol': 'off' });
      assert.deepEqual(readConfigFile(path.join(dir, 'wijk/.regiecheck.json')).errors, [], 'a text is fine');
    });
  });

  describe('--init', () => {
    it('writes a starter .regiecheck.json with $schema and explanations that validates and loads without warnings', () => {
      const r = run(['--init'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const file = path.join(dir, '.regiecheck.json');
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { $schema: string; '//': string[] };
      assert.ok(configSchema(json), JSON.stringify(configSchema.errors));
      assert.equal(path.resolve(dir, json.$schema), path.join(ROOT, 'schemas/regiecheck.schema.json'), 'the $schema path leads to the schema');
      assert.ok(Array.isArray(json['//']) && json['//'].some((l: string) => l.includes('regie/hol')), 'explains the rules');
      assert.deepEqual(readConfigFile(file).errors, []);
      write('nota.md', HOLLOW);
      const check = run(['nota.md'], { cwd: dir });
      assert.doesNotMatch(check.stderr, /waarschuwing/);
      assert.match(check.stdout, /geld\/vaag/);
    });

    it('refuses to overwrite (exit 2, file unchanged), and explains in English with --locale en', () => {
      write('.regiecheck.json', '{ "rules": { "regie/hol": "off" } }\n');
      const r = run(['--init'], { cwd: dir });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\.regiecheck\.json bestaat al in deze map; er is niets overschreven/);
      assert.equal(fs.readFileSync(path.join(dir, '.regiecheck.json'), 'utf8'), '{ "rules": { "regie/hol": "off" } }\n');
      fs.mkdirSync(path.join(dir, 'en'));
      assert.equal(run(['--init', '--locale', 'en'], { cwd: path.join(dir, 'en') }).status, 0);
      assert.match(JSON.parse(fs.readFileSync(path.join(dir, 'en/.regiecheck.json'), 'utf8'))['//'][0], /^Regiecheck configuration/);
    });
  });

  describe('ignore files', () => {
    beforeEach(() => {
      for (const f of ['beleid/2025/a.md', 'beleid/archief/oud.md', 'beleid/concept/b.md']) write(f, HOLLOW);
      write('.regiecheckignore', '# niet meer geldend\nbeleid/archief/\n');
    });
    const files = (args: string[]): string[] => (JSON.parse(run(['--format', 'json', ...args], { cwd: dir }).stdout) as Json).map((x) => x.file);

    it('.regiecheckignore and --ignore-pattern leave files out; --no-ignore switches both off', () => {
      assert.deepEqual(files(['beleid']), ['beleid/2025/a.md', 'beleid/concept/b.md']);
      assert.deepEqual(files(['--ignore-pattern', 'beleid/concept/', 'beleid']), ['beleid/2025/a.md']);
      assert.deepEqual(files(['--ignore-pattern', '!beleid/archief/oud.md', 'beleid']), ['beleid/2025/a.md', 'beleid/archief/oud.md', 'beleid/concept/b.md']);
      assert.deepEqual(files(['--no-ignore', '--ignore-pattern', 'beleid/concept/', 'beleid']), ['beleid/2025/a.md', 'beleid/archief/oud.md', 'beleid/concept/b.md']);
    });

    it('a file named explicitly is read, with a notice on stderr (not with --quiet)', () => {
      const r = run(['--format', 'json', 'beleid/archief/oud.md'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Json).map((x) => x.file), ['beleid/archief/oud.md']);
      assert.match(r.stderr, /waarschuwing: beleid\/archief\/oud\.md: wordt genegeerd \(\.regiecheckignore: beleid\/archief\/\), maar is met name genoemd en wordt dus toch gelezen/);
      assert.equal(run(['-q', '--format', 'json', 'beleid/archief/oud.md'], { cwd: dir }).stderr, '');
    });

    it('negated and brace globs on the command line', () => {
      assert.deepEqual(files(['--no-ignore', 'beleid', '!beleid/{archief,concept}/**']), ['beleid/2025/a.md']);
      assert.deepEqual(files(['beleid/{2025,concept}/*.md']), ['beleid/2025/a.md', 'beleid/concept/b.md']);
    });
  });

  describe('one size limit (--max-size / maxFileSizeKB), named the same in --help, notices and errors', () => {
    it('over the limit: a notice that names it; over twice the limit: exit 2 with an error that names it', () => {
      write('middel.md', HOLLOW.repeat(Math.ceil(1500 / HOLLOW.length)));
      write('groot.md', HOLLOW.repeat(Math.ceil(3000 / HOLLOW.length)));
      const r = run(['--format', 'json', '--max-size', '1', '.'], { cwd: dir });
      assert.equal(r.status, 2);
      const [middel] = JSON.parse(r.stdout) as Json;
      assert.equal(middel.file, 'middel.md');
      assert.deepEqual(middel.notices.map((n) => n.id), ['too-large']);
      assert.match(middel.notices[0].message, /groter dan 1 kB/);
      assert.match(r.stderr, /^regiecheck: groot\.md: het bestand is te groot om te lezen \([\d,]+ kB, meer dan tweemaal de grens van 1 kB; --max-size of maxFileSizeKB\)/m);
    });

    it('stdin gets the same limit', () => {
      const r = run(['--max-size', '1', '-'], { input: HOLLOW.repeat(40) });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /<stdin>: het bestand is te groot om te lezen \(meer dan tweemaal de grens van 1 kB; --max-size of maxFileSizeKB\)/);
    });

    it('the default is 5120 kB in --help and in the error', () => {
      assert.match(run(['--help']).stdout, /--max-size <kB> .*\n.*\n.*anders 5120/);
      assert.match(tooLargeMessage('reus.md', {}, 50 * 1024 * 1024), /^reus\.md: het bestand is te groot om te lezen \(50 MB, meer dan tweemaal de grens van 5120 kB; --max-size of maxFileSizeKB\)/);
    });
  });
});
