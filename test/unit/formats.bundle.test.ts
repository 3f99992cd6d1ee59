/**
 * pdfjs-dist and mammoth inside an esbuild bundle (platform node, cjs), as in dist/cli.js and dist/extension.js:
 * the bundle must run from a directory without node_modules, need no pdf.worker.js next to it, fetch nothing and
 * print nothing on stdout. Also checks the split build described in docs/formats.md (pdfjs as dist/pdfjs.js).
 */
import * as assert from 'assert';
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import * as gen from '../fixtures/generate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require('esbuild') as typeof import('esbuild');
const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

/** The child: reads every file named on the command line and prints one JSON line, like the CLI would. */
const CHILD = `
if (process.env.SIMULATE_UTILITY_PROCESS) {
  // VS Code may run the extension host as an Electron utility process; pdfjs then decides it is not in Node.
  Object.defineProperty(process, 'versions', { value: { ...process.versions, electron: '30.0.0' } });
  process.type = 'utility';
}
const f = require(process.argv[2]);
(async () => {
  const out = {};
  for (const file of process.argv.slice(3)) {
    try {
      const d = await f.readDocument(file);
      out[require('path').basename(file)] = { text: d.text, labels: d.locations.map((l) => l.label), warnings: d.warnings };
    } catch (e) {
      out[require('path').basename(file)] = { code: e.code, message: e.message };
    }
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

describe('formats: esbuild bundle', function () {
  this.timeout(60000);
  let dir: string;
  let files: string[];

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'regiecheck-bundle-'));
    const fixtures: Array<[string, Uint8Array]> = [
      ['convenant.pdf', await gen.makePdf()],
      ['convenant.docx', await gen.makeDocx()],
      ['geheim.pdf', gen.makeEncryptedPdf()],
      ['scan.pdf', await gen.makeScannedPdf()],
      ['cjk.pdf', gen.makeCMapPdf()],
    ];
    files = [];
    for (const [name, bytes] of fixtures) {
      const p = path.join(dir, name);
      await fs.writeFile(p, bytes);
      files.push(p);
    }
    await fs.writeFile(path.join(dir, 'child.js'), CHILD);
  });
  after(async () => { await fs.rm(dir, { recursive: true, force: true }); });

  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node20',
    minify: true,
    logLevel: 'silent' as const,
    absWorkingDir: root,
    // pdfjs's optional canvas support calls require("canvas") outside a try block; text extraction never
    // reaches it, but esbuild must be told not to resolve it.
    external: ['canvas'],
  };

  async function check(bundle: string, env: Record<string, string> = {}): Promise<void> {
    const { stdout, stderr } = await run(process.execPath, [path.join(dir, 'child.js'), bundle, ...files], { cwd: dir, env: { ...process.env, ...env } });
    assert.strictEqual(stderr, '');
    const out = JSON.parse(stdout) as Record<string, { text?: string; labels?: string[]; warnings?: string[]; code?: string }>;
    assert.ok(out['convenant.pdf'].text?.includes('De wethouder voert de regie'), stdout.slice(0, 300));
    assert.deepStrictEqual(out['convenant.pdf'].labels, ['p. 1', 'p. 2', 'p. 3']);
    assert.ok(out['convenant.docx'].text?.startsWith('# Convenant Samen Sterk in Oost'));
    assert.ok(out['convenant.docx'].text?.includes('| Partij | Bijdrage per jaar |'));
    assert.strictEqual(out['geheim.pdf'].code, 'encrypted');
    assert.strictEqual(out['scan.pdf'].code, 'no-text');
    assert.strictEqual(out['cjk.pdf'].warnings?.length, 1);
  }

  it('one bundle with pdfjs and its worker inside runs without node_modules and prints only our JSON', async () => {
    const outfile = path.join(dir, 'single', 'formats.js');
    await esbuild.build({ ...common, entryPoints: ['src/formats/index.ts'], outfile });
    await check(outfile);
    // The same bundle where pdfjs's own "is this Node?" test says no (Electron utility process): it must still
    // use the in-process worker and our factories, and stay silent.
    await check(outfile, { SIMULATE_UTILITY_PROCESS: '1' });
  });

  it('the split build (pdfjs in its own file, loaded on the first PDF) works too', async () => {
    const outdir = path.join(dir, 'split');
    const toSeparateFile = {
      name: 'pdfjs-separate',
      setup(build: import('esbuild').PluginBuild) {
        build.onResolve({ filter: /[\\/]pdfjsLoader$/ }, () => ({ path: './pdfjs.js', external: true }));
      },
    };
    await esbuild.build({ ...common, entryPoints: ['src/formats/index.ts'], outfile: path.join(outdir, 'formats.js'), plugins: [toSeparateFile] });
    await esbuild.build({ ...common, entryPoints: ['src/formats/pdfjsLoader.ts'], outfile: path.join(outdir, 'pdfjs.js') });
    const main = await fs.stat(path.join(outdir, 'formats.js'));
    assert.ok(main.size < 600 * 1024, `formats.js without pdfjs is ${main.size} bytes`);
    await check(path.join(outdir, 'formats.js'));
  });
});
