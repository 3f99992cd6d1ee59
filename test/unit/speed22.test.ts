/**
 * Speed steps of branch speed22 (the cold analysis and the CLI on the book), each exact:
 * - `Matcher.exec` and `Matcher.find` on a sentence's own raw or lowercase text whose combined-pass bit for the list is
 *   0 try only the list's anchored `re:` phrases (vocab/phrase.ts `quietIn`): they must give what the list alone gives
 *   (`execAlone`, `findAlone`) for every registered list on every sentence of the examples, fixtures and seeds;
 * - the CLI loads its command line through a V8 code cache (src/cli/codeCache.ts): the output is the same without
 *   the cache, when it writes it, reads it, and reads a corrupt one; it uses only a directory of the user's own.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { textFiles } from './textFiles';
import '../../src/core/index';
import { buildDocument } from '../../src/core/document';
import { registeredMatchers } from '../../src/core/vocab/phrase';
import { CODE_CACHE_KEEP, codeCacheDir } from '../../src/cli/codeCache';

describe('speed22: exec and find on a sentence text whose combined-pass bit is 0', () => {
  it('give what the list alone gives, for every registered list and sentence', function () {
    this.timeout(600000);
    const lists = registeredMatchers();
    assert.ok(lists.length > 100, `${lists.length} lists`);
    let quiet = 0, texts = 0;
    for (const f of textFiles(['examples', 'test/fixtures', '../shared/seeds'])) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), /\.txt$/i.test(f) ? 'plaintext' : 'markdown');
      for (const s of doc.sentences) {
        for (const text of s.low === s.raw ? [s.raw] : [s.raw, s.low]) {
          texts++;
          for (const m of lists) {
            const bit = m.test(s); // the combined pass over the sentence (notes its texts' bits)
            assert.equal(m.exec(text), m.execAlone(text), `exec, list ${m.phrases.slice(0, 3).join(' | ')}: ${text}`);
            assert.deepEqual(m.find(text, 3), m.findAlone(text, 3), `find, list ${m.phrases.slice(0, 3).join(' | ')}: ${text}`);
            if (!bit) quiet++;
          }
        }
      }
    }
    assert.ok(texts > 2000 && quiet > 100000, `${texts} texts, ${quiet} list × text pairs with the bit 0`);
  });
});

describe('speed22: the CLI through its V8 code cache (src/cli/codeCache.ts)', function () {
  this.timeout(120000);
  const ROOT = path.resolve(__dirname, '..', '..');
  const CLI = path.join(ROOT, 'dist/cli.js');
  const example = textFiles(['examples'])[0];
  const cli = (env: NodeJS.ProcessEnv, args: string[] = ['--format', 'json', example]): string => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return r.stdout;
  };
  let home: string;
  beforeEach(() => { home = fs.mkdtempSync(path.join(os.tmpdir(), 'regiecheck-cc-')); });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));
  before(function () { if (!fs.existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build first'); });
  const files = (): string[] => (fs.existsSync(path.join(home, 'regiecheck')) ? fs.readdirSync(path.join(home, 'regiecheck')) : []);

  it('prints the same without a cache, writing it, reading it, and after a corrupt one', () => {
    const plain = cli({ REGIECHECK_NO_CODE_CACHE: '1', XDG_CACHE_HOME: home });
    assert.deepEqual(files(), [], 'REGIECHECK_NO_CODE_CACHE=1 writes nothing');
    assert.equal(cli({ XDG_CACHE_HOME: home }), plain);
    const written = files();
    assert.equal(written.length, 1, 'one cache file');
    assert.equal(fs.statSync(path.join(home, 'regiecheck')).mode & 0o777, 0o700);
    const file = path.join(home, 'regiecheck', written[0]);
    const size = fs.statSync(file).size;
    assert.equal(cli({ XDG_CACHE_HOME: home }), plain, 'read from the cache');
    fs.writeFileSync(file, Buffer.alloc(size, 7));
    assert.equal(cli({ XDG_CACHE_HOME: home }), plain, 'a corrupt cache is rejected');
    assert.notDeepEqual(fs.readFileSync(file), Buffer.alloc(size, 7), 'and written again');
  });

  it('does not use a directory that others may write', function () {
    if (process.platform === 'win32') this.skip();
    fs.mkdirSync(path.join(home, 'regiecheck'), { mode: 0o777 });
    fs.chmodSync(path.join(home, 'regiecheck'), 0o777);
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: home }), undefined);
    cli({ XDG_CACHE_HOME: home });
    assert.deepEqual(files(), []);
    fs.chmodSync(path.join(home, 'regiecheck'), 0o700);
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: home }), path.join(home, 'regiecheck'));
  });

  it('keeps the newest few cache files of a source and removes older ones and stale temporary files', () => {
    const dir = path.join(home, 'regiecheck');
    fs.mkdirSync(dir, { mode: 0o700 });
    const old = Date.now() / 1000 - 7200;
    for (let k = 0; k < 6; k++) {
      const f = path.join(dir, `cli-main-old${k}.v8cache`);
      fs.writeFileSync(f, 'x');
      fs.utimesSync(f, old + k, old + k);
    }
    fs.writeFileSync(path.join(dir, 'cli-main-old0.v8cache.123.tmp'), 'x');
    fs.utimesSync(path.join(dir, 'cli-main-old0.v8cache.123.tmp'), old, old);
    fs.writeFileSync(path.join(dir, 'other-tool.v8cache'), 'x');
    cli({ XDG_CACHE_HOME: home });
    const left = files().sort();
    assert.equal(left.filter((f) => f.startsWith('cli-main-') && f.endsWith('.v8cache')).length, CODE_CACHE_KEEP, left.join(' '));
    assert.ok(left.some((f) => f.startsWith('cli-main-') && !f.includes('old')), 'the new cache is kept');
    assert.ok(left.includes('cli-main-old5.v8cache') && !left.includes('cli-main-old0.v8cache'), 'the newest old ones stay, the oldest go');
    assert.ok(!left.some((f) => f.endsWith('.tmp')), 'a stale temporary file goes');
    assert.ok(left.includes('other-tool.v8cache'), 'files of other sources stay');
  });

  it('answers --version without writing a cache', () => {
    cli({ XDG_CACHE_HOME: home }, ['--version']);
    assert.deepEqual(files(), []);
  });
});
