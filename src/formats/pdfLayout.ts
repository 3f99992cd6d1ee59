/**
 * Turning pdfjs text items into readable text. Pure functions (no pdfjs import) so the layout rules can be tested
 * on hand-made items: lines from item positions, paragraphs from vertical gaps, headings from font size,
 * running headers/footers and page numbers dropped, words hyphenated at a line end joined again.
 */

/** One positioned piece of text from pdfjs (`transform[4]`, `transform[5]`, font size from the matrix). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageInput {
  items: PdfItem[];
}

export interface Line {
  text: string;
  y: number;
  size: number;
  /** Index in stream order, kept so header/footer removal can refer to it. */
  index: number;
  /** Horizontal extent of the text, for telling a short heading line from a full line of a paragraph. */
  width: number;
}

export interface LaidOutPage {
  /** Markdown-like blocks of the page; each block's lines are joined by "\n". */
  blocks: Block[];
  /** True when pdfjs found no text at all on the page (as opposed to only a header/footer). */
  noText: boolean;
}

export interface Block {
  kind: 'heading' | 'text';
  lines: string[];
  level: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

/**
 * Groups items into lines. Consecutive items (stream order) whose baselines are within half a font size belong
 * to the same line; within a line items are ordered by x. Keeping the stream order between lines follows the
 * reading order that the producer wrote, which is what multi-column PDFs from Word need.
 */
export function buildLines(items: PdfItem[]): Line[] {
  const groups: PdfItem[][] = [];
  let cur: PdfItem[] | undefined;
  let curY = 0, curSize = 0;
  for (const it of items) {
    if (it.str === '') continue;
    const blank = it.str.trim() === '';
    // Half the larger font size: a superscript footnote marker (smaller, raised) stays on its line, while the
    // next line (at least one font size lower) never joins.
    if (cur && Math.abs(it.y - curY) <= Math.max(1, 0.5 * Math.max(curSize, it.size))) {
      cur.push(it);
      if (!blank && it.size > curSize) curSize = it.size;
      continue;
    }
    if (blank) continue; // a lone space item on its own baseline carries nothing
    cur = [it];
    groups.push(cur);
    curY = it.y;
    curSize = it.size;
  }
  const lines: Line[] = [];
  for (const g of groups) {
    const sorted = [...g].sort((a, b) => a.x - b.x);
    let text = '';
    let endX = -Infinity;
    let size = 0;
    const startX = sorted.find((it) => it.str.trim() !== '')?.x ?? 0;
    for (const it of sorted) {
      const s = it.str;
      if (s.trim() === '') { if (text !== '' && !text.endsWith(' ')) text += ' '; endX = Math.max(endX, it.x + it.width); continue; }
      const gap = it.x - endX;
      // Producers often position each word separately instead of writing a space; a gap of a quarter of the
      // font size is wider than letter spacing and narrower than any real word space.
      if (text !== '' && !text.endsWith(' ') && !s.startsWith(' ') && gap > 0.2 * it.size) text += ' ';
      text += s;
      endX = Math.max(endX, it.x + it.width);
      size = Math.max(size, it.size);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push({ text, y: g[0].y, size, index: lines.length, width: Math.max(0, endX - startX) });
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Running headers, footers, page numbers

const PAGE_NUMBER = /^(?:(?:pagina|pag\.|blz\.?|blad|page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*(?:[-–—]|(?:van|of|\/)\s*\d{1,4})?$/i;

function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Marks the lines to drop per page: a line in the top or bottom two of its page whose text (digits ignored)
 * occurs in that zone on most pages, and a lone page number as the very first or last line of a page.
 */
export function findRunningLines(pages: Line[][]): Set<Line> {
  const drop = new Set<Line>();
  const zone = (lines: Line[]): Line[] => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    return byY.length <= 4 ? byY : [...byY.slice(0, 2), ...byY.slice(-2)];
  };
  const zones = pages.map(zone);
  if (pages.length >= 2) {
    const count = new Map<string, number>();
    for (const z of zones) {
      for (const key of new Set(z.map((l) => normalizeKey(l.text)))) count.set(key, (count.get(key) ?? 0) + 1);
    }
    const needed = Math.max(2, Math.ceil(pages.length * 0.6));
    zones.forEach((z, p) => {
      // A page whose only line repeats elsewhere (a divider page, "Bijlage") keeps it: there is nothing else.
      if (pages[p].length < 2) return;
      for (const l of z) if ((count.get(normalizeKey(l.text)) ?? 0) >= needed) drop.add(l);
    });
  }
  for (const lines of pages) {
    if (lines.length < 2) continue;
    const byY = [...lines].sort((a, b) => b.y - a.y);
    for (const l of [byY[0], byY[byY.length - 1]]) if (PAGE_NUMBER.test(l.text)) drop.add(l);
  }
  return drop;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

/**
 * The usual distance between lines of a paragraph: the lower quartile of the gaps, because paragraph gaps are
 * the minority on a normal page. A page of one-line paragraphs has only paragraph gaps, so the result is capped
 * at 1.6 × the body size (more than double-spaced text would need to split every line).
 */
function lineSpacing(gaps: number[], body: number): number {
  if (gaps.length === 0) return body * 1.2;
  const s = [...gaps].sort((a, b) => a - b);
  const q = s[Math.floor((s.length - 1) / 4)];
  return body > 0 ? Math.min(q, body * 1.6) : q;
}

/** The body font size: the size that carries the most characters in the whole document. */
export function bodySize(pages: Line[][]): number {
  const weight = new Map<number, number>();
  for (const lines of pages) for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 0, bestW = -1;
  for (const [k, w] of weight) if (w > bestW) { best = k; bestW = w; }
  return best;
}

/** Heading levels: the distinct heading sizes, largest first, become #, ##, ###. */
export function headingLevels(pages: Line[][], body: number): Map<number, number> {
  const sizes = new Set<number>();
  for (const lines of pages) for (const l of lines) if (isHeadingLine(l, body)) sizes.add(Math.round(l.size * 2) / 2);
  const levels = new Map<number, number>();
  [...sizes].sort((a, b) => b - a).forEach((s, i) => levels.set(s, Math.min(3, i + 1)));
  return levels;
}

function isHeadingLine(l: Line, body: number): boolean {
  return body > 0 && l.size >= body * 1.15 && l.text.length <= 150 && /\p{L}/u.test(l.text);
}

const BULLET_START = /^[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25cf\u25aa\u2022]\s*/;

export function blocksOfPage(lines: Line[], body: number, levels: Map<number, number>): Block[] {
  const blocks: Block[] = [];
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i - 1].y - lines[i].y;
    if (d > 0 && Math.abs(lines[i].size - lines[i - 1].size) < 0.5) gaps.push(d);
  }
  const spacing = lineSpacing(gaps, body);
  let cur: Block | undefined;
  let prev: Line | undefined;
  const blockLines = new Map<Block, Line[]>();
  for (const l of lines) {
    const heading = isHeadingLine(l, body);
    const text = l.text.replace(BULLET_START, '• ');
    const gap = prev ? prev.y - l.y : 0;
    // A paragraph ends where the vertical gap is clearly wider than the usual line spacing, where text jumps
    // up (next column), or where the font switches between heading and body size.
    const newBlock = !cur || !prev || gap > spacing * 1.4 + 0.5 || gap < -0.5 * l.size ||
      heading !== (cur.kind === 'heading') || (heading && Math.abs(l.size - prev.size) >= 0.5);
    if (newBlock) {
      cur = heading
        ? { kind: 'heading', lines: [text], level: levels.get(Math.round(l.size * 2) / 2) ?? 2 }
        : { kind: 'text', lines: [text], level: 0 };
      blocks.push(cur);
      blockLines.set(cur, [l]);
    } else {
      cur!.lines.push(text);
      blockLines.get(cur!)!.push(l);
    }
    prev = l;
  }
  for (const b of blocks) if (b.kind === 'text') dehyphenate(b.lines);
  return splitBodyHeadings(blocks, blockLines, Math.min(6, Math.max(2, levels.size + 1)));
}

const TERMINAL = /[.,;:!?)\]\-\u2010\u00ad]$/;
const STARTS_LIKE_HEADING = /^(?:\p{Lu}|\d+(?:\.\d+)*\.?\s+\p{Lu})/u;
const LIST_START = /^(?:[-*+•·▪◦–]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)/;

/**
 * Headings set in the body size (bold, which pdfjs does not report reliably) are recognised by their shape:
 * a short line without closing punctuation that starts with a capital or a section number, either alone between
 * vertical gaps or as the first line of a block whose next line is clearly longer. "1. De partners …" list items
 * and lead-ins ending in ":" stay text.
 */
function splitBodyHeadings(blocks: Block[], blockLines: Map<Block, Line[]>, level: number): Block[] {
  const out: Block[] = [];
  for (const [i, b] of blocks.entries()) {
    const lines = blockLines.get(b);
    if (b.kind !== 'text' || !lines || b.lines.length !== lines.length) { out.push(b); continue; }
    const first = b.lines[0];
    const looksLikeHeading = first.length <= 100 && !TERMINAL.test(first) && STARTS_LIKE_HEADING.test(first) &&
      /\p{L}{2}/u.test(first) && (!LIST_START.test(first) || /^\d+\.\d/.test(first));
    if (!looksLikeHeading) { out.push(b); continue; }
    if (b.lines.length === 1) {
      // The last line of a page is more likely a paragraph that runs on to the next page than a heading.
      out.push(i < blocks.length - 1 ? { kind: 'heading', lines: [first], level } : b);
      continue;
    }
    const rest = Math.max(...lines.slice(1).map((l) => l.width));
    if (lines[0].width < 0.6 * rest && /^[\p{Lu}\d•-]/u.test(b.lines[1])) {
      out.push({ kind: 'heading', lines: [first], level }, { kind: 'text', lines: b.lines.slice(1), level: 0 });
    } else {
      out.push(b);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Hyphenation

/** Dutch vowel pairs that would read as one sound if written together; a hyphen there is part of the word. */
const VOWEL_CLASH = /^(aa|ae|ai|au|ee|ei|eu|ie|oe|oi|oo|ou|ui|uu)$/i;
/** Elliptical compounds ("zorg- en welzijnspartners") break after the hyphen too; the hyphen stays. */
const ELLIPSIS_NEXT = new Set(['en', 'of', 'tot', 'noch', 'dan', 'als', 'c.q.', 'en/of']);
const LINE_END_HYPHEN = /(\p{L})([-\u2010\u00ad])$/u;

/**
 * "samen-" + "werking in …" → "samenwerking" + "in …", only when a lowercase letter continues the word.
 * Mutates `lines`; a line that is used up entirely is removed.
 */
export function dehyphenate(lines: string[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const joined = joinHyphenated(lines[i], lines[i + 1]);
    if (!joined) continue;
    lines[i] = joined[0];
    if (joined[1] === '') { lines.splice(i + 1, 1); i--; } else lines[i + 1] = joined[1];
  }
}

/** Returns the new [line, next] when `line` ends in a hyphenated word that `next` continues, else undefined. */
export function joinHyphenated(line: string, next: string): [string, string] | undefined {
  const m = LINE_END_HYPHEN.exec(line);
  if (!m) return undefined;
  const wordMatch = /^(\S+)\s*/.exec(next);
  if (!wordMatch) return undefined;
  const word = wordMatch[1];
  if (!/^\p{Ll}/u.test(word)) return undefined;
  const soft = m[2] === '\u00ad';
  if (!soft && ELLIPSIS_NEXT.has(word.replace(/[,;:]$/, '').toLowerCase())) return undefined;
  const head = line.slice(0, -1);
  const keepHyphen = !soft && VOWEL_CLASH.test(m[1] + word[0]);
  return [head + (keepHyphen ? '-' : '') + word, next.slice(wordMatch[0].length)];
}
