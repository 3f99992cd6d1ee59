/**
 * One document read and analysed for the commands that work on single files (`--format docx-review`,
 * `compare`): the bytes (the review copy copies them), the analysed text, the result with .docx/.pdf locations.
 */
import { promises as fs } from 'fs';
import { analyze, type AnalysisResult, type Locale, type Localized, type RegiecheckConfig, type Severity } from '../core/index';
import { DocumentReadError, extractDocument, locationAt, sourceKindOf, SUPPORTED_EXTENSIONS, type ExtractedDocument } from '../formats/index';
import { tooLarge } from '../formats/errors';
import { readLimitBytes } from './worker';

export interface AnalysedFile {
  /** The name shown in output (the path as given, or relative to the cwd). */
  file: string;
  bytes: Uint8Array;
  doc: ExtractedDocument;
  result: AnalysisResult;
}

/** What main.ts hands the single-file commands (review copy, compare) from the parsed arguments. */
export interface CommandOptions {
  /** The input files as given. */
  inputs: string[];
  output?: string;
  cwd: string;
  /** The configuration for a document (by absolute path): its nearest .regiecheck.json, -c, --rule, --max-size. */
  configFor?: (absolute: string) => RegiecheckConfig | undefined;
  /** Language of our messages and the output; the findings follow each document's configuration, as in a check. */
  locale: Locale;
  failOn: Severity | 'none';
  quiet: boolean;
}

/** `regiecheck: …` (or `regiecheck compare: …`) on stderr in the run's language. */
export function messenger(prefix: string, locale: Locale, write: (s: string) => void) {
  return (text: Localized | string): number => {
    write(`${prefix}: ${typeof text === 'string' ? text : text[locale]}\n`);
    return 2;
  };
}

/**
 * Reads, extracts and analyses `absolute` (shown as `file`). Errors are DocumentReadError with the reader's Dutch
 * message naming `file`. The read limit is that of the CLI: twice maxFileSizeKB (--max-size).
 */
export async function readAndAnalyse(absolute: string, file: string, config: RegiecheckConfig | undefined): Promise<AnalysedFile> {
  const kind = sourceKindOf(absolute);
  if (!kind) throw new DocumentReadError(file, 'unsupported', `dit bestandstype wordt niet ondersteund (wel: ${SUPPORTED_EXTENSIONS.join(', ')}).`);
  const maxBytes = readLimitBytes(config);
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
  const result = analyze(doc.text, { file, format: doc.format, config });
  if (doc.locations.length) {
    for (const f of result.findings) f.location ??= locationAt(doc, f.start);
    for (const item of Object.values(result.checklist)) for (const ev of item.evidence) ev.location ??= locationAt(doc, ev.start);
  }
  return { file, bytes, doc, result };
}
