/**
 * Whether a double quotation is open after `text`, given whether one was open before it: a curly opening quote (“ „)
 * opens, a curly closing quote (”) closes, a straight double quote (") toggles; two commas open and two apostrophes
 * close (the Dutch typewriter pair ,,…''). The reading of quotation marks for the unit reader (a quotation opened in
 * an earlier sentence of the block, and `closesQuoteOpenedBefore`) and the rules (one opened earlier in the sentence:
 * `quotedAt`).
 */
export function doubleQuoteOpenAfter(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
    // The Dutch typewriter pair: two commas open (",,Met dit plan …"), two apostrophes close ("… opgaven.''").
    else if (ch === ',' && text[i + 1] === ',' && /\S/.test(text[i + 2] ?? '')) { open = true; i++; }
    else if ((ch === "'" || ch === '’') && text[i + 1] === ch) { open = false; i++; }
  }
  return open;
}

/**
 * The text closes a quotation it did not open: a curly closing quote (”) with no opening or straight double quote
 * before it ("Die betrokkenheid willen we versterken.”" after a quotation that began paragraphs earlier).
 */
export function closesQuoteOpenedBefore(text: string): boolean {
  // The first closing quote: a curly one, or two apostrophes of the Dutch typewriter pair.
  const m = /”|''|’’/.exec(text);
  if (!m) return false;
  const close = m.index;
  for (let k = 0; k < close; k++) if (text[k] === '“' || text[k] === '„' || text[k] === '"' || (text[k] === ',' && text[k + 1] === ',')) return false;
  return true;
}
