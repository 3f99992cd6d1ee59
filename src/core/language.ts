/**
 * Does the text look Dutch? Compares the share of common Dutch function words with English, German and French ones. A text
 * that does not look Dutch gets one notice instead of a flood of findings.
 */
import { memoize, textFacts, type DocModel, type Sentence } from './document';

const NL = new Set('de het een en van is dat op te voor met niet zijn wordt worden door bij ook als aan er om naar of die deze dit we wij zij hun onze wat hoe wie waar zal zullen kan moet heeft hebben nog meer'.split(' '));
const EN = new Set('the and of to is for with that this be are it on as by from at an or will have has was were which their our we they not can should'.split(' '));
/** German and French function words that Dutch does not use (so "die", "de", "en" stay Dutch). */
const OTHER = new Set(('der das und ist nicht mit für auf sich dem ein eine einer werden wird sind auch zu im wir ich nach über unter ' +
  'le la les et est des du une dans pour sur avec qui pas sont nous vous il elle au aux').split(' '));

/** `doc`, when given, is the model the sentences come from: its per-sentence counts are carried over between analyses. */
export function dutchConfidence(sentences: readonly Sentence[], doc?: DocModel): { dutch: boolean; confidence: number; words: number } {
  let nl = 0, en = 0, words = 0;
  const counts = doc && doc.sentences === sentences ? textFacts(doc, 'lang:counts', langCounts) : (i: number) => langCounts(sentences[i]);
  for (let i = 0; i < sentences.length; i++) {
    const c = counts(i);
    words += c[0]; nl += c[1]; en += c[2];
    if (words > 5000) break;
  }
  if (words < 12) return { dutch: true, confidence: 0, words };
  const ratio = nl / words;
  const confidence = Math.max(0, Math.min(1, (ratio - en / words) / 0.25));
  return { dutch: ratio >= 0.08 && nl > en * 1.2, confidence: Math.round(confidence * 100) / 100, words };
}

/** [words, Dutch function words, other-language function words] of one sentence (text-only, memoised). */
function langCounts(s: Sentence): readonly [number, number, number] {
  return memoize(s, 'lang:counts', () => {
    let w = 0, n = 0, e = 0;
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      w++;
      if (NL.has(t.low)) n++;
      if (EN.has(t.low) || OTHER.has(t.low)) e++;
    }
    return [w, n, e] as const;
  });
}
