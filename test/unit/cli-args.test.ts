/** The CLI's argument parser (src/cli/args.ts) in-process: every option, `--`, the errors, and --help against OPTIONS and docs/ci.md. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OPTIONS, UsageError, closeRuleIds, helpText, parseArgs, type CliArgs, type OptionName } from '../../src/cli/args';
import { OUTPUT_FORMATS } from '../../src/cli/formatters';
import { RULES } from '../../src/core';

const ROOT = path.join(__dirname, '../..');

/** The UsageError `argv` throws, in Dutch and English. */
function usageError(argv: string[]): { nl: string; en: string } {
  try {
    parseArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UsageError, `a UsageError, not ${String(e)}`);
    return e.text;
  }
  assert.fail(`no usage error for ${argv.join(' ')}`);
}

describe('CLI arguments (node:util parseArgs)', () => {
  it('has the defaults of before when nothing is given', () => {
    const a = parseArgs(['nota.md']);
    assert.deepEqual(a, {
      command: 'check', format: 'text', failOn: 'error', output: undefined, locale: undefined, config: undefined, rules: {},
      ignorePatterns: [], noIgnore: false, printConfig: undefined, init: false, stdinFormat: 'markdown', stdinName: '<stdin>',
      quiet: false, help: false, version: false, inputs: ['nota.md'],
    } satisfies CliArgs);
  });

  // One sample per option: what it sets. The table must cover OPTIONS exactly, so a new option needs a line here.
  const SAMPLES: Record<OptionName, [string[], Partial<CliArgs>]> = {
    'ignore-pattern': [['--ignore-pattern', 'concept/**', '--ignore-pattern=*.tmp.md'], { ignorePatterns: ['concept/**', '*.tmp.md'] }],
    'no-ignore': [['--no-ignore'], { noIgnore: true }],
    'max-size': [['--max-size', '300'], { maxSizeKB: 300 }],
    'stdin-format': [['--stdin-format', 'txt'], { stdinFormat: 'plaintext' }],
    'stdin-name': [['--stdin-name', 'brief.md'], { stdinName: 'brief.md' }],
    workers: [['--workers', '3'], { workers: 3 }],
    format: [['-f', 'json'], { format: 'json' }],
    output: [['-o', 'uit.sarif'], { output: 'uit.sarif' }],
    locale: [['--locale', 'en'], { locale: 'en' }],
    quiet: [['-q'], { quiet: true }],
    'fail-on': [['--fail-on', 'warning'], { failOn: 'warning' }],
    'max-warnings': [['--max-warnings', '0'], { maxWarnings: 0 }],
    config: [['-c', 'ci.json'], { config: 'ci.json' }],
    rule: [['--rule', 'regie/hol:error', '--rule', 'taal/voorbehoud:off', '--rule', 'regie/hol:hint'], { rules: { 'regie/hol': 'hint', 'taal/voorbehoud': 'off' } }],
    'print-config': [['--print-config', 'beleid/nota.md'], { printConfig: 'beleid/nota.md' }],
    init: [['--init'], { init: true }],
    help: [['-h'], { help: true }],
    version: [['--version'], { version: true }],
  };

  it('parses every option in the table', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), Object.keys(OPTIONS).sort());
    for (const [name, [argv, expected]] of Object.entries(SAMPLES)) {
      const standalone = name === 'init' || name === 'print-config';
      const a = parseArgs(standalone ? argv : [...argv, 'x.md']);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(a[key as keyof CliArgs], value, `--${name}: ${key}`);
    }
  });

  it('takes --name=value, short groups and a lone - (stdin) as usual', () => {
    const a = parseArgs(['--format=sarif', '-qo', 'r.sarif', '-', 'b.md']);
    assert.equal(a.format, 'sarif');
    assert.equal(a.quiet, true);
    assert.equal(a.output, 'r.sarif');
    assert.deepEqual(a.inputs, ['-', 'b.md']);
  });

  it('-- ends the options: what follows is a file, even when it starts with -', () => {
    const a = parseArgs(['-q', '--', '--format', '-x.md', '!concept/**']);
    assert.equal(a.format, 'text');
    assert.deepEqual(a.inputs, ['--format', '-x.md', '!concept/**']);
  });

  it('names an unknown option, in Dutch and in English', () => {
    const e = usageError(['--fail-at', 'error', 'x.md']);
    assert.match(e.nl, /onbekende optie "--fail-at"/);
    assert.match(e.en, /unknown option "--fail-at"/);
    assert.match(usageError(['-x', 'a.md']).nl, /onbekende optie "-x"/);
  });

  it('names a missing value: at the end, or when the next word is another option', () => {
    assert.match(usageError(['x.md', '--format']).nl, /^--format verwacht een waarde/);
    assert.match(usageError(['--output', '--quiet', 'x.md']).nl, /^--output verwacht een waarde/);
    assert.match(usageError(['-c']).en, /^-c expects a value/);
    // A value that starts with a dash is still possible as --name=value.
    assert.equal(parseArgs(['--stdin-name=-brief-', '-']).stdinName, '-brief-');
  });

  it('refuses a value for a switch and bad values for the others', () => {
    assert.match(usageError(['--quiet=ja', 'x.md']).nl, /--quiet heeft geen waarde/);
    assert.match(usageError(['--format', 'yaml', 'x.md']).nl, /onbekend formaat "yaml"/);
    assert.match(usageError(['--fail-on', 'fatal', 'x.md']).nl, /--fail-on: kies error, warning, info, hint, none/);
    assert.match(usageError(['--locale', 'de', 'x.md']).nl, /--locale: kies nl, en/);
    assert.match(usageError(['--workers', '0', 'x.md']).nl, /--workers verwacht een geheel getal van 1 tot 64/);
    assert.match(usageError(['--max-size', '-5', 'x.md']).nl, /--max-size verwacht een positief aantal kilobytes/);
    assert.match(usageError(['--ignore-pattern', ' ', 'x.md']).nl, /--ignore-pattern verwacht een patroon/);
  });

  it('--max-warnings takes a whole number of 0 or more', () => {
    assert.equal(parseArgs(['--max-warnings', '25', 'x.md']).maxWarnings, 25);
    assert.match(usageError(['--max-warnings', '-1', 'x.md']).nl, /--max-warnings verwacht een geheel getal van 0 of meer \(niet "-1"\)/);
    assert.match(usageError(['--max-warnings', '2.5', 'x.md']).nl, /niet "2\.5"/);
    assert.match(usageError(['--max-warnings', 'veel', 'x.md']).en, /--max-warnings expects a whole number of 0 or more/);
  });

  it('--rule checks the id against the rule registry and names close ids', () => {
    const e = usageError(['--rule', 'regie/hool:off', 'x.md']);
    assert.match(e.nl, /--rule: onbekende regel "regie\/hool"; bedoelt u regie\/hol/);
    assert.match(e.en, /unknown rule "regie\/hool"; did you mean regie\/hol/);
    assert.deepEqual(closeRuleIds('geld/vaagg').slice(0, 1), ['geld/vaag']);
    assert.ok(closeRuleIds('taal/overlegg').includes('taal/overleg'));
    // Nothing close: every rule is listed.
    const far = usageError(['--rule', 'xyz:off', 'x.md']).nl;
    for (const r of RULES) assert.ok(far.includes(r.id), `${r.id} listed in: ${far}`);
  });

  it('--rule checks the setting and the shape', () => {
    assert.match(usageError(['--rule', 'regie/hol:loud', 'x.md']).nl, /--rule regie\/hol: kies off, error, warning, info, hint \(niet "loud"\)/);
    assert.match(usageError(['--rule', 'regie/hol', 'x.md']).nl, /--rule verwacht <regel-id>:<off\|error\|warning\|info\|hint>/);
    for (const s of ['off', 'error', 'warning', 'info', 'hint']) assert.deepEqual(parseArgs(['--rule', `geld/vaag:${s}`, 'x.md']).rules, { 'geld/vaag': s });
  });

  it('--init and --print-config stand alone', () => {
    assert.match(usageError(['--init', 'beleid/']).nl, /--init neemt geen bestanden/);
    assert.match(usageError(['--print-config', 'a.md', 'b.md']).nl, /--print-config neemt geen bestanden/);
    assert.match(usageError(['--init', '--print-config', 'a.md']).nl, /gaan niet samen/);
  });

  it('a usage error follows --locale when it is given (also when it comes later on the line)', () => {
    try {
      parseArgs(['--bogus', '--locale', 'en']);
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof UsageError);
      assert.equal(e.locale, 'en');
      assert.match(e.message, /unknown option "--bogus"/);
    }
  });

  it('--help documents every option and format, in Dutch and in English', () => {
    const nl = helpText('nl'), en = helpText('en');
    assert.match(nl, /^Gebruik: regiecheck/);
    assert.match(en, /^Usage: regiecheck/);
    for (const [name, o] of Object.entries(OPTIONS)) {
      for (const text of [nl, en]) assert.ok(text.includes(`--${name}`), `--${name} in help`);
      if ('short' in o) for (const text of [nl, en]) assert.ok(text.includes(`-${o.short}, --${name}`), `-${o.short} in help`);
    }
    for (const f of OUTPUT_FORMATS) assert.ok(nl.includes(f));
    assert.ok(nl.split('\n').every((l) => l.length <= 100), 'help lines fit in 100 columns');
  });

  it('docs/ci.md documents every option', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
    for (const name of Object.keys(OPTIONS)) assert.ok(doc.includes(`--${name}`), `--${name} in docs/ci.md`);
  });
});
