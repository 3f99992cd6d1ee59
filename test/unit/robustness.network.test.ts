/**
 * No network. Two proofs:
 *
 * 1. Static: the shipped bundles (dist/**\/*.js) are searched for network use — `require("http"|"https"|"http2"|
 *    "net"|"tls"|"dgram"|"dns")`, global `fetch(`, `XMLHttpRequest`, `WebSocket`, `EventSource`, `sendBeacon`.
 *    Every hit must come from an allow-listed module. To know where a hit comes from, the same entries are bundled
 *    again without minification (esbuild marks each module with a `// path` comment) and each hit is attributed to
 *    its module; the shipped (minified) bundle may not contain more hits of any kind than that attributed build.
 *
 *    Allowed today, and why it cannot run: pdfjs-dist 3.11 carries its loaders for documents given by URL
 *    (PDFNodeStream → `require("http"/"https")`, PDFFetchStream → `fetch`, PDFNetworkStream → `XMLHttpRequest`)
 *    and URL fetchers for CMaps and standard fonts (`fetch(cMapUrl …)`, `fetch(standardFontDataUrl …)`, and
 *    `fetch`/`XMLHttpRequest` in its DOM factories). src/formats/pdf.ts always calls `getDocument({ data })` with
 *    the file's bytes, never a `url`, and passes its own CMapReaderFactory/StandardFontDataFactory that fetch
 *    nothing, with disableStream/disableRange/disableAutoFetch; so none of those paths is reachable.
 *
 * 2. Dynamic: the built CLI (main thread and worker threads) reads Markdown, text, .docx and .pdf with a preload
 *    that refuses and records any network module load or fetch/XMLHttpRequest/WebSocket use; the record must stay
 *    empty. A positive control shows the preload does catch such use, in the main thread and in a worker.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as gen from '../fixtures/generate';
import { builtTempDir, REPO, runNode } from '../fixtures/hostile/support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require('esbuild') as typeof import('esbuild');

const HOOK = path.join(REPO, 'test/fixtures/hostile/no-network.cjs');

const PATTERNS: Record<string, RegExp> = {
  'require(net module)': /require\((["'])(?:node:)?(?:https?|http2|net|tls|dgram|dns)\1\)/g,
  // A global fetch call; `async fetch(` is a method definition (our own no-op CMap/font factories), not a call.
  'fetch(': /(?<![\w$.])(?<!async )fetch\(/g,
  XMLHttpRequest: /(?<![\w$.])XMLHttpRequest\b/g,
  WebSocket: /(?<![\w$.])WebSocket\b/g,
  EventSource: /(?<![\w$.])EventSource\b/g,
  sendBeacon: /\bsendBeacon\b/g,
};

/** Modules whose network code is present but unreachable (see the header for why). */
const ALLOWED_MODULES: ReadonlyArray<{ prefix: string; why: string }> = [
  { prefix: 'node_modules/pdfjs-dist/', why: 'URL loaders and CMap/font fetchers; we pass bytes and our own factories' },
];

/** [entry, shipped bundle, esbuild options as in esbuild.js]. */
const ENTRIES: Array<[string, string, Record<string, unknown>]> = [
  ['src/extension/extension.ts', 'dist/extension.js', { external: ['vscode', 'canvas', 'path2d-polyfill'] }],
  ['src/cli/main.ts', 'dist/cli.js', { external: ['canvas', 'path2d-polyfill'] }],
  ['src/cli/worker.ts', 'dist/worker.js', { external: ['canvas', 'path2d-polyfill'] }],
  ['src/extension/worker/analysisWorker.ts', 'dist/analysisWorker.js', {}],
  ['src/formats/pdfjsLoader.ts', 'dist/pdfjs.js', { external: ['canvas'] }],
  ['src/webview/sidebar.ts', 'dist/webview/sidebar.js', { platform: 'browser', format: 'iife' }],
];

function count(text: string): Record<string, number> {
  return Object.fromEntries(Object.entries(PATTERNS).map(([k, re]) => [k, (text.match(re) ?? []).length]));
}

interface Hit { kind: string; module: string; context: string }

/** Every hit in a non-minified bundle, with the module it sits in (from esbuild's `// path` markers). */
function attribute(text: string): Hit[] {
  const markers: Array<{ at: number; module: string }> = [];
  const re = /^\/\/ ((?:src|node_modules|test)\/\S+)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) markers.push({ at: m.index, module: m[1] });
  const moduleAt = (offset: number): string => {
    let lo = 0, hi = markers.length - 1, found = '(bundle prelude)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid].at <= offset) { found = markers[mid].module; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const hits: Hit[] = [];
  for (const [kind, re] of Object.entries(PATTERNS)) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      hits.push({ kind, module: moduleAt(at), context: text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

describe('robustness: no network in the bundles', function () {
  this.timeout(180_000);
  const tmp = builtTempDir('regiecheck-net-');

  it('every network-looking call in the shipped bundles comes from an allow-listed, unreachable module', async () => {
    let checked = 0;
    const summary: string[] = [];
    for (const [entry, shipped, extra] of ENTRIES) {
      const shippedPath = path.join(REPO, shipped);
      if (!fs.existsSync(path.join(REPO, entry)) || !fs.existsSync(shippedPath)) continue;
      const outfile = path.join(tmp(), shipped.replace(/[\\/]/g, '_'));
      await esbuild.build({
        entryPoints: [path.join(REPO, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
        minify: false, logLevel: 'silent', legalComments: 'none', define: { REGIECHECK_VERSION: '"test"' }, ...extra,
      });
      const hits = attribute(fs.readFileSync(outfile, 'utf8'));
      const outside = hits.filter((h) => !ALLOWED_MODULES.some((a) => h.module.startsWith(a.prefix)));
      assert.deepEqual(outside, [], `${shipped}: network use outside the allow-list:\n${outside.map((h) => `${h.kind} in ${h.module}: …${h.context}…`).join('\n')}`);
      // The shipped bundle is the same code minified: it may not hold more hits of any kind.
      const shippedCounts = count(fs.readFileSync(shippedPath, 'utf8'));
      const attributed = count(fs.readFileSync(outfile, 'utf8'));
      for (const kind of Object.keys(PATTERNS)) {
        assert.ok(shippedCounts[kind] <= attributed[kind], `${shipped}: ${shippedCounts[kind]} × ${kind} shipped but ${attributed[kind]} attributable`);
      }
      summary.push(`${shipped}: ${hits.length} allow-listed hit(s)`);
      checked++;
    }
    assert.ok(checked >= 3, `checked the extension, CLI and worker bundles (${summary.join('; ')})`);
  });

  it('the no-network preload catches network use (positive control, main thread and worker)', async () => {
    const log = path.join(tmp(), 'control.log');
    const script = path.join(tmp(), 'control.js');
    fs.writeFileSync(script, `
      const { Worker } = require('node:worker_threads');
      try { require('https'); } catch {}
      try { fetch('http://127.0.0.1:9/'); } catch {}
      const w = new Worker("try { require('node:net'); } catch {} try { new XMLHttpRequest(); } catch {}", { eval: true });
      w.on('exit', () => {});
    `);
    const res = await runNode(['-r', HOOK, script], { killAfterMs: 30_000, env: { ...process.env, REGIECHECK_NET_LOG: log } });
    assert.equal(res.killed, false);
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('main: require("https")')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('main: fetch used')), lines.join('\n'));
    assert.ok(lines.some((l) => /^worker \d+: require\("node:net"\)/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^worker \d+: XMLHttpRequest used/.test(l)), lines.join('\n'));
  });

  it('the built CLI reads .md, .txt, .docx and .pdf in main and worker threads without any network use', async () => {
    const docs = path.join(tmp(), 'docs');
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, 'nota.md'), '# Nota\n\nDe gemeente neemt de regie. Zie [de site](https://www.example.nl) en <https://example.nl/a>.\n');
    fs.writeFileSync(path.join(docs, 'tekst.txt'), 'De gemeente neemt de regie. Dit wordt binnen bestaande middelen opgepakt.\n');
    fs.writeFileSync(path.join(docs, 'convenant.docx'), await gen.makeDocx());
    fs.writeFileSync(path.join(docs, 'convenant.pdf'), await gen.makePdf());
    fs.writeFileSync(path.join(docs, 'cjk.pdf'), gen.makeCMapPdf());
    const log = path.join(tmp(), 'cli.log');
    for (const workers of ['1', '2']) {
      const res = await runNode(['-r', HOOK, path.join(REPO, 'dist/cli.js'), '--format', 'json', '--workers', workers, docs],
        { killAfterMs: 90_000, env: { ...process.env, REGIECHECK_NET_LOG: log } });
      assert.equal(res.killed, false);
      const results = JSON.parse(res.stdout) as Array<{ file: string }>;
      assert.ok(results.length >= 4, `workers=${workers}: ${results.length} results; stderr: ${res.stderr}`);
      assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '', `workers=${workers}: network use recorded`);
    }
  });

  it('activating the extension (fake vscode, see bench/lib/activate.cjs) uses no network', async function () {
    const bundle = path.join(REPO, 'dist/extension.js');
    if (!fs.existsSync(bundle)) this.skip();
    const log = path.join(tmp(), 'ext.log');
    const res = await runNode(['-r', HOOK, path.join(REPO, 'bench/lib/activate.cjs'), bundle], { killAfterMs: 60_000, env: { ...process.env, REGIECHECK_NET_LOG: log } });
    assert.equal(res.killed, false);
    const out = JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}') as { ok?: boolean; error?: string };
    assert.equal(out.ok, true, out.error);
    assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
  });
});
