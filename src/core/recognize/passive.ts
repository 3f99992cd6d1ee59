/**
 * The Dutch passive (guide/dutch-text.md §6, A.3): a form of *worden* (or *zijn* for the stative passive),
 * possibly with a modal, plus a past participle in the same clause; the agent is a `door` phrase that is not
 * "door middel van" and, when fronted, names an actor. Impersonal "er wordt …" passives are marked.
 */
import type { Span } from '../types';
import type { Token } from '../text/tokens';
import { isActorWord } from './actors';

export interface PassiveMention extends Span {
  aux: Span;
  participle: Span & { text: string };
  agent?: Span;
  /** "Er wordt …" */
  impersonal: boolean;
  /** The auxiliary is a form of worden (dynamic passive) rather than zijn. */
  dynamic: boolean;
  /** The passive stands in a subordinate clause (after dat, die, wat, waarin …): it describes, it does not commit. */
  subordinate: boolean;
  /** A modal of possibility governs it ("kan worden gemaakt"): an option, not a commitment. */
  possibility: boolean;
}

const WORDEN = new Set('word wordt worden werd werden geworden'.split(' '));
const ZIJN = new Set('is zijn was waren ben bent geweest'.split(' '));
const SUBORDINATORS = new Set('dat die of omdat doordat wanneer als zodat waardoor terwijl nadat voordat zodra indien mits tenzij hoewel waarbij waarin waarmee welke wat'.split(' '));
/** Modals of possibility: "kan worden", "kunnen worden", "mag worden". */
const POSSIBILITY = new Set('kan kunnen kon konden mag mogen zou zouden'.split(' '));
const DETERMINERS = new Set('de het een deze die dit dat zijn haar hun onze elke alle geen'.split(' '));
const PARTICLES = 'aan|af|bij|binnen|door|in|mee|na|neer|om|op|over|samen|tegen|terug|toe|uit|vast|voor|weg|vrij|goed|bekend|tot|plaats|kennis|ter|ten|teweeg|voort|achter|dicht|open|bloot|stil|mis|her|in|onder';
const PARTICIPLE = new RegExp(String.raw`^(?:(?:${PARTICLES})?ge\p{L}{2,}(?:d|t|en)|(?:${PARTICLES})?(?:be|ver|ont|her|er|ge)\p{L}{2,}(?:d|t|en)|(?:onder|over|door|om|vol|achter|mis|weer)\p{L}{3,}(?:d|t))$`, 'u');
const NOT_PARTICIPLE = new Set((
  'gebied gezicht gewicht gerecht gedicht gezond geduld gevecht geheel gemeenten gebieden geleden verschillend bestaand ' +
  'voldoende onderstaand bovenstaand betreffend overzicht ontwerp beleid bedrag gebruik beheer verband verschil overleg ' +
  'onderhoud gesprek gesprekken geval gevallen genoeg gehele geheel gezin gezinnen gebouw gebouwen gemeenschap gedrag ' +
  'geld verhaal verband bedrijven betrokkenen verleden onderwijs onderzoek ondersteund ontwikkeling gevolgen gegevens ' +
  'behoeften bestuurders eerst verder verdere beter geschikt gericht gezamenlijk gemiddeld bereid bekend erkend ' +
  'overigens ongeveer verbeteren verkorten ontbreken bedragen bevorderen versterken vergroten verminderen ' +
  'behouden ontvangen bestaan ontstaan vergeten verkrijgen begrijpen beginnen verdienen'
).split(/\s+/));
/** zijn + these participles is a perfect tense or an adjective, not a passive. */
const NOT_PASSIVE_AFTER_ZIJN = new Set((
  'gestegen gedaald gegroeid gestart begonnen ontstaan gebleven geworden gekomen gegaan verschenen verdwenen toegenomen ' +
  'afgenomen overleden geslaagd gelukt mislukt vertrokken gebleken verlopen afgelopen geëindigd gestopt opgehouden ' +
  'teruggekeerd aangekomen uitgegroeid overgestapt verhuisd gevallen gestorven geweest veranderd verbeterd verslechterd ' +
  'betrokken bekend gewend gelegen geschikt verplicht bevoegd gevestigd verbonden gehouden gerechtigd genoodzaakt ' +
  'geneigd benieuwd verheugd overtuigd tevreden gemotiveerd binnengekomen toegetreden aangesloten opgegroeid ' +
  'gerelateerd gebaseerd ingesteld gericht verantwoordelijk voorbereid gespecialiseerd geïnteresseerd afhankelijk ' +
  'uitgegaan meegegaan doorgegaan opgestart gebleven verschenen'
).split(/\s+/));

function isParticiple(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.low;
  if (w.length < 5 || NOT_PARTICIPLE.has(w) || (/end$/.test(w) && !/iend$/.test(w))) return false;
  return PARTICIPLE.test(w);
}

/** Clause boundaries: punctuation, subordinators, and en/maar/of before a verb-like token. */
function clauses(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const boundary = (t.kind === 'punct' && /^[,;:()"“”]$/.test(t.text)) || (i > s && SUBORDINATORS.has(t.low)) ||
      ((t.low === 'en' || t.low === 'maar') && i > s && (WORDEN.has(tokens[i + 1]?.low ?? '') || ZIJN.has(tokens[i + 1]?.low ?? '')));
    if (boundary) {
      if (i > s) out.push([s, i]);
      s = t.kind === 'punct' ? i + 1 : i;
    }
  }
  if (s < tokens.length) out.push([s, tokens.length]);
  return out;
}

export function findPassives(tokens: readonly Token[]): PassiveMention[] {
  const out: PassiveMention[] = [];
  // Every passive starts at a form of worden or zijn: a sentence without one has none (no clause split needed).
  let anyAux = false;
  for (let i = 0; i < tokens.length; i++) if (WORDEN.has(tokens[i].low) || ZIJN.has(tokens[i].low)) { anyAux = true; break; }
  if (!anyAux) return out;
  for (const [cs, ce] of clauses(tokens)) {
    for (let i = cs; i < ce; i++) {
      const aux = tokens[i];
      const dynamic = WORDEN.has(aux.low);
      if (!dynamic && !ZIJN.has(aux.low)) continue;
      let part = -1;
      for (let j = i + 1; j < ce; j++) {
        if (WORDEN.has(tokens[j].low)) break;
        if (isParticiple(tokens[j]) && (j === i + 1 || !DETERMINERS.has(tokens[j - 1]?.low ?? ''))) { part = j; break; }
      }
      if (part < 0 && i - 1 >= cs && isParticiple(tokens[i - 1]) && !DETERMINERS.has(tokens[i - 2]?.low ?? '')) part = i - 1;
      if (part < 0) continue;
      const p = tokens[part];
      if (!dynamic && NOT_PASSIVE_AFTER_ZIJN.has(p.low)) continue;
      // "zijn" as a possessive ("zijn taken") or a perfect with hebben-verbs is filtered by the participle lists.
      let agent: Span | undefined;
      for (let j = cs; j < ce; j++) {
        if (tokens[j].low !== 'door') continue;
        if (tokens[j + 1]?.low === 'middel') continue;
        const np = tokens.slice(j + 1, Math.min(ce, j + 6));
        const head = np.find((x) => x.kind === 'word' && !DETERMINERS.has(x.low) && !/^(alle|beide|elke|iedere|twee|drie)$/.test(x.low));
        if (j === cs && !(head && (isActorWord(head.low) || /^\p{Lu}/u.test(head.text)))) continue;
        if (head) agent = { start: tokens[j].start, end: head.end };
        break;
      }
      const impersonal = tokens.slice(cs, i).some((x) => x.low === 'er') || tokens[i + 1]?.low === 'er';
      const subordinate = cs > 0 && SUBORDINATORS.has(tokens[cs].low);
      let possibility = false;
      for (let j = cs; j < ce; j++) if (POSSIBILITY.has(tokens[j].low)) { possibility = true; break; }
      const start = Math.min(aux.start, p.start), end = Math.max(aux.end, p.end);
      out.push({ start, end, aux: { start: aux.start, end: aux.end }, participle: { start: p.start, end: p.end, text: p.text }, agent, impersonal, dynamic, subordinate, possibility });
      i = Math.max(i, part);
    }
  }
  return out;
}
