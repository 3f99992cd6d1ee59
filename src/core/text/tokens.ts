/**
 * Word tokenizer with exact UTF-16 offsets (guide/dutch-text.md §4 and A.2): URLs, e-mail addresses, Dutch
 * numbers ("450.000,-", "2,4"), dotted abbreviations ("o.a.", "d.w.z."), words with apostrophes and hyphens
 * ("auto's", "'s-Hertogenbosch", "Wmo-voorzieningen"), then any other single character.
 */
import { MAY_END, NEVER_ENDS } from './abbreviations';

export type TokenKind = 'word' | 'number' | 'abbr' | 'url' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercase, for matching. */
  low: string;
  kind: TokenKind;
}

// Groups, in order: 1 url, 2 num, 3 abbr, 4 word, 5 punct; no group matched: sym. Numbered, not named, groups:
// `m.groups` would allocate one object per token.
const TOKEN = new RegExp([
  String.raw`((?:https?:\/\/|www\.)[^\s<>()"]+[^\s<>()".,;:!?]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})`,
  String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:,-{1,2})?|\d+(?:[.,]\d+)*(?:,-{1,2})?)`,
  String.raw`((?:\p{L}{1,4}\.){2,}|t\/m)`,
  String.raw`((?:'[st]-?)?[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*-?)`,
  String.raw`([.,;:!?()[\]{}"“”‘’'«»…–—-])`,
  String.raw`\S`,
].join('|'), 'gu');

/**
 * Fast path tables (char codes below 0x250: ASCII, Latin-1, Latin Extended-A/B). LN: [\p{L}\p{M}\p{N}] (no marks
 * lie below 0x250, so this is [\p{L}\p{N}]). A plain run of these that starts a token and ends before a SAFE
 * character is exactly the token TOKEN would match there (see `tokenize`).
 */
const LN = Uint8Array.from({ length: 0x250 }, (_, c) => (/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0));
const SPACE = Uint8Array.from({ length: 0x80 }, (_, c) => (c === 32 || c === 9 || c === 10 || c === 13 ? 1 : 0));
/**
 * After a word: not a letter, digit or mark; not in the e-mail class [._%+-] or '@'; not '-', "'", '’', '&' (word joins);
 * not '.' (abbreviations) or '/' ("t/m"). ':' is safe unless the word is http/https (a URL). The symbols `*<>=#|~^`\$`
 * (branch speed17) join nothing and are in no class of TOKEN but `\S`.
 */
const SAFE_AFTER_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (SPACE[c] || ',;:!?()[]{}"*<>=#|~^`\\$'.includes(String.fromCharCode(c)) ? 1 : 0));
/** After digits: as after a word, and not ',' (decimals, ",-"). */
const SAFE_AFTER_NUM = Uint8Array.from({ length: 0x80 }, (_, c) => (SAFE_AFTER_WORD[c] && c !== 44 ? 1 : 0));
/** One-character punctuation that no other alternative of TOKEN can start (not '.', '-', "'"). */
const PUNCT1 = new Set(',;:!?()[]{}"“”‘’«»…–—');
/**
 * Symbols that no alternative of TOKEN but `\S` can start (branch speed17): not a letter, digit or mark, not in the
 * e-mail class [._%+-], not "'" (the word alternative's `'s`/`'t`), not in the punctuation group, not 'h', 'w' or 't'.
 */
const SYM1 = Uint8Array.from({ length: 0x80 }, (_, c) => ('#$&*/<=>@\\^`|~'.includes(String.fromCharCode(c)) ? 1 : 0));
function isSym1(c: number): boolean {
  return c < 0x80 ? SYM1[c] === 1 : c === 0xa7 || c === 0xb0 || c === 0x2022 || c === 0x20ac; // § ° • €
}

/**
 * Tokenize [start, end) of the (masked) text. The common tokens (plain words, plain digit runs, single
 * punctuation) are read by a character scan that yields exactly what TOKEN yields there: a run of letters
 * and digits starting at a token start and followed by a SAFE character (or the end) cannot be a URL, e-mail
 * address, number with separators, dotted abbreviation, joined word or listed abbreviation. Everything else
 * goes through TOKEN (`tokenizeRegex` is the reference; a test compares both).
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  scan(text, start, end, out, null, null, null);
  return out;
}

/**
 * The comparable keys of `tokenize(text)`'s tokens (`vocab/phrase.ts` `tokenKey`: punctuation and symbols as they
 * are, every other token lowercase), and optionally their offsets, without making the token objects: the phrase
 * matcher tokenizes many texts it tests as strings and keeps only these.
 */
export function tokenKeys(text: string, starts: number[] | null = null, ends: number[] | null = null): string[] {
  const keys: string[] = [];
  scan(text, 0, text.length, null, keys, starts, ends);
  return keys;
}

/** The one scan behind `tokenize` (tokens to `out`) and `tokenKeys` (keys, and offsets when asked, to the arrays). */
function scan(text: string, start: number, end: number, out: Token[] | null, keys: string[] | null, starts: number[] | null, ends: number[] | null): void {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (c < 0x80 && SPACE[c]) { i++; continue; }
    if (c < 0x250 && LN[c]) {
      let j = i + 1;
      const digit = c >= 48 && c <= 57;
      if (digit) while (j < n) { const d = slice.charCodeAt(j); if (d >= 48 && d <= 57) j++; else break; }
      else while (j < n) { const d = slice.charCodeAt(j); if (d < 0x250 && LN[d]) j++; else break; }
      const t = j < n ? slice.charCodeAt(j) : -1;
      if (t === -1 || (t < 0x80 && (digit ? SAFE_AFTER_NUM[t] : SAFE_AFTER_WORD[t]) && !(t === 58 && !digit && /^https?$/.test(slice.slice(i, j))))) {
        const tokText = slice.slice(i, j);
        const low = digit ? tokText : tokText.toLowerCase();
        if (out) out.push({ start: start + i, end: start + j, text: tokText, low, kind: digit ? 'number' : 'word' });
        else {
          keys!.push(low);
          if (starts) { starts.push(start + i); ends!.push(start + j); }
        }
        i = j;
        continue;
      }
      // A run before a period that ends the text or comes before a space ("… de regie. Het …", branch speed17): no URL
      // (`www.` needs a character after the period), e-mail address (no '@' after a space), number with separators (a
      // digit after the period) or dotted abbreviation (a second letter group) can start here, so TOKEN gives the run
      // as a number or a word; a listed abbreviation keeps its period, as `regexToken` does.
      if (t === 46 && (j + 1 >= n || (slice.charCodeAt(j + 1) < 0x80 && SPACE[slice.charCodeAt(j + 1)]))) {
        const tokText = slice.slice(i, j);
        const low = digit ? tokText : tokText.toLowerCase();
        const abbr = !digit && (NEVER_ENDS.has(low) || MAY_END.has(low));
        const e = abbr ? j + 1 : j;
        const text2 = abbr ? tokText + '.' : tokText, low2 = abbr ? low + '.' : low;
        if (out) out.push({ start: start + i, end: start + e, text: text2, low: low2, kind: digit ? 'number' : abbr ? 'abbr' : 'word' });
        else {
          keys!.push(low2);
          if (starts) { starts.push(start + i); ends!.push(start + e); }
        }
        i = e;
        continue;
      }
    } else if (PUNCT1.has(slice[i]) || ((c === 46 || c === 45) && (i + 1 >= n || (slice.charCodeAt(i + 1) < 0x80 && SPACE[slice.charCodeAt(i + 1)])))) {
      // One punctuation mark; '.' and '-' only before a space or the end (elsewhere they may start an e-mail address).
      const ch = slice[i];
      if (out) out.push({ start: start + i, end: start + i + 1, text: ch, low: ch.toLowerCase(), kind: 'punct' });
      else {
        keys!.push(ch);
        if (starts) { starts.push(start + i); ends!.push(start + i + 1); }
      }
      i++;
      continue;
    } else if (isSym1(c)) {
      const ch = slice[i];
      if (out) out.push({ start: start + i, end: start + i + 1, text: ch, low: ch, kind: 'symbol' });
      else {
        keys!.push(ch);
        if (starts) { starts.push(start + i); ends!.push(start + i + 1); }
      }
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(slice);
    if (!m) break;
    i = regexToken(m, slice, start, out, keys, starts, ends);
  }
}

/** One TOKEN match turned into a token (pushed to `out`, or its key to `keys`); returns where the next token may start. */
function regexToken(m: RegExpExecArray, slice: string, start: number, out: Token[] | null, keys: string[] | null = null, starts: number[] | null = null, ends: number[] | null = null): number {
  let kind: TokenKind = m[1] !== undefined ? 'url' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'abbr' : m[4] !== undefined ? 'word' : m[5] !== undefined ? 'punct' : 'symbol';
  let tokText = m[0];
  let next = m.index + tokText.length;
  // A listed abbreviation keeps its period: "art.", "nr.", "mln."
  if (kind === 'word' && slice[next] === '.') {
    const low = tokText.toLowerCase();
    if (NEVER_ENDS.has(low) || MAY_END.has(low)) { tokText += '.'; next++; kind = 'abbr'; }
  }
  // "Zorg- en ..." keeps the hyphen; a lone trailing hyphen elsewhere is punctuation.
  if (kind === 'word' && tokText.endsWith('-') && !/^\s+(en|of|tot)\b/.test(slice.slice(next, next + 5))) {
    tokText = tokText.slice(0, -1);
    next--;
  }
  const s = start + m.index;
  if (out) out.push({ start: s, end: s + tokText.length, text: tokText, low: tokText.toLowerCase(), kind });
  else {
    keys!.push(kind === 'punct' || kind === 'symbol' ? tokText : tokText.toLowerCase());
    if (starts) { starts.push(s); ends!.push(s + tokText.length); }
  }
  return next;
}

/** The reference tokenizer: TOKEN alone, no fast path (for the test that shows `tokenize` is identical). */
export function tokenizeRegex(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) TOKEN.lastIndex = regexToken(m, slice, start, out);
  return out;
}

/** Count words the way the report does: word and number tokens. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) { const k = tokens[i].kind; if (k === 'word' || k === 'number' || k === 'abbr') n++; }
  return n;
}
