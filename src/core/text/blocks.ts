/**
 * Block structure of Markdown and plain text: headings, paragraphs, list items, table cells and block quotes.
 *
 * The parser produces a *masked* copy of the text with exactly the same length: markup (heading hashes, list
 * markers, quote markers, table pipes, emphasis marks, link targets, HTML tags, code, front matter, comments) is
 * replaced by spaces. Sentence splitting, tokens and every recogniser work on the masked text, so all offsets
 * they produce are offsets into the original text without any mapping.
 */
import type { TextFormat } from '../types';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'quote';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1–6) or list nesting depth (0-based); 0 otherwise. */
  level: number;
  index: number;
}

/** An inline disable comment: `next` covers the next block, `file` the whole document. */
export interface Directive {
  scope: 'next' | 'file';
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface ParsedText {
  /** The masked text (built on first read: a large document's copy is costly, most analyses need slices only). */
  readonly masked: string;
  blocks: Block[];
  directives: Directive[];
  /** `masked.slice(start, end)`, without building the whole masked text. */
  slice(start: number, end: number): string;
}

interface Line { start: number; end: number; text: string }

const DIRECTIVE = /^\s*(?:<!--\s*)?regiecheck-(disable-file|disable-document|disable-next|disable)\b([^>]*?)(?:-->)?\s*$/i;
const ATX = /^ {0,3}(#{1,6})(?=\s|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST = /^(\s*)([-*+•·▪◦–]|\d{1,3}[.)]|[a-zA-Z][.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\))(\s+)(?=\S)/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const QUOTE = /^ {0,3}>\s?/;
const NUMBERED_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|(?:artikel|hoofdstuk|paragraaf|bijlage|deel)\s+[\w.]+:?)\s+\S/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  if (text.indexOf('\r') < 0) {
    // LF only: jump from break to break (native search) instead of visiting every character.
    let start = 0;
    for (;;) {
      const i = text.indexOf('\n', start);
      if (i < 0) { lines.push({ start, end: text.length, text: text.slice(start) }); return lines; }
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function parseDirective(line: string, at: number, len: number): Directive | undefined {
  const m = DIRECTIVE.exec(line);
  if (!m) return undefined;
  const kind = m[1].toLowerCase();
  const rules = m[2].replace(/-->/g, '').split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return { scope: kind === 'disable-file' || kind === 'disable-document' ? 'file' : 'next', rules, start: at, end: at + len };
}

/**
 * Mutable masked buffer: the blanked ranges are recorded and the masked string (the original with every
 * character of a blanked range except CR and LF turned into a space) is built from slices of the original.
 * No per-character pass over the whole text: an edit re-parses a large document cheaply. Once parsing is done
 * (`seal`), slices of the masked text are built from the ranges they overlap, and the whole masked text only on
 * demand: a string of a large document lands in V8's large-object space, whose allocation alone costs about a
 * millisecond.
 */
class Mask {
  private ranges: Array<[number, number]> = [];
  /** After `seal`: merged, ordered, disjoint blanked ranges as [start0, end0, start1, end1, …]. */
  private merged: number[] | undefined;
  private whole: string | undefined;
  constructor(private readonly text: string) {}
  blank(start: number, end: number): void {
    if (end > start) this.ranges.push([start, end]);
  }
  seal(): void {
    const sorted = this.ranges.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const merged: number[] = [];
    let from = 0;
    let i = 0;
    while (i < sorted.length) {
      const s = Math.max(sorted[i][0], from);
      let e = sorted[i][1];
      i++;
      while (i < sorted.length && sorted[i][0] <= e) { if (sorted[i][1] > e) e = sorted[i][1]; i++; }
      if (e <= s) continue;
      merged.push(s, e);
      from = e;
    }
    this.merged = merged;
  }
  /** Index (in pairs) of the first merged range that ends after `offset`. */
  private firstAfter(offset: number): number {
    const m = this.merged!;
    let lo = 0, hi = m.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (m[2 * mid + 1] <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  /** The masked text of [start, end). */
  slice(start: number, end: number): string {
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const m = this.merged!;
    const text = this.text;
    let k = this.firstAfter(start);
    if (2 * k >= m.length || m[2 * k] >= end) return text.slice(start, end);
    let out = '';
    let from = start;
    for (; 2 * k < m.length && m[2 * k] < end; k++) {
      const s = Math.max(m[2 * k], start), e = Math.min(m[2 * k + 1], end);
      out += text.slice(from, s) + blankOut(text.slice(s, e));
      from = e;
    }
    return out + text.slice(from, end);
  }
  /** The masked character code at `i` (for trimming). */
  codeAt(i: number): number {
    const m = this.merged!;
    const k = this.firstAfter(i);
    const c = this.text.charCodeAt(i);
    return 2 * k < m.length && m[2 * k] <= i && c !== 10 && c !== 13 ? 32 : c;
  }
  toString(): string {
    if (this.whole !== undefined) return this.whole;
    if (!this.merged) this.seal();
    const m = this.merged!;
    if (m.length === 0) return (this.whole = this.text);
    const text = this.text;
    // Parts joined once: a flat string (a `+=` rope would make every later charCodeAt walk the rope).
    const parts: string[] = [];
    let from = 0;
    for (let k = 0; k < m.length; k += 2) {
      parts.push(text.slice(from, m[k]), blankOut(text.slice(m[k], m[k + 1])));
      from = m[k + 1];
    }
    parts.push(text.slice(from));
    return (this.whole = parts.join(''));
  }
}

/** Spaces for every character except CR and LF. */
function blankOut(s: string): string {
  return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? ' '.repeat(s.length) : s.replace(/[^\r\n]/g, ' ');
}

/** The parse result: blocks, directives and the (lazily built) masked text. */
function parsed(mask: Mask, blocks: Block[], directives: Directive[]): ParsedText {
  return {
    get masked() { return mask.toString(); },
    blocks, directives,
    slice: (start, end) => mask.slice(start, end),
  };
}

/** Blank inline Markdown markup in [start, end): emphasis, code marks, links, images, HTML tags, escapes. */
/** The characters maskInline acts on; everything else is skipped by a native search. */
const INLINE_MARK = /[*`\\_<![]/g;

function maskInline(text: string, mask: Mask, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    INLINE_MARK.lastIndex = i;
    const next = INLINE_MARK.exec(text);
    if (!next || next.index >= end) return;
    i = next.index;
    const c = text[i];
    if (c === '*' || c === '`' || c === '\\') { mask.blank(i, i + 1); continue; }
    if (c === '_') {
      const prev = text[i - 1] ?? ' ', next = text[i + 1] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(prev) || !/[\p{L}\p{N}]/u.test(next)) mask.blank(i, i + 1);
      continue;
    }
    if (c === '<') {
      const close = text.indexOf('>', i + 1);
      if (close > i && close < end && close - i < 200) {
        const inner = text.slice(i + 1, close);
        if (/^(\/?[a-zA-Z][\w-]*(\s[^<>]*)?\/?|!--.*--|https?:\/\/\S+|[\w.+-]+@[\w.-]+)$/.test(inner)) {
          mask.blank(i, close + 1);
          i = close;
        }
      }
      continue;
    }
    if (c === '!' && text[i + 1] === '[') {
      const close = findLinkEnd(text, i + 1, end);
      if (close > 0) { mask.blank(i, close); i = close - 1; }
      continue;
    }
    if (c === '[') {
      const labelEnd = text.indexOf(']', i + 1);
      if (labelEnd < 0 || labelEnd >= end || labelEnd - i > 500) continue;
      if (text[i + 1] === '^') { mask.blank(i, labelEnd + 1); i = labelEnd; continue; }
      mask.blank(i, i + 1);
      if (text[labelEnd + 1] === '(') {
        const destEnd = text.indexOf(')', labelEnd + 2);
        if (destEnd > 0 && destEnd < end && destEnd - labelEnd < 1000) {
          mask.blank(labelEnd, destEnd + 1);
          i = destEnd;
          continue;
        }
      }
      mask.blank(labelEnd, labelEnd + 1);
      i = labelEnd;
    }
  }
}

function findLinkEnd(text: string, open: number, end: number): number {
  const labelEnd = text.indexOf(']', open + 1);
  if (labelEnd < 0 || labelEnd >= end || text[labelEnd + 1] !== '(') return -1;
  const destEnd = text.indexOf(')', labelEnd + 2);
  return destEnd > 0 && destEnd < end ? destEnd + 1 : -1;
}

/** `t.trim() === ''` without a trimmed copy (trim removes exactly `\s`). */
function isBlank(t: string): boolean {
  return !NON_SPACE.test(t);
}
const NON_SPACE = /\S/;
/** A line that opens an HTML comment (a regex literal in the loop would be a new RegExp object per line). */
const COMMENT_OPEN = /^\s*<!--/;

/** `t.trimStart().startsWith('|')` without a copy. */
const TABLE_START = /^\s*\|/;

/** JavaScript's `\s` (WhiteSpace and LineTerminator), on a char code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}


class BlockBuilder {
  readonly blocks: Block[] = [];
  open: Block | undefined;
  constructor(private readonly masked: () => string) {}

  begin(kind: BlockKind, start: number, end: number, level = 0): void {
    this.close();
    this.open = { kind, start, end, level, index: -1 };
  }
  extend(end: number): void { if (this.open) this.open.end = end; }
  close(): void {
    const b = this.open;
    this.open = undefined;
    if (!b) return;
    const masked = this.masked();
    let start = b.start, end = b.end;
    while (start < end && isSpace(masked.charCodeAt(start))) start++;
    while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    // `b` was made by begin/single and is no longer open: finish it in place (same keys, same order).
    b.start = start; b.end = end; b.index = this.blocks.length;
    this.blocks.push(b);
  }
  single(kind: BlockKind, start: number, end: number, level = 0): void {
    this.close();
    this.open = { kind, start, end, level, index: -1 };
    this.close();
  }
}

export function parseBlocks(text: string, format: TextFormat): ParsedText {
  return format === 'markdown' ? parseMarkdown(text) : parsePlain(text);
}

function parseMarkdown(text: string): ParsedText {
  const mask = new Mask(text);
  const lines = splitLines(text);
  const directives: Directive[] = [];
  // Blocks are trimmed against the original text here and again against the final mask at the end (`retrim`):
  // whitespace stays whitespace under masking, so the result is the same as trimming against the final mask.
  const b = new BlockBuilder(() => text);
  // Inline masking is applied per content range before blocks are trimmed at the end.
  const content: Array<[number, number]> = [];
  let fence: string | undefined;
  let inComment = false;
  let i = 0;

  if (lines.length > 1 && /^---\s*$/.test(lines[0].text)) {
    const close = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) {
      for (let n = 0; n <= close; n++) mask.blank(lines[n].start, lines[n].end);
      i = close + 1;
    }
  }

  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (fence !== undefined) {
      mask.blank(line.start, line.end);
      if (t.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      mask.blank(line.start, line.end);
      if (t.includes('-->')) inComment = false;
      continue;
    }
    const fm = FENCE.exec(t);
    if (fm) { b.close(); fence = fm[1][0].repeat(3); mask.blank(line.start, line.end); continue; }
    if (COMMENT_OPEN.test(t)) {
      b.close();
      const d = parseDirective(t, line.start, t.length);
      if (d) directives.push(d);
      mask.blank(line.start, line.end);
      if (!t.includes('-->')) inComment = true;
      continue;
    }
    if (isBlank(t)) { b.close(); continue; }
    const setext = SETEXT.exec(t);
    if (setext && b.open?.kind === 'paragraph' && !text.slice(b.open.start, line.start).trim().includes('\n')) {
      b.open.kind = 'heading';
      b.open.level = setext[1][0] === '=' ? 1 : 2;
      mask.blank(line.start, line.end);
      b.close();
      continue;
    }
    if (THEMATIC.test(t)) { b.close(); mask.blank(line.start, line.end); continue; }
    const atx = ATX.exec(t);
    if (atx) {
      let cEnd = line.end;
      const trailing = /\s#+\s*$/.exec(t);
      if (trailing) { mask.blank(line.start + trailing.index, line.end); cEnd = line.start + trailing.index; }
      mask.blank(line.start, line.start + atx[0].length);
      content.push([line.start + atx[0].length, cEnd]);
      b.single('heading', line.start + atx[0].length, cEnd, atx[1].length);
      continue;
    }
    if (TABLE_START.test(t) || (b.open?.kind === 'tableCell' && t.includes('|'))) {
      b.close();
      if (TABLE_SEP.test(t)) { mask.blank(line.start, line.end); continue; }
      let cellStart = line.start;
      for (let k = 0; k <= t.length; k++) {
        if (k === t.length || (t[k] === '|' && t[k - 1] !== '\\')) {
          const cellEnd = line.start + k;
          if (cellEnd > cellStart) { content.push([cellStart, cellEnd]); b.single('tableCell', cellStart, cellEnd); }
          if (k < t.length) mask.blank(line.start + k, line.start + k + 1);
          cellStart = cellEnd + 1;
        }
      }
      continue;
    }
    const q = QUOTE.exec(t);
    if (q) {
      let off = 0, depthText = t;
      let qm: RegExpExecArray | null;
      while ((qm = QUOTE.exec(depthText))) { off += qm[0].length; depthText = t.slice(off); }
      mask.blank(line.start, line.start + off);
      const cStart = line.start + off;
      if (isBlank(depthText)) { b.close(); continue; }
      content.push([cStart, line.end]);
      if (b.open?.kind === 'quote') b.extend(line.end); else b.begin('quote', cStart, line.end);
      continue;
    }
    const li = LIST.exec(t);
    if (li) {
      const markerEnd = line.start + li[0].length;
      mask.blank(line.start, markerEnd);
      content.push([markerEnd, line.end]);
      b.begin('listItem', markerEnd, line.end, Math.floor(li[1].replace(/\t/g, '    ').length / 2));
      continue;
    }
    content.push([line.start, line.end]);
    if (b.open && (b.open.kind === 'paragraph' || b.open.kind === 'listItem' || b.open.kind === 'quote')) b.extend(line.end);
    else b.begin('paragraph', line.start, line.end);
  }
  for (const [s, e] of content) maskInline(text, mask, s, e);
  b.close();
  mask.seal();
  return parsed(mask, retrim(b.blocks, mask), directives);
}

/** Blocks were trimmed before inline masking finished; trim again against the final mask. */
function retrim(blocks: Block[], masked: Mask): Block[] {
  const out: Block[] = [];
  for (const blk of blocks) {
    let start = blk.start, end = blk.end;
    while (start < end && isSpace(masked.codeAt(start))) start++;
    while (end > start && isSpace(masked.codeAt(end - 1))) end--;
    // The blocks are this parse's own objects: trimmed in place (same keys, same order).
    if (end > start) { blk.start = start; blk.end = end; blk.index = out.length; out.push(blk); }
  }
  return out;
}

function parsePlain(text: string): ParsedText {
  const mask = new Mask(text);
  const lines = splitLines(text);
  const directives: Directive[] = [];
  const b = new BlockBuilder(() => text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    const d = parseDirective(t, line.start, t.length);
    if (d) {
      b.close();
      directives.push(d);
      mask.blank(line.start, line.end);
      continue;
    }
    if (isBlank(t)) { b.close(); continue; }
    const li = LIST.exec(t);
    if (li) {
      const markerEnd = line.start + li[0].length;
      const rest = t.slice(li[0].length);
      // "1. Inleiding" / "2.3 Financiering" on a line of its own is a numbered heading, not a list item.
      if (/^\d/.test(li[2]) && isHeadingLine(rest, lines[i - 1], lines[i + 1])) {
        b.single('heading', line.start, line.end, 2);
        continue;
      }
      mask.blank(line.start, markerEnd);
      b.begin('listItem', markerEnd, line.end, Math.floor(li[1].replace(/\t/g, '    ').length / 2));
      continue;
    }
    const prevBlank = i === 0 || isBlank(lines[i - 1].text);
    const nextBlank = i + 1 >= lines.length || isBlank(lines[i + 1].text);
    if ((prevBlank && nextBlank && isHeadingLine(t, undefined, undefined)) || (NUMBERED_HEADING.test(t) && isHeadingLine(t, undefined, undefined) && t.trim().length <= 80)) {
      b.single('heading', line.start, line.end, prevBlank && nextBlank ? 1 : 2);
      continue;
    }
    const prevText = b.open ? text.slice(b.open.start, b.open.end).trimEnd() : '';
    if (b.open && (b.open.kind === 'paragraph' || b.open.kind === 'listItem') && !/[:;]$/.test(prevText)) b.extend(line.end);
    else if (b.open && b.open.kind === 'listItem' && /^\s+\S/.test(t)) b.extend(line.end);
    else b.begin('paragraph', line.start, line.end);
  }
  b.close();
  mask.seal();
  return parsed(mask, retrim(b.blocks, mask), directives);
}

/** A short line that does not end like a sentence reads as a heading. */
function isHeadingLine(t: string, _prev: Line | undefined, _next: Line | undefined): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 120) return false;
  if (/[.!?;,]$/.test(s) && !/^\d+(\.\d+)*\.$/.test(s)) return false;
  if (s.endsWith(':') && s.split(/\s+/).length > 6) return false;
  return /^[\p{Lu}\p{N}"'‘“(]/u.test(s);
}
