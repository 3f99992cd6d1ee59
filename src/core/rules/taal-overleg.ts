import type { DocumentRule } from './types';
import { flat } from '../recognize/flat';
import { blockKeyOf, carried, maskedSlice, memoize, textFacts, type DocModel, type Sentence } from '../document';
import { hasPhrase, regexKey, vocab, type Matcher } from '../vocab';
import { deliverableIn, regieVocab } from '../regie';
import { titleSpan } from './util';
import { wordClass } from '../vocab/classes';

/** A consultation body as a word: overleg, stuurgroep, werkgroep, platform, regietafel, commissie … */
const BODY_ID = 'consultationBody';
const BODY = wordClass(BODY_ID);

function concreteOutput(s: Sentence): boolean {
  return regieVocab('strongTask').test(flat(s).text) || s.money.some((m) => !m.open) || s.quantities.some((q) => q.kind === 'capacity') || !!deliverableIn(s);
}

/**
 * The title test of an Analyzer's previous model, kept for the next one (`carried`): the title block's key (kind and
 * masked text, `blockKeyOf`: the same string while the block is unchanged), the consultation-body vocabulary it was
 * tested with (the matcher object: another one when the user's phrases change) and the answer. The test reads exactly
 * those two, so an equal key and the same matcher give the same answer; until speed23 every keystroke sliced the
 * title, split it into words and looked every word up. A fresh analysis (no previous model) tests the title.
 */
interface TitleTest { key: string; body: Matcher; has: boolean }

/** Does the title block (block `t`: the first heading, else the first block) name a consultation body? */
function titleHasBody(doc: DocModel, t: number): boolean {
  const key = blockKeyOf(doc, t);
  const body = vocab(BODY_ID);
  const last = carried.previous<TitleTest>(doc, 'overleg:title');
  if (key !== undefined && last !== undefined && last.value.body === body && last.value.key === key) {
    carried.keep(doc, 'overleg:title', last.value);
    return last.value.has;
  }
  const title = doc.blocks[t];
  const has = maskedSlice(doc, title.start, title.end).toLowerCase().split(/[^\p{L}-]+/u).some((w) => body.isWord(w));
  if (key !== undefined) carried.keep(doc, 'overleg:title', { key, body, has } satisfies TitleTest);
  return has;
}

/** Counts that decide the rule; exported for tests and for reports. */
export function overlegProfile(doc: DocModel, talkRe: Matcher, structureRe: Matcher): { bodyInTitle: boolean; bodyDensity: number; talk: number; concrete: number } {
  let bodies = 0, talk = 0, concrete = 0;
  const talkKey = `overleg:talk:${regexKey(talkRe)}:${regexKey(structureRe)}`;
  // Per sentence (text and block kind only): bodies × 4 + 2 if concrete + 1 if talk, carried over between analyses.
  const facts = textFacts(doc, talkKey, (s) => {
    const bodies = memoize(s, 'overleg:bodies', () => { let n = 0; for (const t of s.tokens) if (t.kind === 'word' && BODY.test(t.low)) n++; return n; });
    if (doc.blocks[s.block].kind === 'heading') return bodies * 4;
    const isConcrete = memoize(s, 'overleg:concrete', () => concreteOutput(s));
    if (isConcrete) return bodies * 4 + 2;
    return bodies * 4 + (memoize(s, talkKey, () => hasPhrase(talkRe, s.low) || (hasPhrase(structureRe, s.low) && /(?<![\p{L}])(vergadert|komt|komen|overleggen|overlegt|bijeen)(?![\p{L}])/u.test(s.low))) ? 1 : 0);
  });
  for (let i = 0; i < doc.sentences.length; i++) {
    const f = facts(i);
    bodies += f >> 2;
    if (f & 2) concrete++;
    else if (f & 1) talk++;
  }
  let t = doc.blocks.findIndex((b) => b.kind === 'heading');
  if (t < 0 && doc.blocks.length) t = 0;
  const bodyInTitle = t >= 0 && titleHasBody(doc, t);
  return { bodyInTitle, bodyDensity: doc.words ? (1000 * bodies) / doc.words : 0, talk, concrete };
}

/** "Veel praten, weinig doen": the whole text is a consultation structure whose outputs are talk (seed 000). */
export const taalOverleg: DocumentRule = {
  id: 'taal/overleg',
  key: 'K3',
  defaultSeverity: 'info',
  scope: 'document',
  book: 'Seed 000 (Rutgers: "veel praten, weinig doen"); H2 "Sleutel 3: Boter bij de vis"',
  title: { nl: 'Veel praten, weinig doen', en: 'Much talk, little action' },
  message: {
    nl: 'Deze tekst richt vooral overleg in: de uitkomsten zijn bespreken, afstemmen en agenderen. Wat levert het overleg op, en wie beslist?',
    en: 'This text mainly sets up consultation: its outputs are discussing, aligning and agenda-setting. What does the consultation deliver, and who decides?',
  },
  explanation: {
    nl: 'Overleg is een middel, geen resultaat. Het onderzoeksvoorstel over regie en samenwerking (seed 000) noemt "veel praten, weinig doen" als een van de dingen die samenwerking blokkeren. Als een hele tekst een stuurgroep, werkgroep of platform instelt waarvan de taken bestaan uit bespreken, afstemmen, signaleren en agenderen, is er straks veel vergaderd en weinig besloten of geleverd. Het boek vraagt om besliskracht en concrete resultaatafspraken.',
    en: 'Consultation is a means, not a result. The research outline on regie and cooperation (seed 000) names "much talk, little action" as one of the things that block cooperation. When a whole text sets up a steering group, working group or platform whose tasks are discussing, aligning, signalling and agenda-setting, there will be many meetings and few decisions or deliverables. The book asks for decision power and concrete result agreements.',
  },
  fix: {
    nl: 'Geef het overleg beslissingen en producten: "De stuurgroep stelt vóór 1 april het uitvoeringsplan vast en beslist over de verdeling van € 300.000."',
    en: 'Give the consultation decisions and products: "The steering group adopts the implementation plan before 1 April and decides on the allocation of €300,000."',
  },
  examples: {
    bad: ['# Instelling Overleg Wijkzaken\n\nEr is een Overleg Wijkzaken. Het overleg bespreekt ontwikkelingen in de wijken. Het overleg stemt de activiteiten van de deelnemers op elkaar af. Het overleg signaleert knelpunten en agendeert die bij de besturen. De deelnemers informeren elkaar over hun plannen. Het overleg komt vier keer per jaar bijeen. Het secretariaat verzorgt de verslagen van de vergaderingen.'],
    good: ['# Instelling Overleg Wijkzaken\n\nEr is een Overleg Wijkzaken. Het overleg stelt jaarlijks vóór 1 maart het wijkplan vast. Het overleg beslist over de verdeling van het wijkbudget van € 200.000. Het overleg bespreekt de voortgang twee keer per jaar. De deelnemers leveren elk een projectleider voor de uitvoering. Het overleg legt verantwoording af aan de raad.'],
  },
  families: ['praten', 'overleg'],
  check(ctx, report) {
    const { doc } = ctx;
    if (doc.words < 40) return;
    const p = overlegProfile(doc, ctx.family('praten'), ctx.family('overleg'));
    const central = p.bodyInTitle || p.bodyDensity >= 15;
    if (!central || p.talk < 3 || p.concrete * 2 > p.talk) return;
    const span = titleSpan(doc);
    if (span) report(span);
  },
};
