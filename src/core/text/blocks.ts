/**
 * Block structure of Markdown and plain text: headings, paragraphs, list items, table cells and block quotes.
 *
 * The parser produces a *masked* copy of the text with exactly the same length: markup (heading hashes, list
 * markers, quote markers, table pipes, emphasis marks, link targets, HTML tags, code, front matter, comments) is
 * replaced by spaces. Sentence splitting, tokens and every recogniser work on the masked text, so all offsets
 * they produce are offsets into the original text without any mapping.
 */
import type { TextFormat } from '../types';
import { Slot } from '../slots';

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
  /** The merged ranges after `seal` (for the next parse of an edited text: `parseBlocks`' `prev`). */
  get sealed(): readonly number[] { return this.merged!; }
  /** Seal with merged ranges made elsewhere (ordered, disjoint, as `seal` makes them). */
  sealWith(merged: number[]): void { this.merged = merged; }
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
  return new Parsed(mask, blocks, directives);
}
class Parsed implements ParsedText {
  constructor(private readonly mask: Mask, public blocks: Block[], public directives: Directive[]) {}
  get masked(): string { return this.mask.toString(); }
  slice(start: number, end: number): string { return this.mask.slice(start, end); }
}

/** The characters maskInline acts on; everything else is skipped by a native search. */
const INLINE_MARK = /[*`\\_<![]/g;

/**
 * The first inline mark at or after an offset of one text. The answer of the last search is kept: the search from
 * `from` found `at` (−1: none), so for any i with from ≤ i ≤ at (or at = −1) the answer is the same, and the lines
 * between two marks (most lines) cost no search (a search from a line without marks runs on to the next mark).
 */
class MarkSeek {
  private from = Infinity;
  private at = -1;
  constructor(private readonly text: string) {}
  next(i: number): number {
    if (this.from <= i && (this.at < 0 || this.at >= i)) return this.at;
    INLINE_MARK.lastIndex = i;
    const m = INLINE_MARK.exec(this.text);
    this.from = i;
    return (this.at = m ? m.index : -1);
  }
}

/** Blank inline Markdown markup in [start, end): emphasis, code marks, links, images, HTML tags, escapes. */
function maskInline(text: string, mask: Mask, start: number, end: number, seek: MarkSeek): void {
  for (let i = start; i < end; i++) {
    const at = seek.next(i);
    if (at < 0 || at >= end) return;
    i = at;
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

/**
 * Parse a text into blocks. `prev`, the parse of the text before an edit (Markdown only), lets the parser re-read
 * only the lines around the edit: see `parseMarkdownAgain`. The result is the same as a parse from scratch.
 */
export function parseBlocks(text: string, format: TextFormat, prev?: ParsedText): ParsedText {
  if (format !== 'markdown') return parsePlain(text);
  return (prev && parseMarkdownAgain(text, prev)) ?? parseMarkdown(text);
}

/**
 * What a Markdown parse keeps for the parse of the next version of its text: the text, the line starts before which
 * the parser is clean (no open block, no code fence, no comment: what it does from there on reads nothing before
 * it), and its results (the mask as merged ranges, the blocks, the directives).
 */
interface MarkdownParse { text: string; clean: number[]; merged: readonly number[]; blocks: Block[]; directives: Directive[] }
const markdownParses = new Slot<ParsedText, MarkdownParse>();

/** Of a parse made from the previous one: how many blocks at the start and at the end are the previous parse's, unchanged but for the shift. */
export interface ReusedBlocks {
  before: number;
  after: number;
  prevBlocks: number;
  /** The text parsed before, and how many code units it shares with this text at the start and at the end. */
  prevText: string;
  pre: number;
  suf: number;
}
const reusedBlocks = new Slot<ParsedText, ReusedBlocks>();

/** For a parse made by `parseBlocks(text, format, prev)`: the blocks it took over from `prev` (same kind, level and masked text). */
export function reusedBlocksOf(p: ParsedText): ReusedBlocks | undefined {
  return reusedBlocks.get(p);
}

/** The Markdown parser's state between lines, and its line step. */
class MarkdownParser {
  readonly mask: Mask;
  readonly directives: Directive[] = [];
  readonly b: BlockBuilder;
  /** Inline masking is applied per content range before blocks are trimmed at the end. */
  readonly content: Array<[number, number]> = [];
  fence: string | undefined;
  inComment = false;
  constructor(readonly text: string) {
    this.mask = new Mask(text);
    // Blocks are trimmed against the original text here and again against the final mask at the end (`retrim`):
    // whitespace stays whitespace under masking, so the result is the same as trimming against the final mask.
    this.b = new BlockBuilder(() => text);
  }

  /** Nothing read before the next line matters for it or any line after. */
  get clean(): boolean { return this.fence === undefined && !this.inComment && this.b.open === undefined; }

  line(line: Line): void {
    const { text, mask, b, content, directives } = this;
    const t = line.text;
    if (this.fence !== undefined) {
      mask.blank(line.start, line.end);
      if (t.trim().startsWith(this.fence)) this.fence = undefined;
      return;
    }
    if (this.inComment) {
      mask.blank(line.start, line.end);
      if (t.includes('-->')) this.inComment = false;
      return;
    }
    const fm = FENCE.exec(t);
    if (fm) { b.close(); this.fence = fm[1][0].repeat(3); mask.blank(line.start, line.end); return; }
    if (COMMENT_OPEN.test(t)) {
      b.close();
      const d = parseDirective(t, line.start, t.length);
      if (d) directives.push(d);
      mask.blank(line.start, line.end);
      if (!t.includes('-->')) this.inComment = true;
      return;
    }
    if (isBlank(t)) { b.close(); return; }
    const setext = SETEXT.exec(t);
    if (setext && b.open?.kind === 'paragraph' && !text.slice(b.open.start, line.start).trim().includes('\n')) {
      b.open.kind = 'heading';
      b.open.level = setext[1][0] === '=' ? 1 : 2;
      mask.blank(line.start, line.end);
      b.close();
      return;
    }
    if (THEMATIC.test(t)) { b.close(); mask.blank(line.start, line.end); return; }
    const atx = ATX.exec(t);
    if (atx) {
      let cEnd = line.end;
      const trailing = /\s#+\s*$/.exec(t);
      if (trailing) { mask.blank(line.start + trailing.index, line.end); cEnd = line.start + trailing.index; }
      mask.blank(line.start, line.start + atx[0].length);
      content.push([line.start + atx[0].length, cEnd]);
      b.single('heading', line.start + atx[0].length, cEnd, atx[1].length);
      return;
    }
    if (TABLE_START.test(t) || (b.open?.kind === 'tableCell' && t.includes('|'))) {
      b.close();
      if (TABLE_SEP.test(t)) { mask.blank(line.start, line.end); return; }
      let cellStart = line.start;
      for (let k = 0; k <= t.length; k++) {
        if (k === t.length || (t[k] === '|' && t[k - 1] !== '\\')) {
          const cellEnd = line.start + k;
          if (cellEnd > cellStart) { content.push([cellStart, cellEnd]); b.single('tableCell', cellStart, cellEnd); }
          if (k < t.length) mask.blank(line.start + k, line.start + k + 1);
          cellStart = cellEnd + 1;
        }
      }
      return;
    }
    const q = QUOTE.exec(t);
    if (q) {
      let off = 0, depthText = t;
      let qm: RegExpExecArray | null;
      while ((qm = QUOTE.exec(depthText))) { off += qm[0].length; depthText = t.slice(off); }
      mask.blank(line.start, line.start + off);
      const cStart = line.start + off;
      if (isBlank(depthText)) { b.close(); return; }
      content.push([cStart, line.end]);
      if (b.open?.kind === 'quote') b.extend(line.end); else b.begin('quote', cStart, line.end);
      return;
    }
    const li = LIST.exec(t);
    if (li) {
      const markerEnd = line.start + li[0].length;
      mask.blank(line.start, markerEnd);
      content.push([markerEnd, line.end]);
      b.begin('listItem', markerEnd, line.end, Math.floor(li[1].replace(/\t/g, '    ').length / 2));
      return;
    }
    content.push([line.start, line.end]);
    if (b.open && (b.open.kind === 'paragraph' || b.open.kind === 'listItem' || b.open.kind === 'quote')) b.extend(line.end);
    else b.begin('paragraph', line.start, line.end);
  }

  /** After the last line: inline masking of the content ranges, the last block closed. */
  finish(): void {
    const seek = new MarkSeek(this.text);
    for (const [s, e] of this.content) maskInline(this.text, this.mask, s, e, seek);
    this.b.close();
  }
}

function parseMarkdown(text: string): ParsedText {
  const p = new MarkdownParser(text);
  const lines = splitLines(text);
  const clean: number[] = [];
  let i = 0;

  if (lines.length > 1 && /^---\s*$/.test(lines[0].text)) {
    const close = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) {
      for (let n = 0; n <= close; n++) p.mask.blank(lines[n].start, lines[n].end);
      i = close + 1;
    }
  }

  for (; i < lines.length; i++) {
    if (p.clean) clean.push(lines[i].start);
    p.line(lines[i]);
  }
  p.finish();
  p.mask.seal();
  const blocks = retrim(p.b.blocks, p.mask, 0);
  const out = parsed(p.mask, blocks, p.directives);
  markdownParses.set(out, { text, clean, merged: p.mask.sealed, blocks, directives: p.directives });
  return out;
}

/** The length of the common start of two texts (compared a chunk at a time, then a character at a time). */
function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  for (let step = 4096; step >= 1; step >>= 3) {
    while (n + step <= max && a.slice(n, n + step) === b.slice(n, n + step)) n += step;
  }
  return n;
}

/** The length of the common end of two texts, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  const la = a.length, lb = b.length;
  for (let step = 4096; step >= 1; step >>= 3) {
    while (n + step <= max && a.slice(la - n - step, la - n) === b.slice(lb - n - step, lb - n)) n += step;
  }
  return n;
}

/** The first index in [0, n) where `below(i)` is false, for a `below` that is true up to some index and false after. */
function partitionPoint(n: number, below: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the last element of an ascending array that is ≤ x (−1 when none). */
function lastAtMost(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i] <= x) - 1;
}

/** Index of the first element of an ascending array that is ≥ x (length when none). */
function firstAtLeast(xs: readonly number[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i] < x);
}

/** Same as `firstAtLeast` on the start offsets of blocks or directives. */
function firstStartingAt<T extends { start: number }>(xs: readonly T[], x: number): number {
  return partitionPoint(xs.length, (i) => xs[i].start < x);
}

/**
 * The parse of `text` from the parse of the text before an edit, or undefined (a text with front matter: parsed
 * from scratch). The parser is a fold over lines whose state is often clean (see `MarkdownParse`); before a line
 * start where it is clean, what follows reads nothing before it. So: the previous results before the last clean
 * line start that lies before the first changed character are kept (that text is unchanged); the lines from there
 * are parsed again until a clean line start inside the unchanged end of the text that was also a clean line start
 * of the previous parse (from there on the previous parse read the same lines from the same state); the previous
 * results after it are taken over, shifted by the change in length. Every mask range, block and directive lies
 * within its lines (none reaches over a line break), so the three parts join without overlap: the result equals a
 * parse from scratch (test/unit/parse-incremental.test.ts).
 */
function parseMarkdownAgain(text: string, prevParsed: ParsedText): ParsedText | undefined {
  const prev = markdownParses.get(prevParsed);
  if (!prev) return undefined;
  const old = prev.text;
  // Front matter is decided on the whole text (its closing line may lie anywhere): parsed from scratch.
  if (old.charCodeAt(0) === 45 || text.charCodeAt(0) === 45) return undefined;
  const min = Math.min(old.length, text.length);
  const pre = commonPrefix(old, text, min);
  const suf = commonSuffix(old, text, min - pre);
  const delta = text.length - old.length;
  // Restart at the last clean line start before the first changed character (the character at a line start is
  // unchanged, so the line break before it is too); 0 is always clean.
  const ci = Math.max(0, lastAtMost(prev.clean, pre - 1));
  const restart = prev.clean.length > 0 ? prev.clean[ci] : 0;
  const p = new MarkdownParser(text);
  const clean = prev.clean.slice(0, ci);
  const suffixStart = text.length - suf;
  let resync = -1;
  // The lines of the new text from `restart` on, one at a time (the line rules of splitLines).
  const crlf = text.indexOf('\r') >= 0;
  let start = restart;
  let oc = 0;
  for (;;) {
    if (p.clean) {
      if (start > restart && start >= suffixStart) {
        // A clean line start in the unchanged end: was it clean in the previous parse too?
        oc = firstAtLeast(prev.clean, start - delta);
        if (oc < prev.clean.length && prev.clean[oc] === start - delta) { resync = start; break; }
      }
      clean.push(start);
    }
    let end: number, next: number;
    if (!crlf) {
      const i = text.indexOf('\n', start);
      end = i < 0 ? text.length : i;
      next = i < 0 ? -1 : i + 1;
    } else {
      let i = start;
      while (i < text.length) { const c = text.charCodeAt(i); if (c === 10 || c === 13) break; i++; }
      end = i;
      next = i >= text.length ? -1 : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    p.line({ start, end, text: text.slice(start, end) });
    if (next < 0) break;
    start = next;
  }
  p.finish();
  // The mask: the previous ranges before the restart, the new ones, the previous ones after the resync (shifted).
  p.mask.seal();
  const middle = p.mask.sealed;
  const pm = prev.merged;
  let k = 0;
  while (k < pm.length && pm[k] < restart) k += 2;
  const merged = pm.slice(0, k);
  for (let j = 0; j < middle.length; j++) merged.push(middle[j]);
  if (resync >= 0) {
    let j = k;
    while (j < pm.length && pm[j] < resync - delta) j += 2;
    for (; j < pm.length; j++) merged.push(pm[j] + delta);
  }
  p.mask.sealWith(merged);
  // The blocks: the previous ones before the restart (the same objects), the new ones, the previous ones after the
  // resync (the same objects when neither place nor index changed, else moved copies).
  const before = firstStartingAt(prev.blocks, restart);
  const blocks = prev.blocks.slice(0, before);
  const mid = retrim(p.b.blocks, p.mask, before);
  for (const blk of mid) blocks.push(blk);
  let after = 0;
  if (resync >= 0) {
    const from = firstStartingAt(prev.blocks, resync - delta);
    after = prev.blocks.length - from;
    for (let j = from; j < prev.blocks.length; j++) {
      const o = prev.blocks[j];
      const index = blocks.length;
      blocks.push(delta === 0 && o.index === index ? o : { kind: o.kind, start: o.start + delta, end: o.end + delta, level: o.level, index });
    }
  }
  const dBefore = firstStartingAt(prev.directives, restart);
  const directives = prev.directives.slice(0, dBefore);
  for (const d of p.directives) directives.push(d);
  if (resync >= 0) {
    for (let j = firstStartingAt(prev.directives, resync - delta); j < prev.directives.length; j++) {
      const d = prev.directives[j];
      directives.push(delta === 0 ? d : { ...d, start: d.start + delta, end: d.end + delta });
    }
    for (let j = oc; j < prev.clean.length; j++) clean.push(prev.clean[j] + delta);
  }
  const out = parsed(p.mask, blocks, directives);
  markdownParses.set(out, { text, clean, merged, blocks, directives });
  reusedBlocks.set(out, { before, after, prevBlocks: prev.blocks.length, prevText: old, pre, suf });
  return out;
}

/** Blocks were trimmed before inline masking finished; trim again against the final mask (indexes from `first`). */
function retrim(blocks: Block[], masked: Mask, first: number): Block[] {
  const out: Block[] = [];
  for (const blk of blocks) {
    let start = blk.start, end = blk.end;
    while (start < end && isSpace(masked.codeAt(start))) start++;
    while (end > start && isSpace(masked.codeAt(end - 1))) end--;
    // The blocks are this parse's own objects: trimmed in place (same keys, same order).
    if (end > start) { blk.start = start; blk.end = end; blk.index = first + out.length; out.push(blk); }
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
  return parsed(mask, retrim(b.blocks, mask, 0), directives);
}

/** A short line that does not end like a sentence reads as a heading. */
function isHeadingLine(t: string, _prev: Line | undefined, _next: Line | undefined): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 120) return false;
  if (/[.!?;,]$/.test(s) && !/^\d+(\.\d+)*\.$/.test(s)) return false;
  if (s.endsWith(':') && s.split(/\s+/).length > 6) return false;
  return /^[\p{Lu}\p{N}"'‘“(]/u.test(s);
}
