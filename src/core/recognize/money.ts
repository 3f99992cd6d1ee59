/**
 * Money: "€ 1,5 mln", "EUR 250.000", "3 miljoen euro", "€ 450.000,-", "2,5 mln per jaar", and the open
 * "p.m." (pro memorie: an amount still to be filled in). All patterns are linear (no nested quantifiers).
 */
import type { Span } from '../types';
import { primeRegex } from '../text/prime';
import { textPrecheck } from '../vocab/needles';

export interface MoneyMention extends Span {
  text: string;
  /** The amount in euros when it can be read; undefined for p.m. */
  euros?: number;
  /** "p.m." or another open placeholder. */
  open: boolean;
}

const AMOUNT = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:,-{1,2})?|\d+(?:,\d+)?(?:,-{1,2})?`;
/** The open amount "p.m." (pro memorie): the pattern's one alternative without a digit. */
const PM = String.raw`p\.\s?m\.`;
const SCALE = String.raw`miljoen|miljard|mln\.?|mld\.?|mrd\.?|duizend|dzd\.?|k\b`;
const MONEY = new RegExp(
  String.raw`(?:€|\bEUR\b|\beuro\b)\s?(${AMOUNT})(?:\s?(${SCALE}))?` +
  String.raw`|(?<![\p{L}\p{N}.,])(${AMOUNT})\s?(${SCALE})\s?(?:euro|EUR|€)?` +
  String.raw`|(?<![\p{L}\p{N}.,])(${AMOUNT})\s?(?:euro|EUR)\b` +
  // Not the end of a person's initials ("mr. C.P.M. Jansen"): a letter and a dot right before it.
  String.raw`|(?<![\p{L}\p{N}])(?<!\p{L}\.)${PM}(?![\p{L}])`,
  'giu');

const SCALES: Record<string, number> = { miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9, duizend: 1e3, dzd: 1e3, k: 1e3 };

function parseAmount(a: string): number {
  const clean = a.replace(/,-{1,2}$/, '').replace(/\./g, '').replace(',', '.');
  return Number(clean);
}

/**
 * Pre-check, from the parts the pattern is built from (src/core/vocab/needles.ts `textPrecheck`): every alternative
 * of MONEY but "p.m." holds an AMOUNT, which starts with an ASCII digit; "p.m." is its own pre-check (PM). No word
 * list is involved. Same `iu` flags as MONEY, so the same case folding. A text with neither has no match.
 */
const MAY_MONEY = textPrecheck({ digits: true, patterns: [PM], flags: 'iu' });

export function findMoney(text: string, offset = 0): MoneyMention[] {
  if (!MAY_MONEY.test(text)) return [];
  return scanMoney(text, offset);
}

/** `findMoney` without the pre-check (exported for the test that shows the pre-check is exact). */
export function scanMoney(text: string, offset = 0): MoneyMention[] {
  const out: MoneyMention[] = [];
  primeRegex(MONEY);
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY.exec(text))) {
    const raw = m[0];
    const start = offset + m.index;
    if (/^p\.\s?m\.$/i.test(raw)) {
      out.push({ start, end: start + raw.length, text: raw, open: true });
      continue;
    }
    const amount = m[1] ?? m[3] ?? m[5];
    const scaleWord = (m[2] ?? m[4] ?? '').toLowerCase().replace('.', '');
    // A bare "3 miljoen" without a currency is money only with a money scale; "2026 k" is not.
    if (m[3] && !/euro|eur|€/i.test(raw) && scaleWord === 'k') continue;
    if (m[3] && !/euro|eur|€/i.test(raw) && !/^(miljoen|miljard|mln|mld|mrd)$/.test(scaleWord)) continue;
    let euros = parseAmount(amount);
    if (scaleWord && SCALES[scaleWord]) euros *= SCALES[scaleWord];
    const trimmed = raw.replace(/\s+$/, '');
    out.push({ start, end: start + trimmed.length, text: trimmed, euros: Number.isFinite(euros) ? euros : undefined, open: false });
  }
  return out;
}
