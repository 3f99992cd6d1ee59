/**
 * A whitespace-flattened view of a sentence: every run of whitespace (spaces, tabs, CR, LF, no-break spaces)
 * becomes one space. Recognisers with bounded gaps ("stelt [^.]{0,60} vast") and character windows match the
 * same way whether a text uses LF or CRLF or wraps lines differently. `toRaw` maps a flat index back to an
 * offset relative to the sentence start; `toFlat` maps the other way. Built once per sentence (linear time).
 */
import { memoize, type Sentence } from '../document';

export interface Flat {
  /** Lowercase, whitespace runs collapsed to one space. */
  text: string;
  /** Original (masked) text with the same collapsing, for quoting. */
  raw: string;
  /** flat index → offset in the sentence (relative to sentence start); length text.length + 1. */
  toRaw: Int32Array;
  /** sentence-relative offset → flat index; length sentence length + 1. */
  toFlat: Int32Array;
}

/** The whitespace that flattening collapses: space, tab, LF, CR, no-break space, figure space, narrow no-break space. */
function isFlatSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2007 || c === 0x202f;
}

/**
 * The identity map 0, 1, 2, … of at least the longest sentence seen, shared: a simple sentence's `toRaw` and `toFlat`
 * are one view of it (branch speed25; no consumer writes into the maps). Two typed arrays of their own per sentence
 * were ≈ 7 MB of the 100k-word document's peak (their backing stores outside the heap, and two ArrayBuffer objects).
 */
let identity = new Int32Array(0);
/**
 * The views by length (branch speed26): one view object per sentence was ≈ 100 bytes each (5,200 on the 100k-word
 * benchmark document); sentences of one length share one. Made again when the identity grows.
 */
const identityViews = new Map<number, Int32Array>();
function identityMap(n: number): Int32Array {
  if (identity.length < n) {
    const grown = new Int32Array(Math.max(n, 2 * identity.length, 1024));
    for (let i = 0; i < grown.length; i++) grown[i] = i;
    identity = grown;
    identityViews.clear();
  }
  let v = identityViews.get(n);
  if (v === undefined) identityViews.set(n, (v = identity.subarray(0, n)));
  return v;
}

export function flatten(low: string, raw: string): Flat {
  if (raw.length !== low.length) return flattenByChar(low, raw);
  // Most sentences have single spaces only (line breaks are spaces in a sentence's text already): then the flat
  // text is the text itself and both maps are the identity, which the loop below would build by concatenation.
  let simple = true;
  for (let i = 0, prevSpace = false; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c === 32) { if (prevSpace) { simple = false; break; } prevSpace = true; } else if (isFlatSpace(c)) { simple = false; break; } else prevSpace = false;
  }
  if (simple) {
    const map = identityMap(low.length + 1);
    return { text: low, raw, toRaw: map, toFlat: map };
  }
  const toRaw = new Int32Array(low.length + 1);
  const toFlat = new Int32Array(low.length + 1);
  // Runs of non-space characters are appended as slices (not one character at a time), each whitespace run as ' '.
  let text = '', rawOut = '';
  let n = 0;
  let inSpace = false;
  let runStart = 0;
  for (let i = 0; i < low.length; i++) {
    toFlat[i] = n;
    const c = low.charCodeAt(i);
    const space = isFlatSpace(c);
    if (space) {
      if (inSpace) continue;
      inSpace = true;
      text += low.slice(runStart, i) + ' '; rawOut += raw.slice(runStart, i) + ' ';
    } else if (inSpace) {
      inSpace = false;
      runStart = i;
    }
    toRaw[n++] = i;
  }
  if (!inSpace) { text += low.slice(runStart); rawOut += raw.slice(runStart, low.length); }
  toFlat[low.length] = n;
  toRaw[n] = low.length;
  return { text, raw: rawOut, toRaw: toRaw.subarray(0, n + 1), toFlat };
}

/** The same one character at a time (the reference, and the path when lowercasing changed the length, e.g. U+0130). */
export function flattenByChar(low: string, raw: string): Flat {
  const toRaw = new Int32Array(low.length + 1);
  const toFlat = new Int32Array(low.length + 1);
  let text = '', rawOut = '';
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < low.length; i++) {
    toFlat[i] = n;
    const c = low.charCodeAt(i);
    const space = isFlatSpace(c);
    if (space) {
      if (inSpace) continue;
      inSpace = true;
      text += ' '; rawOut += ' ';
    } else {
      inSpace = false;
      text += low[i]; rawOut += raw[i];
    }
    toRaw[n++] = i;
  }
  toFlat[low.length] = n;
  toRaw[n] = low.length;
  return { text, raw: rawOut, toRaw: toRaw.subarray(0, n + 1), toFlat };
}

/** The flattened view of a sentence (offset-free: memoised per sentence text, kept when the sentence moves). */
export function flat(s: Sentence): Flat {
  // The memo hit without a closure (a closure over `s` here would give every call a context object).
  const hit = s.memo.get('flat') as Flat | undefined;
  return hit ?? flatMemo(s);
}
function flatMemo(s: Sentence): Flat {
  return memoize(s, 'flat', () => flatten(s.low, s.raw));
}

/** A regex match in flat space turned into an absolute span of the original text. */
export function flatSpan(s: Sentence, f: Flat, index: number, length: number): { start: number; end: number; text: string } {
  const a = f.toRaw[index];
  const b = f.toRaw[index + length - 1] + 1;
  return { start: s.start + a, end: s.start + b, text: f.raw.slice(index, index + length) };
}
