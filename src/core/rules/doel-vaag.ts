import type { RuleContext, SentenceRule } from './types';
import { flat } from '../recognize/flat';
import { matchPhrases, hasPhrase, vocab } from '../vocab';
import { firstWordIndex, hasAmount, hasFixedTime, hasMeasure, inIndirectQuestion, inInfinitivalAdjunct, inRelativeClause, namedOtherAims, plainPresentMain, quotedAt, sentenceEndInsert, setsTarget, tokenAt } from './util';
import type { Sentence } from '../document';
import { wordsLow } from '../document';
import { clauseAt, type Clause } from '../read/clause';
import { deliverableIn, taskIn } from '../regie';
import { commitsNothingHere, ownDoer, readLocal, subjectNoun, tagsOf } from '../read/unit';
import { isPeopleWord } from '../read/frames';
import { labelledFollowUp } from '../read/followup';
import { phraseClass, wholePhraseClass, wordClass } from '../vocab/classes';

/** Purpose clauses of the document itself ("Doel van dit protocol is het vastleggen van …") are not ambitions. */
const DOCUMENT_PURPOSE = phraseClass('documentPurpose');
const THING_PURPOSE = wholePhraseClass('thingPurpose');

/** A comparison with a reference figure: "niet sneller laten stijgen dan de inflatie", "lager dan het landelijk gemiddelde". */
const BENCHMARK = phraseClass('benchmarkBound');

/** Laws and treaties: "Omgevingswet", "de wet", "het verdrag", "de richtlijn". */
const OTHER_INSTRUMENT = wordClass('goalInstrument');

/** Text of criteria: what qualifies, what is assessed. */
const ELIGIBILITY = phraseClass('eligibility');

/** Quantifiers of an unspecified set: "veel", "sommige", "de meeste", "steeds meer" (description of others). */
const GENERIC_HOLDER = wordClass('genericHolder');

/** Organisations a measure can be aimed at (bedrijven, instellingen, doelgroepen); people are `isPeopleWord`. */
const TARGETED_PARTY = wordClass('targetedParty');

/** The plural goal noun at ti follows "op/aan/van/bij/met/voor" + "de/onze/alle" (or "elk/ieder van onze") and no complement. */
function goalsReferredInPhrase(s: Sentence, ti: number): boolean {
  const tok = s.tokens;
  let k = ti - 1;
  if (!/^(de|onze|alle)$/.test(tok[k]?.low ?? '')) return false;
  k--;
  if (tok[ti - 1].low === 'onze' && tok[k]?.low === 'van' && /^(elk|ieder)$/.test(tok[k - 1]?.low ?? '')) k -= 2;
  if (!/^(op|aan|van|bij|met|voor)$/.test(tok[k]?.low ?? '')) return false;
  return !/^(om|van|:|dat|die|zoals|uit|in|voor|op)$/.test(tok[ti + 1]?.low ?? '');
}

/**
 * A goal phrase used as a goal of the text: not "beoogd" as an adjective ("de beoogde doelgroep" = the intended
 * group), and "is gericht op" only when what is aimed is the author's or the text's own (our policy, this
 * programme), not a description of something else ("de inhoud van de hulp is gericht op …", "het project is
 * gericht op …" in a form).
 */
function isGoal(s: Sentence, g: { start: number; text: string }, clauses: readonly Clause[]): boolean {
  const w = g.text.toLowerCase();
  const ti = tokenAt(s, g.start);
  if (/^beoogde?$/.test(w) && ti > 0 && /^(de|het|een|hun|haar|zijn|onze|ons)$/.test(s.tokens[ti - 1].low)) return false;
  // "Hiermee wordt beoogd …", "Met het toepassen van deze methode wordt beoogd …": the aim of the instrument or measure
  // just named, in an impersonal passive; "Met dit programma wordt beoogd …" (the text itself) stays.
  // The passive's "wordt" stands right before "beoogd" or as the finite verb of its clause ("Op deze manier wordt een
  // snellere hulp beoogd").
  const aux = /^beoogd$/.test(w) ? passiveAux(s, ti, clauses) : -1;
  if (aux >= 0) {
    const first = s.tokens[firstWordIndex(s)]?.low ?? '';
    // The whole opening before "wordt" sums up what came before ("Hiermee", "Zo", "Op deze manier").
    const opening = wordsLow(s, firstWordIndex(s), aux);
    if (/^(hierdoor|daardoor)$/.test(first) || vocab('summingUpOpener').test(opening)) return false;
    if (first === 'met' && !/^(dit|deze)$/.test(s.tokens[firstWordIndex(s) + 1]?.low ?? '')) return false;
  }
  // "Dit met als doel om …", "Dit heeft tot doel …": the aim of what the sentence before names (its programmes,
  // its measure), as "Hiermee wordt beoogd …"; "Dit programma heeft tot doel …" (the text itself) stays.
  if (/^(?:doel|als doel|tot doel|het doel|met als doel|met het doel)$/.test(w) && /^\W*(?:dit|dat|hiermee|daarmee)\s+(?:met|heeft|hebben|is|zijn)\s/u.test(s.low)) return false;
  // "We zetten in op de programma's: kiezen, leren, werken": the object is a named instrument, a measure, not a result.
  if (/^(?:zetten|zet)\b.*\bin op$|^inzetten op$|^in op$/.test(w) && NAMED_INSTRUMENT.test(s.raw.slice(g.start - s.start))) return false;
  // Goal nouns that label fields ("We werken samen aan opgaves en ambities op het gebied van wonen, energie en zorg"):
  // a list of domains, no goal set.
  // (As what one works on: "aan" before it; "versterkt de doelstellingen op het gebied van gezondheid" stays.)
  if (/^(?:doelen|doelstellingen|ambities|opgaves|opgaven)$/.test(w) && /^op\s+(?:het|de)\s+(?:gebied|gebieden|terrein|terreinen)\s+van\b/.test(wordsLow(s, ti + 1, ti + 6)) &&
    s.tokens.slice(Math.max(0, ti - 4), ti).some((t) => t.low === 'aan')) return false;
  // A goal cited from another text ("de doelstellingen uit het Klimaatakkoord", "conform de ambities van de regio").
  const after = wordsLow(s, ti + 1, ti + 6);
  if (/^(doel|doelen|doelstelling|doelstellingen|ambitie|ambities)\b/.test(w.replace(/^(het|ons|onze) /, '')) && /^(uit|in|volgens)\s+(?:onder\s+(?:meer|andere)\s+)?(het|de)\s/.test(after)) return false;
  // "deze doelstelling", "die ambities": the noun points back to a goal stated before; it sets none here.
  if (/^(doel|doelen|doelstelling|doelstellingen|ambitie|ambities)$/.test(w) && ti > 0 && /^(deze|die|dit|dat|dergelijke|zulke|welke)$/.test(s.tokens[ti - 1].low)) return false;
  // The goals as the object of a preposition with a definite or quantified plural and nothing after it that says what
  // they are ("voortgang boeken op de ambities", "een onderdeel van elk van onze ambities"): goals named before,
  // referred to. "op de ambities om …", "aan de doelen: …", "de ambities van …" are said here and stay.
  if (/^(doelen|doelstellingen|ambities)$/.test(w) && goalsReferredInPhrase(s, ti)) return false;
  // With a count between ("Deze vier ambities", "die drie doelen"): the goals listed before, counted.
  if (/^(doelen|doelstellingen|ambities)$/.test(w) && ti > 1 && (s.tokens[ti - 1].kind === 'number' || tagsOf(s)[ti - 1]?.pos === 'NUM') && /^(deze|die|de)$/.test(s.tokens[ti - 2].low)) return false;
  // "het doel van de Omgevingswet", "de doelstellingen van het verdrag": the goal of another instrument (a definite
  // article, not "deze/dit" of the text itself), cited.
  if (/(?:^|\s)(doel|doelen|doelstelling|doelstellingen)(\s+van)?$/.test(w)) {
    const rest = s.tokens.slice(ti + w.split(' ').length, ti + w.split(' ').length + 5).map((t) => t.low);
    const from = rest[0] === 'van' ? 1 : 0;
    if ((w.endsWith(' van') || rest[0] === 'van') && /^(de|het)$/.test(rest[from] ?? '') && rest.slice(from + 1, from + 3).some((x) => OTHER_INSTRUMENT.test(x))) return false;
  }
  if (goalReferred(s, ti, w)) return false;
  // Inside an adjunct of means ("Door te investeren en onze ambities in samenhang op te pakken, komen we …"): the goals
  // are the object of the means, taken up from before; they are not set here.
  if (/^(doel|doelen|doelstelling|doelstellingen|ambitie|ambities)$/.test(w) && inInfinitivalAdjunct(s, ti, ['door'])) return false;
  // In a relative clause that describes a noun ("de stad die we willen zijn", "het Kreekhaven dat we willen worden"):
  // the goal word describes that noun inside another statement; it sets no goal of its own.
  if (inRelativeClause(s, clauses, ti)) return false;
  // A free relative of the formal register ("al hetgeen partijen beogen te regelen", "datgene wat zij willen"): the
  // goal word describes an object of another clause, it states no goal.
  for (let k = ti - 1; k >= Math.max(0, ti - 4); k--) {
    if (s.tokens[k].kind === 'punct') break;
    if (s.tokens[k].low === 'hetgeen' || s.tokens[k].low === 'datgene') return false;
  }
  const c0 = clauseAt(clauses, ti);
  const subject = c0?.subject;
  // "hun ambities", "haar doelen" of a third-person subject ("Gemeenten formuleren zelf hun ambities om …"): the
  // goals of others, described; with "we" or the parties as subject ("Partijen leggen hun doelen vast") they stay.
  if (/^(doel|doelen|doelstelling|doelstellingen|ambitie|ambities)$/.test(w) && ti > 0 && /^(hun|haar|zijn)$/.test(s.tokens[ti - 1].low) &&
    c0 && c0.subjectKind === 'np' && !c0.subordinate) return false;
  // Whose goal: a goal held by an unspecified set of others describes the field ("veel gemeenten hebben de ambitie
  // om …", "sommige scholen streven naar …"), it is no goal this text sets.
  const q = subject ? (s.tokens[subject[0]]?.low === 'de' ? s.tokens[subject[0] + 1]?.low : s.tokens[subject[0]]?.low) ?? '' : '';
  if (subject && GENERIC_HOLDER.test(q)) return false;
  // "X heeft tot doel …" with a named body as X: the statutory purpose of that body (what it is for), described or
  // cited; with "we", "dit programma" or "de samenwerking" it is the text's own goal.
  if (/(?:^|\s)tot doel$/.test(w) && subject && s.actors.some((a) => a.kind === 'named' && a.token >= subject[0] && a.token < subject[1])) return false;
  // "Het wetsvoorstel beoogt …", "De richtlijn heeft tot doel …": the aim of a law or bill, described (rule page).
  if (/^(beoogt|beogen|heeft tot doel|hebben tot doel|tot doel)$/.test(w) && instrumentSubject(s, subject)) return false;
  if (/^(is|zijn) (erop )?gericht op$/.test(w)) {
    const c = clauseAt(clauses, ti);
    const subj = c?.subject ? s.tokens.slice(c.subject[0], c.subject[1]).map((t) => t.low) : [];
    // (The text itself is a subject of kind 'document', "dit programma"; "dit proces", "deze aanpak" point back to a
    // thing described before, whose purpose is then described.)
    if (!(c?.subjectKind === 'we' || c?.subjectKind === 'document' || subj.some((x) => /^(we|wij|ons|onze)$/.test(x)))) return false;
    // "gericht op bedrijven die …", "op jongeren tot 23 jaar": whom it targets (the target group), not a result aimed at.
    const tags = tagsOf(s);
    for (let k = ti + w.split(' ').length; k < Math.min(s.tokens.length, ti + w.split(' ').length + 4); k++) {
      const pos = tags[k]?.pos;
      // (The tagger may read a people noun as an adjective: "jongeren" as "jong" + -er.)
      if ((pos === 'NOUN' || pos === 'ADJ') && (isPeopleWord(tags[k].lemma) || pluralPeople(s.tokens[k].low) || TARGETED_PARTY.test(s.tokens[k].low))) return false;
      if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM') continue;
      break;
    }
  }
  return true;
}

/** A goal or ambition with no number, unit or date (book ch. 2, "Focus maken"; "Coalitiedoel"). */
export const doelVaag: SentenceRule = {
  id: 'doel/vaag',
  key: 'K1',
  defaultSeverity: 'info',
  scope: 'section',
  inputs: ['unit', 'speaker', 'followUp'],
  book: 'H2 "Drijvende krachten; 2. Focus maken", "Coalitiedoel"',
  title: { nl: 'Doel zonder maat', en: 'Goal without a measure' },
  message: {
    nl: 'Doel zonder maat: "{text}". Hoeveel, voor wie en wanneer?',
    en: 'Goal without a measure: "{text}". How much, for whom and by when?',
  },
  explanation: {
    nl: 'Het boek vraagt om een coalitiedoel dat eenvoudig en concreet is: een aantal met een eenheid en een termijn, of een uitdrukkelijk gekozen principe waar elke partner op wordt aangesproken. "De leefbaarheid verbeteren" of "een integrale aanpak realiseren" geeft richting noch maat: niemand kan zien of het doel is bereikt, en partners kunnen er alles onder verstaan.',
    en: 'The book asks for a coalition goal that is simple and concrete: a number with a unit and a time frame, or an explicitly chosen principle each partner is held to. "Improve liveability" or "realise an integrated approach" gives neither direction nor measure: nobody can see whether the goal was reached, and partners can read anything into it.',
  },
  fix: {
    nl: 'Zet er een getal, eenheid en termijn bij: "In 2028 wonen 300 ouderen langer zelfstandig dan nu" in plaats van "We willen dat ouderen langer thuis kunnen wonen".',
    en: 'Add a number, a unit and a time frame: "By 2028, 300 more older people live independently" instead of "We want older people to be able to live at home longer".',
  },
  examples: {
    bad: ['We willen de leefbaarheid in de wijk verbeteren.', 'Ons doel is een integrale aanpak van armoede.'],
    good: ['We zetten in op meer groen in de wijk. Deze ambitie is in het groenplan nader uitgewerkt.', 'We willen meer gebruikmaken van de ervaringen van inwoners en doen daarom regelmatig onderzoek naar hun waardering.', 'Het doel van deze wet is om de digitale weerbaarheid van organisaties te vergroten.', 'In 2028 hebben 150 extra jongeren een startkwalificatie.', 'We willen de leefbaarheid in de wijken verbeteren:\n\n- vóór 1 juli 2027 zijn er 40 nieuwe speelplekken;\n- in 2028 staan er 300 nieuwe bomen.', 'Doel van dit protocol is het vastleggen van afspraken over gegevensuitwisseling.', 'Bij commerciële aanbieders is winst vaak het primaire doel.', 'De nieuwe huurwoningen gaan eerst naar de beoogde doelgroep, zodat meer starters in het dorp blijven.', 'Wij willen de afvalstoffenheffing niet sneller laten stijgen dan de inflatie en de kosten verlagen.', 'Het werk van de buurtcoach is gericht op het verminderen van eenzaamheid.', 'De Stichting Sport Lindewaard heeft tot doel de sport in de gemeente te bevorderen.', 'Veel gemeenten hebben de ambitie om de leefbaarheid te verbeteren.', 'De scholen en de bedrijven richten samen een leerwerkplaats in met als doel de aansluiting op de arbeidsmarkt te verbeteren.', 'Projecten met als doel de leefbaarheid te verbeteren komen in aanmerking voor subsidie.', 'De sportnota versterkt ook andere gemeentelijke doelstellingen op het gebied van gezondheid.', 'De wijkvisie biedt het kader voor het versterken van de buurten en het realiseren van de ambities.', 'Het wetsvoorstel beoogt de ontwikkelingskansen van kinderen te vergroten.', 'In deze nota leggen we uit hoe we bepalen welke doelen we willen bereiken.', 'De woningcorporaties hebben de ambitie uitgesproken de samenwerking in de regio te verbeteren.', 'Want we willen het leven in Kreekhaven nog beter maken.', 'Doelstellingen moeten afdwingbaar zijn.', 'Wat willen we bereiken?\n\nWe willen dat inwoners zich veiliger voelen in hun wijk.\n\nWat gaan we daarvoor doen?\n\n- In 2027 plaatsen we 40 extra lantaarnpalen in het Lindepark.'],
  },
  families: ['ambitie', 'vaagResultaat'],
  fixable: true,
  // Text-only: no measure in the sentence, an ambition and a vague result (the check asks all three).
  gate: (s, ctx) => !hasMeasure(s) && hasPhrase(ctx.family('ambitie'), s.raw) && hasPhrase(ctx.family('vaagResultaat'), s.low),
  check(s, ctx, report) {
    if (hasMeasure(s)) return;
    // "We willen meer woningen. We bouwen 600 woningen in vier jaar.": the measure may follow in the same paragraph
    // (up to two sentences on, inside the rule's paragraph scope).
    // The measure, number or date may also follow in the next paragraph or in the list directly below the goal
    // (e.g. "We willen de wachttijden verkorten:" followed by items with numbers and dates).
    const measured = (n: Sentence | undefined) => !!n && hasAmount(n);
    // An item of the list below with a date or a year sets a term for the goal ("- vóór 1 juli 2027 …").
    const dated = (n: Sentence) => ctx.doc.blocks[n.block]?.kind !== 'paragraph' && hasFixedTime(n);
    // A concrete measure that follows ("Daarom openen we in de Lindewijk een buurthuis."): a task with a strong verb,
    // or with a concrete object, a date or a number (the regie reader's test of a concrete task).
    // It must take up this goal: the list directly below it, or the next sentence opening with a link back to it
    // ("Daarom …", "Daarvoor …", "Dat doen we door …"); "Daarnaast …" adds another aim.
    // A sentence of the next paragraph counts only when it takes the goal up: a number in an unrelated paragraph
    // measures something else.
    // The link word may open the sentence or stand after its verb ("We openen daarom …", "De komende weken kunnen
    // inwoners daarvoor …": Dutch puts it in the middle as often as in front).
    const takesUp = (n: Sentence) => vocab('goalTakenUp').test(n.low) || takesUpInMain(n);
    const follow = followers(s, ctx).filter((n) => n.block === s.block || ctx.doc.blocks[n.block]?.kind !== 'paragraph' || takesUp(n));
    const linked = (n: Sentence) => ctx.doc.blocks[n.block]?.kind !== 'paragraph' || (n === follow[0] && takesUp(n));
    // Concrete: a task (the regie reader's test), a named instrument, or an act with a time or a number ("Daarom openen
    // we in 2027 een buurthuis", "De komende weken kunnen alle inwoners daarvoor een vragenlijst invullen").
    const concrete = (n: Sentence) => !/\?\s*$/.test(n.raw) && linked(n) && (!!deliverableIn(n) || NAMED_INSTRUMENT.test(n.raw) || datedAct(n));
    // A dated target in the same paragraph ("We streven naar schonere lucht. Uiterlijk in 2030 voldoen we aan de
    // advieswaarden."): a term and an end state or norm, as taal/voorbehoud reads it.
    if (follow.some((n) => measured(n) || dated(n) || concrete(n) || (n.block === s.block && setsTarget(n)))) return;
    // The list directly below names at least two acts of its own ("We willen de wijk veiliger maken: - we plaatsen extra
    // verlichting in het park; - de wijkagent houdt spreekuur in het buurthuis"): the measures that take the goal up,
    // though each is unmeasured. Items that are themselves vague results ("- we versterken de samenwerking") do not count.
    // (Only below a goal in running text: the next items of a list of goals are other goals.)
    if (ctx.doc.blocks[s.block]?.kind === 'paragraph' && follow.filter((n) => ctx.doc.blocks[n.block]?.kind === 'listItem' && actItem(n, ctx)).length >= 2) return;
    // The goals of this section are worked out in the section after it ("Wat willen we bereiken?" and then "Wat gaan we
    // daarvoor doen?", "Doelen" and then "Beoogde resultaten" with acts, numbers or dates): the text says where the
    // measure is (read/followup.ts).
    if (ctx.followUp(s)) return;
    // So inside one section, where the two headings are label paragraphs ("**Wat willen we bereiken?**", a converted
    // document's plain lines).
    const secSentences = ctx.section(s).sentences;
    const alone = (x: Sentence) => ctx.doc.blocks[x.block]?.kind === 'paragraph' && ctx.doc.blockSentences[x.block][1] - ctx.doc.blockSentences[x.block][0] === 1;
    if (labelledFollowUp(secSentences, secSentences.indexOf(s), alone)) return;
    // A dated target further on in the same paragraph ("Wij willen onze aantrekkingskracht versterken … In 2030 willen
    // we bovengemiddeld scoren in de regio."): the paragraph sets its own measure.
    for (let n = ctx.next(s), k = 0; n && n.block === s.block && k < 8; n = ctx.next(n), k++) if (setsTarget(n)) return;
    // The same sentence goes on with the act that serves the goal ("We willen meer gebruikmaken van hun ervaringen en
    // doen daarom regelmatig onderzoek naar …"): a coordinated clause that takes the goal up with "daarom"/"daarvoor".
    const goalHits = matchPhrases(ctx.family('ambitie'), s.raw, s.start);
    const end = goalHits.length ? goalHits[0].end - s.start : 0;
    const takenUp = TAKEN_UP_IN_SENTENCE.exec(s.low.slice(end));
    if (takenUp && concreteAct(s.raw.slice(end + takenUp.index + takenUp[0].length))) return;
    // The next sentence says where the goal is worked out ("Wat we onder deze ambitie verstaan, is in het
    // ondersteuningsplan uitgewerkt"): its measure stands in that text, pointed to.
    const nextOne = ctx.next(s);
    if (nextOne && nextOne.block === s.block && vocab('goalWorkedOutElsewhere').test(nextOne.low)) return;
    if (/\?\s*$/.test(s.raw) || DOCUMENT_PURPOSE.test(flat(s).text)) return;
    if (meansForGoalBefore(s)) return;
    // An exclamation or a "misschien" is an aside or a call, not a goal laid down ("En misschien willen we nog meer!").
    if (/!\s*$/.test(s.raw) || s.tokens.some((t) => t.low === 'misschien' || t.low === 'wellicht')) return;
    // A bound against a reference figure is a measure ("niet meer laten stijgen dan de inflatie").
    if (BENCHMARK.test(s.low)) return;
    // Criteria of eligibility ("Projecten met als doel … komen in aanmerking voor subsidie"): the goal is a property
    // asked of applications, not a goal this text sets.
    if (ELIGIBILITY.test(flat(s).text)) return;
    const u = ctx.unit(s);
    const titles = ctx.section(s).headings.map((h) => h.low).join(' ');
    const goal = goalHits.filter((g) => isGoal(s, g, u.clauses) && !inIndirectQuestion(s, g.start, u.clauses) && !goalOfNamedOther(s, g, u.clauses, titles) && !quotedAt(s, g.start) && !inClauseOfCause(s, g.start, u.clauses) && !clauseAt(u.clauses, tokenAt(s, g.start))?.conditional);
    if (goal.length === 0) return;
    // A courtesy to the reader ("We willen u graag wijzen op …", "Wij willen u bedanken voor …"): "willen" with "u" is a
    // way of addressing, not a goal.
    if (goal.every((g) => WANT.test(g.text.toLowerCase()) && /^(u|jullie)$/.test(s.tokens[tokenAt(s, g.end)]?.low ?? ''))) return;
    // A named other party's aim in the plain present ("Natuurmonumenten streeft naar …"): described, as "X heeft tot
    // doel …" is, where no parties sign and no authority orders.
    if (!u.parties && !u.authority && goal.every((g) => /^stre/i.test(g.text) && namedOtherAims(s, clauseAt(u.clauses, tokenAt(s, g.start))))) return;
    // The aim attached to another party's act, in the plain present ("De scholen en de bedrijven richten samen een
    // leerwerkplaats in met als doel …", "De ziekenhuizen zijn verantwoordelijk voor het overleg, met als doel …"):
    // what those others do it for, described; after the author's own act ("We bereiden ons voor, met als doel …") it
    // is the text's goal.
    if (!u.parties && !u.authority && goal.every((g) => /^met (?:als|het) doel$/i.test(g.text) && othersActFor(s, u.clauses, tokenAt(s, g.start)))) return;
    if (!hasPhrase(ctx.family('vaagResultaat'), s.low)) return;
    // "niet meer", "nooit meer" (= no longer): a rejection, not a vague "more" ("Dat willen we niet meer.").
    const results = matchPhrases(ctx.family('vaagResultaat'), s.low, 0);
    // So is "niet meer en ook niet minder" (= no more and no less): a measure of just enough, no vague change.
    if (results.every((h) => /^(?:meer|minder)$/.test(h.text) && /(?:^|\s)(?:niet|nooit)\s*$/.test(s.low.slice(Math.max(0, h.start - 8), h.start)))) return;
    // The vague result stands only in an indirect question ("… en onderzoeken wat nog beter werkt"): asked, not aimed at.
    if (results.every((h) => inIndirectQuestion(s, s.start + h.start, u.clauses, 4))) return;
    // Wanting to draw up a policy text ("De komende jaren willen we een integraal vestigingsbeleid vormgeven"): the
    // text is the deliverable, not a result left without measure.
    // So is a goal that is to draw one up ("Doel is een woonvisie op te stellen").
    if ((WANT.test(goal[0].text.toLowerCase()) || GOAL_IS.test(goal[0].text)) && producesText(s, u.clauses, goal[0].start)) return;
    // The vague result stands only in a motive after the goal ("Het kabinet wil de Regio Deal sluiten gelet op zijn
    // ambitie om … te versterken"): what is wanted is the act before it; the motive is its reason.
    const motive = MOTIVE.exec(s.low.slice(goal[0].end - s.start));
    if (motive) {
      const cut = goal[0].end - s.start + motive.index;
      if (results.every((h) => h.start >= cut)) return;
    }
    // A goal of this text in its own voice: not the purpose of a function described, a model clause, a form, a
    // question, an analysis or a possibility ("kan … streven naar").
    if (!u.commits || (u.main && (u.main.modality === 'possibility' || u.main.tense === 'past'))) return;
    // A paragraph labelled as explanation or facts ("Toelichting: …", "Feitelijke informatie: …") describes.
    if (commitsNothingHere(s) === 'label') return;
    // A perfect of another party reports a goal set elsewhere ("De besturen hebben de ambitie uitgesproken …"); the
    // author's own perfect ("We hebben ons ten doel gesteld …") still sets it.
    if (u.main && u.main.tense === 'perfect' && u.main.subjectKind === 'np' && !ownDoer(s, u.main)) return;
    // The purpose of a thing or another party ("De campus beoogt de samenwerking te bevorderen", "Het toetsingskader
    // beoogt een leidraad te zijn"): with another subject than the author it describes what that thing is for.
    // The parties' own undertaking as the holder ("De samenwerking heeft tot doel …") sets their goal.
    const purpose = THING_PURPOSE.test(goal[0].text.toLowerCase().replace(/\s+/g, ' ')) && (!/leiden tot$/i.test(goal[0].text) || instrumentNamedHere(s, u.main));
    if (purpose && u.main && u.main.subjectKind === 'np' && !ownDoer(s, u.main) && !undertakingSubject(s, u.main)) return;
    // The text itself as the subject of a goal noun ("Dit convenant onderstreept onze ambitie om …"): it says what the
    // text expresses, it sets no goal (its own purpose, "Dit programma beoogt …", is read above).
    if (u.main?.subjectKind === 'document' && GOAL_NOUN.test(lastWord(goal[0].text)) && !purpose) return;
    // Goals as the subject of a predicate adjective ("Doelstellingen moeten afdwingbaar zijn"): about goals in general.
    if (goalsQualified(s, goal[0].start, u.clauses)) return;
    // Wanting to know first ("We willen eerst meer zicht hebben op de effecten", "willen we nagaan of …"): a study or
    // a precondition, not a result the text aims at.
    if (/^(wil|wilt|willen)\b|(?:^|\s)(wil|willen)$/.test(goal[0].text.toLowerCase())) {
      const ti = tokenAt(s, goal[0].start);
      const c = clauseAt(u.clauses, ti);
      const rest = wordsLow(s, ti, c ? c.end : s.tokens.length);
      if (KNOWING.test(rest)) return;
      // Wanting to play a role ("De gemeente wil een duidelijkere rol spelen die …"): a choice of role, not a result.
      if (ROLE_CHOICE.test(rest)) return;
    }
    // "We willen hiermee …", "Daarmee willen we …" right after a measure with a number or a concrete deliverable ("Om
    // 20 woningen te realiseren is een uitvraag uitgezet. We willen hiermee meer alternatieven creëren."): the aim of
    // that measure, which is concrete. After a wish ("Bewoners worden gevraagd mee te praten. We willen daarmee het
    // vertrouwen vergroten.") the goal stands on its own.
    if (WANT.test(goal[0].text.toLowerCase())) {
      const ti = tokenAt(s, goal[0].start);
      const near = s.tokens.slice(Math.max(0, ti - 2), ti + goal[0].text.split(/\s+/).length + 3).map((t) => t.low);
      const p = ctx.prev(s);
      if (p && near.some((x) => x === 'hiermee' || x === 'daarmee') && (measured(p) || !!deliverableIn(p)?.strong)) return;
    }
    // "Het doel hiervan is …" after a sentence that reports what another party did or agreed ("Rijk en gemeenten
    // bereikten een nieuw akkoord."): the goal of that, cited.
    const after = tokenAt(s, goal[0].end);
    const prev = ctx.prev(s);
    if (/^(hiervan|daarvan|ervan)$/.test(s.tokens[after]?.low ?? '') && prev) {
      const pm = readLocal(prev).main;
      if (pm && (pm.tense === 'past' || (pm.tense === 'perfect' && !pm.passive))) return;
    }
    const g = goal[0];
    const at = sentenceEndInsert(s);
    report({
      start: g.start, end: g.end,
      data: { text: g.text },
      fixes: [{
        title: { nl: 'Voeg maat en termijn toe', en: 'Add a measure and a deadline' },
        edits: [{ start: at, end: at, text: ': [aantal] [eenheid] vóór [datum]' }],
      }],
    });
  },
};

/**
 * "X moet leiden tot …" is the purpose of X where X is an instrument this text points back to or introduces ("Die
 * transformatie", "Het nieuwe portaal"); with any other subject ("Het beleid moet leiden tot …") it is the text's goal.
 */
function instrumentNamedHere(s: Sentence, c: Clause | undefined): boolean {
  if (!c?.subject) return false;
  const a = s.tokens[c.subject[0]]?.low ?? '', b = s.tokens[c.subject[0] + 1]?.low ?? '';
  return /^(die|deze|dit|dat)$/.test(a) || (/^(de|het|een)$/.test(a) && /^nieuwe?$/.test(b));
}

/**
 * A named instrument: an agreement, action plan or programme of the text's own ("ons lokaal sport- en beweegakkoord",
 * "het uitvoeringsprogramma"), or programmes listed or named ("de programma's: kiezen, leren", "het programma Wonen").
 */
const NAMED_INSTRUMENT = /(?<![\p{L}])(?:(?:het|de|ons|onze)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:akkoord|convenant|actieplan|uitvoeringsplan|uitvoeringsprogramma)(?![\p{L}])|programma(?:['’]s|s)?\s*:|programma\s+\p{Lu})/u;

/** A form of "willen" in the goal phrase ("We willen", "willen we", "wil de gemeente"). */
const WANT = /(?:^|\s)(?:wil|wilt|willen)(?:\s|$)/;

/** Verbs of drawing up a text (lemmas). */
const PRODUCE = /^(vormgeven|opstellen|maken|ontwikkelen|schrijven|vaststellen|actualiseren|herzien|uitwerken|formuleren|opleveren)$/;
/** "(Het|Ons) doel is …": the goal noun as the subject of a copula, the goal follows as its predicate. */
const GOAL_IS = /^(?:het\s+|ons\s+|onze\s+)?(?:doel|doelstelling)\s+is$/i;

/** The clause of the volition has a production verb and a policy text as its object ("een vestigingsbeleid vormgeven"). */
function producesText(s: Sentence, clauses: readonly Clause[], at: number): boolean {
  const c = clauseAt(clauses, tokenAt(s, at));
  const from = c ? c.start : 0, to = c ? c.end : s.tokens.length;
  const tags = tagsOf(s);
  let verb = false, text = false;
  for (let k = from; k < to; k++) {
    const lemma = tags[k]?.lemma ?? s.tokens[k].low;
    if (tags[k]?.pos === 'VERB' && (PRODUCE.test(lemma) || PRODUCE.test(s.tokens[k].low))) verb = true;
    if (tags[k]?.pos === 'NOUN' && vocab('instrumentKind').test(s.tokens[k].low)) text = true;
  }
  return verb && text;
}

/** A motive adjunct: the reason for what is wanted, not its content. */
const MOTIVE = /(?<![\p{L}])(?:gelet op|gezien\s+(?=(?:de|het|deze|dit|zijn|haar|hun|onze|ons)\s)|vanwege|met het oog op|in het licht van)(?![\p{L}])/u;

/** Wanting to know, see or find out: the act of the volition is a study ("zicht hebben op", "nagaan", "weten"). */
const KNOWING = /(?<![\p{L}])(?:(?:in)?zicht\s+(?:\S+\s+){0,2}?(?:hebben|krijgen)|nagaan|weten|onderzoeken|verkennen|uitzoeken|bezien|(?:be)?kijken|in\s+beeld\s+(?:brengen|krijgen|hebben))(?![\p{L}])/u;

/** Taking or playing a role: "een (duidelijke) rol spelen", "de rol van regisseur vervullen", "een rol pakken". */
const ROLE_CHOICE = /(?<![\p{L}])rol\s+(?:\S+\s+){0,3}?(?:spelen|vervullen|pakken|nemen|innemen|oppakken)(?![\p{L}])/u;

/** Most sentences of a list read below a goal. */
const LIST_MAX = 15;

/**
 * What follows a goal and may carry its measure: the next two sentences of its section (across a paragraph break,
 * never past a heading), and, when the goal ends its paragraph, the list or table directly below it.
 */
function followers(s: Sentence, ctx: RuleContext): Sentence[] {
  const sec = ctx.section(s).sentences;
  const i = sec.indexOf(s);
  if (i < 0) return [];
  const out = sec.slice(i + 1, i + 3).filter((x) => x.block <= s.block + 1 && ctx.doc.blocks[x.block]?.kind !== 'heading');
  const last = i + 1 >= sec.length || sec[i + 1].block !== s.block;
  if (!last) return out;
  let b = -1;
  for (let k = i + 1; k < sec.length && out.length < LIST_MAX + 2; k++) {
    const x = sec[k], kind = ctx.doc.blocks[x.block]?.kind;
    if (kind !== 'listItem' && kind !== 'tableCell') break;
    if (b >= 0 && x.block !== b && x.block !== b + 1) break;
    b = x.block;
    out.push(x);
  }
  return out;
}

const GOAL_NOUN = wordClass('goalNoun');
/** Words after a goal noun that state its content ("ons doel is …", "de ambitie om …", "doelen: …"). */
const GOAL_CONTENT = wordClass('goalContent');

/**
 * The goal noun refers to goals without stating them: "andere doelstellingen", "het realiseren van de
 * ambities", "als we onze doelen daarmee beter bereiken". A goal set here has its content with it ("Ons doel is …",
 * "de ambitie om …"); a bare goal noun that is reached, realised or contributed to, or marked as other goals, points
 * to goals stated elsewhere.
 */
function goalReferred(s: Sentence, ti: number, w: string): boolean {
  const words = w.split(' ');
  ti += words.length - 1;
  if (!GOAL_NOUN.test(words[words.length - 1]) || words.length > 2 || ti < 0) return false;
  const tok = s.tokens, tags = tagsOf(s);
  // "andere (gemeentelijke) doelstellingen", "de overige ambities".
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) if (/^(andere|overige)$/.test(tok[k].low)) return true;
  // "een bepaalde ambitie", "elke doelstelling", "zo'n doel": any goal of a kind, no goal stated.
  if (/^(bepaalde|elke|iedere|ieder|elk|enige|zo'n)$/.test(tok[ti - 1]?.low ?? '')) return true;
  const next = tok[ti + 1];
  // "doelstellingen zoals het vergroten van …", "Denk hierbij aan doelen als …": examples of goals a reader may have,
  // not a goal set here.
  if (next && /^(zoals|als)$/.test(next.low) && !/^(ons|onze|mijn|het|de)$/.test(tok[ti - 1]?.low ?? '')) return true;
  for (let k = ti - 1; k >= Math.max(0, ti - 4); k--) if (tok[k].low === 'denk' && /^(aan|bijvoorbeeld|hierbij|daarbij)$/.test(tok[k + 1]?.low ?? '')) return true;
  const reachWord = (k: number) => tok[k] && tok[k].kind === 'word' && (vocab('goalReachVerbs').isWord(tags[k]?.lemma ?? '') || vocab('goalReachVerbs').isWord(tok[k].low));
  // "om het doel te bereiken": "te" opens the reaching, not the goal's content ("de ambitie te groeien").
  if (next && next.low === 'te' && reachWord(ti + 2)) return true;
  // (Not "op het gebied van …", which names the field of goals, not what they are: "onze ambities op het gebied van
  // duurzaamheid".)
  const field = next?.low === 'op' && /^(het|de)$/.test(tok[ti + 2]?.low ?? '') && /^(gebied|gebieden|terrein|terreinen|vlak)$/.test(tok[ti + 3]?.low ?? '');
  if (next && GOAL_CONTENT.test(next.low) && !field) return false;
  // "de vier ambities", "de drie doelen": a counted set known to the reader, listed elsewhere.
  if (ti >= 2 && tok[ti - 2].low === 'de' && (tok[ti - 1].kind === 'number' || /^(twee|drie|vier|vijf|zes|zeven|acht|negen|tien)$/.test(tok[ti - 1].low))) return true;
  // An achieving verb near the noun, with only the noun phrase in between: "onze doelen (daarmee beter) bereiken",
  // "het realiseren van de ambities", "bijdragen aan de doelen".
  const reach = reachWord;
  // (Up to six words before across a coordination: "het bijdragen aan maatschappelijke opgaven en ambities".)
  for (let k = ti - 1; k >= Math.max(0, ti - 6); k--) {
    if (tok[k].kind === 'punct') break;
    if (k < ti - 4 && !tok.slice(k + 1, ti).some((t) => t.low === 'en' || t.low === 'of')) break;
    if (reach(k)) return true;
  }
  for (let k = ti + 1; k < Math.min(tok.length, ti + 5); k++) {
    if (tok[k].kind === 'punct') break;
    if (reach(k)) return true;
  }
  return false;
}

/** A plural of a people noun the tagger did not lemmatise ("jongeren", "ouderen", "inwoners"). */
function pluralPeople(low: string): boolean {
  return [low, low.replace(/n$/, ''), low.replace(/en$/, ''), low.replace(/s$/, '')].some((x) => x.length > 2 && isPeopleWord(x));
}

/** The last word of a phrase, in lower case. */
function lastWord(text: string): string {
  const w = text.toLowerCase().split(/\s+/);
  return w[w.length - 1];
}

/**
 * The goal noun heads the subject of a clause whose predicate is an adjective with a copula ("Doelstellingen moeten
 * afdwingbaar zijn", "Het doel is ambitieus"): the sentence says what goals should be like, it states none. A noun or
 * an infinitive as the predicate ("Het doel is een veilige wijk", "Het doel is om …") states the goal and stays.
 */
function goalsQualified(s: Sentence, at: number, clauses: readonly Clause[]): boolean {
  const ti = tokenAt(s, at);
  const c = clauses.find((x) => x.subject && ti >= x.subject[0] && ti < x.subject[1]);
  if (!c || subjectNoun(s, c) !== ti) return false;
  const tags = tagsOf(s), tok = s.tokens;
  // The goal's content after a colon ("Onze ambitie is helder: we willen …") states it.
  if (tok.slice(ti + 1).some((t) => t.text === ':')) return false;
  const copula = (k: number) => /^(zijn|worden|blijven)$/.test(tags[k]?.lemma ?? '');
  for (let k = c.subject![1]; k < c.end; k++) {
    if (tags[k]?.pos !== 'ADJ') continue;
    if (copula(k + 1)) return true;
    if (/^(NOUN|ADJ|PROPN|VERB|AUX)$/.test(tags[k + 1]?.pos ?? '')) continue;
    // Right after the copula (an adverb may stand between: "is echter helder") or right before it at the end of the
    // clause ("moeten afdwingbaar zijn").
    let b = k - 1;
    if (tags[b]?.pos === 'ADV') b--;
    if (copula(b)) return true;
  }
  return false;
}

/** The first noun of the clause's subject names the parties' own undertaking ("de samenwerking", "het programma"). */
function undertakingSubject(s: Sentence, c: Clause): boolean {
  const t = subjectNoun(s, c);
  return t >= 0 && vocab('undertakingHolder').test(s.tokens[t].low);
}

/**
 * The goal belongs to another text or instrument, cited (guide real-documents: text about other texts):
 * - "het doel van het NPLG", "de ambitie van de afspraken in het Integraal Zorgakkoord": a goal noun with "van" and,
 *   within a few words, a proper name or acronym right after its article that no heading above the sentence carries (a heading that does names
 *   the text itself or its subject: "Het doel van het Programma Wonen" under "# Programma Wonen");
 * - "Het wetsvoorstel heeft het doel …", "De richtlijn heeft als doel …": a law or bill as the clause's subject, as
 *   "heeft tot doel" is read above.
 */
function goalOfNamedOther(s: Sentence, g: { start: number; text: string }, clauses: readonly Clause[], titles: string): boolean {
  const w = g.text.toLowerCase();
  const words = w.split(' ');
  if (!GOAL_NOUN.test(words[words.length - 1] === 'van' ? words[words.length - 2] ?? '' : words[words.length - 1])) return false;
  const tok = s.tokens;
  const ti = tokenAt(s, g.start) + words.length - 1;
  const c = clauseAt(clauses, ti);
  if (c?.subjectKind === 'np' && instrumentSubject(s, c.subject)) return true;
  let k = ti + 1;
  if (!w.endsWith(' van')) { if (tok[k]?.low !== 'van') return false; k++; }
  const first = firstWordIndex(s);
  for (let j = k; j < Math.min(tok.length, k + 8); j++) {
    const t = tok[j];
    if (t.kind === 'punct' || /^(is|zijn|om|dat|te)$/.test(t.low)) break;
    // A name right after its article ("het NPLG", "het Integraal Zorgakkoord"): a text or body by its name; a place
    // ("voor Kreekhaven", "de gemeente Kreekhaven") has none.
    const named = t.kind === 'word' && j !== first && /^(de|het)$/.test(tok[j - 1]?.low ?? '') && /^\p{Lu}(?:\p{Lu}+|\p{Ll}{2,})/u.test(t.text);
    if (!named) continue;
    // The name's run of capitalised words: any of them in a heading above names the text itself or its subject.
    let e = j;
    while (e + 1 < tok.length && tok[e + 1].kind === 'word' && /^\p{Lu}/u.test(tok[e + 1].text)) e++;
    return !tok.slice(j, e + 1).some((x) => titles.includes(x.low));
  }
  return false;
}

/** The words that take up a goal before them ("daarom", "daarvoor", …): one list for the sentence and the next. */
const TAKE_UP = 'daarom|daarvoor|daartoe|hiervoor|hiertoe';

/** "en doen daarom …", "en zetten we daarvoor …", ", daarom doen we …": a later clause that serves the goal before it. */
const TAKEN_UP_IN_SENTENCE = new RegExp(String.raw`(?:\ben|,)\s+(?:\p{L}+\s+){0,2}?(?:${TAKE_UP})(?![\p{L}])`, 'u');

const WORDEN_FORM = /^(wordt|worden|werd|werden)$/;

/** The form of "worden" of the passive around token ti: right before it, or the finite verb of its clause (-1: none). */
function passiveAux(s: Sentence, ti: number, clauses: readonly Clause[]): number {
  if (WORDEN_FORM.test(s.tokens[ti - 1]?.low ?? '')) return ti - 1;
  const fin = clauseAt(clauses, ti)?.finite ?? -1;
  return fin >= 0 && fin < ti && WORDEN_FORM.test(s.tokens[fin].low) ? fin : -1;
}

/** Words that take up the goal of the sentence before (the middle-field half of `goalTakenUp`). */
const TAKE_UP_WORD = new RegExp(`^(?:${TAKE_UP})$`);

/** The main clause of `n` (the unit reader's `main`) when it is one, with a finite verb. */
function mainClause(n: Sentence): Clause | undefined {
  const main = readLocal(n).main;
  return main && !main.subordinate && main.finite >= 0 ? main : undefined;
}

/** The sentence takes the goal before it up after its finite verb, in its main clause ("We openen daarom …"). */
function takesUpInMain(n: Sentence): boolean {
  const main = mainClause(n);
  if (!main) return false;
  for (let k = main.finite + 1; k < main.end; k++) if (TAKE_UP_WORD.test(n.tokens[k].low)) return true;
  return false;
}

/** The main clause of `n` when it acts: a finite verb of no state, not negated. */
function actingMain(n: Sentence): Clause | undefined {
  const main = mainClause(n);
  return main && !main.negated && !vocab('unitStateVerb').isWord(tagsOf(n)[main.finite]?.lemma ?? '') ? main : undefined;
}

/** The main clause acts (`actingMain`) with a time, a number or a concrete task. */
function datedAct(n: Sentence): boolean {
  if (!actingMain(n)) return false;
  return n.times.length > 0 || vocab('nearTerm').test(n.low) || concreteAct(n.raw);
}

/**
 * A list item that is an act: its main clause acts (`actingMain`) and is not a mere possibility, with a noun after the
 * verb, and no vague result or talk in it.
 */
function actItem(n: Sentence, ctx: RuleContext): boolean {
  const main = actingMain(n);
  if (!main || main.modality === 'possibility') return false;
  const tags = tagsOf(n);
  let noun = false;
  for (let k = main.finite + 1; k < main.end && !noun; k++) noun = tags[k]?.pos === 'NOUN' || tags[k]?.pos === 'PROPN';
  return noun && !hasPhrase(ctx.family('vaagResultaat'), n.low) && !vocab('praten').test(n.low);
}

/**
 * The act after "daarom" is concrete: a task concrete by itself, a task with a concrete object, or one done at a set
 * rhythm or with a number ("doen daarom regelmatig onderzoek naar …"); "verbeteren daarom de verlichting" is not.
 */
function concreteAct(rest: string): boolean {
  return !!taskIn(rest, false) || vocab('actRhythm').test(rest) || /\d/.test(rest);
}

/** The main clause that carries the goal phrase at token k (or the sentence's main clause) is another party's act in the plain present. */
function othersActFor(s: Sentence, clauses: readonly Clause[], k: number): boolean {
  const here = clauseAt(clauses, k);
  // A clause that opens with the goal phrase itself (", met als doel … te organiseren") is an adjunct split off: the
  // act it belongs to is the main clause before it.
  const before = clauses.filter((x) => x.end <= k && !x.subordinate && x.finite >= 0).pop();
  const c = here && !here.subordinate && here.finite >= 0 && here.start !== k ? here : before ?? clauses.find((x) => !x.subordinate && x.finite >= 0);
  if (!plainPresentMain(c) || ownDoer(s, c)) return false;
  // Inside the subject ("Projecten met als doel … krijgen voorrang") the goal describes the subject, it is no aim of
  // the act.
  if (k >= c.subject[0] && k < c.subject[1]) return false;
  // The doer is named by a noun ("De scholen en de bedrijven", "De ziekenhuizen"); "het" in "Met
  // als doel …, is het essentieel …" is the author's own judgement.
  const tags = tagsOf(s);
  return tags.slice(c.subject[0], c.subject[1]).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
}

/**
 * A demonstrative object in first position before a form of "willen" and a means after it ("Deze balans willen we
 * bewaken door …", "Dat willen we bereiken via …", "Die ambitie willen we waarmaken met behulp van …"): the goal was set
 * before and is taken up; the sentence adds how. The finding belongs where the goal is set.
 */
function meansForGoalBefore(s: Sentence): boolean {
  const tok = s.tokens;
  const first = firstWordIndex(s);
  if (first < 0 || !/^(deze|dit|die|dat)$/.test(tok[first].low)) return false;
  let k = first + 1;
  while (k < tok.length && k <= first + 3 && !/^(wil|willen)$/.test(tok[k].low)) { if (tok[k].kind !== 'word') return false; k++; }
  if (!/^(wil|willen)$/.test(tok[k]?.low ?? '')) return false;
  return tok.slice(k + 1).some((t, j) => /^(door|via|middels)$/.test(t.low) || (t.low === 'behulp' && tok[k + j]?.low === 'met'));
}

const CAUSE_INTRO = wordClass('purposeIntro');
const REASON = wordClass('reasonIntro');

/**
 * The goal word stands in a clause of cause or reason ("De uitdaging ontstaat doordat er vanuit nieuwe ambities extra
 * taken bijkomen", "…, omdat de ambities groot zijn"): it explains something, it sets no goal. "zodat" and "opdat" open
 * a clause of result or purpose, which may state the aim: they stay.
 */
function inClauseOfCause(s: Sentence, at: number, clauses: readonly Clause[]): boolean {
  const c = clauseAt(clauses, tokenAt(s, at));
  const w = s.tokens[c?.start ?? -1]?.low ?? '';
  // "…, want ook goede plannen willen we overnemen": "want" coordinates a main clause of reason.
  return !!c && ((c.subordinate && !/^(zodat|opdat)$/.test(w) && (CAUSE_INTRO.test(w) || REASON.test(w))) || w === 'want');
}

/** The subject names a law, bill or treaty ("Het wetsvoorstel", "De richtlijn"): the aim stated is that instrument's. */
function instrumentSubject(s: Sentence, subject: readonly [number, number] | undefined): boolean {
  return !!subject && s.tokens.slice(subject[0], subject[1]).some((t) => OTHER_INSTRUMENT.test(t.low));
}

