import type { SentenceRule } from './types';
import { flat } from '../recognize/flat';
import { hasPhrase, matchPhrases } from '../lexicon/match';
import { specificActors } from './util';
import { weIsOneParty } from '../regie';

/** Verbs of doing: present tense, future (gaan/zullen) and the infinitives they govern. */
const VERBS = 'zorgen|zorgt|dragen zorg|draagt zorg|pakken|pakt|stellen|stelt|ontwikkelen|ontwikkelt|realiseren|realiseert|organiseren|organiseert|voeren|voert|zetten|zet|leveren|levert|maken|maakt|bouwen|bouwt|starten|start|regelen|regelt|richten|richt|bieden|biedt|ondersteunen|ondersteunt|begeleiden|begeleidt|monitoren|monitort|evalueren|evalueert|rapporteren|rapporteert|financieren|financiert|betalen|betaalt|verzorgen|verzorgt|opstellen|uitvoeren|oppakken|inzetten|aanpakken|investeren|investeert|nemen|neemt|brengen|brengt|werken aan|werkt aan|gaan|gaat|zullen|zal';
const ACTION = new RegExp(`(?<![\\p{L}])(${VERBS})(?![\\p{L}])`, 'u');
/** An action verb right before the doer: "zorgen alle partijen", "gaan we". */
const ACTION_END = new RegExp(`(?<![\\p{L}]|te\\s)(?:${VERBS})\\s+(?:(?:alle|de|het|onze|ook|dan|nu)\\s+)?$`, 'u');
/** Declarations and agreements ("Partijen komen overeen", "verklaren") describe, they do not act. */
const DECLARATIVE = /(?<![\p{L}])(komen overeen|komen het volgende overeen|verklaren|realiseren (?:wij |we )?ons|beseffen|onderschrijven|erkennen|constateren|overwegende|zijn het eens|zijn van mening|achten|hebben kennisgenomen|in aanmerking nemend)(?![\p{L}])/u;
/** Each partner answers for its own part: distributive subjects are not diffuse. */
const DISTRIBUTIVE = /(?<![\p{L}])(elke|iedere|ieder|elk)\s+(partij|partner|deelnemer|organisatie|gemeente|instelling)(?![\p{L}])/u;
const COLLECTIVE_MARK = /(?<![\p{L}])(samen(?!\s+met\s)|gezamenlijk(?!\s+met\s)|met elkaar|in gezamenlijkheid|met z'n allen|met zijn allen|alle (?:partijen|partners|betrokkenen|deelnemers))(?![\p{L}])/u;

/** Diffuse ownership of a concrete action: a collective as the only doer (book ch. 2, "Sleutel 2"). */
export const eigenaarDiffuus: SentenceRule = {
  id: 'eigenaar/diffuus',
  key: 'K2',
  defaultSeverity: 'info',
  scope: 'sentence',
  contextual: true,
  book: 'H2 "Sleutel 2: Samenwerken met een gerust hart"; seed 004 (eigenaarschap bij partners)',
  title: { nl: 'Iedereen en dus niemand', en: 'Everyone, so no one' },
  message: {
    nl: '"{0}" is de enige uitvoerder. Welke partner pakt dit op en is erop aanspreekbaar?',
    en: '"{0}" is the only doer. Which partner takes this on and can be held to it?',
  },
  explanation: {
    nl: 'Als "alle partijen", "de partners" of "we samen" iets gaan doen, is niemand in het bijzonder aan de beurt. Het boek vraagt dat partners elkaar op hun bijdrage kunnen aanspreken en dat iemand het geheel trekt; dat lukt alleen als elke actie een eigenaar heeft. Gezamenlijkheid is mooi als uitgangspunt, maar geen taakverdeling.',
    en: 'When "all parties", "the partners" or "we together" will do something, nobody in particular is on the hook. The book asks that partners can hold each other to their contributions and that someone pulls the whole; that only works when every action has an owner. Togetherness is a fine principle but no division of tasks.',
  },
  fix: {
    nl: 'Wijs per actie één trekker aan en zeg wat de anderen bijdragen: "De GGD stelt het plan op; de scholen en het wijkteam leveren elk vóór 1 mei hun gegevens aan."',
    en: 'Name one lead per action and say what the others contribute: "The GGD drafts the plan; the schools and the neighbourhood team each deliver their data before 1 May."',
  },
  examples: {
    bad: ['Alle partijen zorgen voor een sluitende aanpak.', 'De partners pakken de signalen gezamenlijk op.'],
    good: ['De GGD stelt het plan op; de scholen leveren vóór 1 mei hun gegevens aan.', 'Elke partner levert een medewerker voor het team.'],
  },
  families: ['diffuus'],
  fixable: true,
  gate(s, ctx) {
    if (specificActors(s).length > 0) return false;
    const low = flat(s).text;
    if (!ACTION.test(low) && !s.passives.some((p) => p.dynamic)) return false;
    if (DECLARATIVE.test(low) || DISTRIBUTIVE.test(low)) return false;
    if (/\?\s*$/.test(s.raw)) return false;
    return hasPhrase(ctx.family('diffuus'), s.raw) && !hasPhrase(ctx.family('samenwerken'), s.raw);
  },
  check(s, ctx, report) {
    if (specificActors(s).length > 0) return;
    const f = flat(s);
    const low = f.text;
    if (!ACTION.test(low) && !s.passives.some((p) => p.dynamic)) return;
    if (DECLARATIVE.test(low) || DISTRIBUTIVE.test(low)) return;
    if (/\?\s*$/.test(s.raw)) return;
    const hits = matchPhrases(ctx.family('diffuus'), s.raw, s.start);
    if (hits.length === 0) return;
    // Collaboration as the action itself is eigenaar/samenwerken's finding.
    if (matchPhrases(ctx.family('samenwerken'), s.raw, 0).length > 0) return;
    const collective = COLLECTIVE_MARK.test(low);
    const weOne = weIsOneParty(ctx.doc);
    const agentlessPassive = s.passives.some((p) => p.dynamic && !p.agent);
    // The doer must be the subject of the action: the verb follows within a few words, or precedes it (inversion).
    const subjectOf = (h: { start: number; end: number }): boolean => {
      const hs = f.toFlat[h.start - s.start], he = f.toFlat[h.end - s.start];
      const after = low.slice(he, he + 45);
      const before = low.slice(Math.max(0, hs - 22), hs);
      const a = ACTION.exec(after);
      if (a && !/[,;:]/.test(after.slice(0, a.index)) && !/(?<![\p{L}])te\s+$/u.test(after.slice(0, a.index))) return true;
      return ACTION_END.test(before);
    };
    const doers = hits.filter((h) => {
      const w = h.text.toLowerCase().replace(/\s+/g, ' ');
      // Adverbs of togetherness are doers only in an agentless passive ("wordt gezamenlijk opgesteld").
      if (/^(samen|gezamenlijk|met elkaar|in gezamenlijkheid)$/.test(w)) {
        return agentlessPassive && s.passives.some((p) => p.dynamic && !p.agent && Math.abs(f.toFlat[p.start - s.start] - f.toFlat[h.start - s.start]) < 40) && !/^\s+met\s/.test(low.slice(f.toFlat[h.end - s.start]));
      }
      if (!subjectOf(h)) return false;
      // "tussen twee partijen", "met de partners": a prepositional phrase is not the subject.
      if (/(?<![\p{L}])(tussen|van|met|aan|voor|bij|door|naar|over|onder|tot|namens)\s+(?:\p{L}+\s+)?$/u.test(low.slice(Math.max(0, f.toFlat[h.start - s.start] - 20), f.toFlat[h.start - s.start]))) return false;
      // "we" is a party when the text defines it as one; then only "samen/gezamenlijk" makes it diffuse.
      if (w === 'we' || w === 'wij') return collective || !weOne;
      return true;
    });
    if (doers.length === 0) return;
    const h = doers[0];
    report({
      start: h.start, end: h.end,
      message: {
        nl: `"${h.text}" is de enige uitvoerder. Welke partner pakt dit op en is erop aanspreekbaar?`,
        en: `"${h.text}" is the only doer. Which partner takes this on and can be held to it?`,
      },
      fixes: [{
        title: { nl: 'Noem de trekker', en: 'Name the lead' },
        edits: [{ start: h.start, end: h.end, text: '[wie?]' }],
      }],
    });
  },
};
