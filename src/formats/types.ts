/** Public shapes of the formats module (re-exported from index.ts). */

export type SourceKind = 'docx' | 'pdf' | 'markdown' | 'plaintext';

/** A half-open UTF-16 range [start, end) of the extracted text and where it came from ("p. 3", "alinea 12"). */
export interface SourceLocation {
  start: number;
  end: number;
  label: string;
}

export interface ExtractedDocument {
  text: string;
  /** How the core should parse `text`: docx and pdf are extracted to Markdown. */
  format: 'markdown' | 'plaintext';
  source: SourceKind;
  /** Sorted by start, non-overlapping. Empty for Markdown and plain text files. */
  locations: SourceLocation[];
  /** Dutch notices that did not stop extraction, each starting with the file name. */
  warnings: string[];
}

export interface ReadOptions {
  /** Refuse files larger than this many bytes (default 10 MB). */
  maxBytes?: number;
}
