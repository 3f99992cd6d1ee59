/**
 * Sentence splitting for Dutch policy text: line groups inside a block, `Intl.Segmenter('nl')` per group (never
 * over a whole document: it is super-linear in Node 20), then merges after Dutch abbreviations and initials.
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
  for (const seg of (segmenter ??= new Intl.Segmenter('nl', { granularity: 'sentence' })).segment(group)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (!pending) { pending = { start: s, end: e }; continue; }
    if (shouldMerge(masked.slice(pending.start, pending.end), seg.segment)) pending.end = e;
    else { pushTrimmed(masked, pending, out); pending = { start: s, end: e }; }
  }
  if (pending) pushTrimmed(masked, pending, out);
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
  // A bare number ("2.", "3.1.") or a short list label is numbering, not a sentence.
  if (/^(?:\(?\d+(?:\.\d+)*\.?\)?|[a-zA-Z]\.|[IVXivx]+\.)$/.test(p)) return true;
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
