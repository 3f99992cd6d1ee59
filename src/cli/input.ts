/**
 * One document read and analysed for the commands that work on single files (`--format docx-review`,
 * `compare`): the bytes (the review copy copies them), the analysed text, the result with .docx/.pdf locations.
 */
import { promises as fs } from 'fs';
import { analyze, type AnalysisResult, type Locale, type RegiecheckConfig, type Severity } from '../core/index';
import { DEFAULT_MAX_BYTES, DocumentReadError, extractDocument, locationAt, sourceKindOf, SUPPORTED_EXTENSIONS, type ExtractedDocument } from '../formats/index';
import { tooLarge } from '../formats/errors';

export interface AnalysedFile {
  /** The name shown in output (relative to the cwd when given so). */
  file: string;
  bytes: Uint8Array;
  doc: ExtractedDocument;
  result: AnalysisResult;
}

export interface AnalyseOptions { config?: RegiecheckConfig; locale: Locale; maxBytes?: number }

/** What main.ts hands the single-file commands (review copy, compare) from the parsed arguments. */
export interface CommandOptions extends AnalyseOptions {
  /** The input files as given. */
  inputs: string[];
  output?: string;
  cwd: string;
  failOn: Severity | 'none';
  quiet: boolean;
}

/** Reads, extracts and analyses `absolute`; errors are DocumentReadError with a Dutch message naming `file`. */
export async function readAndAnalyse(absolute: string, file: string, opts: AnalyseOptions): Promise<AnalysedFile> {
  const kind = sourceKindOf(absolute);
  if (!kind) throw new DocumentReadError(file, 'unsupported', `dit bestandstype wordt niet ondersteund (wel: ${SUPPORTED_EXTENSIONS.join(', ')}).`);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(absolute);
    if (stat.isDirectory()) throw new DocumentReadError(file, 'unreadable', 'dit is een map, geen bestand.');
    if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
    bytes = await fs.readFile(absolute);
  } catch (e) {
    if (e instanceof DocumentReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new DocumentReadError(file, code === 'ENOENT' ? 'not-found' : 'unreadable',
      code === 'ENOENT' ? 'het bestand bestaat niet.' : `het bestand kan niet worden gelezen (${(e as Error).message}).`, { cause: e });
  }
  const doc = await extractDocument(bytes, kind, file, { maxBytes });
  const result = analyze(doc.text, { file, format: doc.format, config: opts.config, locale: opts.locale });
  if (doc.locations.length) {
    for (const f of result.findings) f.location ??= locationAt(doc, f.start);
    for (const item of Object.values(result.checklist)) for (const ev of item.evidence) ev.location ??= locationAt(doc, ev.start);
  }
  return { file, bytes, doc, result };
}
