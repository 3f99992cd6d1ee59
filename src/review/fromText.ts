/**
 * Markdown or plain text → a new Word document (the parts of a minimal .docx) with headings, lists, tables, quotes
 * and code as Word paragraphs with built-in style names, and for every piece of text the offset it came from in
 * the source. The review copy of a Markdown or text file is this document with the same comments a .docx gets;
 * the offsets let the comments land on exactly the words the analysis flagged.
 *
 * The Markdown reading is deliberately small (block structure line by line, emphasis, code, links and escapes
 * inline): it decides how the text looks in Word, never which words a comment covers, since every visible
 * character keeps its source offset.
 */
import { xmlText } from './xml';

/** A piece of text in a run: `src` is its offset in the source (-1 for text we add, such as a joining space). */
export interface Seg { text: string; src: number; bold?: boolean; italic?: boolean; code?: boolean; br?: boolean }

export type Block =
  | { kind: 'heading'; level: number; segs: Seg[] }
  | { kind: 'para'; segs: Seg[]; style?: 'Quote' | 'Code' | 'Title' }
  | { kind: 'item'; ordered: boolean; level: number; list: number; segs: Seg[] }
  | { kind: 'table'; rows: Seg[][][] };

interface Line { start: number; end: number; text: string }

function lines(src: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= src.length) {
    let nl = src.indexOf('\n', pos);
    if (nl < 0) nl = src.length;
    const end = nl > pos && src[nl - 1] === '\r' ? nl - 1 : nl;
    out.push({ start: pos, end, text: src.slice(pos, end) });
    pos = nl + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Inline Markdown

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>~"'$%&,:;=?@^]/;

/** Inline Markdown of source range [from, to) as segments; markup is dropped, every visible character keeps its offset. */
export function inlineMarkdown(src: string, from: number, to: number, base: Partial<Seg> = {}): Seg[] {
  const segs: Seg[] = [];
  let bold = !!base.bold, italic = !!base.italic, code = false;
  let runStart = -1;
  let buf = '';
  const flush = (): void => {
    if (buf) segs.push({ text: buf, src: runStart, bold, italic, code });
    buf = '';
    runStart = -1;
  };
  const put = (i: number, ch: string): void => {
    if (runStart >= 0 && runStart + buf.length !== i) flush();
    if (runStart < 0) runStart = i;
    buf += ch;
  };
  let i = from;
  while (i < to) {
    const c = src[i];
    if (code) {
      if (c === '`') { flush(); code = false; i++; continue; }
      put(i, c); i++; continue;
    }
    if (c === '\\' && i + 1 < to && ESCAPABLE.test(src[i + 1])) { put(i + 1, src[i + 1]); i += 2; continue; }
    if (c === '`' && src.indexOf('`', i + 1) > 0 && src.indexOf('`', i + 1) < to) { flush(); code = true; i++; continue; }
    if ((c === '*' || c === '_') && src[i + 1] === c) {
      const prev = src[i - 1] ?? ' ', next = src[i + 2] ?? ' ';
      if (bold || (!/\s/.test(next) && (c === '*' || !/\w/.test(prev)))) { flush(); bold = !bold; i += 2; continue; }
    }
    if (c === '*' || c === '_') {
      const prev = src[i - 1] ?? ' ', next = src[i + 1] ?? ' ';
      const opens = !italic && !/\s/.test(next) && (c === '*' || !/[\p{L}\p{N}]/u.test(prev));
      const closes = italic && !/\s/.test(prev) && (c === '*' || !/[\p{L}\p{N}]/u.test(next));
      if (opens || closes) { flush(); italic = !italic; i++; continue; }
    }
    if (c === '!' && src[i + 1] === '[') {
      const link = linkAt(src, i + 1, to);
      if (link) { i = link.end; continue; }
    }
    if (c === '[') {
      const link = linkAt(src, i, to);
      if (link) {
        flush();
        segs.push(...inlineMarkdown(src, link.textStart, link.textEnd, { bold, italic }));
        i = link.end;
        continue;
      }
    }
    if (c === '<') {
      const m = /^<!--[\s\S]*?-->|^<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/.exec(src.slice(i, to));
      if (m) { flush(); if (/^<br\s*\/?>$/i.test(m[0])) segs.push({ text: '', src: -1, br: true }); i += m[0].length; continue; }
    }
    put(i, c);
    i++;
  }
  flush();
  return segs;
}

/** `[text](url)` or `[text][ref]` starting at `i`: the text range and the end of the link. */
function linkAt(src: string, i: number, to: number): { textStart: number; textEnd: number; end: number } | undefined {
  let depth = 0;
  let j = i;
  for (; j < to; j++) {
    if (src[j] === '\\') { j++; continue; }
    if (src[j] === '[') depth++;
    else if (src[j] === ']' && --depth === 0) break;
  }
  if (j >= to) return undefined;
  const close = src[j + 1] === '(' ? ')' : src[j + 1] === '[' ? ']' : undefined;
  if (!close) return undefined;
  const end = src.indexOf(close, j + 2);
  if (end < 0 || end >= to) return undefined;
  if (src[i + 1] === '^') return undefined; // a footnote reference stays text
  return { textStart: i + 1, textEnd: j, end: end + 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

const HR = /^ {0,3}([-*_])( *\1){2,} *$/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

function trimRange(src: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(src[a])) a++;
  while (b > a && /\s/.test(src[b - 1])) b--;
  return [a, b];
}

/** Joins the inline segments of several source lines with a space (a soft line break in Markdown). */
function joinLines(src: string, ranges: Array<[number, number]>, base: Partial<Seg> = {}): Seg[] {
  const out: Seg[] = [];
  for (const [a, b] of ranges) {
    const [s, e] = trimRange(src, a, b);
    if (s >= e) continue;
    if (out.length) out.push({ text: ' ', src: -1, bold: base.bold, italic: base.italic });
    out.push(...inlineMarkdown(src, s, e, base));
  }
  return out;
}

export function markdownBlocks(src: string): Block[] {
  const ls = lines(src);
  const blocks: Block[] = [];
  let para: Array<[number, number]> = [];
  let quote: Array<[number, number]> = [];
  let item: { ordered: boolean; level: number; list: number; ranges: Array<[number, number]>; indent: number } | undefined;
  let lists = 0;
  let lastItem: { ordered: boolean } | undefined;
  const flush = (): void => {
    if (para.length) { const segs = joinLines(src, para); if (segs.length) blocks.push({ kind: 'para', segs }); }
    if (quote.length) { const segs = joinLines(src, quote); if (segs.length) blocks.push({ kind: 'para', segs, style: 'Quote' }); }
    if (item) { blocks.push({ kind: 'item', ordered: item.ordered, level: item.level, list: item.list, segs: joinLines(src, item.ranges) }); }
    para = []; quote = []; item = undefined;
  };
  let i = 0;
  // Front matter: skipped (it is metadata, not text for the reader).
  if (ls[0]?.text === '---') {
    const close = ls.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) i = close + 1;
  }
  for (; i < ls.length; i++) {
    const l = ls[i];
    const text = l.text;
    if (text.trim() === '') { flush(); if (!item) lastItem = lastItem && text === '' ? lastItem : undefined; continue; }
    const fence = FENCE.exec(text);
    if (fence) {
      flush();
      const closeRe = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`);
      for (i++; i < ls.length && !closeRe.test(ls[i].text); i++) {
        const c = ls[i];
        blocks.push({ kind: 'para', style: 'Code', segs: c.end > c.start ? [{ text: c.text, src: c.start, code: true }] : [] });
      }
      continue;
    }
    if (/^ {0,3}<!--/.test(text)) {
      flush();
      while (i < ls.length && !ls[i].text.includes('-->')) i++;
      continue;
    }
    const h = HEADING.exec(text);
    if (h) {
      flush();
      let end = l.end;
      const closing = /[ \t]+#+[ \t]*$/.exec(text);
      if (closing) end = l.start + closing.index;
      const segs = inlineMarkdown(src, ...trimRange(src, l.start + h[0].length, end));
      if (segs.length) blocks.push({ kind: 'heading', level: h[1].length, segs });
      continue;
    }
    if (para.length && /^ {0,3}(=+|-+)\s*$/.test(text)) {
      // Setext heading: the paragraph above is the heading.
      const segs = joinLines(src, para);
      para = [];
      if (segs.length) blocks.push({ kind: 'heading', level: text.trim()[0] === '=' ? 1 : 2, segs });
      continue;
    }
    if (HR.test(text)) { flush(); continue; }
    if (/^ {0,3}\|/.test(text) || (text.includes('|') && i + 1 < ls.length && DELIMITER_ROW.test(ls[i + 1].text) && ls[i + 1].text.includes('-'))) {
      flush();
      const rows: Seg[][][] = [];
      for (; i < ls.length && ls[i].text.includes('|') && ls[i].text.trim() !== ''; i++) {
        const row = ls[i];
        if (DELIMITER_ROW.test(row.text) && row.text.includes('-')) continue;
        rows.push(tableCells(src, row));
      }
      i--;
      if (rows.length) blocks.push({ kind: 'table', rows });
      continue;
    }
    const q = /^ {0,3}> ?/.exec(text);
    if (q) {
      if (para.length || item) flush();
      quote.push([l.start + q[0].length, l.end]);
      continue;
    }
    const it = ITEM.exec(text);
    if (it && !(para.length && /^\d/.test(it[2]) && it[2] !== '1.' && it[2] !== '1)')) {
      flush();
      const indent = it[1].length;
      const ordered = /^\d/.test(it[2]);
      if (!lastItem || lastItem.ordered !== ordered) lists++;
      lastItem = { ordered };
      item = { ordered, level: Math.min(8, Math.floor(indent / 2)), list: lists, ranges: [[l.start + it[0].length, l.end]], indent };
      continue;
    }
    if (item && /^\s+\S/.test(text)) { item.ranges.push([l.start, l.end]); continue; }
    if (item) flush();
    lastItem = undefined;
    if (quote.length) flush();
    para.push([l.start, l.end]);
  }
  flush();
  return blocks;
}

function tableCells(src: string, row: Line): Seg[][] {
  const cells: Seg[][] = [];
  let a = row.start;
  let b = row.end;
  [a, b] = trimRange(src, a, b);
  if (src[a] === '|') a++;
  if (b > a && src[b - 1] === '|' && src[b - 2] !== '\\') b--;
  let cellStart = a;
  for (let k = a; k <= b; k++) {
    if (k === b || (src[k] === '|' && src[k - 1] !== '\\')) {
      cells.push(inlineMarkdown(src, ...trimRange(src, cellStart, k)));
      cellStart = k + 1;
    }
  }
  return cells;
}

/** Plain text: blocks separated by blank lines, lines kept as line breaks; a short first line is the title. */
export function plainBlocks(src: string): Block[] {
  const blocks: Block[] = [];
  let cur: Seg[] = [];
  let lineCount = 0;
  const flush = (): void => {
    if (cur.length) {
      const title = blocks.length === 0 && lineCount === 1 && cur[0].text.length <= 120 && !/[.;:,]$/.test(cur[0].text);
      blocks.push({ kind: 'para', segs: cur, ...(title ? { style: 'Title' as const } : {}) });
    }
    cur = [];
    lineCount = 0;
  };
  for (const l of lines(src)) {
    const [a, b] = trimRange(src, l.start, l.end);
    if (a >= b) { flush(); continue; }
    if (cur.length) cur.push({ text: '', src: -1, br: true });
    cur.push({ text: src.slice(a, b), src: a });
    lineCount++;
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Word XML

export const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface GeneratedDocx {
  /** Part path → XML. */
  parts: Map<string, string>;
  /** Per text atom of word/document.xml, in document order: its source offset (-1 for added text). */
  atomSources: number[];
  /** The atom index range of the title (first heading or first paragraph). */
  title?: [number, number];
}

function runXml(seg: Seg, atoms: number[]): string {
  if (seg.br) { atoms.push(-1); return '<w:r><w:br/></w:r>'; }
  if (seg.text === '') return '';
  // CT_RPr order: rStyle, b, i.
  const props = [seg.code ? '<w:rStyle w:val="CodeChar"/>' : '', seg.bold ? '<w:b/>' : '', seg.italic ? '<w:i/>' : ''].join('');
  atoms.push(seg.src);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(seg.text)}</w:t></w:r>`;
}

function paraXml(segs: Seg[], atoms: number[], pPr = '', extraRPr?: { bold?: boolean }): string {
  const runs = segs.map((s) => runXml(extraRPr?.bold ? { ...s, bold: true } : s, atoms)).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

export function generateDocx(blocks: Block[], title: string, lang = 'nl-NL'): GeneratedDocx {
  const atoms: number[] = [];
  const body: string[] = [];
  let titleRange: [number, number] | undefined;
  const orderedLists = new Map<number, number>();
  for (const b of blocks) {
    const before = atoms.length;
    switch (b.kind) {
      case 'heading':
        body.push(paraXml(b.segs, atoms, `<w:pStyle w:val="Heading${b.level}"/>`));
        break;
      case 'para':
        body.push(paraXml(b.segs, atoms, b.style ? `<w:pStyle w:val="${b.style}"/>` : ''));
        break;
      case 'item': {
        let numId = 1;
        if (b.ordered) {
          if (!orderedLists.has(b.list)) orderedLists.set(b.list, 2 + orderedLists.size);
          numId = orderedLists.get(b.list)!;
        }
        body.push(paraXml(b.segs, atoms, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${b.level}"/><w:numId w:val="${numId}"/></w:numPr>`));
        break;
      }
      case 'table': {
        const cols = Math.max(1, ...b.rows.map((r) => r.length));
        const width = Math.floor(9000 / cols);
        const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
        const rows = b.rows.map((r, ri) => {
          const cells = [];
          for (let c = 0; c < cols; c++) {
            const segs = r[c] ?? [];
            cells.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paraXml(segs, atoms, '', { bold: ri === 0 })}</w:tc>`);
          }
          return `<w:tr>${ri === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
        });
        body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>${grid}${rows.join('')}</w:tbl><w:p/>`);
        break;
      }
    }
    if (!titleRange && atoms.length > before && (b.kind === 'heading' || b.kind === 'para')) titleRange = [before, atoms.length];
  }
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const document = `${DECL}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${body.join('')}${sect}</w:body></w:document>`;
  const parts = new Map<string, string>([
    ['[Content_Types].xml', `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`],
    ['_rels/.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`],
    ['docProps/core.xml', `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>Regiecheck</dc:creator><dc:language>${lang}</dc:language></cp:coreProperties>`],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`],
    ['word/styles.xml', stylesXml(lang)],
    ['word/numbering.xml', numberingXml([...orderedLists.values()])],
  ]);
  return { parts, atomSources: atoms, title: titleRange };
}

function stylesXml(lang: string): string {
  const heading = (n: number): string => {
    const size = [0, 36, 30, 26, 24, 22, 22][n];
    return `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="${n === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3B57"/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  };
  return `${DECL}<w:styles xmlns:w="${NS_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3B57"/><w:sz w:val="48"/></w:rPr></w:style>'
    + [1, 2, 3, 4, 5, 6].map(heading).join('')
    + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Code"><w:name w:val="Code"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/></w:rPr></w:style>'
    + '<w:style w:type="character" w:styleId="CodeChar"><w:name w:val="Code Char"/><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/></w:rPr></w:style>'
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    + '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    + '</w:styles>';
}

function numberingXml(orderedNumIds: number[]): string {
  const bullets = ['•', '◦', '▪'];
  const lvl = (i: number, ordered: boolean): string => ordered
    ? `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${i % 3 === 1 ? 'lowerLetter' : i % 3 === 2 ? 'lowerRoman' : 'decimal'}"/><w:lvlText w:val="%${i + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>`
    : `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullets[i % 3]}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>`;
  const levels = (ordered: boolean): string => Array.from({ length: 9 }, (_, i) => lvl(i, ordered)).join('');
  const nums = [`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`,
    ...orderedNumIds.map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)];
  return `${DECL}<w:numbering xmlns:w="${NS_W}"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum>${nums.join('')}</w:numbering>`;
}
