/**
 * Numbers with units: capacity ("12 fte", "400 uur", "3,5 formatieplaatsen"), results ("16.000 woningen",
 * "150 extra jongeren", "30%") and counts. Number words ("twee", "vijftig") count for small amounts.
 */
import type { Span } from '../types';
import { primeRegex } from '../text/prime';
import { textPrecheck } from '../vocab/needles';

export type QuantityKind = 'capacity' | 'percent' | 'count';

export interface QuantityMention extends Span { text: string; kind: QuantityKind; unit: string }

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|halve?`;
/** Units of capacity (regex alternatives; the pattern and its pre-check are both built from this list). */
const CAPACITY_UNITS = [
  'fte', String.raw`f\.t\.e\.`, 'formatieplaatsen', 'formatieplaats', 'arbeidsplaatsen', 'uur', 'uren', 'manuren', 'werkuren', String.raw`dagen\s+per\s+week`,
  String.raw`dag\s+per\s+week`, 'medewerkers', 'projectleiders', 'consulenten', 'mensen', 'personen', 'professionals', 'coördinatoren', 'ambtenaren',
  'vrijwilligers', 'wijkcoaches', "fte's",
];
const CAPACITY = CAPACITY_UNITS.join('|');
/** Number words that count with a word of amount after them ("acht nieuwe camera's"). */
const AMOUNT_WORDS = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'twintig', 'dertig', 'veertig', 'vijftig', 'honderd'];
/** Units of a percentage. */
const PERCENT_UNITS = ['%', 'procent', 'procentpunt'];
const QTY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NUM})\s?(${PERCENT_UNITS.join('|')})` +
  String.raw`|(?<![\p{L}\p{N}])(${NUM})\s+(?:extra\s+|nieuwe\s+|meer\s+|minder\s+)?(${CAPACITY})(?![\p{L}])` +
  String.raw`|(?<![\p{L}\p{N}.,€])(\d{1,3}(?:\.\d{3})+|\d{2,})\s+(?:extra\s+|nieuwe\s+|meer\s+|minder\s+|sociale\s+|betaalbare\s+)?(\p{Ll}{3,})` +
  // A single digit counts when "extra", "meer" or "minder" says it is an amount ("3 extra gezonde levensjaren"):
  // alone, "3 partners" may be a list number or a clause number.
  String.raw`|(?<![\p{L}\p{N}.,€])(\d)\s+(?:extra|meer|minder|nieuwe)\s+(?:\p{Ll}+e\s+)?(\p{Ll}{3,})` +
  // A number word with a word of amount ("acht nieuwe camera's", "twee extra wijkagenten"); alone ("drie partijen") it
  // names how many take part, and "een" is the article.
  String.raw`|(?<![\p{L}\p{N}])(?:${AMOUNT_WORDS.join('|')})\s+(?:extra|meer|minder|nieuwe)\s+(?:\p{Ll}+e\s+)?(\p{Ll}{3,})`,
  'giu');

const NOT_COUNT_NOUNS = /^(euro|miljoen|miljard|mln|jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|en|of|tot|t|van|is|was|zijn|de|het|een|lid|artikel|nr|per|om|in|op|voor|door|met|aan|bij)$/i;

/**
 * Pre-check, derived from the lists the pattern is built from (src/core/vocab/precheck.ts `textPrecheck`): a
 * percentage needs a word of PERCENT_UNITS, a capacity one of CAPACITY_UNITS (each alternative's literal text), a
 * count an ASCII digit or a number word of AMOUNT_WORDS. Same `iu` flags as QTY, so the same case folding. A text with none has no match.
 */
const MAY_QTY = textPrecheck({ digits: true, lists: [PERCENT_UNITS, CAPACITY_UNITS, AMOUNT_WORDS], flags: 'iu' });

export function findQuantities(text: string, offset = 0): QuantityMention[] {
  if (!MAY_QTY.test(text)) return [];
  return scanQuantities(text, offset);
}

/** `findQuantities` without the pre-check (exported for the test that shows the pre-check is exact). */
export function scanQuantities(text: string, offset = 0): QuantityMention[] {
  const out: QuantityMention[] = [];
  primeRegex(QTY);
  QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY.exec(text))) {
    const raw = m[0];
    const start = offset + m.index;
    if (m[2]) out.push({ start, end: start + raw.length, text: raw, kind: 'percent', unit: '%' });
    else if (m[4]) out.push({ start, end: start + raw.length, text: raw, kind: 'capacity', unit: m[4].toLowerCase() });
    else if (m[6] || m[8] || m[9]) {
      const unit = (m[6] ?? m[8] ?? m[9]).toLowerCase();
      // A skipped match gives its words back: "in 2027 acht nieuwe camera's" still has its count after the year.
      if (NOT_COUNT_NOUNS.test(unit)) { QTY.lastIndex = m.index + 1; continue; }
      // Years ("2026 gaan") are not counts; after a single digit "meer dan" compares ("3 meer dan vorig jaar").
      if (m[6] ? /^(19|20)\d\d$/.test(m[5]) : unit === 'dan') { QTY.lastIndex = m.index + 1; continue; }
      out.push({ start, end: start + raw.length, text: raw, kind: 'count', unit });
    }
  }
  return out;
}
