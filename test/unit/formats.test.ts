/**
 * Formats: text files, .docx and the error contract. Fixtures come from test/fixtures/generate.ts.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DocumentReadError, SUPPORTED_EXTENSIONS, extractDocument, locationAt, readDocument, sourceKindOf,
  type ExtractedDocument,
} from '../../src/formats';
import { parseBlocks } from '../../src/core/text/blocks';
import * as gen from '../fixtures/generate';

/** Asserts that `p` rejects with a DocumentReadError of `code` whose Dutch message starts with the file name. */
async function rejectsWith(p: Promise<unknown>, code: DocumentReadError['code'], file: string, words?: RegExp): Promise<DocumentReadError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DocumentReadError, `expected DocumentReadError, got ${String(e)}`);
    assert.strictEqual(e.code, code, e.message);
    assert.strictEqual(e.file, file);
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    if (words) assert.match(e.message, words);
    return e;
  }
  assert.fail(`expected a ${code} error for ${file}`);
}

let tmp: string;
before(async () => { tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'regiecheck-formats-')); });
after(async () => { await fs.rm(tmp, { recursive: true, force: true }); });
async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const p = path.join(tmp, name);
  await fs.writeFile(p, bytes);
  return p;
}

describe('formats: kinds and extensions', () => {
  it('knows the supported extensions, case-insensitively', () => {
    assert.deepStrictEqual([...SUPPORTED_EXTENSIONS].sort(), ['.docx', '.markdown', '.md', '.pdf', '.text', '.txt']);
    assert.strictEqual(sourceKindOf('a/b/Nota.MD'), 'markdown');
    assert.strictEqual(sourceKindOf('x.markdown'), 'markdown');
    assert.strictEqual(sourceKindOf('x.txt'), 'plaintext');
    assert.strictEqual(sourceKindOf('x.text'), 'plaintext');
    assert.strictEqual(sourceKindOf('C:\\stukken\\Convenant.DOCX'), 'docx');
    assert.strictEqual(sourceKindOf('x.pdf'), 'pdf');
    assert.strictEqual(sourceKindOf('x.doc'), undefined);
    assert.strictEqual(sourceKindOf('README'), undefined);
  });

  it('refuses other extensions with a Dutch message listing what is supported', async () => {
    const p = await write('plaatje.png', 'x');
    await rejectsWith(readDocument(p), 'unsupported', p, /\.png wordt niet ondersteund.*\.docx/);
    const d = await write('oud.doc', 'x');
    await rejectsWith(readDocument(d), 'unsupported', d, /sla het op als \.docx/);
  });
});

describe('formats: Markdown and plain text', () => {
  it('reads UTF-8 Markdown as is', async () => {
    const text = '# Nota wijkaanpak\n\nDe gemeente voert de regie.\r\nDe partners doen mee.\n';
    const doc = await readDocument(await write('nota.md', text));
    assert.deepStrictEqual(doc, { text, format: 'markdown', source: 'markdown', locations: [], warnings: [] });
  });

  it('reads plain text and strips a UTF-8 byte-order mark', async () => {
    const doc = await readDocument(await write('nota.txt', gen.makeBomText()));
    assert.strictEqual(doc.text, 'De wethouder voert de regie.\n');
    assert.strictEqual(doc.format, 'plaintext');
    assert.strictEqual(doc.source, 'plaintext');
  });

  it('accepts UTF-16 with a byte-order mark, with a warning', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Geëvalueerd wordt jaarlijks.', 'utf16le')]);
    const doc = await extractDocument(bytes, 'plaintext', 'kladblok.txt');
    assert.strictEqual(doc.text, 'Geëvalueerd wordt jaarlijks.');
    assert.match(doc.warnings[0], /^kladblok\.txt: .*UTF-16/);
  });

  it('reports invalid UTF-8 with the offset of the bad byte', async () => {
    const p = await write('ansi.txt', gen.makeLatin1Text());
    await rejectsWith(readDocument(p), 'invalid-utf8', p, new RegExp(`geen geldige UTF-8 \\(ongeldige byte 0xEB op positie ${gen.LATIN1_BAD_OFFSET}\\)`));
    // A sequence cut off at the end of the file and an overlong encoding are invalid too.
    await rejectsWith(extractDocument(Buffer.from([0x61, 0xe2, 0x82]), 'plaintext', 'kort.txt'), 'invalid-utf8', 'kort.txt', /positie 1/);
    await rejectsWith(extractDocument(Buffer.from([0x61, 0x62, 0xc0, 0xaf]), 'markdown', 'lang.md'), 'invalid-utf8', 'lang.md', /0xC0 op positie 2/);
  });

  it('refuses binary content: NUL bytes, control characters', async () => {
    const p = await write('data.md', gen.makeNulText());
    await rejectsWith(readDocument(p), 'binary', p, /binaire gegevens.*NUL-byte op positie 14/);
    const ctl = Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)));
    await rejectsWith(extractDocument(ctl, 'plaintext', 'ctl.txt'), 'binary', 'ctl.txt', /stuurtekens/);
    // One stray vertical tab in a long text (pasted from Word) is tolerated.
    const ok = await extractDocument(Buffer.from(`${'Tekst over regie. '.repeat(100)}\u000b`), 'plaintext', 'vt.txt');
    assert.ok(ok.text.length > 1000);
  });

  it('gives a clear "empty" error for empty and whitespace-only files', async () => {
    const e = await write('leeg.md', '');
    await rejectsWith(readDocument(e), 'empty', e, /leeg; er is geen tekst om te controleren/);
    const w = await write('wit.txt', ' \n\t\r\n  ');
    await rejectsWith(readDocument(w), 'empty', w, /alleen witruimte/);
    await rejectsWith(extractDocument(gen.makeBomText(''), 'markdown', 'bom.md'), 'empty', 'bom.md');
  });
});

describe('formats: file system errors and size limit', () => {
  it('reports a missing file and a directory', async () => {
    const missing = path.join(tmp, 'bestaat-niet.pdf');
    await rejectsWith(readDocument(missing), 'not-found', missing, /bestaat niet/);
    const dir = path.join(tmp, 'map.md');
    await fs.mkdir(dir);
    await rejectsWith(readDocument(dir), 'unreadable', dir, /map, geen bestand/);
  });

  it('refuses a file over the default 10 MB without reading it', async () => {
    // A sparse file: 10 MB + 1 byte of size on disk costs nothing, and the check must come from the size.
    const p = path.join(tmp, 'groot.txt');
    const fh = await fs.open(p, 'w');
    await fh.truncate(10 * 1024 * 1024 + 1);
    await fh.close();
    await rejectsWith(readDocument(p), 'too-large', p, /te groot \(10 MB; de grens is 10 MB\)/);
  });

  it('honours maxBytes for files and for bytes in memory', async () => {
    const p = await write('middel.md', `# Nota\n\n${'De wethouder voert de regie. '.repeat(100)}`);
    await rejectsWith(readDocument(p, { maxBytes: 1000 }), 'too-large', p, /de grens is 1 kB/);
    const doc = await readDocument(p, { maxBytes: 100_000 });
    assert.ok(doc.text.startsWith('# Nota'));
    await rejectsWith(extractDocument(new Uint8Array(2048), 'pdf', 'x.pdf', { maxBytes: 1024 }), 'too-large', 'x.pdf', /2 kB/);
  });

  it('stops reading at the limit even when the size on disk lies (a growing file)', async function () {
    if (process.platform !== 'linux') this.skip();
    // /dev/zero reports size 0; only a capped read notices it is too large.
    await rejectsWith(readDocument('/dev/zero.txt'), 'not-found', '/dev/zero.txt');
    const link = path.join(tmp, 'nul.txt');
    await fs.symlink('/dev/zero', link);
    await rejectsWith(readDocument(link, { maxBytes: 1 << 20 }), 'too-large', link);
  });
});

describe('formats: .docx', () => {
  let doc: ExtractedDocument;
  before(async () => { doc = await extractDocument(await gen.makeDocx(), 'docx', 'convenant.docx'); });
  const t = gen.DOCX_TEXT;

  it('keeps headings, lists, the table and paragraphs as Markdown blocks', () => {
    assert.strictEqual(doc.format, 'markdown');
    assert.strictEqual(doc.source, 'docx');
    assert.deepStrictEqual(doc.warnings, []);
    const expected = [
      `# ${t.title}`,
      '',
      `${t.intro}[^1]`,
      '',
      `## ${t.goalsHeading}`,
      '',
      `- ${t.bullets[0]}`,
      `  - ${t.nestedBullet}`,
      `- ${t.bullets[1]}`,
      '',
      `1. ${t.numbered[0]}`,
      `2. ${t.numbered[1]}`,
      '',
      // A short all-bold paragraph is a heading one level below the last real one.
      `### ${t.boldHeading}`,
      '',
      `| ${t.tableHeader.join(' | ')} |`,
      '| --- | --- |',
      ...t.tableRows.map((r) => `| ${r.join(' | ')} |`),
      '',
      t.closing,
      '',
      `[^1]: ${t.footnote}`,
    ].join('\n');
    assert.strictEqual(doc.text, expected);
  });

  it('the core sees the same structure: headings, list items with nesting, table cells', () => {
    const { blocks } = parseBlocks(doc.text, doc.format);
    const of = (kind: string) => blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
    assert.deepStrictEqual(of('heading'), [t.title, t.goalsHeading, t.boldHeading]);
    assert.deepStrictEqual(of('listItem'), [t.bullets[0], t.nestedBullet, t.bullets[1], ...t.numbered]);
    assert.strictEqual(blocks.find((b) => doc.text.slice(b.start, b.end) === t.nestedBullet)?.level, 1);
    assert.deepStrictEqual(of('tableCell').map((s) => s.trim()), [...t.tableHeader, ...t.tableRows.flat()]);
    // Footnote references and labels are masked, so the paragraphs are the sentences themselves.
    const paragraphs = of('paragraph');
    assert.deepStrictEqual(paragraphs.slice(0, 2), [t.intro, t.closing]);
    assert.ok(paragraphs[2].endsWith(t.footnote), paragraphs[2]);
    assert.ok(!parseBlocks(doc.text, doc.format).masked.includes('[^1]'));
  });

  it('locates paragraphs ("alinea N"), the table ("tabel N") and footnotes', () => {
    const at = (s: string) => locationAt(doc, doc.text.indexOf(s) + 2);
    assert.strictEqual(at(t.title), 'alinea 1');
    assert.strictEqual(at(t.intro), 'alinea 2');
    assert.strictEqual(at(t.goalsHeading), 'alinea 3');
    assert.strictEqual(at(t.nestedBullet), 'alinea 5');
    assert.strictEqual(at(t.numbered[1]), 'alinea 8');
    assert.strictEqual(at('Woningcorporatie'), 'tabel 1');
    assert.strictEqual(at(t.closing), 'alinea 10');
    assert.strictEqual(at(t.footnote), 'voetnoot 1');
    // Locations are sorted, inside the text and do not overlap.
    let prev = 0;
    for (const l of doc.locations) {
      assert.ok(l.start >= prev && l.end > l.start && l.end <= doc.text.length, JSON.stringify(l));
      prev = l.end;
    }
  });

  it('reads a .docx from disk like from memory', async () => {
    const p = await write('convenant.docx', await gen.makeDocx());
    assert.deepStrictEqual(await readDocument(p), doc);
  });

  it('handles Title and Dutch "Kop 1" styles, hyperlinks, soft returns, tabs and pictures', async () => {
    const d = await extractDocument(await gen.makeDocxExtras(), 'docx', 'voorstel.docx');
    assert.strictEqual(d.text, [
      '# Raadsvoorstel Jongerenwerk',
      '',
      '# Aanleiding',
      '',
      'Zie de wijkvisie voor de achtergrond.',
      'Tweede regel na een zachte return.',
      '',
      'Partner: Stichting Jong Oost',
    ].join('\n'));
    assert.deepStrictEqual(d.warnings, ['voorstel.docx: het document bevat 1 afbeelding; tekst in afbeeldingen wordt niet gelezen.']);
  });

  it('a truncated docx is "corrupt"', async () => {
    const p = await write('kapot.docx', await gen.makeTruncatedDocx());
    await rejectsWith(readDocument(p), 'corrupt', p, /beschadigd of geen geldig \.docx-bestand/);
  });

  it('something that is not a zip is "corrupt", with a hint when it is a PDF', async () => {
    await rejectsWith(extractDocument(Buffer.from('Dit is gewoon tekst.'), 'docx', 'tekst.docx'), 'corrupt', 'tekst.docx', /geen zip-archief/);
    await rejectsWith(extractDocument(await gen.makePdf(), 'docx', 'echt.docx'), 'corrupt', 'echt.docx', /Het is een PDF/);
  });

  it('a zip that is not a Word document is "corrupt" and says so', async () => {
    await rejectsWith(extractDocument(gen.makeZipNotDocx(), 'docx', 'rekenblad.docx'), 'corrupt', 'rekenblad.docx', /zip-archief maar geen Word-document/);
  });

  it('a password-protected docx (OLE compound file) is "encrypted"', async () => {
    const p = await write('geheim.docx', gen.makeEncryptedDocx());
    await rejectsWith(readDocument(p), 'encrypted', p, /versleuteld \(met een wachtwoord beveiligd\); Regiecheck kan de tekst niet lezen/);
  });

  it('an old .doc renamed to .docx is "unsupported" with advice', async () => {
    await rejectsWith(extractDocument(gen.makeLegacyDoc(), 'docx', 'oud.docx'), 'unsupported', 'oud.docx', /oud Word-bestand \(\.doc/);
  });

  it('an empty file and a document without text are "empty"', async () => {
    const p = await write('leeg.docx', '');
    await rejectsWith(readDocument(p), 'empty', p);
    const { Document, Packer, Paragraph } = await import('docx');
    const blank = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    await rejectsWith(extractDocument(blank, 'docx', 'blanco.docx'), 'empty', 'blanco.docx', /bevat geen tekst/);
  });

  it('escapes paragraphs that look like Markdown syntax and pipes in table cells', async () => {
    const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
    const bytes = await Packer.toBuffer(new Document({
      sections: [{
        children: [
          new Paragraph('# geen kop maar tekst'),
          new Paragraph('> geen citaat'),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('ja | nee')] })] })] }),
        ],
      }],
    }));
    const d = await extractDocument(bytes, 'docx', 'vreemd.docx');
    assert.strictEqual(d.text, '\\# geen kop maar tekst\n\n\\> geen citaat\n\n| ja \\| nee |\n| --- |');
    const { blocks } = parseBlocks(d.text, 'markdown');
    assert.deepStrictEqual(blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'tableCell']);
  });
});

describe('formats: locationAt', () => {
  const doc: ExtractedDocument = {
    text: 'aaaa\n\nbbbb\n\ncccc',
    format: 'markdown',
    source: 'pdf',
    locations: [{ start: 0, end: 4, label: 'p. 1' }, { start: 6, end: 10, label: 'p. 2' }, { start: 12, end: 16, label: 'p. 3' }],
    warnings: [],
  };
  it('finds the containing location; a gap belongs to the block before it', () => {
    assert.strictEqual(locationAt(doc, 0), 'p. 1');
    assert.strictEqual(locationAt(doc, 3), 'p. 1');
    assert.strictEqual(locationAt(doc, 5), 'p. 1');
    assert.strictEqual(locationAt(doc, 6), 'p. 2');
    assert.strictEqual(locationAt(doc, 15), 'p. 3');
    assert.strictEqual(locationAt(doc, 16), 'p. 3');
  });
  it('is undefined outside the located text and for documents without locations', () => {
    assert.strictEqual(locationAt(doc, -1), undefined);
    assert.strictEqual(locationAt(doc, 17), undefined);
    assert.strictEqual(locationAt({ ...doc, locations: [] }, 2), undefined);
  });
});
