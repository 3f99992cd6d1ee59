/**
 * A table-of-contents line: numbered section titles, each followed by its page number, run together on one
 * line ("3. Aanpak: samenhang 12 3.1 Wijken: meer regie 14 3.2 …"). Such a line names sections; it claims nothing.
 * It holds "title word, page number, dotted section number, capital" twice, or once when it opens with a section
 * number itself; or it is one entry with its page number on a line of its own (numbered, "Bijlage 2 …", or with dot
 * leaders before the page number: "Regie op de uitvoering ..... 21"); or it opens with the label
 * "Inhoud(sopgave)" followed by titles, the first perhaps numbered (a contents page flattened into one line).
 */
const OPENS_SECTION = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const PAGE_THEN_SECTION = /[\p{L}’')]\s+\d{1,3}\s+\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/gu;

/** One entry on its own line: a section number, a title, its page number ("2 Versterken regierol gemeenten 8"). */
const ENTRY = /^\s*(?:(?:Bijlage|Hoofdstuk|Paragraaf|Deel)\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?;:]*[\p{L}’')](?:\s+|\s*(?:\.{2,}|…+)\s*)\d{1,3}\s*$/u;
/** A title with dot leaders before its page number ("Regie op de uitvoering ..... 21"), numbered or not. */
const LEADER_ENTRY = /^\s*\p{Lu}[^!?;:]*?[\p{L}’')]\s*(?:\.{3,}|…+)\s*\d{1,3}\s*$/u;
/** A table of contents run together, opening with its label ("Inhoud Samenvatting Inleiding …"). */
const CONTENTS = /^\s*(?:\d{1,3}\s+)?(?:Inhoud|INHOUD|Inhoudsopgave|INHOUDSOPGAVE)\s+(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u;
const ENTRY_MAX_WORDS = 14;

export function tocLine(raw: string): boolean {
  // Exact pre-checks (the patterns run ≈ 6 µs per sentence, most of it on lines that hold no digit): a page and section
  // number needs an ASCII digit (`\d` under `u`), CONTENTS its label, ENTRY and LEADER_ENTRY a digit before the end
  // (`\s*$` skips what `trimEnd` removes: both are WhiteSpace and LineTerminator).
  if (/\d/.test(raw)) {
    const n = pageThenSection(raw);
    if (n >= 2 || (n === 1 && OPENS_SECTION.test(raw))) return true;
  }
  if ((raw.includes('Inhoud') || raw.includes('INHOUD')) && CONTENTS.test(raw)) return true;
  const end = raw.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (!(last >= 48 && last <= 57)) return false;
  return (ENTRY.test(raw) || LEADER_ENTRY.test(raw)) && raw.trim().split(/\s+/).length <= ENTRY_MAX_WORDS;
}

/** How many PAGE_THEN_SECTION matches `raw` holds, counted to 2 (all `tocLine` asks; the pattern matches no empty text). */
function pageThenSection(raw: string): number {
  PAGE_THEN_SECTION.lastIndex = 0;
  let n = 0;
  while (n < 2 && PAGE_THEN_SECTION.exec(raw)) n++;
  PAGE_THEN_SECTION.lastIndex = 0;
  return n;
}
