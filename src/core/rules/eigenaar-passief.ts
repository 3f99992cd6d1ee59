import type { SentenceRule } from './types';

const COMMITMENT_AUX = /^(wordt|worden|word)$/;
const DESCRIPTIVE = /\b(werd|werden|is|was|waren)\b/;
const REFERENTIAL = /^(beschreven|omschreven|genoemd|benoemd|bedoeld|verstaan|verwacht|aangeduid|weergegeven|toegelicht|uitgelegd|verwezen|gesproken|aangehaald|vermeld)$/;

/** Agentless passives in commitment sentences: who does it? (book ch. 2 "Sleutel 2"). */
export const eigenaarPassief: SentenceRule = {
  id: 'eigenaar/passief',
  key: 'K2',
  defaultSeverity: 'warning',
  scope: 'sentence',
  inputs: ['unit', 'speaker'],
  overlap: 'generic',
  book: 'H2 "Sleutel 2: Samenwerken met een gerust hart"',
  title: { nl: 'Lijdende vorm zonder uitvoerder', en: 'Passive without an agent' },
  message: {
    nl: 'Wie doet dit? "{participle}" staat in de lijdende vorm zonder uitvoerder.',
    en: 'Who does this? "{participle}" is passive and names no one who does it.',
  },
  explanation: {
    nl: 'Een afspraak in de lijdende vorm ("er wordt gezorgd voor", "dit wordt opgepakt") laat open wie zich eraan verbindt. Volgens het boek werkt een coalitie pas als partners op hun bijdrage aanspreekbaar zijn; dat kan alleen als de tekst zegt wie iets doet.',
    en: 'An agreement in the passive voice ("it will be taken care of") leaves open who commits to it. The book says a coalition works only when partners can be held to their contributions, which requires the text to say who acts.',
  },
  fix: {
    nl: 'Maak de uitvoerder het onderwerp: "De GGD zorgt vóór 1 maart voor een sluitende aanpak" in plaats van "Er wordt gezorgd voor een sluitende aanpak".',
    en: 'Make the actor the subject: "The GGD arranges a complete approach before 1 March" instead of "A complete approach will be arranged".',
  },
  examples: {
    bad: ['Partijen komen het volgende overeen. Er wordt gezorgd voor een goede aansluiting.', 'Partijen komen het volgende overeen. Dit zal in het najaar worden opgepakt.'],
    good: ['Het plan wordt door de wethouder vastgesteld.', 'We openen in 2026 een tweede milieustraat. Daarnaast wordt het ophaalrooster vereenvoudigd.', 'De wijkteams pakken de signalen binnen twee weken op.', 'Dit besluit wordt met de toelichting in de Staatscourant geplaatst.', 'In vraag 4 wordt gevraagd naar het aantal deelnemers per wijk.', 'De wethouder stelt het budget vóór 1 maart vast. Het wordt in twee termijnen uitbetaald.'],
  },
  fixable: true,
  gate(s) {
    return s.passives.some((p) => p.dynamic && !p.agent && !p.subordinate);
  },
  check(s, ctx, report) {
    // Only where the text commits in its own voice (not definitions, legal formulas, forms, analysis, citations,
    // model clauses), and only when nobody can be found: not in the sentence, the one before or after it, the
    // heading or lead-in above, nor the text's own single author or enacting authority.
    const u = ctx.unit(s);
    // "Who does it?" is an open question only where several parties share the text (an agreement): in a
    // regulation the enacting authority acts, in a programme or coalition agreement its single author, and where the
    // speaker is unknown nobody can say that an actor is missing (measured: on every set of real documents the
    // rule's precision outside agreements was below 10 %).
    if (!u.parties || !u.commits || u.fn === 'intention' || u.authorActs || u.actorNearby) return;
    if (u.main && (u.main.modality === 'possibility' || u.main.mood === 'question')) return;
    const specific = s.actors.some((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role');
    for (const p of s.passives) {
      const rel = p.aux.start - s.start;
      const tokenIndex = s.tokens.findIndex((t) => t.start === p.aux.start);
      const clause = u.clauses.find((c) => tokenIndex >= c.start && tokenIndex < c.end);
      if (clause && (clause.subordinate || clause.conditional || clause.modality === 'possibility')) continue;
      if (rel < 0) continue;
      if (p.agent || !p.dynamic) continue;
      // Relative and other subordinate clauses ("… die worden benoemd") describe; they do not commit anyone.
      if (p.subordinate) continue;
      // Text about the text ("hieronder worden … beschreven") and expectations are not actions.
      if (REFERENTIAL.test(p.participle.text.toLowerCase())) continue;
      // "Als burger word ik geïnformeerd": a person in a user story, not an agentless commitment.
      if (/^(ik|u|je|jij)$/.test(s.tokens.find((t) => t.start > p.aux.start)?.low ?? '')) continue;
      const auxText = s.tokens.find((t) => t.start === p.aux.start)?.low ?? '';
      if (!COMMITMENT_AUX.test(auxText) && !/worden$/.test(auxText)) continue;
      // Past-tense reports ("werd vastgesteld") describe, they do not commit.
      if (DESCRIPTIVE.test(s.low.slice(p.aux.start - s.start, p.aux.end - s.start))) continue;
      if (specific && !p.impersonal) continue;
      report({
        start: p.start, end: p.end,
        data: { participle: p.participle.text },
        fixes: [{
          title: { nl: 'Voeg "door [wie?]" toe', en: 'Add "door [who?]"' },
          edits: [{ start: p.participle.start, end: p.participle.start, text: 'door [wie?] ' }],
          preferred: true,
        }],
      });
    }
  },
};
