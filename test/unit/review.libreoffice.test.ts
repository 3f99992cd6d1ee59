/**
 * A real Word-compatible client opens the review copy: LibreOffice Writer (headless) converts it to PDF with the
 * comments in the margin, pdftotext reads the PDF, and the comments must be in it next to the document's own
 * text. The first page of the example convenant's review copy becomes docs/images/review-copy.png (SHOT_DIR
 * elsewhere), the screenshot in docs/reports.md and the README.
 *
 * The tools are installed by test/review/setup-libreoffice.sh (Debian packages; a no-op when present).
 */
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../../src/core';
import { extractDocument } from '../../src/formats';
import { makeReviewCopy } from '../../src/review';
import { makeReviewDocx, markdownToDocx, REVIEW_TEXT } from '../fixtures/review';

const ROOT = path.resolve(__dirname, '../..');
const DATE = new Date('2026-05-04T10:00:00Z');
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('review copy in LibreOffice Writer', function () {
  this.timeout(20 * 60 * 1000);
  let dir: string;

  before(() => {
    const setup = spawnSync('bash', [path.join(ROOT, 'test/review/setup-libreoffice.sh')], { encoding: 'utf8', timeout: 15 * 60 * 1000 });
    assert.equal(setup.status, 0, `setup-libreoffice.sh failed:\n${setup.stdout}\n${setup.stderr}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-review-lo-'));
  });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  /** The review copy → PDF with comments in the margin (own LibreOffice profile, so nothing else interferes). */
  function toPdf(docx: Uint8Array, name: string): string {
    const input = path.join(dir, `${name}.docx`);
    fs.writeFileSync(input, docx);
    const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"false"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
    const run = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', filter, '--outdir', dir, input], { encoding: 'utf8', timeout: 5 * 60 * 1000 });
    const pdf = path.join(dir, `${name}.pdf`);
    assert.ok(fs.existsSync(pdf), `LibreOffice made no PDF (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    return pdf;
  }
  const pdfText = (pdf: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

  it('opens the review copy of a .docx and shows every comment with the document text and the old comment', async () => {
    const bytes = await makeReviewDocx();
    const doc = await extractDocument(bytes, 'docx', 'nota.docx');
    const result = analyze(doc.text, { file: 'nota.docx', format: doc.format });
    const out = await makeReviewCopy({ bytes, kind: 'docx', name: 'nota.docx', text: doc.text, result }, { date: DATE });
    const text = squash(pdfText(toPdf(out.bytes, 'nota-review')));
    assert.ok(text.includes(REVIEW_TEXT.title), 'the document text');
    assert.ok(text.includes('Regiecheck · samenvatting'), 'the summary comment');
    assert.ok(text.includes('Scores op de vier sleutels'));
    assert.ok(text.includes('Graag concreter maken'), 'the existing comment');
    // Each finding's comment heading ("Regiecheck · <rule title>") is in the margin.
    const titles = new Set(result.findings.map((f) => f.rule));
    for (const rule of titles) assert.ok(text.includes(`(${rule}`), `a comment for ${rule}`);
    assert.ok(text.includes('🚀') || text.includes('café’s'), 'Unicode text survives');
  });

  it('opens the review copy of a Markdown file (a new .docx) with its comments', async () => {
    const md = fs.readFileSync(path.join(ROOT, 'examples/nota-samen-sterk.md'), 'utf8');
    const result = analyze(md, { file: 'nota-samen-sterk.md', format: 'markdown' });
    const out = await makeReviewCopy({ kind: 'markdown', name: 'nota-samen-sterk.md', text: md, result }, { date: DATE });
    const text = squash(pdfText(toPdf(out.bytes, 'nota-md-review')));
    assert.ok(text.includes('Nota Samen Sterk in de Wijk'));
    assert.ok(text.includes('Regiecheck · samenvatting'));
    // A crowded margin: LibreOffice shows the first comments in full and the rest as "…" boxes.
    assert.ok(/Regiecheck · Eenzijdig geclaimde? ?regie|\(regie\/eenzijdig/.test(text), 'a finding comment');
  });

  it('makes the screenshot of the first page (docs/images/review-copy.png)', async () => {
    const md = fs.readFileSync(path.join(ROOT, 'test/fixtures/compare/convenant-valpreventie-concept.md'), 'utf8');
    const bytes = await markdownToDocx(md);
    const doc = await extractDocument(bytes, 'docx', 'convenant.docx');
    const result = analyze(doc.text, { file: 'convenant.docx', format: doc.format });
    const out = await makeReviewCopy({ bytes, kind: 'docx', name: 'convenant.docx', text: doc.text, result }, { date: DATE });
    const pdf = toPdf(out.bytes, 'convenant-review');
    const text = squash(pdfText(pdf));
    for (const f of result.findings) assert.ok(text.includes(`(${f.rule}`), `comment for ${f.rule}`);
    const shotDir = path.resolve(ROOT, process.env.SHOT_DIR ?? 'docs/images');
    fs.mkdirSync(shotDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(shotDir, 'review-copy')]);
    assert.ok(fs.statSync(path.join(shotDir, 'review-copy.png')).size > 20000);
  });
});
