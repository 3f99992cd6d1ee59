import type { SentenceRule } from './types';
import { matchPhrases } from '../vocab';
import { regieVocab } from '../regie';

/** "Horizontale regie": steering among equals is network steering, not regie (seed 002). */
export const regieHorizontaal: SentenceRule = {
  id: 'regie/horizontaal',
  key: 'K4',
  defaultSeverity: 'warning',
  scope: 'sentence',
  inputs: ['regie'],
  book: 'Seed 002 "Minder regisseren en meer netwerken in de gemeente" (horizontale regie); H4 "Regievoering, de overheidsrol"',
  title: { nl: 'Horizontale regie', en: 'Horizontal regie' },
  message: {
    nl: '"{text}": invloed in een netwerk van gelijken is netwerksturing, geen regie. Wie heeft het laatste woord?',
    en: '"{text}": influence among equals is network steering, not regie. Who has the final say?',
  },
  explanation: {
    nl: 'Regie veronderstelt iemand die kan doorzetten: een partij met eindverantwoordelijkheid, mandaat of middelen. Wie "gedeelde" of "horizontale" regie afspreekt, beschrijft eigenlijk samenwerken tussen gelijken; dat is netwerksturing. Het artikel over de overheidsparticipatieladder (seed 002) zegt het kort: horizontale regie is geen regie. Noem het dan netwerken, of wijs één regisseur aan.',
    en: 'Regie assumes someone who can push through: a party with final responsibility, mandate or means. Agreeing on "shared" or "horizontal" regie actually describes cooperation among equals, which is network steering. The article on the government participation ladder (seed 002) puts it briefly: horizontal regie is no regie. Call it networking, or appoint one director.',
  },
  fix: {
    nl: 'Kies: noem het netwerksamenwerking (zonder regie-woord), of wijs één regisseur aan met mandaat: "De partners wijzen de gemeente aan als procesregisseur; zij beslist bij verschil van inzicht."',
    en: 'Choose: call it network cooperation (without the regie word), or appoint one director with a mandate: "The partners appoint the municipality as process director; it decides when views differ."',
  },
  examples: {
    bad: ['De partners voeren horizontale regie op het programma.', 'Er is sprake van gedeelde regie tussen gemeente, school en zorg.'],
    good: ['De partners wijzen de gemeente aan als procesregisseur; zij beslist bij verschil van inzicht.', 'De partners werken als gelijken samen in een netwerk.'],
  },
  families: ['horizontaal'],
  fixable: true,
  gate: (s) => s.regie.length > 0,
  check(s, ctx, report) {
    if (s.regie.length === 0) return;
    const readings = ctx.regie().filter((r) => r.sentence === s.index);
    const hits = matchPhrases(ctx.family('horizontaal'), s.raw, s.start).filter((h) => {
      const inside = readings.filter((r) => r.start >= h.start && r.start < h.end);
      return inside.length === 0 || inside.some((r) => r.class === 'hol' || r.class === 'gevuld');
    });
    if (hits.length === 0) {
      // A regie claim in the same clause as "gelijkwaardig" / "zonder hiërarchie".
      for (const r of readings) {
        if (r.class !== 'hol' && r.class !== 'gevuld') continue;
        const rel = r.start - s.start;
        const clauseStart = Math.max(s.raw.lastIndexOf(';', rel), s.raw.lastIndexOf(',', rel), 0);
        let clauseEnd = s.raw.length;
        for (const c of [';', ',']) { const i = s.raw.indexOf(c, rel); if (i >= 0 && i < clauseEnd) clauseEnd = i; }
        if (regieVocab('equals').test(s.low.slice(clauseStart, clauseEnd))) { hits.push({ start: r.start, end: r.end, text: s.raw.slice(r.start - s.start, r.end - s.start) }); break; }
      }
    }
    for (const h of hits) {
      report({
        start: h.start, end: h.end,
        data: { text: h.text },
        fixes: [{
          title: { nl: 'Wijs één regisseur aan', en: 'Appoint one director' },
          edits: [{ start: h.start, end: h.end, text: 'regie door [wie?], aangewezen door de partners,' }],
        }],
      });
    }
  },
};
