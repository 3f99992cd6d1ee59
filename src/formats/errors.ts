/**
 * The one error type of the formats module. Every message is Dutch, starts with the file name and says what is
 * wrong and, where the reader can do something about it, what to do. The `code` is stable so callers (CLI batch,
 * extension, tests) can branch on the cause without parsing the message.
 */

export type DocumentReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'corrupt'
  | 'encrypted'
  | 'no-text'
  | 'unsupported';

export class DocumentReadError extends Error {
  readonly file: string;
  readonly code: DocumentReadErrorCode;

  /** `cause` is the Dutch description after "file: "; the underlying exception, if any, goes in `options.cause`. */
  constructor(file: string, code: DocumentReadErrorCode, cause: string, options?: { cause?: unknown }) {
    super(`${file}: ${cause}`, options);
    this.name = 'DocumentReadError';
    this.file = file;
    this.code = code;
  }
}

/** "10 MB", "12,3 MB", "512 kB" — Dutch decimal comma, 1 MB = 1024 × 1024 bytes. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${trimNumber(mb)} MB`;
  return `${trimNumber(bytes / 1024)} kB`;
}

function trimNumber(n: number): string {
  const rounded = n >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return String(rounded).replace('.', ',');
}

export function tooLarge(file: string, size: number, max: number): DocumentReadError {
  return new DocumentReadError(
    file,
    'too-large',
    `het bestand is te groot (${formatSize(size)}; de grens is ${formatSize(max)}). Splits het document of verhoog de grens.`,
  );
}

export function emptyDocument(file: string, what = 'het document is leeg'): DocumentReadError {
  return new DocumentReadError(file, 'empty', `${what}; er is geen tekst om te controleren.`);
}
