/**
 * The worker-thread batch pool (src/cli/pool.ts): results in input order whatever order the workers finish in,
 * errors per file, a crashed worker fails only its own file and is replaced, and the inline path (one worker, or
 * no worker bundle) gives the same results as threads.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFilesParallel, defaultWorkers, type FileOutcome } from '../../src/cli/pool';
import { builtTempDir, REPO } from '../fixtures/hostile/support';

const strip = (o: FileOutcome): unknown => (o.ok ? { file: o.file, ok: true, result: o.result } : { file: o.file, ok: false, error: o.error });

describe('robustness: the worker-thread batch pool', function () {
  this.timeout(120_000);
  const tmp = builtTempDir('regiecheck-pool-');
  let dir: string;
  let files: string[];
  const workerScript = path.join(REPO, 'dist/worker.js');

  before(() => {
    dir = tmp();
    files = [];
    const add = (name: string, content: string | Buffer): void => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      files.push(p);
    };
    // Big and small files interleaved, so threads finish out of order.
    for (let i = 0; i < 6; i++) {
      const n = i % 2 === 0 ? 200 : 2;
      add(`doc-${i}.md`, `# Nota ${i}\n\n` + 'De gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt.\n\n'.repeat(n));
      if (i === 2) add('kapot.md', Buffer.from([0x44, 0x65, 0x20, 0xff, 0xfe, 0x00, 0x41]));
      if (i === 4) add('bestaat-niet.md', 'x');
    }
    fs.rmSync(path.join(dir, 'bestaat-niet.md'));
  });

  it('returns one outcome per path, in input order, with errors per file (2 threads)', async () => {
    assert.ok(fs.existsSync(workerScript));
    const done: string[] = [];
    const out = await analyzeFilesParallel(files, { workers: 2, workerScript, onProgress: (_n, _t, o) => done.push(o.file) });
    assert.deepEqual(out.map((o) => o.file), files);
    assert.equal(done.length, files.length);
    const bad = out.filter((o) => !o.ok).map((o) => path.basename(o.file));
    assert.deepEqual(bad.sort(), ['bestaat-niet.md', 'kapot.md']);
    for (const o of out) {
      if (o.ok) assert.ok(o.result.findings.length > 0, `${o.file} analysed`);
      else assert.ok(o.error.includes(o.file), `the error names the file: ${o.error}`);
    }
  });

  it('threads and the inline path give identical outcomes', async () => {
    const threads = await analyzeFilesParallel(files, { workers: 3, workerScript });
    const inline = await analyzeFilesParallel(files, { workers: 1 });
    const noBundle = await analyzeFilesParallel(files, { workers: 2, workerScript: path.join(dir, 'geen-worker.js') });
    assert.deepEqual(threads.map(strip), inline.map(strip));
    assert.deepEqual(noBundle.map(strip), inline.map(strip));
  });

  it('the read limit (maxBytes) holds in the worker threads as on the calling thread', async () => {
    // The big documents are ~14 kB, the small ones ~170 bytes: a 1 kB limit refuses exactly the big ones.
    const threads = await analyzeFilesParallel(files, { workers: 2, workerScript, maxBytes: 1024 });
    const inline = await analyzeFilesParallel(files, { workers: 1, maxBytes: 1024 });
    assert.deepEqual(threads.map(strip), inline.map(strip));
    const refused = threads.filter((o) => !o.ok && !/kapot|bestaat-niet/.test(o.file)).map((o) => path.basename(o.file));
    assert.deepEqual(refused, ['doc-0.md', 'doc-2.md', 'doc-4.md']);
  });

  it('by default leaves one core free (V8 works on background threads), and never goes below one worker', () => {
    assert.equal(defaultWorkers(1), 1);
    assert.equal(defaultWorkers(2), 1);
    assert.equal(defaultWorkers(4), 3);
    assert.equal(defaultWorkers(16), 15);
    assert.ok(defaultWorkers() >= 1);
  });

  it('more workers than files, and an empty batch', async () => {
    const two = files.slice(0, 2);
    const out = await analyzeFilesParallel(two, { workers: 8, workerScript });
    assert.deepEqual(out.map((o) => o.file), two);
    assert.deepEqual(await analyzeFilesParallel([], { workers: 2, workerScript }), []);
  });

  it('a worker that dies fails only the file it was on; the rest of the batch goes on', async () => {
    // A stand-in worker speaking the same protocol, which exits hard on files named "crash".
    const fake = path.join(dir, 'fake-worker.js');
    fs.writeFileSync(fake, `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        if (job.file.includes('crash')) process.exit(3);
        if (job.file.includes('throw')) throw new Error('kapot in de worker');
        parentPort.postMessage({ index: job.index, outcome: { file: job.file, ok: true, result: { n: job.index }, warnings: [] } });
      });
    `);
    const paths = ['a', 'crash-1', 'b', 'c', 'throw-1', 'd', 'crash-2', 'e', 'f'].map((n) => path.join(dir, n));
    const out = await analyzeFilesParallel(paths, { workers: 2, workerScript: fake });
    assert.deepEqual(out.map((o) => o.file), paths);
    for (const o of out) {
      const name = path.basename(o.file);
      if (name.startsWith('crash') || name.startsWith('throw')) {
        assert.equal(o.ok, false, name);
        if (!o.ok) assert.match(o.error, name.startsWith('crash') ? /exit code 3/ : /kapot in de worker/);
      } else {
        assert.equal(o.ok, true, `${name}: ${JSON.stringify(o)}`);
      }
    }
  });
});
