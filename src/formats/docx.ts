/**
 * .docx → Markdown-like text through mammoth's HTML output and a small walker. We go through HTML (not mammoth's
 * raw text) because only the HTML keeps the structure the analysis needs: headings, list items with their
 * nesting and numbering kind, and table rows. Every block records where it came from ("alinea N", "tabel N",
 * "voetnoot N") so findings can be traced back into Word.
 */
import type * as MammothModule from 'mammoth';
import { DocumentReadError, emptyDocument } from './errors';
import { parseHtml, type HtmlElement, type HtmlNode } from './html';
import type { ExtractedDocument, SourceLocation } from './types';

/** Word files saved in a Dutch Word without the built-in names, and title styles, still become headings. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Ondertitel'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Kop ${n}'] => h${n}:fresh`),
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

let mammothModule: typeof MammothModule | undefined;
/** Loaded on first use so activating the extension does not pay for mammoth and its zip reader. */
function mammoth(): typeof MammothModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  mammothModule ??= require('mammoth') as typeof MammothModule;
  return mammothModule;
}

export async function extractDocx(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw emptyDocument(file, 'het bestand is leeg');
  checkContainer(bytes, file);

  const m = mammoth();
  let images = 0;
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await m.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Images are not text; returning an empty src avoids base64-encoding every picture into the HTML.
        convertImage: m.images.imgElement(async () => { images++; return { src: '' }; }),
      },
    );
  } catch (e) {
    // A well-formed zip without word/document.xml is another kind of file (a renamed .xlsx, .odt, .zip).
    const cause = /main document part/i.test(describe(e))
      ? 'het bestand is een zip-archief maar geen Word-document (.docx): word/document.xml ontbreekt.'
      : `het Word-document is beschadigd of geen geldig .docx-bestand (${describe(e)}).`;
    throw new DocumentReadError(file, 'corrupt', cause, { cause: e });
  }

  const doc = htmlToMarkdown(result.value);
  const warnings: string[] = [];
  // Mammoth warns about every unrecognised style; that is noise for a reviewer. Errors are worth passing on.
  for (const msg of result.messages) if (msg.type === 'error') warnings.push(`${file}: ${msg.message}`);
  if (images > 0) {
    warnings.push(`${file}: het document bevat ${images} ${images === 1 ? 'afbeelding' : 'afbeeldingen'}; tekst in afbeeldingen wordt niet gelezen.`);
  }
  if (doc.text.trim() === '') throw emptyDocument(file, 'het Word-document bevat geen tekst');
  return { text: doc.text, format: 'markdown', source: 'docx', locations: doc.locations, warnings };
}

/** Recognise what the bytes really are before handing them to mammoth, for a precise message. */
function checkContainer(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    // A password-protected .docx is stored as an OLE compound file holding EncryptionInfo + EncryptedPackage
    // streams. An old binary .doc is also an OLE file, with a WordDocument stream; tell the two apart by the
    // stream names (UTF-16LE in the directory) because the advice differs.
    const isLegacyDoc = containsUtf16(bytes, 'WordDocument') && !containsUtf16(bytes, 'EncryptedPackage');
    if (isLegacyDoc) {
      throw new DocumentReadError(
        file,
        'unsupported',
        'dit is een oud Word-bestand (.doc, Word 97–2003) en geen .docx. Open het in Word en sla het op als .docx.',
      );
    }
    throw new DocumentReadError(
      file,
      'encrypted',
      'het Word-document is versleuteld (met een wachtwoord beveiligd); Regiecheck kan de tekst niet lezen. Sla het op zonder wachtwoord.',
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const hint = startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) ? ' Het is een PDF; geef het de extensie .pdf.' : '';
    throw new DocumentReadError(file, 'corrupt', `het bestand is geen geldig Word-document (.docx): het is geen zip-archief.${hint}`);
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, s: string): boolean {
  const needle = Buffer.from(s, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0].slice(0, 200);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML → Markdown

/** Collects text blocks and their locations; blocks are separated by a blank line, list items and rows by one newline. */
class Writer {
  private parts: string[] = [];
  private length = 0;
  readonly locations: SourceLocation[] = [];

  add(text: string, label: string | undefined, tight: boolean): void {
    if (this.length > 0) this.push(tight ? '\n' : '\n\n');
    const start = this.length;
    this.push(text);
    if (label) this.locations.push({ start, end: this.length, label });
  }

  /** Starts a location that spans several `add` calls (a table). */
  mark(): number { return this.length + (this.length > 0 ? 2 : 0); }
  span(start: number, label: string): void {
    if (this.length > start) this.locations.push({ start, end: this.length, label });
  }

  private push(s: string): void { this.parts.push(s); this.length += s.length; }
  toString(): string { return this.parts.join(''); }
}

interface State { w: Writer; alinea: number; table: number; lastHeading: number }

export function htmlToMarkdown(html: string): { text: string; locations: SourceLocation[] } {
  const root = parseHtml(html);
  const st: State = { w: new Writer(), alinea: 0, table: 0, lastHeading: 1 };
  renderBlocks(root.children, st);
  return { text: st.w.toString(), locations: st.w.locations };
}

function renderBlocks(nodes: HtmlNode[], st: State): void {
  let loose: HtmlNode[] = [];
  const flushLoose = () => {
    if (loose.length) renderParagraph({ tag: 'p', attrs: {}, children: loose }, st);
    loose = [];
  };
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCK_TAGS.has(n.tag)) { loose.push(n); continue; }
    flushLoose();
    const heading = /^h([1-6])$/.exec(n.tag);
    if (heading) {
      const text = oneLine(inline(n.children));
      if (!text) continue;
      const level = Number(heading[1]);
      st.lastHeading = level;
      st.w.add(`${'#'.repeat(level)} ${text}`, `alinea ${++st.alinea}`, false);
    } else if (n.tag === 'p') {
      renderParagraph(n, st);
    } else if (n.tag === 'ul' || n.tag === 'ol') {
      renderList(n, 0, st, true);
    } else if (n.tag === 'table') {
      renderTable(n, st);
    } else {
      renderBlocks(n.children, st); // div, blockquote, section: their content as ordinary blocks
    }
  }
  flushLoose();
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote', 'section']);

function renderParagraph(p: HtmlElement, st: State): void {
  const raw = inline(p.children);
  const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return;
  const text = lines.join(' ');
  // Many Dutch notes mark their (sub)headings only by making a short paragraph bold. Treat such a paragraph as
  // a heading one level below the last real heading, so the analysis sees the same structure the reader does.
  if (lines.length === 1 && text.length <= 120 && !/[.,;]$/.test(text) && isAllStrong(p)) {
    const level = Math.min(6, st.lastHeading + 1);
    st.w.add(`${'#'.repeat(level)} ${text}`, `alinea ${++st.alinea}`, false);
    return;
  }
  st.w.add(lines.map(escapeLineStart).join('\n'), `alinea ${++st.alinea}`, false);
}

function renderList(list: HtmlElement, depth: number, st: State, first: boolean): boolean {
  let n = 0;
  for (const li of list.children) {
    if (typeof li === 'string' || li.tag !== 'li') continue;
    n++;
    const own: HtmlNode[] = [];
    const nested: HtmlElement[] = [];
    for (const c of li.children) {
      if (typeof c !== 'string' && (c.tag === 'ul' || c.tag === 'ol')) nested.push(c);
      else own.push(c);
    }
    const text = oneLine(inline(own));
    const note = /^(footnote|endnote)-(\d+)$/.exec(li.attrs.id ?? '');
    if (text && note) {
      // Mammoth lists foot- and endnotes as an <ol> at the end; Markdown footnote definitions say what they are.
      st.w.add(`[^${noteId(note[1], note[2])}]: ${text}`, `${note[1] === 'footnote' ? 'voetnoot' : 'eindnoot'} ${note[2]}`, false);
    } else if (text) {
      const marker = list.tag === 'ol' ? `${n}. ` : '- ';
      st.w.add(`${'  '.repeat(depth)}${marker}${text}`, `alinea ${++st.alinea}`, !first);
      first = false;
    }
    for (const sub of nested) first = renderList(sub, depth + 1, st, first);
  }
  return first;
}

function renderTable(table: HtmlElement, st: State): void {
  const rows: string[][] = [];
  const collect = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') {
        const cells = c.children
          .filter((x): x is HtmlElement => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'))
          .map((cell) => oneLine(inline(cell.children)).replace(/\|/g, '\\|'));
        if (cells.some((x) => x !== '')) rows.push(cells);
      } else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') {
        collect(c);
      }
    }
  };
  collect(table);
  if (rows.length === 0) return;
  const label = `tabel ${++st.table}`;
  const start = st.w.mark();
  rows.forEach((cells, i) => {
    st.w.add(`| ${cells.join(' | ')} |`, undefined, i > 0);
    // A GFM delimiter row after the first row makes it a real Markdown table in any previewer.
    if (i === 0) st.w.add(`|${cells.map(() => ' --- ').join('|')}|`, undefined, true);
  });
  st.w.span(start, label);
}

/** Inline text of nodes: whitespace collapsed, <br> kept as a newline, nested blocks separated by a newline. */
function inline(nodes: HtmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') { out += n.replace(/[ \t\r\n\f\v]+/g, ' '); continue; }
    switch (n.tag) {
      case 'br': out += '\n'; break;
      case 'img': break;
      case 'a': {
        // Footnote back-links ("↑") are navigation, not text.
        const href = n.attrs.href ?? '';
        if (/^#(footnote|endnote|comment)-ref-/.test(href)) break;
        // A note reference becomes a Markdown footnote reference ("[^1]"), which the core does not read as text.
        const ref = /^#(footnote|endnote)-(\d+)$/.exec(href);
        out += ref ? `[^${noteId(ref[1], ref[2])}]` : inline(n.children);
        break;
      }
      default:
        if (BLOCK_TAGS.has(n.tag) || n.tag === 'li' || n.tag === 'tr' || n.tag === 'td' || n.tag === 'th') {
          out += `\n${inline(n.children)}\n`;
        } else {
          out += inline(n.children);
        }
    }
  }
  return out;
}

function noteId(kind: string, n: string): string {
  return kind === 'footnote' ? n : `e${n}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function isAllStrong(p: HtmlElement): boolean {
  let strong = false;
  for (const c of p.children) {
    if (typeof c === 'string') { if (c.trim() !== '') return false; continue; }
    if (c.tag === 'strong' || c.tag === 'b') strong = true;
    else if (c.tag !== 'br') return false;
  }
  return strong;
}

/** A paragraph that happens to start with Markdown block syntax must stay a paragraph. */
function escapeLineStart(line: string): string {
  if (/^(#|>|\||```|~~~|<!--)/.test(line) || /^([-=_*])\1{2,}\s*$/.test(line)) return `\\${line}`;
  return line;
}
