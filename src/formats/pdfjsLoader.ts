/**
 * The one place that loads pdfjs-dist. Kept in its own module so a build can ship pdfjs as a separate file
 * (dist/pdfjs.js) that is only read when the first PDF is opened, instead of inside every bundle; see
 * docs/formats.md ("Bundelen"). Everything else reaches pdfjs through loadPdfjs().
 */

// Minimal structural types for the part of pdfjs we use; the shipped .d.ts files pull in DOM types that this
// project (lib ES2022, no DOM) does not have.
interface TextItemLike { str?: string; transform?: number[]; width?: number }
interface PdfPage {
  getTextContent(opts?: { includeMarkedContent?: boolean }): Promise<{ items: TextItemLike[] }>;
  cleanup(): boolean;
}
export interface PdfDocument { numPages: number; getPage(n: number): Promise<PdfPage> }
interface LoadingTask { promise: Promise<PdfDocument>; destroy(): Promise<void> }
export interface PdfJs {
  getDocument(src: Record<string, unknown>): LoadingTask;
  version: string;
}

let pdfjsModule: PdfJs | undefined;

/**
 * Loads pdfjs on first use. Two things make it work inside an esbuild bundle and keep stdout clean:
 * - The worker module is required first. It sets `globalThis.pdfjsWorker`, which pdfjs's fake worker uses
 *   directly instead of `eval("require")("./pdf.worker.js")` — a path that does not exist next to dist/cli.js.
 *   Requiring it by a literal name also makes esbuild bundle it, so no worker file needs shipping.
 * - On load pdfjs tries to polyfill DOMMatrix/Path2D from the optional `canvas` package and prints a warning to
 *   stdout when it is missing. We only extract text (no rendering), so placeholders are put in place for the
 *   duration of the load and removed again, leaving the global scope as it was.
 */
export function loadPdfjs(): PdfJs {
  if (pdfjsModule) return pdfjsModule;
  const g = globalThis as Record<string, unknown>;
  const placeholders = ['DOMMatrix', 'Path2D'].filter((k) => g[k] === undefined);
  for (const k of placeholders) g[k] = class Placeholder {};
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('pdfjs-dist/legacy/build/pdf.worker.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfjsModule = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  } finally {
    for (const k of placeholders) delete g[k];
  }
  return pdfjsModule;
}

