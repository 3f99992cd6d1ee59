/**
 * .pdf → text through pdfjs-dist 3.11.174 (legacy build; 4.x needs Node 22). pdfjs runs entirely in this thread
 * (its "fake worker"), fetches nothing (no CMap or standard-font URLs, factories that refuse and record), and is
 * silenced (verbosity 0) because the CLI writes JSON on stdout and pdfjs logs warnings with console.log.
 */
import { DocumentReadError, emptyDocument } from './errors';
import {
  blocksOfPage, bodySize, buildLines, findRunningLines, headingLevels, joinHyphenated,
  type Block, type Line, type PdfItem,
} from './pdfLayout';
import type { PdfDocument } from './pdfjsLoader';
import type { ExtractedDocument, SourceLocation } from './types';

const PDF_MAGIC = '%PDF-';

export async function extractPdf(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw emptyDocument(file, 'het bestand is leeg');
  checkHeader(bytes, file);
  // Required on first use, not imported: the build ships pdfjs as dist/pdfjs.js, read only when a PDF is opened.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = (require('./pdfjsLoader') as typeof import('./pdfjsLoader')).loadPdfjs();

  // pdfjs asks these factories for CMaps (CJK fonts) and the 14 standard fonts when it would otherwise fetch them
  // from a URL. We have neither and fetch nothing: refuse, remember which CMaps were missing, continue.
  const missingCMaps = new Set<string>();
  class NoCMaps {
    async fetch({ name }: { name: string }): Promise<never> {
      missingCMaps.add(name);
      throw new Error(`CMap ${name} is niet beschikbaar`);
    }
  }
  class NoStandardFonts {
    async fetch({ filename }: { filename: string }): Promise<never> {
      // Text extraction uses the built-in metrics of the standard fonts; the glyph data is only for drawing.
      throw new Error(`lettertype ${filename} is niet beschikbaar`);
    }
  }

  const task = lib.getDocument({
    // pdfjs may transfer (detach) the buffer it is given; a copy keeps the caller's bytes usable.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    CMapReaderFactory: NoCMaps,
    StandardFontDataFactory: NoStandardFonts,
  });

  try {
    let pdf: PdfDocument;
    try {
      pdf = await task.promise;
    } catch (e) {
      throw openError(e, file);
    }
    return await readPages(pdf, file, missingCMaps);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function checkHeader(bytes: Uint8Array, file: string): void {
  // pdfjs tolerates junk before the header (so do readers); look in the first kilobyte like they do.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.includes(PDF_MAGIC)) return;
  const hint = bytes[0] === 0x50 && bytes[1] === 0x4b ? ' Het lijkt een Word-document; geef het de extensie .docx.' : '';
  throw new DocumentReadError(file, 'corrupt', `het bestand is geen geldige PDF (het begint niet met %PDF).${hint}`);
}

function openError(e: unknown, file: string): DocumentReadError {
  const name = (e as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') {
    return new DocumentReadError(
      file,
      'encrypted',
      'de PDF is versleuteld (met een wachtwoord beveiligd); Regiecheck kan de tekst niet lezen. Sla een versie zonder wachtwoord op.',
      { cause: e },
    );
  }
  const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
  return new DocumentReadError(file, 'corrupt', `de PDF is beschadigd of onleesbaar (${detail}).`, { cause: e });
}

async function readPages(pdf: PdfDocument, file: string, missingCMaps: Set<string>): Promise<ExtractedDocument> {
  if (pdf.numPages === 0) throw emptyDocument(file, 'de PDF heeft geen pagina’s');
  const warnings: string[] = [];
  const pageLines: Line[][] = [];
  const rawEmpty: boolean[] = [];
  const failed: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    try {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false });
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, c, d, x, y] = it.transform;
        items.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.max(Math.hypot(a, b), Math.hypot(c, d)) });
      }
      const lines = buildLines(items);
      pageLines.push(lines);
      rawEmpty.push(lines.length === 0);
      page.cleanup();
    } catch {
      // One damaged page must not cost the rest of the document.
      failed.push(n);
      pageLines.push([]);
      rawEmpty.push(false);
    }
  }
  if (failed.length === pdf.numPages) {
    throw new DocumentReadError(file, 'corrupt', 'de PDF is beschadigd: geen enkele pagina kon worden gelezen.');
  }
  if (failed.length) warnings.push(`${file}: ${pageList(failed)} ${failed.length === 1 ? 'kon' : 'konden'} niet worden gelezen (beschadigd).`);
  if (rawEmpty.every((e, i) => e || failed.includes(i + 1))) {
    throw new DocumentReadError(
      file,
      'no-text',
      'de PDF bevat geen tekstlaag (gescand?); Regiecheck leest geen tekst uit afbeeldingen. Gebruik een PDF met tekst of laat er eerst tekstherkenning (OCR) op los.',
    );
  }
  const scanned = rawEmpty.flatMap((e, i) => (e ? [i + 1] : []));
  if (scanned.length) {
    warnings.push(`${file}: ${pageList(scanned)} ${scanned.length === 1 ? 'bevat' : 'bevatten'} geen tekst (gescand of alleen afbeeldingen) en ${scanned.length === 1 ? 'is' : 'zijn'} overgeslagen.`);
  }
  if (missingCMaps.size) {
    warnings.push(`${file}: de PDF gebruikt lettertype-tabellen die Regiecheck niet meelevert (${[...missingCMaps].join(', ')}); tekst in die lettertypen kan ontbreken of onjuist zijn.`);
  }

  const drop = findRunningLines(pageLines);
  const kept = pageLines.map((lines) => lines.filter((l) => !drop.has(l)));
  const body = bodySize(kept);
  const levels = headingLevels(kept, body);
  const pages = kept.map((lines) => blocksOfPage(lines, body, levels));
  const { text, locations } = assemble(pages);
  if (text.trim() === '') throw emptyDocument(file, 'de PDF bevat geen tekst buiten kop- en voetregels');
  return { text, format: 'markdown', source: 'pdf', locations, warnings };
}

function pageList(pages: number[]): string {
  return pages.length === 1 ? `pagina ${pages[0]}` : `pagina’s ${pages.join(', ')}`;
}

/**
 * Joins the pages. A paragraph that runs on over a page break (no closing punctuation, next page starts in
 * lowercase) is joined with a single newline, and a word hyphenated across the break is joined again, so the
 * sentence stays one sentence for the analysis. Each page's text gets its own "p. N" location.
 */
function assemble(pages: Block[][]): { text: string; locations: SourceLocation[] } {
  let text = '';
  const locations: SourceLocation[] = [];
  let lastBlock: Block | undefined;
  pages.forEach((blocks, p) => {
    if (blocks.length === 0) return;
    const first = blocks[0];
    let sep = '\n\n';
    if (lastBlock && lastBlock.kind === 'text' && first.kind === 'text') {
      const prevLine = lastBlock.lines[lastBlock.lines.length - 1];
      if (!/[.!?:;)]$/.test(prevLine) && /^\p{Ll}/u.test(first.lines[0])) {
        sep = '\n';
        const joined = joinHyphenated(prevLine, first.lines[0]);
        if (joined) {
          // The completed word moves to the previous page's last line; offsets of that page end later.
          text = text.slice(0, text.length - prevLine.length) + joined[0];
          locations[locations.length - 1].end = text.length;
          if (joined[1] === '') first.lines.shift(); else first.lines[0] = joined[1];
        }
      }
    }
    const pageText = blocks.map(renderBlock).filter((b) => b !== '').join('\n\n');
    if (pageText === '') return;
    if (text !== '') text += sep;
    const start = text.length;
    text += pageText;
    locations.push({ start, end: text.length, label: `p. ${p + 1}` });
    lastBlock = blocks[blocks.length - 1];
  });
  return { text, locations };
}

function renderBlock(b: Block): string {
  if (b.lines.length === 0) return '';
  if (b.kind === 'heading') return `${'#'.repeat(b.level)} ${b.lines.join(' ')}`;
  // A PDF line that happens to start with Markdown block syntax stays text.
  return b.lines.map((l) => (/^(#|>|\||```|~~~|<!--)/.test(l) ? `\\${l}` : l)).join('\n');
}
