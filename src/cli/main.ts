/**
 * `regiecheck` — the command line (contract section D). Reads files, folders, globs or stdin, analyses
 * them with the same core and config loader as the extension, prints one of the output formats, and exits
 * 0 (nothing at or above --fail-on), 1 (something is), or 2 (usage error, or a file could not be read:
 * named on stderr, the other files are still analysed and reported).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, mergeConfig, SEVERITIES, type AnalysisResult, type RegiecheckConfig, type Severity } from '../core/index';
import { loadConfigFor, readConfigFile } from '../node/config';
import { decodeTextFile } from '../formats/text';
import { parseArgs, UsageError, HELP, type CliArgs } from './args';
import { expandInputs } from './files';
import { analyzeFilesParallel, defaultWorkers } from './pool';
import { formatResults } from './formatters';

declare const REGIECHECK_VERSION: string | undefined;

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function loadConfig(args: CliArgs, cwd: string, warn: (m: string) => void): RegiecheckConfig {
  const loaded = args.config ? readConfigFile(path.resolve(cwd, args.config)) : loadConfigFor(cwd);
  for (const e of loaded.errors) warn(`waarschuwing: ${e.message}`);
  let config = loaded.config;
  if (args.maxSizeKB) config = mergeConfig(config, { maxFileSizeKB: args.maxSizeKB });
  return mergeConfig(config, { locale: args.locale });
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`regiecheck: ${e.message}\n`); return 2; }
    throw e;
  }
  if (args.help) { process.stdout.write(HELP); return 0; }
  if (args.version) { process.stdout.write(`${typeof REGIECHECK_VERSION === 'string' ? REGIECHECK_VERSION : 'dev'}\n`); return 0; }
  if (args.inputs.length === 0) { process.stderr.write(`regiecheck: geef een of meer bestanden, mappen of - (stdin)\n\n${HELP}`); return 2; }

  const warn = (m: string): void => { if (!args.quiet) process.stderr.write(`${m}\n`); };
  const config = loadConfig(args, cwd, warn);
  const { files, errors } = expandInputs(args.inputs, cwd);
  let failedFiles = errors.length;
  for (const e of errors) process.stderr.write(`regiecheck: ${e}\n`);

  const results: AnalysisResult[] = [];
  const sourceTexts = new Map<string, string>();
  const diskFiles = files.filter((f) => f !== '-');
  const maxBytes = (config.maxFileSizeKB ?? 5120) * 1024 * 2;
  const outcomes = await analyzeFilesParallel(diskFiles.map((f) => path.resolve(cwd, f)), {
    workers: args.workers ?? Math.min(defaultWorkers(), diskFiles.length >= 8 ? defaultWorkers() : 1),
    config, locale: args.locale, maxBytes,
  });
  const byFile = new Map(diskFiles.map((f, i) => [f, outcomes[i]]));
  for (const f of files) {
    if (f === '-') {
      try {
        const { text } = decodeTextFile(await readStdin(), args.stdinName);
        results.push(analyze(text, { file: args.stdinName, format: args.stdinFormat, config, locale: args.locale }));
        sourceTexts.set(args.stdinName, text);
      } catch (e) {
        failedFiles++;
        process.stderr.write(`regiecheck: ${(e as Error).message}\n`);
      }
      continue;
    }
    const o = byFile.get(f)!;
    if (!o.ok) {
      failedFiles++;
      process.stderr.write(`regiecheck: ${o.error}\n`);
      continue;
    }
    // Reader warnings already start with the file name.
    for (const w of o.warnings) warn(`waarschuwing: ${w}`);
    results.push({ ...o.result, file: f });
  }

  const color = !args.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const out = formatResults(results, { format: args.format, locale: args.locale, cwd, color, output: args.output, summary: !args.quiet, sourceTexts });
  if (args.output) {
    try {
      const target = path.resolve(cwd, args.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out);
    } catch (e) {
      process.stderr.write(`regiecheck: kan ${args.output} niet schrijven: ${(e as Error).message}\n`);
      return 2;
    }
  } else process.stdout.write(out);

  if (failedFiles > 0) return 2;
  if (args.failOn === 'none') return 0;
  const threshold = rank(args.failOn);
  return results.some((r) => r.findings.some((f) => rank(f.severity) >= threshold)) ? 1 : 0;
}

if (require.main === module) {
  // A closed pipe (`regiecheck … | head`) is not an error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`regiecheck: onverwachte fout: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
