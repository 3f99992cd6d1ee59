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

/** Tokenize [start, end) of the (masked) text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let kind: TokenKind = m[1] !== undefined ? 'url' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'abbr' : m[4] !== undefined ? 'word' : m[5] !== undefined ? 'punct' : 'symbol';
    let tokText = m[0];
    // A listed abbreviation keeps its period: "art.", "nr.", "mln."
    if (kind === 'word' && slice[TOKEN.lastIndex] === '.') {
      const low = tokText.toLowerCase();
      if (NEVER_ENDS.has(low) || MAY_END.has(low)) { tokText += '.'; TOKEN.lastIndex++; kind = 'abbr'; }
    }
    // "Zorg- en ..." keeps the hyphen; a lone trailing hyphen elsewhere is punctuation.
    if (kind === 'word' && tokText.endsWith('-') && !/^\s+(en|of|tot)\b/.test(slice.slice(TOKEN.lastIndex, TOKEN.lastIndex + 5))) {
      tokText = tokText.slice(0, -1);
      TOKEN.lastIndex--;
    }
    const s = start + m.index;
    out.push({ start: s, end: s + tokText.length, text: tokText, low: tokText.toLowerCase(), kind });
  }
  return out;
}

/** Count words the way the report does: word and number tokens. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number' || t.kind === 'abbr') n++;
  return n;
}
