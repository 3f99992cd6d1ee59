/**
 * `regiecheck` — the command line (contract section D), loaded by the launcher ./main.ts (dist/cli-main.js next to
 * dist/cli.js). Reads files, folders, globs or stdin, analyses each document
 * with its own configuration (configs.ts) and the same core as the extension, prints one of the output formats, and
 * exits 0 (nothing at or above --fail-on and no more warnings than --max-warnings), 1 (otherwise), or 2 (usage
 * error, or a file could not be read: named on stderr, the other files are still analysed and reported).
 * `--print-config` and `--init` do their one thing and stop.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, SEVERITIES, type AnalysisResult, type Locale, type Localized, type Severity } from '../core/index';
import { DocumentReadError, extractDocument } from '../formats/index';
import { parseArgs, UsageError, helpText, type CliArgs } from './args';
import { ConfigResolver, CONFIG_FILE, resolvedConfig, starterConfig, type CliOverrides } from './configs';
import { expandInputs } from './files';
import { loadConfigFor, readConfigFile } from '../node/config';
import { loadIgnoreRules } from './ignore';
import { analyzeFilesParallel, defaultWorkers } from './pool';
import { formatResults } from './formatters';
import { readLimitBytes, tooLargeMessage } from './worker';
import { runReviewCli } from './review';
import { COMPARE_HELP, runCompareCli } from './compare';

declare const REGIECHECK_VERSION: string | undefined;

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Writes `regiecheck: …` lines in the run's language. */
class Console {
  constructor(public locale: Locale, private readonly quiet: boolean) {}
  error(text: Localized | string): void {
    process.stderr.write(`regiecheck: ${typeof text === 'string' ? text : text[this.locale]}\n`);
  }
  /** A warning (a broken config, a reader's remark, an ignored file that is read anyway); --quiet hides it. */
  warn(text: string): void {
    if (!this.quiet) process.stderr.write(`${this.locale === 'en' ? 'warning' : 'waarschuwing'}: ${text}\n`);
  }
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`regiecheck: ${e.text[e.locale ?? quietLocale(cwd)]}\n`); return 2; }
    throw e;
  }
  const out = new Console(args.locale ?? 'nl', args.quiet);
  if (args.help) {
    const locale = args.locale ?? quietLocale(cwd, args.config);
    process.stdout.write(args.command === 'compare' ? COMPARE_HELP[locale] : helpText(locale));
    return 0;
  }
  if (args.version) { process.stdout.write(`${typeof REGIECHECK_VERSION === 'string' ? REGIECHECK_VERSION : 'dev'}\n`); return 0; }
  if (args.init) return init(cwd, out);

  let explicitConfig: string | undefined;
  if (args.config) {
    explicitConfig = path.resolve(cwd, args.config);
    if (!fs.existsSync(explicitConfig)) {
      out.error({ nl: `${args.config}: configuratiebestand bestaat niet (--config)`, en: `${args.config}: configuration file does not exist (--config)` });
      return 2;
    }
  }
  const overrides: CliOverrides = { rules: args.rules, maxFileSizeKB: args.maxSizeKB, locale: args.locale };
  const configs = new ConfigResolver(overrides, (m) => out.warn(m), explicitConfig);
  // Without --locale the language is that of the configuration in the working folder (or -c), else Dutch.
  const base = configs.forPath(explicitConfig ?? cwd);
  out.locale = base.config.locale ?? 'nl';

  if (args.printConfig !== undefined) return printConfig(args.printConfig, cwd, configs, out, args.quiet);
  // One document at a time, each with its own configuration: the review copy and the comparison of two drafts.
  const single = { inputs: args.inputs, output: args.output, cwd, locale: out.locale, failOn: args.failOn, quiet: args.quiet,
    configFor: (file: string) => configs.forPath(file).config };
  if (args.command === 'compare') return runCompareCli({ ...single, format: args.format });
  if (args.format === 'docx-review') return runReviewCli(single);
  if (args.inputs.length === 0) {
    out.error({ nl: 'geef een of meer bestanden, mappen of - (stdin)', en: 'give one or more files, folders or - (stdin)' });
    process.stderr.write(`\n${helpText(out.locale)}`);
    return 2;
  }

  const ignore = args.noIgnore ? undefined : loadIgnoreRules(cwd, args.ignorePatterns);
  const { files, errors, notices } = expandInputs(args.inputs, { cwd, locale: out.locale, ignore });
  let failedFiles = errors.length;
  for (const e of errors) out.error(e);
  for (const n of notices) out.warn(n);

  const results: AnalysisResult[] = [];
  const sourceTexts = new Map<string, string>();
  const diskFiles = files.filter((f) => f !== '-');
  const absolute = diskFiles.map((f) => path.resolve(cwd, f));
  const outcomes = await analyzeFilesParallel(absolute, {
    workers: args.workers ?? Math.min(defaultWorkers(), diskFiles.length >= 8 ? defaultWorkers() : 1),
    configFor: (file) => configs.forPath(file).config,
  });
  const byFile = new Map(diskFiles.map((f, i) => [f, outcomes[i]]));
  for (const f of files) {
    if (f === '-') {
      const config = base.config;
      try {
        const bytes = await readStdin();
        const { text, warnings } = await extractDocument(bytes, args.stdinFormat, args.stdinName, { maxBytes: readLimitBytes(config) });
        for (const w of warnings) out.warn(w);
        results.push(analyze(text, { file: args.stdinName, format: args.stdinFormat, config }));
        sourceTexts.set(args.stdinName, text);
      } catch (e) {
        failedFiles++;
        const tooLarge = e instanceof DocumentReadError && e.code === 'too-large';
        out.error(tooLarge ? tooLargeMessage(args.stdinName, config) : (e as Error).message);
      }
      continue;
    }
    const o = byFile.get(f)!;
    // Reader errors and warnings start with the path the pool was given (absolute); show the name as given.
    const abs = path.resolve(cwd, f);
    const named = (m: string): string => (m.startsWith(`${abs}: `) ? `${f}${m.slice(abs.length)}` : m);
    if (!o.ok) {
      failedFiles++;
      out.error(named(o.error));
      continue;
    }
    for (const w of o.warnings) out.warn(named(w));
    results.push({ ...o.result, file: f });
  }

  const color = !args.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = formatResults(results, { format: args.format, locale: out.locale, cwd, color, output: args.output, summary: !args.quiet, sourceTexts });
  if (args.output) {
    try {
      const target = path.resolve(cwd, args.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, report);
    } catch (e) {
      out.error({ nl: `kan ${args.output} niet schrijven: ${(e as Error).message}`, en: `cannot write ${args.output}: ${(e as Error).message}` });
      return 2;
    }
  } else process.stdout.write(report);

  const warnings = results.reduce((n, r) => n + r.findings.filter((x) => x.severity === 'warning').length, 0);
  const overBudget = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (overBudget) {
    out.error({
      nl: `te veel waarschuwingen: ${warnings}, het maximum is ${args.maxWarnings} (--max-warnings)`,
      en: `too many warnings: ${warnings}, the maximum is ${args.maxWarnings} (--max-warnings)`,
    });
  }
  if (failedFiles > 0) return 2;
  const threshold = args.failOn === 'none' ? Infinity : rank(args.failOn);
  const failed = results.some((r) => r.findings.some((f) => rank(f.severity) >= threshold));
  return failed || overBudget ? 1 : 0;
}

/** The locale of the configuration in `cwd` (or the -c file), else nl; for help and usage errors, so no warnings. */
function quietLocale(cwd: string, explicit?: string): Locale {
  try {
    const loaded = explicit ? readConfigFile(path.resolve(cwd, explicit)) : loadConfigFor(cwd);
    return loaded.config.locale ?? 'nl';
  } catch {
    return 'nl';
  }
}

/** `--print-config <file>`: the configuration that applies to it, defaults filled in, as JSON on stdout. */
function printConfig(target: string, cwd: string, configs: ConfigResolver, out: Console, quiet: boolean): number {
  const abs = path.resolve(cwd, target);
  if (!fs.existsSync(abs) && !fs.existsSync(path.dirname(abs))) {
    out.error({ nl: `${target}: bestand of map bestaat niet (--print-config)`, en: `${target}: no such file or folder (--print-config)` });
    return 2;
  }
  const { config, source } = configs.forPath(abs);
  process.stdout.write(`${JSON.stringify(resolvedConfig(config), null, 2)}\n`);
  if (!quiet) {
    const from = source ? path.relative(cwd, source) || source : undefined;
    out.error(from
      ? { nl: `configuratie voor ${target}: standaardwaarden, ${from}, opdrachtregel`, en: `configuration for ${target}: defaults, ${from}, command line` }
      : { nl: `configuratie voor ${target}: standaardwaarden, opdrachtregel (geen ${CONFIG_FILE} gevonden)`, en: `configuration for ${target}: defaults, command line (no ${CONFIG_FILE} found)` });
  }
  return 0;
}

/** `--init`: a starter .regiecheck.json in the working folder; an existing one is left alone (exit 2). */
function init(cwd: string, out: Console): number {
  const target = path.join(cwd, CONFIG_FILE);
  try {
    fs.writeFileSync(target, starterConfig(cwd, out.locale), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    out.error(code === 'EEXIST'
      ? { nl: `${CONFIG_FILE} bestaat al in deze map; er is niets overschreven`, en: `${CONFIG_FILE} already exists in this folder; nothing was overwritten` }
      : { nl: `kan ${CONFIG_FILE} niet schrijven: ${(e as Error).message}`, en: `cannot write ${CONFIG_FILE}: ${(e as Error).message}` });
    return 2;
  }
  process.stdout.write(out.locale === 'en'
    ? `Wrote ${target}. The "//" field explains each setting; regiecheck --print-config <document> shows what applies.\n`
    : `${target} geschreven. Het veld "//" legt elke instelling uit; regiecheck --print-config <document> toont wat er geldt.\n`);
  return 0;
}
