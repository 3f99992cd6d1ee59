import type { SentenceRule } from './types';
import { matchPhrases } from '../vocab';
import { specificActors } from './util';

/** Group word forms: "integraal/integrale/integraliteit" count once. */
function lemma(w: string): string {
  const x = w.toLowerCase().replace(/\s+/g, ' ');
  if (x.startsWith('integra')) return 'integraal';
  if (x.includes('samenhang')) return 'samenhang';
  if (x.startsWith('verbind') || x.startsWith('verbinding')) return 'verbinden';
  if (x.includes('gezamenlijkheid')) return 'gezamenlijkheid';
  if (x.includes('krachten') || x.includes('krachtenbundeling')) return 'krachten';
  return x.replace(/(e|en|s)$/, '');
}

/** Buzzword clusters that hide what will be done (verhullend taalgebruik). */
export const taalToverwoord: SentenceRule = {
  id: 'taal/toverwoord',
  key: null,
  defaultSeverity: 'info',
  scope: 'sentence',
  inputs: ['regie'],
  overlap: 'generic',
  book: 'H2 "Sleutel 4: Bindend leiderschap"; seed 004 "Drie succesfactoren en drie valkuilen bij regievoeren" (verhullend taalgebruik)',
  title: { nl: 'Stapeling van toverwoorden', en: 'Cluster of buzzwords' },
  message: {
    nl: 'Toverwoorden: {words}. Wat gebeurt er concreet, door wie?',
    en: 'Buzzwords: {words}. What concretely happens, and who does it?',
  },
  relatedMessage: { nl: 'toverwoord', en: 'buzzword' },
  explanation: {
    nl: 'Woorden als integraal, samenhang, synergie, verbinden en regie klinken daadkrachtig, maar als ze zich opstapelen verhullen ze wat er gebeurt. Iedere partner kan er iets anders in lezen, zodat de tekst instemming oplevert zonder afspraak. Het boek en de seed-artikelen vragen om taal waarin zichtbaar is wie wat doet en wat de afnemer ervan merkt.',
    en: 'Words such as integral, coherence, synergy, connecting and regie sound decisive, but when they pile up they hide what happens. Each partner can read something else into them, so the text earns agreement without being an agreement. The book and the seed articles ask for language in which it is visible who does what and what the afnemer notices.',
  },
  fix: {
    nl: 'Vervang de toverwoorden door de handeling: "Wijkteam en school gebruiken vanaf 1 september één gezinsplan" in plaats van "We zorgen voor een integrale aanpak in samenhang en verbinding".',
    en: 'Replace the buzzwords with the action: "From 1 September the neighbourhood team and the school use one family plan" instead of "We ensure an integrated approach in coherence and connection".',
  },
  examples: {
    bad: ['We zorgen voor een integrale aanpak waarin samenhang en verbinding centraal staan.', 'Synergie en partnerschap zijn de sleutel tot succes.'],
    good: ['Wijkteam en school gebruiken vanaf 1 september één gezinsplan.', 'De gemeente zorgt voor een integrale aanpak.'],
  },
  families: ['toverwoord'],
  gate: (s, ctx) => matchPhrases(ctx.family('toverwoord'), s.raw, 0).length >= 2,
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('toverwoord'), s.raw, s.start);
    if (hits.length < 2) return;
    // Regie words that are names or someone's own regie are not buzz.
    const readings = s.regie.length ? ctx.regie().filter((r) => r.sentence === s.index) : [];
    const buzz = hits.filter((h) => !readings.some((r) => r.start >= h.start && r.start < h.end && (r.class === 'naam' || r.class === 'anders')));
    const distinct = new Map<string, typeof hits[number]>();
    for (const h of buzz) if (!distinct.has(lemma(h.text))) distinct.set(lemma(h.text), h);
    if (distinct.size < 2) return;
    // A sentence that also says who does what, with a number or a date, is concrete despite its words.
    const concrete = specificActors(s).length > 0 && (s.quantities.length > 0 || s.money.some((m) => !m.open) || s.times.some((t) => t.kind === 'date' || t.kind === 'deadline'));
    if (concrete) return;
    const list = [...distinct.values()];
    const words = list.map((h) => `"${h.text}"`).join(', ');
    report({
      start: list[0].start, end: list[list.length - 1].end,
      data: { words: words },
      related: list.slice(1).map((h) => ({ start: h.start, end: h.end })),
    });
  },
};
