import type { SentenceRule } from './types';
import { matchPhrases } from '../lexicon/match';

/** Money left open: "binnen bestaande middelen", "p.m.", "dekking volgt" (book ch. 2 "Sleutel 3: Boter bij de vis"). */
export const geldVaag: SentenceRule = {
  id: 'geld/vaag',
  key: 'K3',
  defaultSeverity: 'warning',
  scope: 'sentence',
  book: 'H2 "Sleutel 3: Boter bij de vis"',
  title: { nl: 'Geld dat openblijft', en: 'Money left open' },
  message: {
    nl: 'Geld blijft open: "{0}". Hoeveel euro, uit welke begroting, en wie betaalt?',
    en: 'Money is left open: "{0}". How many euros, from which budget, and who pays?',
  },
  explanation: {
    nl: '"Geen geld, geen Zwitsers": het boek noemt boter bij de vis een voorwaarde voor een vitale coalitie. Formules als "binnen bestaande middelen" of "p.m." verschuiven de vraag wie betaalt naar later, en daarmee ook de vraag of het werk echt gebeurt.',
    en: '"No money, no Swiss guards": the book makes real resources a condition for a vital coalition. Phrases such as "within existing budgets" or "p.m." push the question of who pays to later, and with it whether the work will really happen.',
  },
  fix: {
    nl: 'Noem bedrag, bron en betaler: "De gemeente reserveert € 250.000 per jaar uit de begrotingspost Sociaal Domein."',
    en: 'State amount, source and payer: "The municipality reserves €250,000 a year from the Social Domain budget line."',
  },
  examples: {
    bad: ['De kosten worden gedekt binnen bestaande middelen.', 'Bijdrage gemeente: p.m.'],
    good: ['De gemeente draagt € 120.000 bij; de provincie € 80.000.'],
  },
  families: ['geldVaag'],
  fixable: true,
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('geldVaag'), s.raw, s.start);
    for (const m of s.money) if (m.open) hits.push({ start: m.start, end: m.end, text: m.text });
    for (const h of hits) {
      report({
        start: h.start, end: h.end,
        message: {
          nl: `Geld blijft open: "${h.text}". Hoeveel euro, uit welke begroting, en wie betaalt?`,
          en: `Money is left open: "${h.text}". How many euros, from which budget, and who pays?`,
        },
        fixes: [{
          title: { nl: 'Vervang door bedrag en bron', en: 'Replace with amount and source' },
          edits: [{ start: h.start, end: h.end, text: '€ [bedrag] uit [begrotingspost], betaald door [wie]' }],
        }],
      });
    }
  },
};
