/**
 * Whether a double quotation is open after `text`, given whether one was open before it: a curly opening quote (“ „)
 * opens, a curly closing quote (”) closes, a straight double quote (") toggles. The reading of quotation marks for
 * the unit reader (a quotation opened in an earlier sentence of the block, and `closesQuoteOpenedBefore`) and the rules
 * (one opened earlier in the sentence: `quotedAt`).
 */
export function doubleQuoteOpenAfter(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/**
 * The text closes a quotation it did not open: a curly closing quote (”) with no opening or straight double quote
 * before it ("Die betrokkenheid willen we versterken.”" after a quotation that began paragraphs earlier).
 */
export function closesQuoteOpenedBefore(text: string): boolean {
  const close = text.indexOf('”');
  if (close < 0) return false;
  for (let k = 0; k < close; k++) if (text[k] === '“' || text[k] === '„' || text[k] === '"') return false;
  return true;
}
