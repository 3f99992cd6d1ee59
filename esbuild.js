// Bundles the extension and its analysis worker, the CLI and the batch worker; `--production` minifies, `--watch` rebuilds on change.
// Types are checked separately with `npm run typecheck` (tsc --noEmit).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const VERSION = JSON.stringify(require('./package.json').version);
const watch = process.argv.includes('--watch');

/** pdfjs-dist requires these optionally (canvas rendering); we only extract text, so they stay out. */
const OPTIONAL_NATIVE = ['canvas', 'path2d-polyfill'];

/**
 * Heavy readers that are needed only for .pdf and .docx files go into files of their own (dist/pdfjs.js,
 * dist/mammoth.js), and so does the review copy's Word writer (dist/review.js); each is required on first use, so
 * the extension, CLI and worker bundles stay small and start fast.
 */
const LAZY = [
  { filter: /[\\/]pdfjsLoader$/, out: './pdfjs.js' },
  { filter: /^mammoth$/, out: './mammoth.js' },
  { filter: /[\\/]docxWriter$/, out: './review.js' },
  // The extension host's core (src/extension/core.ts requires it on first use; the analysis runs in the worker).
  { filter: /[\\/]coreChunk$/, out: './core.js' },
  // The command line proper: the launcher dist/cli.js answers --version without loading it (src/cli/main.ts).
  { filter: /[\\/]cliMain$/, out: './cli-main.js' },
  // The word list's data (about 0.8 MB) once, beside the bundles that read it (core, analysis worker, CLI), not in each.
  { filter: /[\\/]wordlist-data$/, out: './wordlist.js' },
];
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    for (const { filter, out } of LAZY) build.onResolve({ filter }, () => ({ path: out, external: true }));
  },
};

/** Entries: [entry file, output file, extra options]. Optional entries are skipped until their file exists. */
const ENTRIES = [
  ['src/extension/extension.ts', 'dist/extension.js', { external: ['vscode', ...OPTIONAL_NATIVE] }],
  ['src/cli/main.ts', 'dist/cli.js', { banner: { js: '#!/usr/bin/env node' }, external: OPTIONAL_NATIVE }],
  ['src/cli/cliMain.ts', 'dist/cli-main.js', { external: OPTIONAL_NATIVE }],
  ['src/cli/worker.ts', 'dist/worker.js', { external: OPTIONAL_NATIVE }],
  // The extension's analysis thread (src/extension/worker/client.ts starts it): the core only, no vscode.
  ['src/extension/worker/analysisWorker.ts', 'dist/analysisWorker.js', {}],
  // The core for the extension host, loaded on first use (src/extension/core.ts); pdfjs, mammoth and the review
  // writer stay lazy chunks of their own.
  ['src/extension/coreChunk.ts', 'dist/core.js', { external: OPTIONAL_NATIVE }],
  ['src/formats/pdfjsLoader.ts', 'dist/pdfjs.js', { external: OPTIONAL_NATIVE, lazy: false }],
  ['node_modules/mammoth/lib/index.js', 'dist/mammoth.js', { lazy: false }],
  // The review copy's Word writer (jszip, sax): loaded on the first "review copy" (src/review/index.ts).
  ['src/review/docxWriter.ts', 'dist/review.js', { lazy: false }],
  ['src/core/read/wordlist-data.ts', 'dist/wordlist.js', { lazy: false }],
  ['src/webview/sidebar.ts', 'dist/webview/sidebar.js', { platform: 'browser', format: 'iife' }],
];

/** Prints esbuild problems in a `file:line:col: message` shape that editors can link. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`${location ? `${location.file}:${location.line}:${location.column}: ` : ''}${text}`);
      }
    });
  },
};

async function main() {
  // Build-time data for a fast start (the lexicon's lemma indexes, the vocabulary's parsed phrases): regenerated from
  // the sources before bundling; a file is written only when its content changed (scripts/build-startup-data.mjs).
  const { writeStartupData } = await import('./scripts/build-startup-data.mjs');
  const stale = await writeStartupData();
  if (stale.length) console.log(`[startup data] rewrote ${stale.join(', ')}`);
  const contexts = [];
  for (const [entry, outfile, { lazy = true, ...extra }] of ENTRIES) {
    if (!fs.existsSync(path.join(__dirname, entry))) continue;
    contexts.push(await esbuild.context({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: production,
      sourcemap: !production,
      sourcesContent: false,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: lazy && extra.platform !== 'browser' ? [problemMatcher, lazyChunks] : [problemMatcher],
      define: { REGIECHECK_VERSION: VERSION },
      ...extra,
    }));
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] build started');
    return;
  }
  let failed = false;
  for (const c of contexts) {
    try { await c.rebuild(); } catch { failed = true; }
    await c.dispose();
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  if (failed) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
