/**
 * The extension's analysis thread (src/extension/worker): the client sends text + version + options to a worker
 * thread that owns one `Analyzer` per document, keeps only the newest request per document, and falls back to the
 * calling thread (logged) when the worker cannot start or dies. The worker runs the same core, so its results
 * equal an in-thread analysis exactly.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, type AnalyzeOptions } from '../../src/core';
import { AnalysisClient, type Outcome, type WorkerLike } from '../../src/extension/worker/client';
import type { FromWorker, ToWorker } from '../../src/extension/worker/protocol';

const REPO = path.resolve(__dirname, '../..');
const OPTS: AnalyzeOptions = { file: 'nota.md', format: 'markdown', config: {}, locale: 'nl' };

/** A policy text of about `words` words: the examples, numbered, repeated. */
function bigDocument(words: number): string {
  const parts = fs.readdirSync(path.join(REPO, 'examples')).sort().map((f) => fs.readFileSync(path.join(REPO, 'examples', f), 'utf8'));
  let out = '';
  for (let i = 0; out.split(/\s+/).length < words; i++) out += `\n\n## Deel ${i + 1}\n\n${parts[i % parts.length]}`;
  return out;
}

const SMALL = '# Nota\n\nDe gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt.\n\nWij streven naar samenhang.\n';
const same = (a: unknown, b: unknown): void => assert.equal(JSON.stringify(a), JSON.stringify(b));
const resultOf = (o: Outcome) => {
  assert.equal(o.kind, 'result', `expected a result, got ${JSON.stringify(o).slice(0, 300)}`);
  return o.kind === 'result' ? o : assert.fail();
};

/** A worker the test answers by hand. */
class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  private handlers: Record<string, ((x: never) => void)[]> = {};
  postMessage(m: ToWorker): void { this.sent.push(m); }
  on(event: string, fn: (x: never) => void): this { (this.handlers[event] ??= []).push(fn); return this; }
  terminate(): void { /* nothing runs */ }
  emit(event: string, x: unknown): void { for (const fn of this.handlers[event] ?? []) fn(x as never); }
  reply(m: FromWorker): void { this.emit('message', m); }
}

describe('extension: analysis off the host thread (worker client)', function () {
  this.timeout(120_000);
  let dir: string;
  let workerScript: string;
  const clients: AnalysisClient[] = [];
  const client = (o: ConstructorParameters<typeof AnalysisClient>[0]): AnalysisClient => {
    const c = new AnalysisClient(o);
    clients.push(c);
    return c;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiecheck-extworker-'));
    workerScript = path.join(dir, 'analysisWorker.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({
      entryPoints: [path.join(REPO, 'src/extension/worker/analysisWorker.ts')], outfile: workerScript, bundle: true,
      platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', define: { REGIECHECK_VERSION: '"test"' },
    });
    fs.writeFileSync(path.join(dir, 'exits.js'), "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    fs.writeFileSync(path.join(dir, 'throws.js'), "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boem'); });\n");
  });
  afterEach(() => { for (const c of clients.splice(0)) c.dispose(); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a large document analysed in the worker equals the in-thread analysis, and the host thread keeps running meanwhile', async () => {
    const text = bigDocument(20_000);
    const c = client({ workerScript });
    let ticks = 0;
    const probe = setInterval(() => { ticks++; }, 1);
    const o = resultOf(await c.analyze('doc', 1, text, OPTS));
    clearInterval(probe);
    assert.equal(o.where, 'worker');
    assert.equal(c.mode, 'worker');
    assert.ok(o.result.words > 15_000, `words ${o.result.words}`);
    same(o.result, analyze(text, OPTS));
    // The host's timers ran while the worker analysed (in-thread, the analysis would hold them all back).
    assert.ok(ticks > 0, 'no timer ran during the analysis');
  });

  it('in-thread (no worker bundle given) the host thread runs no timer during the analysis, and gives the same result', async () => {
    const text = bigDocument(5_000);
    const logs: string[] = [];
    const c = client({ log: (m) => logs.push(m) });
    let ticks = 0;
    const probe = setInterval(() => { ticks++; }, 1);
    const o = resultOf(await c.analyze('doc', 1, text, OPTS));
    clearInterval(probe);
    assert.equal(o.where, 'inline');
    assert.equal(ticks, 0);
    same(o.result, analyze(text, OPTS));
    assert.match(logs.join('\n'), /no worker bundle/);
  });

  it('keeps the incremental cache per document in the worker: an edit gives the fresh result of the new text', async () => {
    const c = client({ workerScript });
    const a = bigDocument(3_000);
    const b = a.replace('De gemeente', 'Het college');
    assert.notEqual(a, b);
    same(resultOf(await c.analyze('doc', 1, a, OPTS)).result, analyze(a, OPTS));
    same(resultOf(await c.analyze('other', 1, SMALL, OPTS)).result, analyze(SMALL, OPTS));
    same(resultOf(await c.analyze('doc', 2, b, OPTS)).result, analyze(b, OPTS));
  });

  it('drops results for older versions: only the newest request per document gets a result', async () => {
    const c = client({ workerScript });
    const texts = [SMALL, SMALL + '\nDit zal worden opgepakt.\n', SMALL + '\nDe dekking volgt bij de voorjaarsnota.\n'];
    const outcomes = await Promise.all(texts.map((t, i) => c.analyze('doc', i + 1, t, OPTS)));
    assert.deepEqual(outcomes.map((o) => o.kind), ['stale', 'stale', 'result']);
    same(resultOf(outcomes[2]).result, analyze(texts[2], OPTS));
    // Another document is not affected by this one's newer versions.
    const [x, y] = await Promise.all([c.analyze('a', 1, SMALL, OPTS), c.analyze('b', 1, SMALL, OPTS)]);
    assert.deepEqual([x.kind, y.kind], ['result', 'result']);
  });

  it('drops an answer that arrives after a newer request was sent (fake worker)', async () => {
    const fake = new FakeWorker();
    const c = client({ workerScript: 'fake', createWorker: () => fake });
    const first = c.analyze('doc', 1, 'een', OPTS);
    const second = c.analyze('doc', 2, 'twee', OPTS);
    const [m1, m2] = fake.sent as Extract<ToWorker, { type: 'analyze' }>[];
    assert.deepEqual([m1.version, m2.version, m1.text, m2.text], [1, 2, 'een', 'twee']);
    const r = analyze(SMALL, OPTS);
    fake.reply({ type: 'result', seq: m1.seq, key: 'doc', version: 1, result: r, ms: 1 });
    fake.reply({ type: 'result', seq: m2.seq, key: 'doc', version: 2, result: r, ms: 1 });
    assert.equal((await first).kind, 'stale');
    assert.equal((await second).kind, 'result');
  });

  it('a closed (forgotten) document gets no result, and a core error comes back as an error outcome', async () => {
    const fake = new FakeWorker();
    const c = client({ workerScript: 'fake', createWorker: () => fake });
    const p = c.analyze('doc', 1, 'een', OPTS);
    c.forget('doc');
    assert.deepEqual(fake.sent.map((m) => m.type), ['analyze', 'forget']);
    const m1 = fake.sent[0] as Extract<ToWorker, { type: 'analyze' }>;
    fake.reply({ type: 'result', seq: m1.seq, key: 'doc', version: 1, result: analyze(SMALL, OPTS), ms: 1 });
    assert.equal((await p).kind, 'stale');
    const q = c.analyze('doc', 2, 'twee', OPTS);
    const m2 = fake.sent[2] as Extract<ToWorker, { type: 'analyze' }>;
    fake.reply({ type: 'error', seq: m2.seq, key: 'doc', version: 2, error: 'Error: stuk', ms: 1 });
    const o = await q;
    assert.equal(o.kind, 'error');
    assert.equal(c.mode, 'worker'); // a core error is not a dead worker
  });

  for (const [name, file, reason] of [['exits', 'exits.js', /exited with code 3/], ['throws', 'throws.js', /boem/]] as const) {
    it(`worker that ${name} on its first request: the request is analysed in-thread, with a logged warning, and so are later ones`, async () => {
      const logs: string[] = [];
      const c = client({ workerScript: path.join(dir, file), log: (m) => logs.push(m) });
      const o = resultOf(await c.analyze('doc', 1, SMALL, OPTS));
      assert.equal(o.where, 'inline');
      same(o.result, analyze(SMALL, OPTS));
      assert.equal(c.mode, 'inline');
      assert.match(logs.join('\n'), reason);
      const again = resultOf(await c.analyze('doc', 2, SMALL + 'Dit zal worden opgepakt.\n', OPTS));
      assert.equal(again.where, 'inline');
    });
  }

  it('a worker that cannot start (missing bundle, or no worker_threads) falls back in-thread with a warning', async () => {
    const logs: string[] = [];
    const missing = client({ workerScript: path.join(dir, 'bestaat-niet.js'), log: (m) => logs.push(m) });
    assert.equal(resultOf(await missing.analyze('doc', 1, SMALL, OPTS)).where, 'inline');
    assert.match(logs.join('\n'), /bestaat-niet\.js/);
    const noThreads = client({ workerScript: 'x', log: (m) => logs.push(m), createWorker: () => { throw new Error('worker_threads ontbreekt'); } });
    const o = resultOf(await noThreads.analyze('doc', 1, SMALL, OPTS));
    assert.equal(o.where, 'inline');
    same(o.result, analyze(SMALL, OPTS));
    assert.match(logs.join('\n'), /worker_threads ontbreekt/);
  });

  it('after dispose nothing is analysed and pending requests resolve stale', async () => {
    const fake = new FakeWorker();
    const c = client({ workerScript: 'fake', createWorker: () => fake });
    const p = c.analyze('doc', 1, 'een', OPTS);
    c.dispose();
    assert.equal((await p).kind, 'stale');
    assert.equal((await c.analyze('doc', 2, 'twee', OPTS)).kind, 'stale');
  });
});
