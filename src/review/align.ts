/**
 * Maps offsets of the analysed text of a .docx (the Markdown that src/formats/docx.ts makes from mammoth's HTML)
 * back to characters of `w:t` elements in the Word XML.
 *
 * Both sides are reduced to the characters that carry text (no whitespace, which the reader collapses and trims):
 * - the reader's text loses the Markdown the reader adds: `#` heading marks, list markers and indents, table
 *   pipes and delimiter rows, `[^1]` note references, `[^1]: ` note definitions and `\` escapes;
 * - the Word side is the atoms of scan.ts in reader order (body, then the notes in reference order).
 * The two sequences are then equal for every document we generate in the tests (checked there); when they are
 * not (a construct the reader renders differently), a local resynchronisation skips the differing characters on
 * either side, so one odd spot never shifts the rest of the document.
 */

/** Characters the reader collapses or trims (`\s` in JS: includes NBSP and the other Unicode spaces). */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export interface ContentChars {
  /** The content characters, joined. */
  chars: string;
  /** Per content character: its offset in the source text (reader side) or the atom index (Word side). */
  at: Int32Array;
  /** Word side: the character's offset inside its atom's text. */
  off?: Int32Array;
}

/** The content characters of the reader's Markdown, with their offsets in it. */
export function readerContent(text: string): ContentChars {
  const chars: string[] = [];
  const at: number[] = [];
  const take = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) continue;
      chars.push(text[i]);
      at.push(i);
    }
  };
  /** A run of inline text: drops `[^1]` note references and the `\` of `\|` in table cells. */
  const inline = (from: number, to: number, cell: boolean): void => {
    const seg = text.slice(from, to);
    const re = cell ? /\[\^e?\d+\]|\\(?=\|)|(?<!\\)\|/g : /\[\^e?\d+\]/g;
    let last = 0;
    for (const m of seg.matchAll(re)) {
      take(from + last, from + m.index);
      last = m.index + m[0].length;
    }
    take(from + last, to);
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    let m: RegExpExecArray | null;
    if (/^\|( --- \|)+\s*$/.test(line)) {
      // table delimiter row: nothing
    } else if (line.startsWith('|')) {
      // table row "| a | b |": every pipe is markup except an escaped one ("\|"), whose backslash is markup
      inline(pos, nl, true);
    } else if ((m = /^(#{1,6} |\[\^e?\d+\]: | *(?:- |\d+\. )|\\)/.exec(line))) {
      inline(pos + m[0].length, nl, false);
    } else {
      inline(pos, nl, false);
    }
    pos = nl + 1;
  }
  return { chars: chars.join(''), at: Int32Array.from(at) };
}

/** The content characters of a list of atom texts, with atom index and offset per character. */
export function atomContent(texts: readonly string[]): ContentChars {
  const chars: string[] = [];
  const at: number[] = [];
  const off: number[] = [];
  texts.forEach((t, a) => {
    for (let i = 0; i < t.length; i++) {
      if (isSpace(t.charCodeAt(i))) continue;
      chars.push(t[i]);
      at.push(a);
      off.push(i);
    }
  });
  return { chars: chars.join(''), at: Int32Array.from(at), off: Int32Array.from(off) };
}

export interface Alignment {
  /** Per reader content character: the index of the Word content character it is, or -1. */
  map: Int32Array;
  /** Content characters that found no partner (0 when the two sides agree). */
  unmatchedReader: number;
  unmatchedWord: number;
}

const K = 12;
const WINDOW = 4000;

/** Aligns two content sequences that are equal up to local differences (see the module comment). */
export function align(r: string, s: string): Alignment {
  const map = new Int32Array(r.length).fill(-1);
  let i = 0, j = 0, ur = 0, us = 0;
  while (i < r.length && j < s.length) {
    if (r.charCodeAt(i) === s.charCodeAt(j)) { map[i++] = j++; continue; }
    // Resynchronise: the smallest skip on either side after which the next K characters agree.
    const k = Math.min(K, r.length - i, s.length - j);
    const rk = r.substr(i, k);
    const sk = s.substr(j, k);
    const skipS = s.slice(j, j + WINDOW + k).indexOf(rk);
    const skipR = r.slice(i, i + WINDOW + k).indexOf(sk);
    const both = r.substr(i + 1, k) === s.substr(j + 1, k) ? 1 : -1;
    const options: Array<[number, number]> = [];
    if (skipS > 0) options.push([0, skipS]);
    if (skipR > 0) options.push([skipR, 0]);
    if (both > 0) options.push([1, 1]);
    if (options.length === 0) { i++; j++; ur++; us++; continue; }
    options.sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
    const [dr, ds] = options[0];
    i += dr; j += ds; ur += dr; us += ds;
  }
  ur += r.length - i;
  us += s.length - j;
  return { map, unmatchedReader: ur, unmatchedWord: us };
}
