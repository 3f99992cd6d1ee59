/**
 * Reading the documents reviewers actually get: Markdown and plain text, Word (.docx) and PDF. Node only (uses
 * fs, mammoth and pdfjs); the core never imports this. Every failure is a DocumentReadError with a stable code
 * and a Dutch message that names the file, so a batch can report it and go on.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { extractDocx } from './docx';
import { DocumentReadError, tooLarge } from './errors';
import { extractPdf } from './pdf';
import { decodeTextFile } from './text';
import type { ExtractedDocument, ReadOptions, SourceKind } from './types';

export { DocumentReadError } from './errors';
export type { DocumentReadErrorCode } from './errors';
export type { ExtractedDocument, ReadOptions, SourceKind, SourceLocation } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const KINDS: Record<string, SourceKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
  '.text': 'plaintext',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(KINDS));

/** The kind of a file by its extension (case-insensitive), or undefined when Regiecheck does not read it. */
export function sourceKindOf(file: string): SourceKind | undefined {
  return KINDS[path.extname(file).toLowerCase()];
}

/**
 * Reads and extracts a file. The size is checked before reading, and reading stops as soon as the limit is
 * passed (a file can grow, and /dev/zero-like files report size 0), so an oversized file is never held whole.
 */
export async function readDocument(file: string, opts: ReadOptions = {}): Promise<ExtractedDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = sourceKindOf(file);
  if (!kind) throw unsupported(file);

  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (e) {
    throw fsError(file, e);
  }
  let bytes: Uint8Array;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new DocumentReadError(file, 'unreadable', 'dit is een map, geen bestand.');
    if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
    bytes = await readCapped(handle, file, maxBytes, stat.size);
  } catch (e) {
    throw e instanceof DocumentReadError ? e : fsError(file, e);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return extractDocument(bytes, kind, file, opts);
}

async function readCapped(handle: fs.FileHandle, file: string, maxBytes: number, sizeHint: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunkSize = Math.min(Math.max(sizeHint + 1, 64 * 1024), maxBytes + 1, 4 * 1024 * 1024);
  for (;;) {
    const buf = Buffer.allocUnsafe(chunkSize);
    const { bytesRead } = await handle.read(buf, 0, chunkSize, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(file, total, maxBytes);
    chunks.push(bytesRead === chunkSize ? buf : buf.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Extracts text from bytes already in memory; `name` is used in messages (a path or a display name). */
export async function extractDocument(
  bytes: Uint8Array,
  kind: SourceKind,
  name: string,
  opts: ReadOptions = {},
): Promise<ExtractedDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  switch (kind) {
    case 'markdown':
    case 'plaintext': {
      const { text, warnings } = decodeTextFile(bytes, name);
      return { text, format: kind, source: kind, locations: [], warnings };
    }
    case 'docx':
      return extractDocx(bytes, name);
    case 'pdf':
      return extractPdf(bytes, name);
    default:
      throw unsupported(name);
  }
}

/**
 * Where an offset of the extracted text came from ("p. 2", "alinea 12", "tabel 1"). An offset in the blank
 * lines between two blocks belongs to the block before it; outside the located text it is undefined.
 */
export function locationAt(doc: ExtractedDocument, offset: number): string | undefined {
  const locs = doc.locations;
  if (locs.length === 0 || offset < locs[0].start || offset > locs[locs.length - 1].end) return undefined;
  let lo = 0, hi = locs.length - 1;
  while (lo < hi) { // last location with start <= offset
    const mid = (lo + hi + 1) >> 1;
    if (locs[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return locs[lo].label;
}

function unsupported(file: string): DocumentReadError {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc') {
    return new DocumentReadError(file, 'unsupported', 'oude Word-bestanden (.doc) worden niet gelezen. Open het in Word en sla het op als .docx.');
  }
  const what = ext ? `het bestandstype ${ext}` : 'een bestand zonder extensie';
  return new DocumentReadError(file, 'unsupported', `${what} wordt niet ondersteund (wel: ${SUPPORTED_EXTENSIONS.join(', ')}).`);
}

function fsError(file: string, e: unknown): DocumentReadError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DocumentReadError(file, 'not-found', 'het bestand bestaat niet.', { cause: e });
  if (code === 'EISDIR') return new DocumentReadError(file, 'unreadable', 'dit is een map, geen bestand.', { cause: e });
  if (code === 'EACCES' || code === 'EPERM') {
    return new DocumentReadError(file, 'unreadable', 'geen toestemming om het bestand te lezen.', { cause: e });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new DocumentReadError(file, 'unreadable', `het bestand kan niet worden gelezen (${detail}).`, { cause: e });
}
