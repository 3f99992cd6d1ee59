/**
 * When the launcher stops V8 at its baseline compiler (src/cli/main.ts `shortColdRun`): only for a short cold pass over
 * named files; a folder, standard input or a large batch keeps V8's defaults (the optimised code pays there).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { shortColdRun, SHORT_RUN_BYTES } from '../../src/cli/main';

describe('CLI launcher: the short cold run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiecheck-short-'));
  const small = path.join(dir, 'nota.md');
  const big = path.join(dir, 'groot.txt');
  fs.writeFileSync(small, '# Nota\n\nDe gemeente neemt de regie.\n');
  fs.writeFileSync(big, 'De gemeente neemt de regie. '.repeat(Math.ceil(SHORT_RUN_BYTES / 20)));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a few small named files are a short run; options and their values do not count', () => {
    assert.equal(shortColdRun(['--format', 'json', 'nota.md'], dir), true);
    assert.equal(shortColdRun([small, '--locale', 'en'], '/'), true);
  });
  it('a folder, standard input, a large file or no file at all keep the defaults', () => {
    assert.equal(shortColdRun([dir], '/'), false);
    assert.equal(shortColdRun(['-', '--stdin-name', 'x.md'], dir), false);
    assert.equal(shortColdRun(['nota.md', 'groot.txt'], dir), false);
    assert.equal(shortColdRun(['--format', 'json', 'bestaat-niet.md'], dir), false);
  });
});
