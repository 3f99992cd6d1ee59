/**
 * A table-of-contents line: numbered section titles, each followed by its page number, run together on one
 * line ("3. Aanpak: samenhang 12 3.1 Wijken: meer regie 14 3.2 …"). Such a line names sections; it claims nothing.
 * It holds "title word, page number, dotted section number, capital" twice, or once when it opens with a section
 * number itself.
 */
const OPENS_SECTION = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const PAGE_THEN_SECTION = /[\p{L}’')]\s+\d{1,3}\s+\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/gu;

export function tocLine(raw: string): boolean {
  const n = [...raw.matchAll(PAGE_THEN_SECTION)].length;
  return n >= 2 || (n === 1 && OPENS_SECTION.test(raw));
}
