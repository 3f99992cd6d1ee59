import type { SentenceRule } from './types';
import { flat } from '../recognize/flat';
import { hasPhrase, matchPhrases } from '../vocab';
import { specificActors } from './util';
import { regieVocab } from '../regie';

/** One party claims or appoints the regie and decides for the others (book ch. 2, "Hoe word je regisseur?"). */
export const regieEenzijdig: SentenceRule = {
  id: 'regie/eenzijdig',
  key: 'K4',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  inputs: ['regie', 'weOneParty'],
  book: 'H2 "Sleutel 4: Bindend leiderschap", "Hoe word je regisseur?"',
  title: { nl: 'Eenzijdig geclaimde regie', en: 'Regie claimed unilaterally' },
  message: {
    nl: '"{text}": één partij neemt de regie. Wie heeft haar die rol gegeven, en hoe beslissen de partners mee?',
    en: '"{text}": one party takes the regie. Who gave it that role, and how do the partners have a say?',
  },
  relatedMessage: { nl: 'de partij die de regie neemt', en: 'the party taking the regie' },
  explanation: {
    nl: 'Het boek waarschuwt voor de regisseur die zichzelf aanstelt: wie de regie "neemt" of voor de anderen beslist, verliest de partners die het werk moeten doen. Een regisseur krijgt die rol van de coalitie, op grond van gezag, belang of middelen, en blijft aan de partners verantwoording schuldig. Een tekst waarin één partij de regie pakt zonder dat de partners die rol toekennen, legt de kiem voor afhaken.',
    en: 'The book warns against the director who appoints itself: whoever "takes" the regie or decides for the others loses the partners who must do the work. A director receives the role from the coalition, on the strength of authority, stake or means, and remains accountable to the partners. A text in which one party grabs the regie without the partners granting that role plants the seed of partners dropping out.',
  },
  fix: {
    nl: 'Laat de partners de rol toekennen en zeg hoe zij meebeslissen: "De partners wijzen de provincie aan als regisseur; besluiten over budget nemen zij gezamenlijk in de stuurgroep."',
    en: 'Let the partners grant the role and say how they share in decisions: "The partners appoint the province as director; they take budget decisions together in the steering group."',
  },
  examples: {
    bad: ['De gemeente neemt de regie.', 'De provincie trekt de regie naar zich toe en bepaalt voor alle partijen de volgorde.'],
    good: ['Op verzoek van de partners neemt de gemeente de regie.', 'Als de uitvoering vastloopt, neemt de provincie de regie over.'],
  },
  families: ['regieClaim'],
  fixable: true,
  gate: (s, ctx) => hasPhrase(ctx.family('regieClaim'), s.raw),
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('regieClaim'), s.raw, s.start);
    if (hits.length === 0) return;
    const prev = ctx.prev(s);
    const f = flat(s);
    const given = regieVocab('given'), stepIn = regieVocab('stepIn');
    if (given.test(s) || (prev && given.test(prev)) || stepIn.test(s)) return;
    // The partners decide along, in this sentence or the next ("…, maar deelt de verantwoordelijkheid met de
    // gemeenten", "Het project wordt aangestuurd door een stuurgroep waarin alle deelnemers zitting hebben").
    const next = ctx.next(s);
    if (regieVocab('coDecide').test(s) || (next && regieVocab('coDecide').test(next))) return;
    // Someone's own regie ("neemt de regie over het eigen leven") is not a claim over partners.
    const readings = ctx.regie().filter((r) => r.sentence === s.index);
    const actors = specificActors(s);
    const we = s.actors.some((a) => a.kind === 'we') && ctx.facts.weOneParty;
    if (actors.length === 0 && !we) return;
    for (const h of hits) {
      const inside = readings.filter((r) => r.start >= h.start && r.start < h.end);
      if (inside.length > 0 && inside.every((r) => r.class === 'anders')) continue;
      const at = f.toFlat[h.end - s.start];
      const after = f.text.slice(at, at + 30);
      if (/^\s+(?:over|op)\s+(?:hun|zijn|haar|het eigen|de eigen|eigen)\b/.test(after)) continue;
      report({
        start: h.start, end: h.end,
        data: { text: h.text },
        related: actors.slice(0, 1).map((a) => ({ start: a.start, end: a.end })),
        fixes: [{
          title: { nl: 'Voeg toe wie de rol toekent', en: 'Add who grants the role' },
          edits: [{ start: h.end, end: h.end, text: ' (op verzoek van [welke partners?], die meebeslissen over [wat?])' }],
        }],
      });
      break;
    }
  },
};
