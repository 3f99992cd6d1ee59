// Speed work on Matcher.exec (the first matching phrase of a text) must not change what it returns: the indexed
// exec (cached tokens, cached affix candidates, exact lengths only for phrases that match from the token) is
// compared with the plain reference below (every candidate phrase at every length, with the matcher's own step
// test) on every concept list and every sentence of the examples and the rule fixtures, whole and as the slices
// the regie reader passes.
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import fs from 'fs';
import { CONCEPTS, conceptMatcher } from '../../src/core/vocab';
import { matchAll, matchFrom, phraseSteps, stepMatches, tokenKey, type Step } from '../../src/core/vocab/phrase';
import { tokenize } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';

const L = String.raw`[\p{L}\p{M}\p{N}-]`;

/** The reference: exec as it was before the speed work (every candidate at every length, tokenized per call). */
function referenceExec(phrases: readonly string[], lists: readonly Step[][], text: string): string | undefined {
  const first = (s: Step[]): boolean => s[0].kind === 'lit' || (s[0].kind === 'alt' && !s[0].optional);
  const toks = tokenize(text);
  const keys = toks.map(tokenKey);
  for (let i = 0; i < keys.length; i++) {
    const lit = lists.filter((s) => first(s) && (s[0].kind === 'lit' ? s[0].text === keys[i] : s[0].alts!.has(keys[i])));
    // Grouped by first key as the compiled index groups them: literal-first phrases in list order, then the rest.
    const cands = [...lit, ...lists.filter((s) => !first(s) && stepMatches(s[0], keys[i]))];
    for (let n = 1; n <= keys.length - i; n++) {
      for (const steps of cands) {
        const sub = keys.slice(i, i + n);
        if (matchFrom(sub, 0, steps, 0) && steps.filter((s) => s.kind !== 'gap').length <= n && matchAll(sub, steps)) {
          return text.slice(toks[i].start, toks[i + n - 1].end).toLowerCase();
        }
      }
    }
  }
  for (const p of phrases) {
    if (!p.startsWith('re:')) continue;
    const m = new RegExp(`(?<!${L})(?:${p.slice(3)})(?!${L})`, 'u').exec(text.toLowerCase());
    if (m) return m[0];
  }
  return undefined;
}

describe('speed: Matcher.exec = the plain reference', () => {
  it('on every concept list, every example and rule-fixture sentence, whole and sliced', function () {
    this.timeout(600000);
    const files = textFiles(['examples', 'test/fixtures/rules'], /\.(md|txt)$/);
    const texts = new Set<string>();
    for (const f of files) {
      const doc = buildDocument(fs.readFileSync(f, 'utf8'), f.endsWith('.txt') ? 'plaintext' : 'markdown');
      for (const s of doc.sentences) {
        texts.add(s.raw);
        // Slices from a token on, as the regie reader passes them ("after", "around").
        for (let i = 1; i < s.tokens.length; i += 5) texts.add(s.raw.slice(s.tokens[i].start - s.start, s.tokens[Math.min(s.tokens.length, i + 8) - 1].end - s.start));
      }
    }
    assert.ok(texts.size > 200, `too few texts: ${texts.size}`);
    let compared = 0, found = 0;
    for (const id of Object.keys(CONCEPTS)) {
      const m = conceptMatcher(id);
      const lists = m.phrases.filter((p) => !p.startsWith('re:')).map(phraseSteps).filter((x) => x.length > 0);
      for (const t of texts) {
        const got = m.exec(t);
        const want = referenceExec(m.phrases, lists, t);
        assert.equal(got, want, `${id} on "${t}"`);
        compared++;
        if (got !== undefined) found++;
      }
    }
    assert.ok(found > 50, `the lists matched too rarely to show anything: ${found} of ${compared}`);
  });
});
