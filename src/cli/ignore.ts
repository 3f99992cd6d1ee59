/**
 * Which files the CLI skips: the nearest `.regiecheckignore` at or above the working folder (gitignore syntax,
 * patterns relative to the folder of that file) and the `--ignore-pattern` globs (gitignore syntax, relative to the
 * working folder), both read with the `ignore` package that ESLint and Prettier use.
 *
 * Precedence: the `--ignore-pattern`s come last, so the one that matches a file decides (a negated one,
 * `--ignore-pattern '!archief/besluit.md'`, takes back a file that `.regiecheckignore` leaves out); when none matches,
 * the ignore file decides. Within one source git's rules hold: the last matching line wins, and a file inside a folder
 * excluded as a folder (`archief/`) cannot be taken back by a later `!` line of the same source. `--no-ignore`
 * switches both off.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.regiecheckignore';

export interface IgnoreVerdict {
  ignored: boolean;
  /** What ignores it, for notices: `.regiecheckignore: archief/` or `--ignore-pattern archief/**`. */
  reason?: string;
}

export interface IgnoreRules {
  /** The ignore file in use, if any. */
  readonly file?: string;
  test(absolutePath: string): IgnoreVerdict;
}

/** The nearest `.regiecheckignore` at or above `dir`, or undefined. */
export function findIgnoreFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, IGNORE_FILE);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** `p` relative to `base` with `/` separators, or undefined when `p` lies outside `base` (no rule applies there). */
function inside(base: string, p: string): string | undefined {
  const rel = path.relative(base, p);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

export function loadIgnoreRules(cwd: string, patterns: readonly string[]): IgnoreRules {
  const file = findIgnoreFile(cwd);
  let fromFile: Ignore | undefined;
  if (file) fromFile = ignore().add(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const fromCli = patterns.length ? ignore().add([...patterns]) : undefined;
  const fileBase = file ? path.dirname(file) : cwd;
  const shown = file ? path.relative(cwd, file) || IGNORE_FILE : IGNORE_FILE;
  return {
    file,
    test(absolutePath: string): IgnoreVerdict {
      const relCwd = inside(cwd, absolutePath);
      if (fromCli && relCwd !== undefined) {
        const r = fromCli.test(relCwd);
        if (r.ignored) return { ignored: true, reason: `--ignore-pattern ${r.rule?.pattern ?? ''}`.trimEnd() };
        if (r.unignored) return { ignored: false };
      }
      const relFile = inside(fileBase, absolutePath);
      if (fromFile && relFile !== undefined) {
        const r = fromFile.test(relFile);
        if (r.ignored) return { ignored: true, reason: `${shown}: ${r.rule?.pattern ?? ''}`.trimEnd() };
      }
      return { ignored: false };
    },
  };
}
