/**
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles the pattern to native
 * code on the second. For a large pattern (a phrase family, the date alternation) that interpreted first run over
 * a whole sentence costs milliseconds, and a cold analysis pays it once per pattern. Running the pattern once on
 * the empty string first makes the interpreted run trivial; the next real execution is native. Results are
 * unaffected: the empty run has no side effect but `lastIndex`, which is reset.
 */
const primed = new WeakSet<RegExp>();

export function primeRegex(re: RegExp): void {
  if (primed.has(re)) return;
  primed.add(re);
  re.test('');
  re.lastIndex = 0;
}
