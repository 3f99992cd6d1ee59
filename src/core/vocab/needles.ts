/**
 * Needles of the recognisers' pre-checks (src/core/recognize): the literal text each alternative of a word list
 * must contain, so a recogniser's cheap pre-check is derived from the same lists its pattern is built from, never
 * written by hand (issue 13 point 5). No imports: the recognisers load while the document model loads.
 */

/** The stems that contain no other: a stem that contains another adds nothing to a substring test. */
export function shortest(stems: Iterable<string>): string[] {
  const kept: string[] = [];
  for (const s of [...stems].sort((a, b) => a.length - b.length)) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$']);

/**
 * The literal text that every match of one alternative of a word list contains: its last run of literal
 * characters (escaped punctuation such as `\.` included), where a character a quantifier makes optional (`e?`,
 * `s*`) or repeatable ends the run, and a class, a group or an escape such as `\s` breaks it. Throws when the
 * alternative has none (its list cannot give a pre-check).
 */
export function literalNeedle(alternative: string): string {
  let last = '', run = '';
  const end = (): void => { if (run) last = run; run = ''; };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    // One atom: a literal character (or escaped punctuation), or something else (class, group, escape class, anchor).
    let lit: string | undefined;
    if (c === '\\') {
      const n = alternative[++i] ?? '';
      if (/^[^\p{L}\p{N}]$/u.test(n)) lit = n;
      else if ((n === 'p' || n === 'P') && alternative[i + 1] === '{') i = alternative.indexOf('}', i);
    } else if (c === '[') {
      while (++i < alternative.length && alternative[i] !== ']') if (alternative[i] === '\\') i++;
    } else if (c === '(') {
      for (let depth = 1; depth > 0 && ++i < alternative.length;) {
        if (alternative[i] === '\\') i++;
        else if (alternative[i] === '(') depth++;
        else if (alternative[i] === ')') depth--;
      }
    } else if (!META.has(c)) lit = c;
    // A quantified atom (`e?`, `s*`, `\d+`, `x{1,3}`) may be missing or repeated: it ends the run.
    const q = alternative[i + 1];
    const quantified = q === '?' || q === '*' || q === '+' || q === '{';
    if (quantified) i = q === '{' ? alternative.indexOf('}', i + 1) : i + 1;
    if (quantified && alternative[i + 1] === '?') i++;
    if (lit !== undefined && !quantified) run += lit;
    else end();
  }
  end();
  if (!last) throw new Error(`precheck: no literal text in "${alternative}"`);
  return last;
}

/** The literal needles of word lists (one per alternative, as `literalNeedle`), without those that contain another. */
export function listNeedles(lists: ReadonlyArray<readonly string[]>): string[] {
  return shortest(lists.flatMap((l) => l.map(literalNeedle)));
}

export interface TextPrecheckSpec {
  /** Some alternatives need an ASCII digit (an amount, a year, a day number). */
  digits?: boolean;
  /** Word lists the other alternatives are built from (regex alternatives): each match holds one of their needles. */
  lists?: ReadonlyArray<readonly string[]>;
  /** Alternatives that are their own pre-check (a short formula such as "p.m."), as regex sources. */
  patterns?: readonly string[];
  /** The flags of the recogniser's pattern (the same case folding). */
  flags: string;
}

/**
 * The pre-check of a recogniser: a text without a digit (when the pattern needs one where no list word occurs), a
 * needle of its lists or one of its own formulas has no match. Built from the same constants as the pattern.
 */
export function textPrecheck(spec: TextPrecheckSpec): RegExp {
  const parts: string[] = [];
  if (spec.digits) parts.push('[0-9]');
  for (const n of listNeedles(spec.lists ?? [])) parts.push(escape(n));
  for (const p of spec.patterns ?? []) parts.push(p);
  return new RegExp(parts.join('|'), spec.flags);
}
