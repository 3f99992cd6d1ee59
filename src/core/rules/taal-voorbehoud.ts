import type { SentenceRule } from './types';
import { hasPhrase, matchPhrases } from '../vocab';
import { hasMeasure } from './util';

/** Adverbial hedges that can simply be struck out. */
const REMOVABLE = /^(zo mogelijk|waar mogelijk|indien mogelijk|in principe|in beginsel|zoveel mogelijk|zo veel mogelijk|waar nodig|zo nodig|indien nodig|op termijn)$/i;

/** Hedges that empty a commitment (book ch. 2 "Sleutel 3", "Waarover je in ieder geval afspraken moet maken"). */
export const taalVoorbehoud: SentenceRule = {
  id: 'taal/voorbehoud',
  key: null,
  defaultSeverity: 'info',
  scope: 'sentence',
  inputs: ['unit'],
  book: 'H2 "Sleutel 3: Boter bij de vis", "Waarover je in ieder geval afspraken moet maken in de coalitie"',
  title: { nl: 'Voorbehoud dat een toezegging uitholt', en: 'Hedge that empties a commitment' },
  message: {
    nl: 'Voorbehoud: "{text}" maakt de toezegging vrijblijvend. Wat gebeurt er zeker, en wanneer?',
    en: 'Hedge: "{text}" makes the commitment non-binding. What will certainly happen, and when?',
  },
  explanation: {
    nl: 'Woorden als "streven naar", "zo mogelijk" en "in principe" geven elke partij een uitweg. Het boek vraagt om afspraken waarop partners elkaar kunnen aanspreken; een voorbehoud maakt dat onmogelijk zonder dat iemand het zegt.',
    en: 'Words such as "aim for", "if possible" and "in principle" give every party a way out. The book asks for agreements that partners can hold each other to; a hedge makes that impossible without anyone saying so.',
  },
  fix: {
    nl: 'Schrap het voorbehoud of maak het concreet: "vóór 1 januari 2027 zijn 40 woningen aangepast" in plaats van "we streven naar zoveel mogelijk aangepaste woningen".',
    en: 'Strike the hedge or make it concrete: "40 homes adapted before 1 January 2027" instead of "we aim for as many adapted homes as possible".',
  },
  examples: {
    bad: ['We streven naar een sluitende aanpak.', 'Partijen werken waar mogelijk samen.'],
    good: ['Vóór 1 juli 2027 heeft elk gezin één contactpersoon.', 'Partijen evalueren het convenant elke twee jaar, en indien nodig vaker.', 'Iedere inwoner moet naar vermogen kunnen meedoen aan het verenigingsleven.'],
  },
  families: ['voorbehoud'],
  fixable: true,
  gate(s, ctx) {
    return hasPhrase(ctx.family('voorbehoud'), s.raw);
  },
  check(s, ctx, report) {
    // A hedge empties a commitment only where the text commits in its own voice: not in an explanation, an
    // analysis, a definition, a possibility ("kan … streven naar"), a question or a condition.
    const u = ctx.unit(s);
    if (!u.commits || !u.main || u.main.modality === 'possibility' || u.main.mood === 'question') return;
    for (const h of matchPhrases(ctx.family('voorbehoud'), s.raw, s.start)) {
      const w = h.text.toLowerCase().replace(/\s+/g, ' ');
      const ti = s.tokens.findIndex((t) => t.start >= h.start);
      const clause = u.clauses.find((c) => ti >= c.start && ti < c.end);
      if (clause && clause.conditional) continue;
      // "waar nodig" / "zo snel mogelijk" next to a firm term or number top up a commitment, they do not hedge it.
      if ((w === 'waar nodig' || w === 'zo snel mogelijk') && hasMeasure(s)) continue;
      // A numbered, dated target under "streven" still binds (judgement §0).
      if (/^stre/.test(w) && s.quantities.length > 0 && s.times.some((t) => t.kind !== 'recurrence')) continue;
      const removable = REMOVABLE.test(h.text.replace(/\s+/g, ' '));
      // Remove the hedge and one adjacent space so the sentence stays tidy.
      const after = s.raw[h.end - s.start] === ' ' ? 1 : 0;
      report({
        start: h.start, end: h.end,
        data: { text: h.text },
        fixes: removable ? [{ title: { nl: `Schrap "${h.text}"`, en: `Remove "${h.text}"` }, edits: [{ start: h.start, end: h.end + after, text: '' }], preferred: true }] : undefined,
      });
    }
  },
};
