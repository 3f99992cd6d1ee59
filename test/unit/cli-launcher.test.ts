/** The launcher dist/cli.js: a lone --version is answered without loading the command line proper (dist/cli-main.js). */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** Runs the launcher's `run(argv)` in a fresh process; reports the exit code, stdout and whether cli-main.js was loaded. */
function launch(argv: string[]): { code: number; out: string; loadedMain: boolean } {
  const script = `
    const cli = require(${JSON.stringify(CLI)});
    const writes = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (s) => { writes.push(String(s)); return true; };
    cli.run(${JSON.stringify(argv)}).then((code) => {
      process.stdout.write = write;
      const loadedMain = Object.keys(require.cache).some((f) => f.endsWith('cli-main.js'));
      write(JSON.stringify({ code, out: writes.join(''), loadedMain }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: ROOT });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('CLI launcher (dist/cli.js)', function () {
  this.timeout(20000);
  before(function () { if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build first'); });

  it('answers --version and -v without loading the command line', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-v']) {
      const r = launch([flag]);
      assert.deepEqual(r, { code: 0, out: `${version}\n`, loadedMain: false });
    }
  });

  it('loads the command line for everything else, --version with other options included', () => {
    const help = launch(['--help']);
    assert.equal(help.code, 0);
    assert.equal(help.loadedMain, true);
    assert.match(help.out, /regiecheck/);
    const both = launch(['--version', '--locale', 'en']);
    assert.equal(both.loadedMain, true);
    assert.equal(both.code, 0);
  });
});
