import { flat } from '../recognize/flat';
import type { SentenceRule } from './types';
import { hasPhrase, matchPhrases } from '../vocab';
import { openingPhraseClass, phraseClass } from '../vocab/classes';
import type { Sentence } from '../document';
import { otherLaag, readLocal, subjectNoun, tagsOf } from '../read/unit';
import { isPeopleWord } from '../read/frames';
import { clauseAt } from '../read/clause';
import { firstWordIndex, independentDoer, tokenAt } from './util';

/** Money left open: "binnen bestaande middelen", "p.m.", "dekking volgt" (book ch. 2 "Sleutel 3: Boter bij de vis"). */
/** Words that put a deferral in a money context. */
const MONEY_CONTEXT = phraseClass('moneyContext');

/** Vague quantities of money that an amount next to them can fill. */
const QUANTITY = openingPhraseClass('vagueQuantity');

export const geldVaag: SentenceRule = {
  id: 'geld/vaag',
  key: 'K3',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  inputs: ['unit', 'speaker'],
  overlap: 'specific',
  book: 'H2 "Sleutel 3: Boter bij de vis"',
  title: { nl: 'Geld dat openblijft', en: 'Money left open' },
  message: {
    nl: 'Geld blijft open: "{text}". Hoeveel euro, uit welke begroting, en wie betaalt?',
    en: 'Money is left open: "{text}". How many euros, from which budget, and who pays?',
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
    good: ['De gemeente draagt € 120.000 bij; de provincie € 80.000.', 'Rol coördinator: invulling nog te bepalen.', 'Er is voldoende budget beschikbaar. De provincie draagt € 2 miljoen bij.', 'De gemeente stelt voldoende middelen beschikbaar voor de wijkteams. De teams krijgen een nieuw kantoor. Daarvoor is in 2026 € 3 miljoen gereserveerd.'],
  },
  families: ['geldVaag'],
  fixable: true,
  // Text-only: an open amount or a phrase of money left open (every hit of the check is one of these).
  gate: (s, ctx) => s.money.some((m) => m.open) || hasPhrase(ctx.family('geldVaag'), s.raw),
  check(s, ctx, report) {
    const low = flat(s).text;
    const hits = matchPhrases(ctx.family('geldVaag'), s.raw, s.start).filter((h) => {
      const w = h.text.toLowerCase().replace(/\s+/g, ' ');
      // A deferral ("nog te bepalen") is about money only in a money context (a role table is a K2/K3 gap, not this rule).
      // The deferral says when or how, not how much, when it qualifies a noun of time or manner right after it ("in door
      // hen nader te bepalen termijnen", "op een nader te bepalen datum", "op nader te bepalen wijze").
      if (/^(nog |nader )?(nader )?(te bepalen|in te vullen|te verdelen|te bepalen bedrag)$/.test(w)) {
        if (/^\s*(?:termijn|termijnen|datum|data|tijdstip|tijdstippen|moment|momenten|wijze|manier|plaats|locatie|volgorde)(?![\p{L}])/u.test(s.low.slice(h.end - s.start))) return false;
        return MONEY_CONTEXT.test(low);
      }
      // "Besluitvorming vindt plaats binnen bestaande kaders en het mandaat van de colleges": frames of policy or power,
      // not of money, when the sentence is about deciding or mandates and names no money.
      if (w === 'binnen bestaande kaders' && !MONEY_CONTEXT.test(low) && /(?<![\p{L}])(?:besluitvorming|besluiten|beslissingen|mandaat|mandaten|bevoegdhe\p{L}*|beleidskaders?)(?![\p{L}])/u.test(low)) return false;
      // "zorgen dat … altijd over voldoende middelen beschikt" is a hard guarantee, not money left open.
      if (/voldoende/.test(w) && /(?<![\p{L}])(zorg\p{L}*\s+(?:er\s+)?(?:voor\s+)?dat|garander\p{L}*|altijd)(?![\p{L}])/u.test(low)) return false;
      if (QUANTITY.test(w) && meansOfOthers(s, h.start)) return false;
      // A lack named as a state ("het ontbreken van voldoende financiële middelen", "een gebrek aan voldoende
      // middelen"): it describes a shortage (of a household, of a field), it leaves no money of the work open.
      if (/(?<![\p{L}])(?:ontbreken|ontbreekt|gebrek|tekort|gemis)\s+(?:van|aan)\s+$/u.test(s.low.slice(0, h.start - s.start).replace(/\s+$/, ' ').slice(-40))) return false;
      return true;
    });
    for (const m of s.money) if (m.open) hits.push({ start: m.start, end: m.end, text: m.text });
    if (hits.length === 0) return;
    const u = ctx.unit(s);
    if (u.fn === 'definition' || u.fn === 'legal' || u.fn === 'question' || u.fn === 'form' || u.fn === 'citation' || u.fn === 'model') return;
    // Text about the text ("In het volgende hoofdstuk … Daarbij beschrijven we ook de benodigde middelen"): a reading
    // guide that points to where the money is set out.
    // Another voice reported ("De belangrijkste aanbeveling is om … voldoende middelen te reserveren", "De raad stelt
    // voor om …"): what a report advises or a party proposes, not money the author leaves open.
    const cue = readLocal(s).cue;
    if (cue === 'meta' || cue === 'reported') return;
    // A report of what was decided or done ("De aanpak is in 2024 door de raad vastgesteld inclusief de benodigde
    // middelen", "werd … gefinancierd"): the money was settled then, nothing is left open now.
    // (A perfect passive, "In 2024 is de wijkaanpak uitgevoerd binnen de bestaande middelen", reports too.)
    if (u.main && (u.main.tense === 'past' || u.main.tense === 'perfect') && (!u.commits || u.main.passive)) return;
    // Another party's money in a government's text: another bestuurslaag ("Het Rijk stelt voldoende middelen
    // beschikbaar"), its reported promise ("Het Rijk heeft toegezegd …"), or an independent organisation: described,
    // the author leaves nothing of its own open.
    if (u.main && !u.parties && !u.authority && (otherLaag(s, u.main, u.level) || (u.level && independentDoer(s, u.main)))) return;

    // "Er zijn voldoende middelen beschikbaar. De provincie draagt € 2 miljoen bij.": the amount stands next to it,
    // in the same paragraph.
    const amount = (x: typeof s | undefined) => !!x && x.money.some((m) => !m.open);
    // The amount may stand anywhere in the paragraph, or in the same sentence ("voldoende middelen: € 2 miljoen").
    let adjacent = amount(s);
    for (let x = ctx.prev(s), k = 0; !adjacent && x && k < 12; x = ctx.prev(x), k++) adjacent = amount(x);
    for (let x = ctx.next(s), k = 0; !adjacent && x && k < 12; x = ctx.next(x), k++) adjacent = amount(x);
    // The next sentence takes this one up with its amount ("… binnen de bestaande budgetten. In totaal beloopt dit
    // € 5 miljoen."): the money of this part is named, whichever budget it comes from.
    const next = ctx.next(s);
    const takenUp = !!next && amount(next) && next.tokens.slice(0, 6).some((t) => /^(dit|dat|deze|hiervoor|daarvoor|hiermee|daarmee|hierin|daarin)$/.test(t.low));
    if (takenUp) return;
    // This sentence takes up the amount of the one before ("We investeren € 1,2 miljoen in de brug. Dat doen we binnen
    // de bestaande middelen van het investeringsplan."): how much is said, and this says where it comes from.
    const prev = ctx.prev(s);
    if (!!prev && prev.block === s.block && amount(prev) && /^(dit|dat|deze|hiervoor|daarvoor|hiermee|daarmee)$/.test(s.tokens[firstWordIndex(s)]?.low ?? '')) return;
    for (const h of hits) {
      // In a negated clause ("Voldoende middelen alleen zijn niet genoeg") money is weighed; none is left open. ("Extra
      // middelen zijn niet nodig; we werken binnen de bestaande budgetten": the hit's own clause counts.)
      const hc = clauseAt(u.clauses, tokenAt(s, h.start));
      if (hc && hc.negated && !/(?<![\p{L}])(?:nog\s+niet|niet\s+meer)(?![\p{L}])/u.test(s.low)) continue;
      // Only a vague quantity ("voldoende budget", "de benodigde middelen") is filled by that amount; "binnen
      // bestaande middelen" or a deferral says that this part has no money of its own.
      if (adjacent && QUANTITY.test(h.text.toLowerCase())) continue;
      // The sentence itself gives the amount and the budget it comes from ("Dit is budgetneutraal, aangezien de
      // budgetten voor de Wmo met € 100.000 zijn teruggebracht"): how much and from where are said.
      if (amount(s) && BUDGET_SOURCE.test(s.low.slice(0, h.start - s.start) + ' ' + s.low.slice(h.end - s.start))) continue;
      report({
        start: h.start, end: h.end,
        data: { text: h.text },
        fixes: [{
          title: { nl: 'Vervang door bedrag en bron', en: 'Replace with amount and source' },
          edits: [{ start: h.start, end: h.end, text: '€ [bedrag] uit [begrotingspost], betaald door [wie]' }],
        }],
      });
    }
  },
};

/** A named budget or fund the money comes from ("de budgetten voor de Wmo", "uit de begroting", "ten laste van de reserve"). */
const BUDGET_SOURCE = /(?<![\p{L}])(?:budget|budgetten|begroting|begrotingspost|reserve|bestemmingsreserve|fonds|(?:ten\s+laste|uit)\s+(?:van\s+)?(?:de|het))(?![\p{L}])/u;

/**
 * The vague quantity is what people or organisations have to live or run on, not money for the work: "(zij) moeten
 * voldoende middelen hebben om rond te komen", "huishoudens beschikken over onvoldoende middelen", "verenigingen met
 * voldoende middelen krijgen geen subsidie". Read: the hit follows "met" after a noun (a class of people or bodies
 * described by their means; also "zonder": "inwoners zonder voldoende middelen"), or stands in a clause of having ("hebben", "beschikken") whose subject is a people word,
 * or a third-person pronoun with a purpose of living ("om rond te komen"). "De wijkteams krijgen voldoende middelen"
 * (money for the work) stays.
 */
function meansOfOthers(s: Sentence, at: number): boolean {
  const tok = s.tokens, tags = tagsOf(s);
  const ti = tokenAt(s, at);
  if (ti < 0) return false;
  if (ti >= 2 && (tok[ti - 1].low === 'met' || tok[ti - 1].low === 'zonder') && tags[ti - 2]?.pos === 'NOUN') return true;
  const c = clauseAt(readLocal(s).clauses, ti);
  if (!c || !c.subject) return false;
  // Having the means, or providing them oneself ("waarvoor de aanvrager zelf kan zorgen voor voldoende middelen").
  const having = tok.slice(c.start, c.end).some((t, k) => /^(hebben|beschikken)$/.test(tags[c.start + k]?.lemma ?? '') || /^(heeft|hebben|beschikt|beschikken)$/.test(t.low) ||
    (/^(zorgen|zorgt|zorg)$/.test(t.low) && tok[c.start + k + 1]?.low === 'voor'));
  if (!having) return false;
  const sn = subjectNoun(s, c);
  if (sn >= 0) return isPeopleWord(tags[sn]?.lemma ?? tok[sn].low);
  // A pronoun may stand for the parties themselves: only with a purpose of living ("om rond te komen").
  return c.subject[1] - c.subject[0] === 1 && /^(zij|ze|hij)$/.test(tok[c.subject[0]].low) && /(?<![\p{L}])(rond\s+te\s+komen|van\s+te\s+leven|levensonderhoud)/u.test(s.low);
}
