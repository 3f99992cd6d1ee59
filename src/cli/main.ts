/**
 * The `regiecheck` launcher (dist/cli.js). `regiecheck --version` is answered here; everything else runs in ./cliMain
 * (dist/cli-main.js, the command line with the core), which is loaded only then: printing the version does not
 * parse and initialise the 0.9 MB of the core.
 */
import type * as CliMain from './cliMain';

declare const REGIECHECK_VERSION: string | undefined;

/** The whole command line; see ./cliMain.ts. */
export async function run(argv: string[], cwd = process.cwd(), load: () => typeof CliMain = requireMain): Promise<number> {
  // Exactly what the full parser does with a lone --version or -v: print the version, exit 0.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${typeof REGIECHECK_VERSION === 'string' ? REGIECHECK_VERSION : 'dev'}\n`);
    return 0;
  }
  return load().run(argv, cwd);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireMain = (): typeof CliMain => require('./cliMain') as typeof CliMain;

/** Inputs up to this many bytes in all are one short cold pass (see `shortColdRun`). */
export const SHORT_RUN_BYTES = 1.5 * 1024 * 1024;

/**
 * The command line names only files (no folder, no standard input) of at most `SHORT_RUN_BYTES` in all: one short
 * cold pass. Arguments that are no existing path (options and their values) are skipped; anything unreadable counts as
 * long, so the default holds.
 */
export function shortColdRun(argv: readonly string[], cwd: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('node:path') as typeof import('node:path');
  let total = 0, files = 0;
  for (const a of argv) {
    if (a === '-' || a === '--stdin') return false;
    if (a.startsWith('-')) continue;
    let st: import('node:fs').Stats | undefined;
    try { st = fs.statSync(path.resolve(cwd, a)); } catch { continue; }
    if (st.isDirectory()) return false;
    if (st.isFile()) { total += st.size; files++; }
  }
  return files > 0 && total <= SHORT_RUN_BYTES;
}

/** V8 flags of a short run, set by the launcher before the core is loaded (see below). */
export const SHORT_RUN_V8_FLAGS = '--max-opt=1 --semi-space-growth-factor=1';

if (require.main === module) {
  // A short command-line run is one cold pass: V8's optimising compiler (TurboFan) costs more than its code saves there
  // (half of all instructions of a run on the book went to it; docs/performance.md, "The JIT on a cold run"). Up to
  // the baseline compiler (Sparkplug) only: CPU on the book ≈ −45 %, on a 100k-word document ≈ −15–30 %, same output.
  // A folder or a large batch keeps V8's defaults: on a batch of 1M words the optimised code pays (17 s against 22–29 s
  // without it). Set before the core is loaded; the extension's long-lived analysis thread keeps V8's defaults.
  //
  // A short run also keeps V8's young generation at its first size (branch speed25): by default the scavenger's
  // semi-spaces grow from 1 to 16 MB as the analysis allocates, three times that in reserved pages, while almost
  // everything the analysis keeps survives to the end anyway. At the first size a scavenge is more frequent and much
  // shorter; the peak RSS on the book ≈ 145 → 121 MB and on a 100k-word document ≈ 217 → 185 MB, the CPU on the book
  // the same (docs/performance.md, "Peak memory"). `--semi-space-growth-factor` is read whenever the new space would
  // grow, so it works set at run time (the semi-space sizes themselves are fixed when the heap is made).
  const short = shortColdRun(process.argv.slice(2), process.cwd());
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (short) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(SHORT_RUN_V8_FLAGS);
  // The command line proper through the V8 code cache (./codeCache.ts) when it is the bundle next to this one; a
  // source run (tsx) requires it as usual.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundled = __filename.endsWith('.js') && (require('node:fs') as typeof import('node:fs')).existsSync(`${__dirname}/cli-main.js`);
  const load = bundled
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ? (): typeof CliMain => (require('./codeCache') as typeof import('./codeCache')).requireWithCodeCache(`${__dirname}/cli-main.js`, short ? 'max-opt-1' : 'default') as typeof CliMain
    : requireMain;
  // A closed pipe (`regiecheck … | head`) is not an error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  run(process.argv.slice(2), process.cwd(), load).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`regiecheck: onverwachte fout: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
