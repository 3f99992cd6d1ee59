import type { SentenceRule } from './types';
import { matchPhrases, vocab } from '../vocab';
import type { Sentence } from '../document';
import { specificActors, firstWordIndex, hasMeasure, tokenAt } from './util';
import { deliverableIn } from '../regie';
import { voicelessLocal, readLocal, tagsOf } from '../read/unit';
import { tocLine } from './toc';
import { phraseClass } from '../vocab/classes';

/** "vastgelegd in een …", "opgenomen in het …": the instrument is named. */
const INSTRUMENT = phraseClass('laidDownIn');

/**
 * A buzzword stem in its literal sense: "het daarmee samenhangende onderhoud", "samenhangend met" (= related),
 * "in samenhang met" (= in connection with), "verbinden" of roads and routes (= physically connect).
 */
function literal(s: { raw: string; start: number }, h: { start: number; end: number; text: string }): boolean {
  // "verbinden" in its physical sense: "fysiek met elkaar verbinden", roads, routes, paths and networks that connect
  // places ("de fietsroute verbindt de dorpen").
  if (/^verbind/i.test(h.text)) {
    // "zich verbinden aan", "verbinden we ons aan acties": to commit oneself to (a reflexive pronoun and "aan").
    const rest = s.raw.slice(h.start - s.start).toLowerCase();
    const before = s.raw.slice(Math.max(0, h.start - s.start - 20), h.start - s.start).toLowerCase();
    if (/^verbind\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:ons|zich|mij|me)\s+(?:\p{L}+\s+){0,2}?aan(?![\p{L}])/u.test(rest) ||
      (/(?<![\p{L}])(?:ons|zich|mij|me)\s+(?:\p{L}+\s+){0,2}$/u.test(before) && /^verbind\p{L}*\s+aan(?![\p{L}])/u.test(rest))) return true;
    const around = s.raw.slice(Math.max(0, h.start - s.start - 60), h.end - s.start + 40).toLowerCase();
    return /(?<![\p{L}])(?:fysiek|route|routes|fietsroute|wandelroute|pad|paden|fietspad|fietspaden|weg|wegen|spoor|spoorlijn|brug|bruggen|kabel|kabels|leiding|leidingen|buis|tunnel|veerpont|ov-lijn|buslijn)(?![\p{L}])/u.test(around);
  }
  if (!/samenhang/i.test(h.text)) return false;
  const before = s.raw.slice(Math.max(0, h.start - s.start - 12), h.start - s.start).toLowerCase();
  const after = s.raw.slice(h.end - s.start, h.end - s.start + 5).toLowerCase();
  // "samenhangend met" (= related to); but "zorgt voor samenhang met het
  // onderwijs" is the buzzword.
  const adjectiveOrIn = /^samenhangend/i.test(h.text);
  // "in samenhang met X", "in samenhang daarmee" name what the act is tied to (= in connection with); a bare "in
  // samenhang" is the buzzword.
  const inWith = /^in\s+samenhang$/i.test(h.text.replace(/\s+/g, ' ')) || /\bin\s+$/.test(before);
  const complement = s.raw.slice(h.end - s.start, h.end - s.start + 10).toLowerCase();
  // "in samenhang met alle partners" is "together with": the buzzword again.
  const withParties = /^\s+met\s+(?:\S+\s+){0,2}?(?:partners|partijen|organisaties|betrokkenen|stakeholders)\b/.test(s.raw.slice(h.end - s.start, h.end - s.start + 40).toLowerCase());
  return /(?:daarmee|hiermee|ermee|nauw)\s+$/.test(before) || (adjectiveOrIn && /^\s+met\b/.test(after)) ||
    (inWith && /^\s+(?:met|daarmee|hiermee|ermee)\b/.test(complement) && !withParties);
}

/**
 * "integraal" before a kind of policy instrument names that kind ("het integraal veiligheidsbeleid", "een integraal
 * huisvestingsplan", "een integraal toeristisch beleid"), as the name of a document type, not rhetoric about the work.
 * "een integrale aanpak" stays a buzzword. Up to two adjectives may stand between.
 */
function kindOfInstrument(s: Sentence, h: { end: number; text: string }): boolean {
  if (lemma(h.text) !== 'integraal') return false;
  const tags = tagsOf(s);
  let k = tokenAt(s, h.end);
  for (let adj = 0; k >= 0 && k < s.tokens.length && adj <= 2; k++) {
    const t = s.tokens[k];
    // "een (integrale) jeugdnota": the bracket closes around the adjective.
    if (t.text === ')' && adj === 0) continue;
    if (t.kind !== 'word') return false;
    if (vocab('instrumentKind').test(t.low)) return true;
    if (tags[k]?.pos !== 'ADJ' && !/-$/.test(t.low)) return false;
    adj++;
  }
  return false;
}

/**
 * A capitalised buzzword inside the sentence is part of a name ("het Integrale Zorgakkoord", "de Verbindende Schakel"):
 * a title of a programme or an agreement, not rhetoric about the work. The sentence's first word is capitalised anyway.
 */
function inName(s: Sentence, h: { start: number; text: string }): boolean {
  // The capital may be on a later word of the hit ("de Doorontwikkeling in Samenhang van …": "in Samenhang").
  const cap = /(?:^|\s)\p{Lu}\p{Ll}/u.exec(h.text);
  if (!cap) return false;
  const at = h.start + cap.index + (cap[0].length - 2);
  const first = firstWordIndex(s);
  return first >= 0 && s.tokens[first].start < at;
}

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
  scope: 'paragraph',
  inputs: ['regie', 'unit'],
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
    good: ['Het college beschrijft de samenhang met andere trajecten, zoals het Integrale Zorgakkoord.', 'Wijkteam en school gebruiken vanaf 1 september één gezinsplan.', 'De gemeente zorgt voor een integrale aanpak.', 'Voor het daarmee samenhangende onderhoud van de integrale wijkvoorzieningen ontbreekt budget.', 'Voor maatwerk is een integrale afweging nodig, vastgelegd in een norm in het omgevingsplan.', '2. Aanpak: samenhang en integraliteit 12 2.1 Gemeente: meer regie voor verbinding 14 2.2 Wijken 15', 'De titel van dit programma verwoordt waar het om draait: verbinding, inspiratie, toekomstbestendig en voor iedereen.', 'Eén nieuwe regeling bundelt 15 losse uitkeringen. Hiermee stimuleren we de samenhang en integraliteit.'],
  },
  families: ['toverwoord'],
  gate: (s, ctx) => matchPhrases(ctx.family('toverwoord'), s.raw, 0).length >= 2,
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('toverwoord'), s.raw, s.start);
    if (hits.length < 2) return;
    // Regie words that are names or someone's own regie are not buzz.
    const readings = s.regie.length ? ctx.regie().filter((r) => r.sentence === s.index) : [];
    // Quoted or reported speech, definitions and analysis (a past report, a trend) are someone else's words,
    // explain a term or describe; they hide no action of this text.
    const local = readLocal(s);
    const fn = local.fn;
    if (fn === 'citation' || fn === 'definition' || fn === 'analysis') return;
    // An entry of a definitions section ("integrale aanpak: domeinoverstijgende werkwijze …" under "Begripsbepalingen")
    // explains a term too.
    if (ctx.unit(s).fn === 'definition') return;
    // Nor do advice, opinions, reasons and reports of what came about ("Een intensief proces heeft geresulteerd in een
    // verbindend perspectief en integrale keuzes").
    if (voicelessLocal(local)) return;
    // A table-of-contents line lists section titles; it hides no action.
    if (tocLine(s.raw)) return;
    const buzz = hits.filter((h) => !readings.some((r) => r.start >= h.start && r.start < h.end && (r.class === 'naam' || r.class === 'anders')) && !literal(s, h) && !kindOfInstrument(s, h) && !inName(s, h));
    const distinct = new Map<string, typeof hits[number]>();
    for (const h of buzz) if (!distinct.has(lemma(h.text))) distinct.set(lemma(h.text), h);
    if (distinct.size < 2) return;
    // A sentence that also says who does what, with a number or a date, is concrete despite its words.
    const concrete = specificActors(s).length > 0 && (s.quantities.length > 0 || s.money.some((m) => !m.open) || s.times.some((t) => t.kind === 'date' || t.kind === 'deadline'));
    if (concrete) return;
    // A sentence that names the instrument in which it is settled ("vastgelegd in een norm in het omgevingsplan").
    if (INSTRUMENT.test(s.low)) return;
    // The words of a title or name, mentioned ("De titel van dit programma verwoordt waar het om draait: verbinding,
    // inspiratie, toekomstbestendig"): they are quoted as that name's words, not used to hide an act.
    if (local.main?.subject && tagsOf(s).slice(local.main.subject[0], local.main.subject[1]).some((t) => t.pos === 'NOUN' && vocab('nameNouns').isWord(t.lemma))) return;
    // "Hiermee …", "Daarmee …" right after a sentence with a concrete measure (a number, an amount, a strong task): the
    // words name what that measure is for; the measure itself is concrete ("Eén regeling bundelt 15 uitkeringen.
    // Hiermee stimuleren we de samenhang en integraliteit.").
    const prev = ctx.prev(s);
    // Also "Zo …", "Hierdoor …", "Op deze manier …"; and within the sentence after a colon ("Eén loket voor alle 12
    // regelingen: zo brengen we samenhang en verbinding in het aanbod").
    const opener = (from: number): boolean => /^(hiermee|daarmee|hierdoor|daardoor|zo|zodoende)$/.test(s.tokens[from]?.low ?? '') ||
      (s.tokens[from]?.low === 'op' && /^(deze|die)$/.test(s.tokens[from + 1]?.low ?? '') && /^(manier|wijze)$/.test(s.tokens[from + 2]?.low ?? ''));
    if (prev && opener(firstWordIndex(s)) && (hasMeasure(prev) || !!deliverableIn(prev)?.strong)) return;
    const colon = s.tokens.findIndex((t) => t.text === ':');
    if (colon > 0 && opener(colon + 1) && s.tokens.slice(0, colon).some((t) => t.kind === 'number' || /^(één|twee|drie|vier|vijf|zes|tien)$/.test(t.low))) return;
    const list = [...distinct.values()];
    const words = list.map((h) => `"${h.text}"`).join(', ');
    report({
      start: list[0].start, end: list[list.length - 1].end,
      data: { words: words },
      related: list.slice(1).map((h) => ({ start: h.start, end: h.end })),
    });
  },
};
