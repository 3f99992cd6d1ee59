/**
 * Markdown and plain text files: strict UTF-8 (a wrong encoding must be reported, not silently turned into
 * replacement characters that then show up in quotes), BOM stripped, binary content refused.
 */
import { DocumentReadError, emptyDocument } from './errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a text file. UTF-16 with a byte-order mark (what Windows Notepad writes as "Unicode") is accepted
 * because it is unambiguous; everything else must be UTF-8.
 */
export function decodeTextFile(bytes: Uint8Array, file: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length === 0) throw emptyDocument(file, 'het bestand is leeg');

  let text: string;
  if (hasUtf16Bom(bytes)) {
    const le = bytes[0] === 0xff;
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch (e) {
      throw new DocumentReadError(file, 'invalid-utf8', 'de tekst is beschadigde UTF-16 (ongeldige tekens). Sla het bestand op als UTF-8.', { cause: e });
    }
    warnings.push(`${file}: het bestand is UTF-16 gecodeerd en is als zodanig gelezen; UTF-8 heeft de voorkeur.`);
  } else {
    // NUL never occurs in real UTF-8 prose; checking it first gives "binary" for images, zips and .doc files
    // instead of a confusing encoding error at their first high byte.
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new DocumentReadError(
        file,
        'binary',
        `het bestand bevat binaire gegevens (een NUL-byte op positie ${nul}) en is geen tekstbestand.`,
      );
    }
    try {
      text = strictUtf8.decode(bytes); // the decoder strips a UTF-8 BOM itself (ignoreBOM: false)
    } catch (e) {
      const at = firstInvalidUtf8(bytes);
      const byte = at < bytes.length ? `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}` : 'einde';
      throw new DocumentReadError(
        file,
        'invalid-utf8',
        `de tekst is geen geldige UTF-8 (ongeldige byte ${byte} op positie ${at}). Sla het bestand op als UTF-8.`,
        { cause: e },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (hasBinaryControls(text)) {
    throw new DocumentReadError(file, 'binary', 'het bestand bevat binaire gegevens (stuurtekens) en is geen tekstbestand.');
  }
  if (text.trim() === '') throw emptyDocument(file, text.length === 0 ? 'het bestand is leeg' : 'het bestand bevat alleen witruimte');
  return { text, warnings };
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/**
 * Many C0 control characters (other than tab, newline, carriage return, form feed) mean the file is not text.
 * A stray one (e.g. a vertical tab pasted from Word) is tolerated; more than 1 in 1000 characters is not.
 */
function hasBinaryControls(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) count++;
  }
  return count > 0 && count * 1000 > text.length;
}

/** Byte offset of the first byte that starts an invalid UTF-8 sequence (the decoder does not tell us). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i; // truncated sequence at the end of the file
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}
