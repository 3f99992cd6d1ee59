/**
 * Reading regie-family words the way guide/judgement.md §5 describes: first "anders" (someone's own grip on
 * their life), then "naam" (a body or law already introduced, a heading), otherwise a claim that is "gevuld"
 * (an actor plus a kind, means or a concrete deliverable within the sentence ±1 or the heading above) or
 * "hol" (no actor, or an actor with nothing else). Hollow claims become `regie/hol` findings.
 */
import type { RegieMention } from './types';
import type { DocModel, Sentence, RegieWord } from './document';
import { headingOf } from './document';
import { compilePhrases, hasPhrase } from './lexicon/match';
import { FAMILIES } from './lexicon/families';

const KIND = /\b(procesregie|procesregisseur|ordeningsregie|uitvoeringsregie|uitvoerende regie|ordenende regie|regisserende rol als|loslaten|faciliteren|faciliterende|stimuleren|stimulerende|reguleren|regulerende|zonder eigen belang|eindverantwoordelijkheid|eindverantwoordelijke|doorzettingsmacht|als medespeler|als opdrachtgever|participatieladder)\b/;
const MEANS = /\b(mandaat|gemandateerd|bevoegdheid|bevoegdheden|bevoegd|doorzettingsmacht|wettelijke taak|wettelijk kader|op grond van (?:artikel|de wet)|aanwijzingsbevoegdheid|aanwijzing|verordening|budget van|begroting van|formatie|fte|programmabureau|projectleider|kwartiermaker|secretariaat|opdrachten (?:aan|geven)|beschikt over|stelt .{0,40}beschikbaar|zet .{0,40}in)\b/;
const DELIVERABLE = /\b(stelt|stellen|vast|legt|leggen|levert|leveren|zorgt voor|draagt zorg|rapporteert|rapporteren|besluit|beslist|richt .{0,30} in|actieplan|plan van aanpak|uitvoeringsprogramma|convenant|opdracht|binnen \w+ (?:weken|dagen|maanden)|vóór|uiterlijk|per \d|jaarlijks|maakt|organiseert|coördineert .{0,40} (?:met|tussen)|bewaakt de (?:voortgang|planning|termijnen)|wijst .{0,30} aan|bepaalt|verdeelt|contracteert|koopt .{0,20} in|financiert)\b/;
const ANDERS = /\b(eigen regie|zelf (?:de )?regie|regie (?:over|op) (?:hun|zijn|haar|je|jouw|uw|het eigen|de eigen|eigen) |regie (?:houden|hebben|voeren|nemen) over (?:hun|zijn|haar|het eigen|eigen)|regie terug|de regie (?:over|op) (?:hun|zijn|haar) )/;
const BODY = /^(regie(?:groep|tafel|team|overleg|orgaan|raad|raden|commissie|functie|wet|bureau|punt)|regisseur)s?$/;

export interface RegieReading extends RegieMention { sentence: number }

const HEDGE = compilePhrases(FAMILIES.voorbehoud.phrases);

/** Classify every regie-family word of the document. */
export function readRegie(doc: DocModel): RegieReading[] {
  const out: RegieReading[] = [];
  const introduced = new Set<string>();
  for (const s of doc.sentences) {
    for (const w of s.regie) out.push(classify(doc, s, w, introduced));
  }
  return out;
}

function specificActors(s: Sentence | undefined): string[] {
  if (!s) return [];
  return s.actors.filter((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role').map((a) => a.text);
}

function classify(doc: DocModel, s: Sentence, w: RegieWord, introduced: Set<string>): RegieReading {
  const base = { start: w.start, end: w.end, line: doc.lines.at(w.start).line, word: w.word, sentence: s.index };
  const block = doc.blocks[s.block];
  const local = s.low.slice(Math.max(0, w.start - s.start - 40), Math.min(s.low.length, w.end - s.start + 60));
  if (ANDERS.test(local) || (s.tokens[w.token - 1]?.low === 'eigen')) return { ...base, class: 'anders' };
  if (block.kind === 'heading') return { ...base, class: 'naam' };
  const bodyKey = w.low.replace(/s$/, '');
  const capitalisedName = /^\p{Lu}/u.test(w.word) && w.token > 0;
  const isBody = BODY.test(w.low) || capitalisedName;
  if (isBody && introduced.has(bodyKey)) return { ...base, class: 'naam' };
  if (isBody) introduced.add(bodyKey);

  // The window: this sentence, its neighbours in the same block, and the heading or lead-in above.
  const prev = doc.sentences[s.index - 1];
  const next = doc.sentences[s.index + 1];
  const window = [prev && prev.block === s.block ? prev : undefined, s, next && next.block === s.block ? next : undefined].filter((x): x is Sentence => !!x);
  const heading = headingOf(doc, s.block);
  const headingSentence = heading ? doc.sentences.find((x) => x.block === heading.index) : undefined;
  const leadIn = block.kind === 'listItem' ? doc.sentences[doc.blockSentences[s.block][0] - 1] : undefined;

  let actor: string | undefined = specificActors(s)[0];
  if (!actor) for (const x of [...window, leadIn, headingSentence]) { actor = specificActors(x)[0]; if (actor) break; }
  // A body with regie in its own name is its own actor.
  if (!actor && isBody) actor = w.word;
  if (/regisseur$/.test(w.low)) actor = actor ?? w.word;
  const own = s.low;

  let kind: string | undefined;
  let means: string | undefined;
  let deliverable: string | undefined;
  for (const x of window) {
    const k = KIND.exec(x.low); if (k && !kind) kind = k[1];
    const m = MEANS.exec(x.low); if (m && !means) means = m[1];
    if (!means && x.money.some((mm) => !mm.open)) means = x.money.find((mm) => !mm.open)!.text;
    if (!means && x.quantities.some((q) => q.kind === 'capacity')) means = x.quantities.find((q) => q.kind === 'capacity')!.text;
    const d = DELIVERABLE.exec(x.low);
    if (d && !deliverable && (x.times.some((t) => t.kind !== 'recurrence') || x.quantities.length > 0 || /actieplan|plan van aanpak|uitvoeringsprogramma|stelt|vast|besluit|beslist|wijst|bepaalt|financiert|contracteert/.test(d[1]))) deliverable = d[1];
  }
  const hedged = hasPhrase(HEDGE, own);
  const filled = !!actor && (!!kind || !!means || (!!deliverable && !hedged));
  return {
    ...base, class: filled ? 'gevuld' : 'hol',
    actor, kind, means, deliverable,
  };
}
