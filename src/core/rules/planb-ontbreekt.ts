import type { DocumentRule } from './types';
import { flat } from '../recognize/flat';
import { memoize, textFacts, type Sentence } from '../document';
import { matchPhrases, regexKey, sentenceHasPhrase, type PhraseHit } from '../vocab';
import { phraseClass, wholePhraseClass } from '../vocab/classes';

const AFNEMERS = phraseClass('selfRelianceGroup');
/** Phrases that need an afnemer in the sentence to mean "government steps back" (not a partner's own task). */
const NEEDS_AFNEMER = wholePhraseClass('selfRelianceClaim');
/** A catch in sentence form: government or professionals stepping in for those who cannot cope. */
const CATCH = phraseClass('safetyNetClause');

/** The holder of the responsibility is a government body or a country, not a citizen. */
const AUTHORITY_OWN = phraseClass('authorityOwnTask');

function steppingBack(s: Sentence, hits: PhraseHit[]): PhraseHit[] {
  return hits.filter((h) => {
    const w = h.text.toLowerCase().replace(/\s+/g, ' ');
    const f = flat(s);
    const hs = f.toFlat[h.start - s.start];
    const before = f.text.slice(Math.max(0, hs - 12), hs);
    if (/(?<![\p{L}])(niet|geen|minder|onvoldoende)\s+$/u.test(before)) return false; // "niet zelfredzaam" is the catch's subject
    // Authorities or countries that stay responsible for their own task do not step back from citizens.
    if (/^eigen verantwoordelijkheid$|verantwoordelijk/.test(w) && AUTHORITY_OWN.test(f.text)) return false;
    // "De zelfredzaamheid vergroten" is a goal of support, not a retreat.
    if (/zelfredzaam/.test(w) && /(?<![\p{L}])(vergrot\p{L}*|versterk\p{L}*|bevorder\p{L}*|stimuler\p{L}*|groeit|toeneemt|ondersteun\p{L}*)(?![\p{L}])/u.test(f.text)) return false;
    // "de terugtredende overheid": the retreat as an attribute of a noun (a present participle after an article)
    // names a phenomenon the text describes, not a step this text takes ("de gemeente treedt terug" is one).
    // Only as the subject that does something ("De terugtredende overheid dwingt bewoners …"); "We kiezen voor een
    // terugtredende overheid" is the text's own choice.
    if (/^\p{L}+ende\s/u.test(w) && /^\W*(de|het|een|deze|die)\s+$/u.test(f.text.slice(0, hs))) return false;
    if (NEEDS_AFNEMER.test(w)) return AFNEMERS.test(f.text);
    return true;
  });
}

/** Government steps back, but nobody catches those without a network (seed 002: "plan B"). */
export const planbOntbreekt: DocumentRule = {
  id: 'planb/ontbreekt',
  key: null,
  defaultSeverity: 'warning',
  scope: 'document',
  book: 'Seed 002 "Minder regisseren en meer netwerken in de gemeente" (loslaten en plan B)',
  title: { nl: 'Geen plan B', en: 'No plan B' },
  message: {
    nl: 'De overheid treedt terug ("{text}"), maar de tekst zegt niet wie opvangt wie het zelf niet redt. Wat is plan B?',
    en: 'Government steps back ("{text}"), but the text does not say who catches those who cannot cope. What is plan B?',
  },
  explanation: {
    nl: 'Loslaten, eigen kracht en zelfredzaamheid kunnen goed beleid zijn, maar niet iedereen heeft een netwerk dat het overneemt. Het artikel over de participatieladder (seed 002) vraagt daarom om een plan B: wie vangt mensen op als het zelf niet lukt, en wanneer stapt de overheid weer in? Een tekst die alleen het terugtreden beschrijft, laat de kwetsbaarste inwoners buiten beeld.',
    en: 'Letting go, self-reliance and own strength can be good policy, but not everyone has a network that takes over. The article on the participation ladder (seed 002) therefore asks for a plan B: who catches people when they cannot cope, and when does government step back in? A text that only describes stepping back leaves the most vulnerable residents out of sight.',
  },
  fix: {
    nl: 'Noem het vangnet: "Wie geen netwerk heeft, krijgt binnen twee weken een consulent van het wijkteam; de gemeente blijft verantwoordelijk voor een passende voorziening."',
    en: 'Name the safety net: "Anyone without a network gets a neighbourhood-team consultant within two weeks; the municipality remains responsible for a suitable provision."',
  },
  examples: {
    bad: ['# Koers sociaal domein\n\nDe gemeente treedt terug en doet een groter beroep op de eigen kracht van inwoners. Inwoners organiseren zelf hun ondersteuning in de buurt. Verenigingen en kerken nemen taken over die de gemeente loslaat. Zo ontstaat een samenleving waarin mensen naar elkaar omkijken en minder afhankelijk zijn van regels en loketten.'],
    good: ['# Koers sociaal domein\n\nDe gemeente treedt terug en doet een groter beroep op de eigen kracht van inwoners. Inwoners organiseren zelf hun ondersteuning in de buurt. Wie dat niet lukt, krijgt binnen twee weken hulp van het wijkteam. De gemeente blijft verantwoordelijk voor een passende voorziening.', '# Koers sociaal domein\n\nDe gemeente treedt terug en doet een groter beroep op de eigen kracht van inwoners. Inwoners organiseren zelf hun ondersteuning in de buurt. De provincie neemt het over waar het netwerk tekortschiet.', '# Omgevingsvisie\n\nDe terugtredende overheid dwingt bewoners om zelf oplossingen te zoeken. Daarom maken we een nieuw buurtplan voor de hele gemeente.'],
  },
  families: ['loslaten', 'vangnet'],
  check(ctx, report) {
    const { doc } = ctx;
    const loslaten = ctx.family('loslaten');
    const vangnet = ctx.family('vangnet');
    let first: PhraseHit | undefined;
    const caught = textFacts(doc, `planb:catch:${regexKey(vangnet)}`, (s) => sentenceHasPhrase(s, vangnet) || memoize(s, 'planb:catch', () => CATCH.test(flat(s).text)));
    const firstKey = `planb:first:${regexKey(loslaten)}`;
    // Memoised relative to the sentence start (the hit moves with the sentence).
    const firstOf = textFacts(doc, firstKey, (s) => memoize(s, firstKey, (): PhraseHit | null => {
      const hits = steppingBack(s, matchPhrases(loslaten, s.raw, s.start));
      return hits.length ? { start: hits[0].start - s.start, end: hits[0].end - s.start, text: hits[0].text } : null;
    }));
    for (let i = 0; i < doc.sentences.length; i++) {
      if (caught(i)) return;
      if (!first) {
        const s = doc.sentences[i];
        const rel = firstOf(i);
        // Only the text's own policy steps back: not a trend analysis, a citation or an explanation.
        const u = rel ? ctx.unit(s) : undefined;
        if (rel && u && (u.fn === 'analysis' || u.fn === 'citation' || u.fn === 'definition' || u.fn === 'question' || u.role === 'analysis' || u.role === 'explanation')) continue;
        if (rel) first = { start: rel.start + s.start, end: rel.end + s.start, text: rel.text };
      }
    }
    if (!first) return;
    report({
      start: first.start, end: first.end,
      data: { text: first.text },
    });
  },
};
