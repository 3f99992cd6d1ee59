import type { RuleContext, SentenceRule } from './types';
import type { Sentence } from '../document';
import { flat, flatSpan } from '../recognize/flat';
import { hasPhrase, matchPhrases, vocab } from '../vocab';
import { firstMatch, phraseClass } from '../vocab/classes';
import { clauseAt, type Clause } from '../read/clause';
import { independentDoer, tokenAt } from './util';

/** People put in without a number: capacity, staff or hours "made available" or "deployed". */
const STRUCTURE = phraseClass('peopleMadeAvailable');
/** The verb first: "zet eigen professionals in", "stellen mensen beschikbaar". */
const STRUCTURE_VERB_FIRST = phraseClass('peopleMadeAvailableVerbFirst');
/** A named team or apparatus answers the question "who?" (even without fte). */
const NAMED_TEAM = phraseClass('namedTeam');
// A team's proper name (capitals): structure, not a word list, so it stays here.
const TEAM_NAME = /(?<![\p{L}])[Tt]eam\s+\p{Lu}\p{L}+/u;

/** People left open: capacity, staff, "menskracht" without fte, hours or a named team (book ch. 2, "Sleutel 3"). */
/** Words that make "capaciteit" about people. */
const PEOPLE_CONTEXT = phraseClass('peopleContext');

/** Help given when asked: "op verzoek", "desgevraagd", "op aanvraag", "indien (daarom) gevraagd". */
const ON_REQUEST = phraseClass('onRequest');

/** "moet duidelijk zijn", "dient vast te staan", "moet helder worden" + a clause: a demand to settle it first. */
const SETTLED_FIRST = phraseClass('settledFirst');

/**
 * A precondition: people one must have in order to be able to do something ("moet voldoende capaciteit hebben om de
 * plannen te kunnen uitvoeren"). It states what the work needs, an argument, not people promised and left open.
 */
const PRECONDITION = phraseClass('precondition');

export const zwitsersVaag: SentenceRule = {
  id: 'zwitsers/vaag',
  key: 'K3',
  defaultSeverity: 'warning',
  scope: 'section',
  inputs: ['unit', 'speaker'],
  overlap: 'specific',
  book: 'H2 "Sleutel 3: Boter bij de vis" ("geen geld, geen Zwitsers")',
  title: { nl: 'Mensen die openblijven', en: 'People left open' },
  message: {
    nl: 'Mensen blijven open: "{text}". Hoeveel fte of uur, van wie, en in welk team?',
    en: 'People are left open: "{text}". How many FTE or hours, from whom, and in which team?',
  },
  explanation: {
    nl: 'Naast geld vraagt het boek om mensen: een werkapparaat, uren, een kwartiermaker of projectleider. "Capaciteit wordt vrijgemaakt" of "inzet van medewerkers" belooft mensen zonder te zeggen hoeveel en van wie. In de praktijk gaat dat werk dan voor op niets, en verdwijnt het achter de dagelijkse taken van de partners.',
    en: 'Besides money the book asks for people: a work apparatus, hours, a kwartiermaker or project leader. "Capacity will be freed up" or "deployment of staff" promises people without saying how many and from whom. In practice that work then takes priority over nothing and disappears behind the partners\' daily tasks.',
  },
  fix: {
    nl: 'Noem aantallen en herkomst: "De gemeente levert 1,5 fte en de GGD 0,5 fte voor het projectteam, onder leiding van een projectleider."',
    en: 'State numbers and origin: "The municipality provides 1.5 FTE and the GGD 0.5 FTE for the project team, led by a project leader."',
  },
  examples: {
    bad: ['Partijen maken voldoende capaciteit vrij voor de uitvoering.', 'De inzet van medewerkers wordt nader bepaald.', 'De partners leveren medewerkers voor het wijkteam.'],
    good: ['Het is belangrijk dat de bibliotheken voldoende capaciteit vrijmaken voor de leesclubs.', 'De gemeente levert 1,5 fte en de GGD 0,5 fte voor het projectteam.', 'De kwartiermaker start op 1 maart.', 'Het dashboard toont per locatie de vrije capaciteit van de dagbesteding.', 'De inspecties stellen elkaar op verzoek medewerkers beschikbaar voor een onderzoek.', 'Vooraf moet duidelijk zijn dat er voldoende ambtelijke capaciteit voor het project is.', 'De organisatie moet voldoende capaciteit hebben om de plannen te kunnen uitvoeren.', 'Onze medewerkers willen het juiste leveren aan inwoners.'],
  },
  families: ['mensenVaag'],
  fixable: true,
  gate: (s, ctx) => hasPhrase(ctx.family('mensenVaag'), s.raw) || STRUCTURE.test(flat(s).text) || STRUCTURE_VERB_FIRST.test(flat(s).text),
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('mensenVaag'), s.raw, s.start);
    if (hits.length === 0) {
      const f = flat(s);
      const m = firstMatch('peopleMadeAvailable', f.text) ?? firstMatch('peopleMadeAvailableVerbFirst', f.text);
      if (m) hits.push(flatSpan(s, f, m.start, m.end - m.start));
    }
    if (hits.length === 0) return;
    const u = ctx.unit(s);
    // The people as the subject of an active clause ("Onze medewerkers willen het juiste leveren", "Professionals
    // leveren goede zorg"): they deliver something, nobody makes them available; as the subject of a passive
    // ("Medewerkers worden ingezet") or the object ("De partners leveren medewerkers") they are the capacity.
    if (hits.every((h) => peopleActHere(s, u.clauses, h))) return;
    if (!u.commits || (u.main && u.main.modality === 'possibility')) return;
    // An independent organisation's own staffing in a government's text ("Kleine zorgaanbieders vinden moeilijk
    // voldoende personeel"): described, nothing of the author's is left open.
    if (u.main && !u.parties && !u.authority && u.level && independentDoer(s, u.main)) return;
    // "capaciteit" in another sense: the capacity of a service, a system or a country, not people.
    const lowAll = flat(s).text;
    if (hits.every((h) => /capaciteit/i.test(h.text)) && !PEOPLE_CONTEXT.test(lowAll)) return;
    // Only the clause of the phrase counts: "De GGD levert 0,8 fte; de anderen maken capaciteit vrij" is still open.
    const h0 = hits[0];
    const relStart = h0.start - s.start, relEnd = h0.end - s.start;
    let cs = 0, ce = s.raw.length;
    for (const c of [';', ':']) {
      const before = s.raw.lastIndexOf(c, relStart);
      if (before + 1 > cs) cs = before + 1;
      const after = s.raw.indexOf(c, relEnd);
      if (after >= 0 && after < ce) ce = after;
    }
    const inClause = (a: { start: number }) => a.start - s.start >= cs && a.start - s.start < ce;
    const clauseLow = s.low.slice(cs, ce), clauseRaw = s.raw.slice(cs, ce);
    if (s.quantities.some((q) => q.kind === 'capacity' && inClause(q)) || NAMED_TEAM.test(clauseLow) || TEAM_NAME.test(clauseRaw)) return;
    // Assistance on request ("stellen elkaar op verzoek medewerkers beschikbaar") is lent case by case: how many
    // people cannot be fixed in advance, so no number is missing.
    if (ON_REQUEST.test(clauseLow)) return;
    // The people as an item of cost ("Daarbij nemen we de kosten van de inzet van medewerkers mee"): what is reckoned
    // with, not capacity promised.
    if (/(?<![\p{L}])kosten\s+(?:van|voor)\s+(?:de\s+)?$/u.test(s.low.slice(Math.max(0, relStart - 20), relStart))) return;
    if (PRECONDITION.test(clauseLow)) return;
    // A demand that the matter be made clear or settled first ("Vooraf moet duidelijk zijn dat er voldoende
    // capaciteit is") asks for the number; it does not leave it open.
    const before = lowAll.slice(0, Math.max(0, lowAll.indexOf(h0.text.toLowerCase())));
    if (SETTLED_FIRST.test(before)) return;
    // "… stellen capaciteit beschikbaar. Het gaat om 2 fte per partner.": the number may follow in the same paragraph,
    // or open the next paragraph of the section when this sentence closes its own ("… vraagt om menskracht.\n\nDaarom
    // wordt de formatie uitgebreid met 4 fte.").
    if (followingSentences(s, ctx).some((n) => n.quantities.some((q) => q.kind === 'capacity'))) return;
    const h = hits[0];
    report({
      start: h.start, end: h.end,
      data: { text: h.text },
      fixes: [{
        title: { nl: 'Voeg fte en herkomst toe', en: 'Add FTE and origin' },
        edits: [{ start: h.end, end: h.end, text: ' ([aantal] fte van [wie?])' }],
      }],
    });
  },
};

/**
 * The two sentences after s in its paragraph; when s closes its paragraph and the next paragraph of the section opens by
 * taking it up ("Daarom …", "Hiervoor …", "Deze balans …"), that paragraph's first two sentences.
 */
function followingSentences(s: Sentence, ctx: RuleContext): Sentence[] {
  // The next two sentences of the paragraph ("De ambtelijke inzet verandert. De reguliere inzet wordt verlaagd. Hierdoor
  // kan 0,5 fte worden bespaard.").
  const next = ctx.next(s);
  if (next) { const after = ctx.next(next); return after ? [next, after] : [next]; }
  const sec = ctx.section(s).sentences;
  const i = sec.indexOf(s);
  const first = sec[i + 1];
  if (i < 0 || !first || first.block !== s.block + 1 || ctx.doc.blocks[first.block]?.kind !== 'paragraph') return [];
  const opener = first.tokens.find((t) => t.kind === 'word')?.low ?? '';
  if (!vocab('goalTakenUp').test(first.low) && !vocab('anaphoricLink').isWord(opener) && !/^(deze|dit|die|dat)$/.test(opener)) return [];
  return sec.slice(i + 1, i + 3).filter((x) => x.block === first.block);
}

/**
 * The hit opens with its people word as the subject of an active clause of delivering or deploying ("Onze medewerkers
 * willen het juiste leveren"): they act.
 */
function peopleActHere(s: Sentence, clauses: readonly Clause[], h: { start: number; text: string }): boolean {
  if (!/(?:leveren|geleverd|inzetten|ingezet)$/i.test(h.text)) return false;
  const k = tokenAt(s, h.start);
  const c = clauseAt(clauses, k);
  return !!c && !c.passive && !!c.subject && k >= c.subject[0] && k < c.subject[1];
}
