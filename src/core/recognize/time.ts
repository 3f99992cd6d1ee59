/**
 * Dates, deadlines and periods: "per 1 januari 2027", "vóór 1-1-2027", "in 2026", "Q3 2026", "medio 2026",
 * "binnen vier jaar", "2026-2029", "het eerste kwartaal van 2026", "jaarlijks" (a recurrence).
 */
import type { Span } from '../types';
import { primeRegex } from '../text/prime';
import { textPrecheck } from '../vocab/needles';

export type TimeKind = 'date' | 'year' | 'period' | 'deadline' | 'recurrence';

export interface TimeMention extends Span { text: string; kind: TimeKind }

const MONTH = String.raw`januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.?|febr?\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|okt\.?|nov\.?|dec\.?`;
const NUMWORD = String.raw`\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|achttien|twintig|dertig|veertig|zestig|honderd|enkele`;
const QUAL = String.raw`(?:(?:vóór|voor|uiterlijk|per|vanaf|na|medio|begin|eind|ultimo|halverwege|t\/m|tot|met ingang van|m\.i\.v\.|in)\s+)?`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** Units of a period ("binnen vier weken"). */
const PERIOD_UNITS = ['dagen', 'dag', 'weken', 'week', 'maanden', 'maand', 'jaar', 'jaren', 'kwartalen'];
/** A term of office or of a plan: a bounded period of its own ("in deze raadsperiode", "binnen de kabinetsperiode"). */
const TERMS = ['raadsperiode', 'collegeperiode', 'bestuursperiode', 'kabinetsperiode', 'coalitieperiode', 'statenperiode', 'planperiode',
  'convenantperiode', 'programmaperiode', String.raw`looptijd\s+van\s+het\s+convenant`, String.raw`looptijd\s+van\s+de\s+overeenkomst`,
  String.raw`looptijd\s+van\s+dit\s+convenant`, String.raw`looptijd\s+van\s+deze\s+overeenkomst`];
/** Recurrences ("jaarlijks", "per kwartaal"). */
const RECURRENCES = ['jaarlijks', 'halfjaarlijks', String.raw`elk\s+(?:half)?jaar`, String.raw`ieder\s+(?:half)?jaar`, String.raw`per\s+kwartaal`, String.raw`elk\s+kwartaal`,
  'maandelijks', 'tweejaarlijks', 'driemaandelijks', String.raw`per\s+jaar`];

/** The alternatives of TIME, in order (exported for the test that compares TIME with one edge pair per alternative). */
export const TIME_PARTS = [
  String.raw`(?<date>${QUAL}\d{1,2}\s+(?:${MONTH})(?:\s+${YEAR})?(?:\s+(?:jl\.|a\.s\.))?)`,
  String.raw`(?<date2>${QUAL}\d{1,2}-\d{1,2}-(?:${YEAR}|\d\d))`,
  String.raw`(?<range>${YEAR}\s?[-–/]\s?(?:${YEAR}|\d\d)(?!\d))`,
  String.raw`(?<month>${QUAL}(?:${MONTH})\s+${YEAR})`,
  String.raw`(?<quarter>${QUAL}(?:Q[1-4]\s+${YEAR}|(?:het\s+)?(?:eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+(?:kwartaal|half\s?jaar|helft)\s+(?:van\s+)?${YEAR}))`,
  String.raw`(?<season>(?:eind|begin|medio|voorjaar|najaar|zomer|winter|(?:het\s+)?(?:voorjaar|najaar)\s+van)\s+${YEAR})`,
  String.raw`(?<within>(?:binnen|uiterlijk\s+over|over|na|in|gedurende)\s+(?:${NUMWORD})\s+(?:werk)?(?:${PERIOD_UNITS.join('|')}))`,
  String.raw`(?<yearq>(?:vóór|voor|uiterlijk|per|vanaf|in|tot|t\/m|na|eind|begin|medio|sinds)\s+${YEAR})`,
  String.raw`(?<year>${YEAR})`,
  String.raw`(?<rec>${RECURRENCES.join('|')})`,
];
/**
 * One look-behind and one look-ahead around the whole alternation: the same matches as one pair around each
 * alternative (the look-behind is tested at the same position for every alternative, and the look-ahead follows
 * whichever alternative matched, in the same backtracking order), but one Unicode class pair to compile instead
 * of ten (the cold first call pays the compilation).
 */
const TIME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${TIME_PARTS.join('|')})(?![\p{L}\p{N}])`, 'giu');

/**
 * Pre-check, derived from the lists the pattern is built from (src/core/vocab/needles.ts `textPrecheck`): dates,
 * years, quarters and seasons hold a year or a day number (an ASCII digit); "binnen vier weken" a word of
 * PERIOD_UNITS; a recurrence the literal text of one of RECURRENCES ("jaar", "kwartaal", "maandelijks"). Same `iu`
 * flags as TIME, so the same case folding (e.g. U+212A KELVIN SIGN for k). A text with none has no match, so the
 * large alternation is not run.
 */
const MAY_TIME = textPrecheck({ digits: true, lists: [PERIOD_UNITS, RECURRENCES], flags: 'iu' });

/**
 * A term of office or of an agreement as a time frame ("in deze raadsperiode", "binnen de kabinetsperiode", "gedurende
 * de looptijd van het convenant"): its own pattern, run only on a text that holds "periode" or "looptijd", so the large
 * alternation above does not try it at every "de".
 */
const TERM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:binnen|in|tijdens|gedurende|voor\s+het\s+einde\s+van|aan\s+het\s+einde\s+van|uiterlijk\s+aan\s+het\s+eind(?:e)?\s+van)\s+)?(?:deze|de|dit|de\s+komende|de\s+volgende|de\s+huidige)\s+(?:${TERMS.join('|')})(?![\p{L}\p{N}])`, 'giu');
/** Pre-check of TERM, derived from TERMS (src/core/vocab/needles.ts `textPrecheck`). */
const MAY_TERM = textPrecheck({ lists: [TERMS], flags: 'iu' });

/** The end of a law's name before its year: a compound of wet/besluit/verordening/regeling, Wmo, Awb, a number. */
const LAW_NAME_END = /(?:\p{L}*(?:wet|besluit|verordening|regeling)|\bwmo|\bawb|\bnr\.?|\bartikel|\bart\.)\s*$/iu;

export function findTimes(text: string, offset = 0): TimeMention[] {
  const times = MAY_TIME.test(text) ? scanTimes(text, offset) : [];
  return MAY_TERM.test(text) ? withTerms(text, offset, times) : times;
}

/** `times` with the terms of office or agreement in `text` added (none overlapping a time found), in text order. */
function withTerms(text: string, offset: number, times: TimeMention[]): TimeMention[] {
  primeRegex(TERM);
  TERM.lastIndex = 0;
  let m: RegExpExecArray | null;
  const out = [...times];
  while ((m = TERM.exec(text))) {
    const start = offset + m.index, end = start + m[0].length;
    if (times.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, text: m[0], kind: /^(binnen|voor|aan|uiterlijk)\b/i.test(m[0]) ? 'deadline' : 'period' });
  }
  return out.length === times.length ? times : out.sort((a, b) => a.start - b.start);
}

/** `findTimes` without the pre-check (exported for the test that shows the pre-check is exact). */
export function scanTimes(text: string, offset = 0): TimeMention[] {
  const out: TimeMention[] = [];
  primeRegex(TIME);
  TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME.exec(text))) {
    const g = m.groups!;
    const raw = m[0];
    const start = offset + m.index;
    let kind: TimeKind;
    if (g.date || g.date2 || g.month || g.quarter || g.season) kind = /^(vóór|voor|uiterlijk|tot|t\/m)\b/i.test(raw) ? 'deadline' : 'date';
    else if (g.range || g.within) kind = g.within && /^binnen|^uiterlijk/i.test(raw) ? 'deadline' : 'period';
    else if (g.yearq) kind = /^(vóór|voor|uiterlijk|tot|t\/m)\b/i.test(raw) ? 'deadline' : 'year';
    else if (g.year) {
      // A year inside a law name ("Wmo 2015", "Omgevingswet 2024", "Archiefwet 1995": any compound of wet, besluit,
      // verordening or regeling) is not a time frame.
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (LAW_NAME_END.test(before)) continue;
      kind = 'year';
    } else kind = 'recurrence';
    out.push({ start, end: start + raw.length, text: raw, kind });
  }
  return out;
}
