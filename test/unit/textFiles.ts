/** The text files (Markdown and plain text) below the given folders of the repository, recursively; a missing folder gives none. */
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..');

export function textFiles(dirs: readonly string[], ext: RegExp = /\.(md|txt)$/i): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (ext.test(e.name)) out.push(p);
    }
  };
  for (const d of dirs) walk(path.join(REPO, d));
  return out;
}
