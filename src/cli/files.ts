/**
 * Expands the CLI's inputs into files: files as given, folders recursively (supported extensions only;
 * node_modules, .git and hidden folders skipped), and globs (`*`, `?`, `**`) expanded by our own small matcher.
 * Results are sorted for a stable output order and de-duplicated.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sourceKindOf } from '../formats/index';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Expanded { files: string[]; errors: string[] }

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && sourceKindOf(p)) out.push(p);
  }
}

/** Glob → RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') { re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'; i += glob[i + 2] === '/' ? 2 : 1; }
      else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (s: string): boolean => /[*?]/.test(s);

export function expandInputs(inputs: string[], cwd: string): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === '-') { files.push('-'); continue; }
    if (isGlob(input)) {
      // Walk from the part before the first wildcard.
      const parts = input.split(/[\\/]/);
      const fixed: string[] = [];
      for (const p of parts) { if (isGlob(p)) break; fixed.push(p); }
      const root = fixed.length ? fixed.join('/') : '.';
      const matcher = globToRegExp(input.replace(/\\/g, '/').replace(/^\.\//, ''));
      const found: string[] = [];
      walk(path.resolve(cwd, root), found);
      const hits = found.map((f) => path.relative(cwd, f).split(path.sep).join('/')).filter((f) => matcher.test(f));
      if (hits.length === 0) errors.push(`${input}: geen bestanden gevonden die hierop passen`);
      files.push(...hits);
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      errors.push(`${input}: bestand of map bestaat niet`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      if (found.length === 0) errors.push(`${input}: geen .md-, .txt-, .docx- of .pdf-bestanden in deze map`);
      files.push(...found.map((f) => path.relative(cwd, f) || f));
    } else files.push(input);
  }
  return { files: [...new Set(files)], errors };
}
