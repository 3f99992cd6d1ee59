/**
 * Sentence splitting for Dutch policy text: line groups inside a block, the sentence boundaries of
 * `Intl.Segmenter('nl')` per group (never over a whole document: it is super-linear in Node 20; for the common
 * characters computed by a scanner of the same rules, `sentenceEnds`), then merges after Dutch abbreviations and
 * initials.
 * Offsets are into the original text (the masked text has the same length).
 */
import { MAY_END, NEVER_ENDS, SENTENCE_STARTERS } from './abbreviations';

/** Created on first use: building the ICU sentence breaker costs a few milliseconds that activation should not pay. */
let segmenter: Intl.Segmenter | undefined;
/** Groups longer than this are cut at whitespace before segmenting, to keep the segmenter linear. */
const MAX_GROUP = 4000;

export interface SentenceSpan { start: number; end: number }

/** Split [start, end) of the masked text into sentence spans (trimmed, non-empty). */
export function splitSentences(masked: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [gs, ge] of lineGroups(masked, start, end)) {
    for (const [cs, ce] of chunks(masked, gs, ge)) segmentGroup(masked, cs, ce, out);
  }
  return out;
}

/** A line ending in ':' or ';' closes a group (list-like lead-ins); other line breaks are soft wraps. */
function lineGroups(masked: string, start: number, end: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let gs = start;
  for (let i = start; i < end; i++) {
    const c = masked.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    let j = i - 1;
    while (j >= gs && (masked[j] === ' ' || masked[j] === '\t')) j--;
    if (j >= gs && (masked[j] === ':' || masked[j] === ';')) {
      groups.push([gs, j + 1]);
      gs = i + 1;
    }
  }
  groups.push([gs, end]);
  return groups;
}

function chunks(masked: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_GROUP) return [[start, end]];
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_GROUP) {
    let cut = s + MAX_GROUP;
    // Prefer a sentence end, then any whitespace, inside the window.
    const window = masked.slice(s, cut);
    const dot = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (dot > MAX_GROUP / 2) cut = s + dot + 1;
    else {
      const sp = window.lastIndexOf(' ');
      if (sp > MAX_GROUP / 2) cut = s + sp;
    }
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, end]);
  return out;
}

function segmentGroup(masked: string, start: number, end: number, out: SentenceSpan[]): void {
  const group = masked.slice(start, end).replace(/[\r\n\t]/g, ' ');
  let pending: SentenceSpan | undefined;
  const take = (index: number, segment: string): void => {
    const s = start + index;
    const e = s + segment.length;
    if (!pending) { pending = { start: s, end: e }; return; }
    if (shouldMerge(masked.slice(pending.start, pending.end), segment)) pending.end = e;
    else { pushTrimmed(masked, pending, out); pending = { start: s, end: e }; }
  };
  const ends = sentenceEnds(group);
  if (ends) {
    let from = 0;
    for (const to of ends) { take(from, group.slice(from, to)); from = to; }
  } else {
    for (const seg of (segmenter ??= new Intl.Segmenter('nl', { granularity: 'sentence' })).segment(group)) take(seg.index, seg.segment);
  }
  if (pending) pushTrimmed(masked, pending, out);
}

/*
 * Sentence boundaries of Unicode's UAX #29 (the rules ICU applies for `Intl.Segmenter(…, { granularity: 'sentence' })`)
 * for text made only of the characters below 0x250 and a few common punctuation marks (DOMAIN_EXTRA). Such text has
 * no line or paragraph separators (the group's CR, LF and tab are spaces), no Extend or Format characters (the soft
 * hyphen and the marks are outside the domain), so rules SB3–SB5 never apply and the others read:
 *   SB6  ATerm × Numeric                         SB7  (Upper|Lower) ATerm × Upper
 *   SB8  ATerm Close* Sp* × (¬(OLetter|Upper|Lower|SATerm))* Lower
 *   SB8a SATerm Close* Sp* × (SContinue|SATerm)  SB9  SATerm Close* × (Close|Sp)
 *   SB10 SATerm Close* Sp* × Sp                  SB11 SATerm Close* Sp* ÷        SB998 Any × Any
 * Any other character sends the whole group to the segmenter. The classes are derived from the same Unicode
 * properties as UAX #29's table; test/unit/sentences.test.ts checks the scanner against the segmenter on every
 * domain character in context and on random strings. SContinue and Numeric are written out as the ICU of Node 20
 * has them (ICU 78, Unicode 17; the test fails if a runtime's segmenter differs). Older Unicode versions classed
 * some punctuation differently (`;`); on such a runtime the scanner still splits as Node 20 does, so for these
 * characters the split no longer depends on the runtime's ICU.
 */
const C_OTHER = 0, C_SP = 1, C_LOWER = 2, C_UPPER = 3, C_OLETTER = 4, C_NUMERIC = 5, C_ATERM = 6, C_STERM = 7, C_CLOSE = 8, C_SCONT = 9, C_OUT = 10;
/** – — ‘ ’ ‚ “ ” „ • … €: common in Dutch policy text, outside the table's range. */
const DOMAIN_EXTRA = [0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x20ac];

function breakClass(c: number): number {
  const ch = String.fromCharCode(c);
  // Separators and CR/LF (ParaSep), Extend (marks, spacing marks) and Format: outside the domain.
  if (c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) return C_OUT;
  if (/\p{Grapheme_Extend}|\p{Mc}|\p{Cf}/u.test(ch)) return C_OUT;
  if (c === 0x2e) return C_ATERM;
  if (/\p{Sentence_Terminal}/u.test(ch)) return C_STERM;
  if (/\p{White_Space}/u.test(ch)) return C_SP;
  if (/\p{Lowercase}/u.test(ch)) return C_LOWER;
  if (/\p{Uppercase}|\p{Lt}/u.test(ch)) return C_UPPER;
  if (/\p{Alphabetic}/u.test(ch)) return C_OLETTER;
  // Numeric is Line_Break=Numeric: in this range the ASCII digits only.
  if (c >= 0x30 && c <= 0x39) return C_NUMERIC;
  if (/\p{Nd}/u.test(ch)) return C_OUT;
  if (c === 0x2c || c === 0x2d || c === 0x3a || c === 0x3b || c === 0x2013 || c === 0x2014) return C_SCONT;
  // Close: open/close/initial/final punctuation and Line_Break=Quotation (in this range " and ').
  if (/\p{Ps}|\p{Pe}|\p{Pi}|\p{Pf}/u.test(ch) || c === 0x22 || c === 0x27) return C_CLOSE;
  return C_OTHER;
}

let breakTable: Uint8Array | undefined;
let breakExtra: Map<number, number> | undefined;

/**
 * The ends (exclusive) of the segments `Intl.Segmenter('nl', { granularity: 'sentence' })` makes of `s`, or
 * undefined when `s` holds a character outside the domain (see above). Exported for the test.
 */
export function sentenceEnds(s: string): number[] | undefined {
  const table = (breakTable ??= Uint8Array.from({ length: 0x250 }, (_, c) => breakClass(c)));
  const extra = (breakExtra ??= new Map(DOMAIN_EXTRA.map((c) => [c, breakClass(c)])));
  const n = s.length;
  const k = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const x = c < 0x250 ? table[c] : (extra.get(c) ?? C_OUT);
    if (x === C_OUT) return undefined;
    k[i] = x;
  }
  const ends: number[] = [];
  // Left context before position i: 0 none, 1 SATerm Close*, 2 SATerm Close* Sp+; `term` is that SATerm's index.
  let ctx = 0, term = -1;
  for (let i = 0; i < n; i++) {
    const r = k[i];
    if (i > 0 && ctx !== 0 && !isNoBreak(k, n, i, r, ctx, term)) ends.push(i);
    if (r === C_ATERM || r === C_STERM) { ctx = 1; term = i; }
    else if (r === C_CLOSE) { if (ctx === 2) ctx = 0; }
    else if (r === C_SP) { if (ctx !== 0) ctx = 2; }
    else ctx = 0;
  }
  if (n > 0) ends.push(n);
  return ends;
}

/** Rules SB6–SB10 at position i after `SATerm Close* Sp*` (ctx 1: no Sp; 2: with Sp). */
function isNoBreak(k: Uint8Array, n: number, i: number, r: number, ctx: number, term: number): boolean {
  if (r === C_SP) return true; // SB9, SB10
  if (r === C_CLOSE && ctx === 1) return true; // SB9
  if (r === C_SCONT || r === C_ATERM || r === C_STERM) return true; // SB8a
  if (k[term] !== C_ATERM) return false;
  if (term === i - 1) {
    if (r === C_NUMERIC) return true; // SB6
    if (r === C_UPPER && term > 0 && (k[term - 1] === C_UPPER || k[term - 1] === C_LOWER)) return true; // SB7
  }
  // SB8: up to the next letter or SATerm, which must be lowercase.
  let m = i;
  while (m < n) {
    const x = k[m];
    if (x === C_OLETTER || x === C_UPPER || x === C_LOWER || x === C_ATERM || x === C_STERM) break;
    m++;
  }
  return m < n && k[m] === C_LOWER;
}

function pushTrimmed(masked: string, span: SentenceSpan, out: SentenceSpan[]): void {
  let { start, end } = span;
  while (start < end && /\s/.test(masked[start])) start++;
  while (end > start && /\s/.test(masked[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Decide whether the segmenter's boundary between `prev` and `next` is false. */
export function shouldMerge(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p.endsWith('.')) return false;
  // Dot leaders before a page number ("Regie op de uitvoering ..... 21"): one line of a table of contents.
  if (p.endsWith('..') && /^\d{1,3}(?!\S)/.test(n)) return true;
  // A bare number ("2.", "3.1.") or a short list label is numbering, not a sentence.
  if (/^(?:\(?\d+(?:\.\d+)*\.?\)?|[a-zA-Z]\.|[IVXivx]+\.)$/.test(p)) return true;
  // The label of an annex, chapter or part ("Bijlage 1.", "Hoofdstuk 3.") is numbering too.
  if (/^(?:Bijlage|Hoofdstuk|Paragraaf|Deel)\s+(?:\d+(?:\.\d+)*|[IVX]+)\.$/.test(p)) return true;
  const firstWord = leadingNonSpace(n);
  const firstClean = firstWord.replace(/[^\p{L}\p{N}]/gu, '');
  if (firstClean === '') return true;
  if (/^\p{Ll}/u.test(firstWord)) return true; // no boundary before a lowercase word
  const lastWord = wordBeforeFinalDot(p);
  const abbr = lastWord.replace(/^[(“"‘']+/, '').toLowerCase();
  if (NEVER_ENDS.has(abbr)) return true;
  if (MAY_END.has(abbr)) return !/^\p{Lu}/u.test(firstWord);
  // Initials: "mr. A. Bakker", "H.J. de Boer"
  if (/^(\p{Lu}\.)+$/u.test(lastWord + '.') || /^\p{Lu}$/u.test(lastWord)) return !SENTENCE_STARTERS.has(firstClean.toLowerCase());
  // Unknown multi-dot abbreviations ("t.z.t.") never end unless a sentence starter follows.
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(abbr)) return !SENTENCE_STARTERS.has(firstClean.toLowerCase());
  // "art. 5", "nr. 12" handled above; "2.3" style numbering
  if (/^\d/.test(firstWord) && /^\d+$/.test(abbr)) return false;
  return false;
}

/** `\s` of a regular expression (WhiteSpace and LineTerminator), by char code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `(/^[^\s]+/.exec(s) ?? [''])[0]` without a regex: the leading run of non-space characters. */
export function leadingNonSpace(s: string): string {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

/** `(/(\S+)\.$/.exec(s) ?? ['', ''])[1]` without a regex: the non-space run that ends just before a final '.'. */
export function wordBeforeFinalDot(s: string): string {
  const end = s.length - 1;
  if (end < 1 || s.charCodeAt(end) !== 46) return '';
  let k = end;
  while (k > 0 && !isSpace(s.charCodeAt(k - 1))) k--;
  // The leftmost match starts after the last space; it needs at least one character before the '.'.
  return k < end ? s.slice(k, end) : '';
}
