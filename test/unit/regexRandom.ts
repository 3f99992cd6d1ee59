/** Random texts and patterns for the property tests of the `re:` pre-checks (regex-core, regex-needles). */

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random lowercase texts made of the pattern's own letter runs, glued or spaced, with edge characters around them. */
export function randomTexts(src: string, n: number, seed: number): string[] {
  const words = [...new Set(src.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').match(/[a-zà-ÿ]+/g) ?? [])];
  const glue = [' ', ' ', ' ', '', ', ', ': ', ':', '-', '(', ')', '. ', '\n', 'x', 'é', '𝒜', '😀', '1', '2024', 'ë'];
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = rnd() < 0.3 ? pick(glue) : '';
    const k = 1 + Math.floor(rnd() * 8);
    for (let j = 0; j < k; j++) t += (words.length && rnd() < 0.75 ? pick(words) : pick(glue)) + pick(glue);
    out.push(t);
  }
  return out;
}

/**
 * A random pattern over the letters a–c: literal runs, escaped punctuation, classes, escape classes, groups
 * (plain, capturing, named), lookarounds, alternations and every kind of quantifier, nested a few levels deep.
 */
export function randomPattern(rnd: () => number, depth = 0): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const atom = (): string => {
    const r = rnd();
    if (r < 0.45) return pick(['a', 'b', 'c', 'ab', 'bc', 'ca', 'abc']);
    if (r < 0.52) return pick(['\\.', '\\-', ' ', '\\(']);
    if (r < 0.6) return pick(['[ab]', '[^a]', '\\s', '\\p{L}', '.', '\\d', '\\b']);
    if (r < 0.65) return pick(['^', '$']);
    if (depth >= 3) return pick(['a', 'b', 'c']);
    const inner = randomPattern(rnd, depth + 1);
    return pick([`(?:${inner})`, `(${inner})`, `(?<n${depth}x${Math.floor(rnd() * 1e6)}>${inner})`, `(?=${inner})`, `(?!${inner})`, `(?<=${inner})`, `(?<!${inner})`, `(?:${inner}|${randomPattern(rnd, depth + 1)})`]);
  };
  const quant = (): string => (rnd() < 0.65 ? '' : pick(['?', '*', '+', '{2}', '{1,3}', '{0,2}', '{1}', '{2,}', '??', '+?']));
  const seq = (): string => { let s = ''; const k = 1 + Math.floor(rnd() * 4); for (let i = 0; i < k; i++) { const a = atom(); s += a + (/^[\^$]$|^\\b$|^\(\?[=!<]/.test(a) ? '' : quant()); } return s; };
  return rnd() < 0.2 ? `${seq()}|${seq()}` : seq();
}

/** Random texts over the letters of `randomPattern` and a few separators. */
export function randomAbcTexts(rnd: () => number, n: number): string[] {
  const parts = ['a', 'b', 'c', 'ab', 'abc', 'bc', 'ca', ' ', '.', '-', '(', '1', 'cab'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) { let t = ''; const k = Math.floor(rnd() * 7); for (let j = 0; j < k; j++) t += parts[Math.floor(rnd() * parts.length)]; out.push(t); }
  return out;
}
