/**
 * Whether a double quotation is open after `text`, given whether one was open before it: a curly opening quote (“ „)
 * opens, a curly closing quote (”) closes, a straight double quote (") toggles. The one reading of quotation marks for
 * the unit reader (a quotation opened in an earlier sentence of the block) and the rules (one opened earlier in the
 * sentence: `quotedAt`).
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
