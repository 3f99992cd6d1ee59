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

/**
 * One atom of a pattern as the needle derivation reads it: a literal character, a group (its alternatives), or
 * anything else (a class, an escape class, an anchor, a lookaround, a back-reference). `min`/`max`: its quantifier.
 */
type Atom = { kind: 'lit'; ch: string; min: number; max: number } | { kind: 'group'; alts: Atom[][]; min: number; max: number } | { kind: 'other'; min: number; max: number };

/** Parses a regex source into its top-level alternatives of atoms; undefined when it reads anything unexpected. */
function parsePattern(src: string): Atom[][] | undefined {
  let i = 0;
  let bad = false;
  const quantify = (): { min: number; max: number } => {
    const c = src[i];
    let q: { min: number; max: number } = { min: 1, max: 1 };
    if (c === '?') { q = { min: 0, max: 1 }; i++; } else if (c === '*') { q = { min: 0, max: Infinity }; i++; } else if (c === '+') { q = { min: 1, max: Infinity }; i++; } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) { bad = true; return q; }
      const min = Number(m[1]);
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
      // `x{1}` reads as a quantified atom all the same (it ends a literal run; no pattern writes it).
      if (q.min === 1 && q.max === 1) q = { min: 1, max: 1.5 };
      i += m[0].length;
    } else return q;
    if (src[i] === '?') i++;
    return q;
  };
  const skipTo = (close: string): void => { const at = src.indexOf(close, i); if (at < 0) bad = true; i = at < 0 ? src.length : at + 1; };
  const alternatives = (): Atom[][] => {
    const alts: Atom[][] = [[]];
    while (i < src.length && !bad) {
      const c = src[i];
      if (c === ')') break;
      if (c === '|') { alts.push([]); i++; continue; }
      let atom: { kind: 'lit'; ch: string } | { kind: 'group'; alts: Atom[][] } | { kind: 'other' };
      if (c === '\\') {
        const n = src[i + 1];
        i += 2;
        if (n === undefined) { bad = true; break; }
        if ((n === 'p' || n === 'P') && src[i] === '{') { skipTo('}'); atom = { kind: 'other' }; }
        else if (n === 'u') { if (src[i] === '{') skipTo('}'); else i += 4; atom = { kind: 'other' }; }
        else if (n === 'x') { i += 2; atom = { kind: 'other' }; }
        else if (n === 'c') { i += 1; atom = { kind: 'other' }; }
        else if (n === 'k' && src[i] === '<') { skipTo('>'); atom = { kind: 'other' }; }
        else if (/[0-9]/.test(n)) { while (/[0-9]/.test(src[i] ?? '')) i++; atom = { kind: 'other' }; }
        else if (/^[\p{L}\p{N}_]$/u.test(n)) atom = { kind: 'other' };
        else atom = { kind: 'lit', ch: n };
      } else if (c === '[') {
        i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        if (i >= src.length) { bad = true; break; }
        i++;
        atom = { kind: 'other' };
      } else if (c === '(') {
        let look = false;
        if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) { look = true; i += 3; }
        else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) { look = true; i += 4; }
        else if (src.startsWith('(?<', i)) { i += 3; skipTo('>'); }
        else if (src.startsWith('(?', i)) { i += 2; while (i < src.length && src[i] !== ':') i++; i++; }
        else i++;
        const inner = alternatives();
        if (src[i] !== ')') { bad = true; break; }
        i++;
        atom = look ? { kind: 'other' } : { kind: 'group', alts: inner };
      } else if (c === '.' || c === '^' || c === '$') { i++; atom = { kind: 'other' }; }
      else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') { bad = true; break; }
      else { const ch = String.fromCodePoint(src.codePointAt(i)!); i += ch.length; atom = { kind: 'lit', ch }; }
      const q = quantify();
      alts[alts.length - 1].push({ ...atom, ...q } as Atom);
    }
    return alts;
  };
  const top = alternatives();
  return bad || i !== src.length ? undefined : top;
}

/** The members that contain no other member (a substring test on the shorter says as much), in their order. */
function withoutContaining(set: readonly string[]): string[] {
  const out: string[] = [];
  set.forEach((s, k) => {
    if (out.includes(s)) return;
    if (set.some((t, j) => j !== k && t !== s && s.includes(t))) return;
    out.push(s);
  });
  return out;
}

/** Better needles: a longer shortest member (rarer in text), then fewer members; on a tie the later reading. */
const better = (a: string[], b: string[] | undefined): boolean => {
  if (!b) return true;
  const la = Math.min(...a.map((x) => x.length)), lb = Math.min(...b.map((x) => x.length));
  return la > lb || (la === lb && a.length <= b.length);
};

/** The best needles of a sequence of atoms: each literal run, and each group that must occur (its alternatives' needles together). */
function sequenceNeedles(seq: readonly Atom[]): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const endRun = (): void => { if (run && better([run], best)) best = [run]; run = ''; };
  for (const a of seq) {
    if (a.kind === 'lit' && a.min === 1 && a.max === 1) { run += a.ch; continue; }
    endRun();
    if (a.kind === 'group' && a.min >= 1) {
      const u = alternativesNeedles(a.alts);
      if (u && better(u, best)) best = u;
    }
  }
  endRun();
  return best;
}

/** Needles of alternatives: every alternative must give some; the union (without members that contain another). */
function alternativesNeedles(alts: readonly Atom[][]): string[] | undefined {
  const all: string[] = [];
  for (const alt of alts) {
    const n = sequenceNeedles(alt);
    if (!n) return undefined;
    all.push(...n);
  }
  return withoutContaining(all);
}

/**
 * The one needle derivation (issue 13 point 5): literal texts one of which every match of the pattern contains, so a
 * text that contains none of them cannot match. Of the sound readings — each run of literal characters outside
 * groups and classes (escaped punctuation such as `\.` included; a character a quantifier makes optional or
 * repeatable ends the run), and each group that must occur, read as the needles of all its alternatives together —
 * the one whose shortest needle is longest (the rarer text), then the one with fewer needles; a top-level `|` gives
 * the needles of every alternative together. Undefined when there is none, or when the best has a needle shorter
 * than `minLength`. Used by the `re:` phrases' pre-check (./phrase.ts, `minLength` 3) and by the recognisers'
 * pre-checks (`listNeedles`).
 */
export function patternNeedles(src: string, minLength = 1): string[] | undefined {
  const alts = parsePattern(src);
  const n = alts ? alternativesNeedles(alts) : undefined;
  if (!n || n.length === 0 || n.some((x) => x.length < minLength)) return undefined;
  return n;
}

/** The single literal text every match of one alternative of a word list contains (`patternNeedles`); throws when it has none, or needs several. */
export function literalNeedle(alternative: string): string {
  const n = patternNeedles(alternative);
  if (!n || n.length !== 1) throw new Error(`precheck: no literal text in "${alternative}"`);
  return n[0];
}

/** The literal needles of word lists (`patternNeedles` of each alternative), without those that contain another. */
export function listNeedles(lists: ReadonlyArray<readonly string[]>): string[] {
  return shortest(lists.flatMap((l) => l.map((alt) => {
    const n = patternNeedles(alt);
    if (!n) throw new Error(`precheck: no literal text in "${alt}"`);
    return n;
  }).flat()));
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
