/**
 * Expands the CLI's inputs into files:
 * - a file is read as named (also when an ignore rule matches it: then with a notice, as ESLint does);
 * - a folder is searched recursively for the supported extensions (.md, .markdown, .txt, .text, .docx, .pdf),
 *   skipping hidden files and folders, symbolic links, node_modules, .git, dist and out;
 * - a glob is expanded by tinyglobby/picomatch: `*`, `?`, `**`, classes `[abc]`, braces `{2025,2026}`; hidden
 *   files and folders only when the pattern names them; the same folders skipped and the same extensions kept;
 * - an argument `!glob` removes the files it matches (picomatch, relative to the working folder) from what the
 *   folders and globs found; named files stay;
 * - `-` is stdin.
 * Files from folders and globs that the ignore rules (ignore.ts) match are left out. Each folder's or glob's files
 * are sorted (folder by folder, names in code-point order) and the whole list is de-duplicated.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
// A require, not an import: esbuild then takes tinyglobby's and fdir's CommonJS builds (their ES builds call
// createRequire(import.meta.url), which is undefined in our CommonJS bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');
import type { Locale } from '../core/index';
import { sourceKindOf } from '../formats/index';
import type { IgnoreRules } from './ignore';

const SKIP_DIRS = ['node_modules', '.git', 'dist', 'out'];

export interface ExpandOptions {
  cwd: string;
  locale?: Locale;
  /** Ignore rules; undefined with --no-ignore. */
  ignore?: IgnoreRules;
}

export interface Expanded {
  files: string[];
  /** Inputs that gave no file (each makes the run exit 2). */
  errors: string[];
  /** Named files that an ignore rule matches and that are read anyway. */
  notices: string[];
}

/** Compare '/'- or sep-separated paths folder by folder, so a folder's files stay together (`a/x` before `a-b/x`). */
export function comparePaths(a: string, b: string): number {
  const x = a.split(/[\\/]/), y = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

function glob(pattern: string, cwd: string): string[] {
  const named = pattern.split('/');
  return tinyglobby.globSync(pattern, {
    cwd,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    // A glob that names a skipped folder itself (`node_modules/pakket/*.md`) may enter it.
    ignore: SKIP_DIRS.filter((d) => !named.includes(d)).map((d) => `**/${d}/**`),
  });
}

export function expandInputs(inputs: readonly string[], opts: ExpandOptions): Expanded {
  const { cwd, ignore } = opts;
  const nl = (opts.locale ?? 'nl') === 'nl';
  const files: string[] = [];
  const named = new Set<string>();
  const errors: string[] = [];
  const notices: string[] = [];
  const negations = inputs.filter((i) => i.startsWith('!')).map((i) => i.slice(1).replace(/^\.\//, ''));
  for (const n of negations) if (!n.trim()) errors.push(nl ? '!: een uitsluiting heeft een patroon nodig, bijvoorbeeld "!beleid/archief/**"' : '!: an exclusion needs a pattern, for example "!beleid/archief/**"');
  const excluded = negations.some((n) => n.trim()) ? picomatch(negations.filter((n) => n.trim()), { dot: true }) : undefined;

  /** Keep the supported, not ignored files of one folder or glob; an error when none is left. */
  const take = (input: string, found: string[], none: string): void => {
    const supported = found.filter((f) => sourceKindOf(f)).sort(comparePaths);
    if (supported.length === 0) { errors.push(none); return; }
    const kept = ignore ? supported.filter((f) => !ignore.test(path.resolve(cwd, f)).ignored) : supported;
    if (kept.length === 0) {
      const reason = ignore!.test(path.resolve(cwd, supported[0])).reason;
      const n = supported.length;
      errors.push(nl
        ? `${input}: ${n === 1 ? 'het enige gevonden bestand wordt' : `alle ${n} gevonden bestanden worden`} genegeerd (${reason}${n > 1 ? ', …' : ''}); --no-ignore leest ${n === 1 ? 'het' : 'ze'} toch`
        : `${input}: ${n === 1 ? 'the one file found is' : `all ${n} files found are`} ignored (${reason}${n > 1 ? ', …' : ''}); --no-ignore reads ${n === 1 ? 'it' : 'them'} anyway`);
      return;
    }
    files.push(...kept);
  };

  let positives = 0;
  for (const input of inputs) {
    if (input.startsWith('!')) continue;
    positives++;
    if (input === '-') { files.push('-'); continue; }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = glob('**/*', abs).map((rel) => path.relative(cwd, path.join(abs, rel)) || rel);
      take(input, found, nl ? `${input}: geen .md-, .txt-, .docx- of .pdf-bestanden in deze map` : `${input}: no .md, .txt, .docx or .pdf files in this folder`);
    } else if (stat) {
      const verdict = ignore?.test(abs);
      if (verdict?.ignored) {
        notices.push(nl
          ? `${input}: wordt genegeerd (${verdict.reason}), maar is met name genoemd en wordt dus toch gelezen`
          : `${input}: is ignored (${verdict.reason}), but was named explicitly and is read anyway`);
      }
      files.push(input);
      named.add(abs);
    } else if (tinyglobby.isDynamicPattern(input)) {
      const pattern = input.replace(/^\.\//, '');
      take(input, glob(pattern, cwd), nl ? `${input}: geen bestanden gevonden die hierop passen` : `${input}: no files match this pattern`);
    } else {
      errors.push(nl ? `${input}: bestand of map bestaat niet` : `${input}: no such file or folder`);
    }
  }

  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = f === '-' ? '-' : path.resolve(cwd, f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const result = excluded ? unique.filter((f) => f === '-' || named.has(path.resolve(cwd, f)) || !excluded(f.split(path.sep).join('/'))) : unique;
  if (positives > 0 && errors.length === 0 && unique.length > 0 && result.length === 0) {
    errors.push(nl
      ? `alle gevonden bestanden vallen weg door ${negations.map((n) => `!${n}`).join(' ')}`
      : `all files found are removed by ${negations.map((n) => `!${n}`).join(' ')}`);
  }
  return { files: result, errors, notices };
}
