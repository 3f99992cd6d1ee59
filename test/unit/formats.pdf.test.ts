/**
 * Formats: PDF extraction through pdfjs (generated PDFs) and the layout rules on hand-made text items.
 */
import * as assert from 'assert';
import { DocumentReadError, extractDocument, locationAt, type ExtractedDocument } from '../../src/formats';
import {
  blocksOfPage, bodySize, buildLines, findRunningLines, headingLevels, joinHyphenated, type PdfItem,
} from '../../src/formats/pdfLayout';
import { parseBlocks } from '../../src/core/text/blocks';
import * as gen from '../fixtures/generate';

async function rejectsWith(p: Promise<unknown>, code: DocumentReadError['code'], file: string, words?: RegExp): Promise<void> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DocumentReadError, `expected DocumentReadError, got ${String(e)}`);
    assert.strictEqual(e.code, code, e.message);
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    if (words) assert.match(e.message, words);
    return;
  }
  assert.fail(`expected a ${code} error for ${file}`);
}

describe('formats: .pdf', () => {
  const t = gen.PDF_TEXT;
  let doc: ExtractedDocument;
  let stdout = '';
  before(async () => {
    // pdfjs logs with console.log; the CLI prints JSON on stdout, so nothing may reach it during extraction.
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      doc = await extractDocument(await gen.makePdf(), 'pdf', 'convenant.pdf');
    } finally {
      process.stdout.write = write;
    }
  });

  it('prints nothing on stdout', () => {
    assert.strictEqual(stdout, '');
  });

  it('gives the text per page with headings, paragraphs and no running footer or page numbers', () => {
    assert.strictEqual(doc.format, 'markdown');
    assert.strictEqual(doc.source, 'pdf');
    assert.deepStrictEqual(doc.warnings, []);
    const expected = [
      `# ${t.heading}`,
      '',
      t.page1[0],
      'Zij spreken af dat de samenwerking', // "samen-" + "werking" joined; the rest of the line stays below
      'jaarlijks wordt geëvalueerd door alle partijen.',
      '',
      t.page1b,
      '',
      `# ${t.page2Heading}`,
      '',
      t.page2.join('\n'),
      '',
      `## ${t.page3Heading}`, // bold at body size: recognised by its shape, one level below the size headings
      '',
      t.page3.join('\n'),
    ].join('\n');
    assert.strictEqual(doc.text, expected);
    assert.ok(!doc.text.includes('versie 1.0') && !doc.text.includes('Pagina'));
  });

  it('cites page numbers: an offset inside page 2 is "p. 2"', () => {
    assert.deepStrictEqual(doc.locations.map((l) => l.label), ['p. 1', 'p. 2', 'p. 3']);
    assert.strictEqual(locationAt(doc, doc.text.indexOf('rapporteert')), 'p. 2');
    assert.strictEqual(locationAt(doc, doc.text.indexOf(t.page2Heading)), 'p. 2');
    assert.strictEqual(locationAt(doc, doc.text.indexOf('samenwerking')), 'p. 1');
    assert.strictEqual(locationAt(doc, doc.text.indexOf('Ondertekend')), 'p. 3');
    assert.strictEqual(locationAt(doc, doc.text.indexOf(t.page3Heading)), 'p. 3');
    assert.strictEqual(locationAt(doc, doc.text.length - 1), 'p. 3');
  });

  it('the core reads headings and separate paragraphs', () => {
    const { blocks } = parseBlocks(doc.text, doc.format);
    const of = (kind: string) => blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
    assert.deepStrictEqual(of('heading'), [t.heading, t.page2Heading, t.page3Heading]);
    assert.strictEqual(of('paragraph').length, 4);
  });

  it('joins a paragraph and a hyphenated word across a page break', async () => {
    const d = await extractDocument(await gen.makeRunOnPdf(), 'pdf', 'doorloop.pdf');
    assert.strictEqual(d.text, 'De buurtteams versterken de komende jaren de samenwerking\nmet de scholen in de wijk.\nDaarna volgt een nieuwe zin op pagina twee.');
    assert.strictEqual(locationAt(d, d.text.indexOf('samenwerking')), 'p. 1');
    assert.strictEqual(locationAt(d, d.text.indexOf('scholen')), 'p. 2');
  });

  it('warns and goes on when a font needs a CMap it may not fetch', async () => {
    const d = await extractDocument(gen.makeCMapPdf(), 'pdf', 'cjk.pdf');
    assert.ok(d.text.startsWith('De partners spreken af elkaar te informeren.'), d.text);
    assert.strictEqual(d.warnings.length, 1);
    assert.match(d.warnings[0], /^cjk\.pdf: .*lettertype-tabellen.*UniJIS-UCS2-H/);
  });

  it('does not detach or change the caller\'s bytes, and runs concurrently', async () => {
    const bytes = await gen.makePdf();
    const copy = Buffer.from(bytes);
    const docs = await Promise.all([1, 2, 3, 4].map(() => extractDocument(bytes, 'pdf', 'x.pdf')));
    for (const d of docs) assert.strictEqual(d.text, doc.text);
    assert.ok(Buffer.from(bytes).equals(copy));
  });

  it('makes no network calls (no fetch, http, https or sockets) for PDFs and Word files', async () => {
    // The module objects themselves (an ES namespace import would give read-only bindings).
    /* eslint-disable @typescript-eslint/no-require-imports */
    const http = require('http') as typeof import('http');
    const https = require('https') as typeof import('https');
    const net = require('net') as typeof import('net');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const calls: string[] = [];
    type Patchable = Record<string, unknown>;
    const patches: Array<[Patchable, string]> = [
      [globalThis as unknown as Patchable, 'fetch'],
      [http as unknown as Patchable, 'request'], [http as unknown as Patchable, 'get'],
      [https as unknown as Patchable, 'request'], [https as unknown as Patchable, 'get'],
      [net as unknown as Patchable, 'connect'], [net as unknown as Patchable, 'createConnection'],
    ];
    const saved = patches.map(([obj, key]) => obj[key]);
    patches.forEach(([obj, key], i) => {
      obj[key] = (...args: unknown[]) => {
        calls.push(`${key} ${String(args[0])}`);
        return (saved[i] as (...a: unknown[]) => unknown)(...args);
      };
    });
    try {
      await extractDocument(await gen.makePdf(), 'pdf', 'a.pdf');
      await extractDocument(gen.makeCMapPdf(), 'pdf', 'b.pdf');
      await extractDocument(await gen.makeDocxExtras(), 'docx', 'c.docx');
    } finally {
      patches.forEach(([obj, key], i) => { obj[key] = saved[i]; });
    }
    assert.deepStrictEqual(calls, []);
  });

  it('an encrypted PDF is "encrypted"', async () => {
    await rejectsWith(
      extractDocument(gen.makeEncryptedPdf(), 'pdf', 'convenant.pdf'),
      'encrypted',
      'convenant.pdf',
      /^convenant\.pdf: de PDF is versleuteld \(met een wachtwoord beveiligd\); Regiecheck kan de tekst niet lezen\./,
    );
  });

  it('a PDF encrypted with an empty user password (permissions only) is read', async () => {
    const d = await extractDocument(gen.makeRestrictedPdf(), 'pdf', 'beperkt.pdf');
    assert.strictEqual(d.text, 'Afspraken over de wijkaanpak zijn openbaar.');
  });

  it('a scanned PDF (pages without a text layer) is "no-text"', async () => {
    await rejectsWith(extractDocument(await gen.makeScannedPdf(2), 'pdf', 'scan.pdf'), 'no-text', 'scan.pdf', /bevat geen tekstlaag \(gescand\?\)/);
  });

  it('a PDF with one image-only page is read, with a warning naming the page', async () => {
    const d = await extractDocument(await gen.makeMixedPdf(), 'pdf', 'gemengd.pdf');
    assert.strictEqual(d.text, 'Deze pagina heeft gewone tekst over de wijkaanpak.');
    assert.deepStrictEqual(d.warnings, ['gemengd.pdf: pagina 2 bevat geen tekst (gescand of alleen afbeeldingen) en is overgeslagen.']);
  });

  it('corrupt, truncated and non-PDF files are "corrupt"; an empty file is "empty"', async () => {
    await rejectsWith(extractDocument(gen.makeCorruptPdf(), 'pdf', 'kapot.pdf'), 'corrupt', 'kapot.pdf', /beschadigd of onleesbaar/);
    await rejectsWith(extractDocument(await gen.makeTruncatedPdf(), 'pdf', 'half.pdf'), 'corrupt', 'half.pdf');
    await rejectsWith(extractDocument(Buffer.from('Gewone tekst'), 'pdf', 'tekst.pdf'), 'corrupt', 'tekst.pdf', /begint niet met %PDF/);
    await rejectsWith(extractDocument(await gen.makeDocx(), 'pdf', 'word.pdf'), 'corrupt', 'word.pdf', /Het lijkt een Word-document/);
    await rejectsWith(extractDocument(new Uint8Array(0), 'pdf', 'leeg.pdf'), 'empty', 'leeg.pdf', /leeg/);
  });
});

describe('formats: PDF layout rules', () => {
  const item = (str: string, x: number, y: number, size = 11, width = str.length * size * 0.5): PdfItem => ({ str, x, y, width, size });

  it('builds lines from positions and inserts spaces between separately placed words', () => {
    const lines = buildLines([
      item('De', 72, 700), item('wethouder', 90, 700), item('voert', 150.5, 700.3),
      item('', 0, 0), item(' ', 200, 700),
      item('de regie.', 72, 686),
      item('Kop', 72, 650, 16),
    ]);
    assert.deepStrictEqual(lines.map((l) => l.text), ['De wethouder voert', 'de regie.', 'Kop']);
  });

  it('keeps a raised, smaller footnote marker on its line', () => {
    const lines = buildLines([item('bewoners kennen elkaar.', 72, 700, 11, 120), item('1', 192, 703.5, 7, 4), item('Daarom', 200, 700, 11, 40)]);
    assert.deepStrictEqual(lines.map((l) => l.text), ['bewoners kennen elkaar.1 Daarom']);
  });

  it('does not insert a space inside a word split over two items (kerning)', () => {
    const [line] = buildLines([item('samen', 72, 700, 10, 30), item('werking', 102.5, 700, 10, 40)]);
    assert.strictEqual(line.text, 'samenwerking');
  });

  it('de-hyphenates only where a lowercase word continues, and keeps Dutch hyphens that belong', () => {
    assert.deepStrictEqual(joinHyphenated('de samen-', 'werking van'), ['de samenwerking', 'van']);
    assert.deepStrictEqual(joinHyphenated('de samen-', 'werking'), ['de samenwerking', '']);
    assert.strictEqual(joinHyphenated('provincie Noord-', 'Brabant en'), undefined);
    assert.strictEqual(joinHyphenated('de zorg-', 'en welzijnspartners'), undefined);
    assert.strictEqual(joinHyphenated('de 2025-', '2030 periode'), undefined);
    assert.strictEqual(joinHyphenated('de regie', 'werking'), undefined);
    assert.deepStrictEqual(joinHyphenated('een zee-', 'eend'), ['een zee-eend', '']); // vowel clash keeps the hyphen
    assert.deepStrictEqual(joinHyphenated('de ge\u00ad', 'meente'), ['de gemeente', '']); // soft hyphen
  });

  it('drops running headers, footers and page numbers that repeat on most pages, not body text', () => {
    const page = (n: number, body: string[]) => buildLines([
      item('Nota wijkaanpak', 72, 800, 8),
      ...body.map((b, i) => item(b, 72, 700 - i * 14)),
      item(`- ${n} -`, 290, 30, 8),
    ]);
    const pages = [page(1, ['Eerste alinea.', 'Nog een regel.']), page(2, ['Tweede pagina tekst.', 'Meer tekst.']), page(3, ['Derde.', 'Slot.'])];
    const drop = findRunningLines(pages);
    const kept = pages.map((p) => p.filter((l) => !drop.has(l)).map((l) => l.text));
    assert.deepStrictEqual(kept, [['Eerste alinea.', 'Nog een regel.'], ['Tweede pagina tekst.', 'Meer tekst.'], ['Derde.', 'Slot.']]);
  });

  it('keeps a line that repeats on only a minority of pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => buildLines([
      item(n <= 2 ? 'Concept' : `Hoofdstuk ${n}`, 72, 800),
      item('Tekst van de pagina.', 72, 700),
      item(`Meer tekst ${n}.`, 72, 686),
    ]));
    const drop = findRunningLines(pages);
    assert.ok(![...drop].some((l) => l.text === 'Concept'));
  });

  it('finds headings by font size and paragraphs by vertical gaps', () => {
    const pages = [buildLines([
      item('Artikel 1 Doel', 72, 760, 14),
      item('De partners werken samen', 72, 730),
      item('aan een veilige wijk.', 72, 716),
      item('Tweede alinea na wit.', 72, 690),
    ])];
    const body = bodySize(pages);
    assert.strictEqual(body, 11);
    const blocks = blocksOfPage(pages[0], body, headingLevels(pages, body));
    assert.deepStrictEqual(blocks, [
      { kind: 'heading', lines: ['Artikel 1 Doel'], level: 1 },
      { kind: 'text', lines: ['De partners werken samen', 'aan een veilige wijk.'], level: 0 },
      { kind: 'text', lines: ['Tweede alinea na wit.'], level: 0 },
    ]);
  });

  it('recognises body-size headings by shape, not list items, lead-ins or a line running on to the next page', () => {
    const ls = (rows: Array<[string, number, number?]>) => buildLines(rows.map(([s, y, w]) => item(s, 72, y, 11, w)));
    const page = ls([
      ['Artikel 2 Looptijd', 760, 100],
      ['Dit convenant loopt vier jaar en wordt daarna door alle partijen', 746, 380],
      ['samen geëvalueerd.', 732, 110],
      ['Doelen van de samenwerking', 700, 160],
      ['De partijen komen het volgende overeen:', 670, 240],
      ['1. De partners stellen samen een wijkagenda op', 656, 280],
      ['2.1 Rol van de gemeente', 620, 150],
      ['De wethouder voert de regie over de wijkaanpak en de', 590, 330],
    ]);
    const blocks = blocksOfPage(page, 11, new Map());
    assert.deepStrictEqual(blocks.map((b) => [b.kind, b.lines[0]]), [
      ['heading', 'Artikel 2 Looptijd'],
      ['text', 'Dit convenant loopt vier jaar en wordt daarna door alle partijen'],
      ['heading', 'Doelen van de samenwerking'],
      ['text', 'De partijen komen het volgende overeen:'],
      ['heading', '2.1 Rol van de gemeente'],
      ['text', 'De wethouder voert de regie over de wijkaanpak en de'],
    ]);
    assert.strictEqual(blocks[0].level, 2);
  });
});
