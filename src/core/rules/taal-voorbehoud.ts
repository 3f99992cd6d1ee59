import type { SentenceRule } from './types';
import { hasPhrase, matchPhrases, vocab } from '../vocab';
import { firstMatch, openingPhraseClass, phraseClass, wholePhraseClass, wordClass } from '../vocab/classes';
import { hasMeasure, firstWordIndex, inIndirectQuestion, independentDoer, namedOtherAims, quotedAt, setsTarget, tokenAt } from './util';
import type { Sentence } from '../document';
import { wordsLow } from '../document';
import { clauseAt, isParticipleWord, isRelativeOpener, nominalisedAdjective, type Clause } from '../read/clause';
import { authorVoiceIn, commitsNothingHere, otherLaag, ownDoer, readLocal, tagsOf } from '../read/unit';
import { isPeopleWord } from '../read/frames';

/** Adverbial hedges that can simply be struck out. */
const REMOVABLE = wholePhraseClass('removableHedge');

const FREEDOM = phraseClass('freedomClause');
const POSSIBLE = wordClass('possibilityModal');
/** Words that make "streven" a noun ("in haar streven naar", "het streven naar"). */
const NOUN_DET = wordClass('streefNounDet');
/** Adjectives of capability after "in principe": "in principe (ook) bruikbaar/toepasbaar/geschikt". */
const CAPABLE = openingPhraseClass('capableAdjective');
/** Corrective acts: conditional on need by their nature. */
const CORRECTIVE = phraseClass('correctiveAct');
/** Checks whose outcome decides where the need is (toetsen, beoordelen, evalueren). */
const ASSESSING = wordClass('assessingAct');
/** Introducers of a clause of reason, result or purpose. */
const RATIONALE = wordClass('purposeIntro');
/** Connectives of cause and effect: the clause states what follows from something, not what someone will do. */
const EFFECT = wordClass('effectConnective');
/** Verbs whose object is the scope of the text itself ("Deze regeling betreft in beginsel …"). */
const SCOPE_VERB = wordClass('scopeVerb');
/** A verification ("onderzoekt of de aanvraag aan de regels voldoet") is no deferral; an open option is. */
const OPTION = phraseClass('openOption');

/**
 * Uses of a voorbehoud phrase that hedge no commitment (guide real-documents part 1, taal/voorbehoud):
 * - a top-up after a firm conjunct: "wordt geteld en waar nodig verkort", "handhaven en waar mogelijk verbeteren";
 * - "streven" as a noun in a rationale: "in zijn streven naar schonere lucht";
 * - "onderzoeken of" as a check of facts (an inspection, a test of a request), not an open option of the author;
 * - a clause that reports what has been done (zijn-passive: "bij de opzet is zoveel mogelijk aangesloten bij …");
 * - a clause of cause and effect without a doer ("de lasten blijven hierdoor zoveel mogelijk binnen de norm");
 * - the text's own scope ("deze aanwijzing betreft in beginsel …").
 */
/** A measurable end state: neutral, free of something, zero ("klimaatneutraal", "rookvrij", "nul uitstoot"). */
const END_STATE = phraseClass('measurableEndState');

/**
 * The other case is given: "waar mogelijk X; in andere gevallen Y", "in beginsel X, tenzij Y", "… Lukt dat niet,
 * dan …", "…; anders volgt …", "In principe X, al blijft Y mogelijk". A hedge with its else-branch spelled out is a
 * case distinction, not a way out.
 */
const ELSE_BRANCH = phraseClass('elseBranch');
/** A sentence that opens with the other case or the exception to the hedge before it. */
const EXCEPTION_NEXT = phraseClass('exceptionOpener');
/** Hedges of possibility or default ("waar mogelijk", "in beginsel"): the ones an else-branch answers. */
const POSSIBILITY_HEDGE = wholePhraseClass('possibilityHedge');
/** Hedges of need: the act is due wherever it is needed. */
const NEED_HEDGE = wholePhraseClass('needHedge');
const DUTY = wordClass('dutyWord');

/** Kinds of policy text ("visie", "uitvoeringsplan", "beleidskader" …). */
const TEXT_KIND = wordClass('instrumentKind');

/** The hedge stands in a relative clause ("oplossingen die gezinnen waar mogelijk zelfstandig maken"). */
function inRelative(s: Sentence, ti: number, clause: Clause | undefined): boolean {
  if (clause && clause.conditional) return false;
  const tok = s.tokens, tags = tagsOf(s);
  const from = clause ? clause.start : 0;
  // The relative pronoun "die"/"welke" right after a noun, before the hedge, with no finite verb in between (the
  // verbs of a relative clause stand at its end); "dat" is left out: after a noun it also opens a content clause
  // ("de afspraak dat …"), which carries the commitment itself.
  // (The clause may open with the pronoun itself, now that the reader splits such a clause off.)
  for (let k = ti - 1; k >= from; k--) {
    if (tags[k]?.verbForm === 'fin' || tok[k].text === ';' || tok[k].text === ':') return false;
    // "…, waarin we streven naar …" after a policy text ("onze Visie 2044, waarin …", "het plan waarin …"): what
    // that other text holds, reported.
    if (tok[k].low === 'waarin') {
      let b = k - 1;
      if (tok[b]?.text === ',') b--;
      while (b > 0 && tok[b].kind === 'number') b--;
      return b >= 0 && TEXT_KIND.test(tok[b].low);
    }
    if (tok[k].low !== 'die' && tok[k].low !== 'welke') continue;
    let b = k - 1;
    if (tok[b]?.text === ',') b--;
    return b >= 0 && (tags[b]?.pos === 'NOUN' || nominalisedAdjective(tok, tags, b, tok[k].low)) && tok.slice(ti + 1).some((t, j) => tags[ti + 1 + j]?.pos === 'VERB' || tags[ti + 1 + j]?.pos === 'AUX');
  }
  return false;
}

const QUANTITY_HEDGE = wholePhraseClass('quantityHedge');
const CASE_NOUN = wordClass('caseNoun');

/**
 * The quantity hedge at `ti` (of `n` words) stands in a prepositional phrase before its noun ("zorgen voor zoveel
 * mogelijk rust", "in zoveel mogelijk samenhang", also a later conjunct "voor zo min mogelijk restafval en zo veel
 * mogelijk grondstoffen"): it says how much of a result or a manner there will be, not whether the act takes place.
 * On the object itself ("we hergebruiken zo veel mogelijk grondstoffen") it leaves the commitment's quantity open, and
 * "in zoveel mogelijk gevallen" is a condition like "waar mogelijk": both stay. "om" opens a clause, not a phrase.
 */
function quantityInPhrase(s: Sentence, ti: number, n: number): boolean {
  const tok = s.tokens, tags = tagsOf(s);
  let k = ti + n;
  while (k < tok.length && tok[k].kind === 'word' && tags[k]?.pos === 'ADJ') k++;
  if (tok[k]?.kind !== 'word' || tags[k]?.pos !== 'NOUN' || CASE_NOUN.test(tok[k].low) || CASE_NOUN.test(tags[k].lemma ?? '')) return false;
  const prep = (j: number) => j >= 0 && tok[j].kind === 'word' && tags[j]?.pos === 'ADP' && !/^(om|te)$/.test(tok[j].low);
  if (prep(ti - 1)) return true;
  // A later conjunct: "en"/"of" right before, and an earlier quantity hedge after a preposition within a few words.
  if (!/^(en|of)$/.test(tok[ti - 1]?.low ?? '')) return false;
  for (let j = ti - 2; j >= Math.max(1, ti - 8); j--) {
    if (tok[j].kind !== 'word') return false;
    if (tok[j].low === 'mogelijk' && /^(zoveel|zomin|veel|min|weinig|snel|spoedig)$/.test(tok[j - 1]?.low ?? '')) {
      const start = tok[j - 2]?.low === 'zo' ? j - 2 : j - 1;
      return prep(start - 1);
    }
  }
  return false;
}

const OTHER_TEXT = wordClass('instrumentKind');
const CITED_TEXT = wordClass('goalInstrument');

/** The main clause's subject is another text ("Het nieuwe zorgakkoord …", "De Woonwet …"), not this one ("dit plan"). */
function otherTextSubject(s: Sentence, main: Clause): boolean {
  if (main.subjectKind !== 'np' || !main.subject) return false;
  const tok = s.tokens.slice(main.subject[0], main.subject[1]);
  if (tok.some((t) => /^(dit|deze|ons|onze|mijn)$/.test(t.low))) return false;
  return tok.some((t) => OTHER_TEXT.test(t.low) || CITED_TEXT.test(t.low) || /(?:^|\p{L})akkoord$/u.test(t.low));
}

/** "zo"/"zodanig" stands in the clause before the "dat" at `at` (a clause of result: "zo gebouwd dat …"). */
function resultOfManner(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const w = s.tokens[k].low;
    if (s.tokens[k].kind === 'punct' && w !== ',') return false;
    if (w === 'zodanig' || (w === 'zo' && s.tokens[k + 1]?.low !== 'mogelijk' && s.tokens[k + 2]?.low !== 'mogelijk')) return true;
  }
  return false;
}

/** Nouns whose "om … te" complement is their content ("het besluit om …", "de afspraak om …"), not a purpose. */
const CONTENT_NOUN = wordClass('contentNoun');
const OBJECT_PRONOUN = wordClass('objectPronoun');

/**
 * The hedge stands in an "om … te" clause of purpose after a complete act with its object ("We bouwen een sporthal
 * om waar mogelijk de wachtlijsten te verkorten"): it qualifies the effect aimed at. After a verb ("proberen om …")
 * or a noun of content ("het besluit om …") the clause is what is committed to, and the hedge stays.
 */
function inPurpose(s: Sentence, ti: number): boolean {
  const tok = s.tokens, tags = tagsOf(s);
  // A "te"-infinitive right before a position: "… te benutten" (index of the infinitive's "te", or -1).
  const teInfBefore = (k: number): number => {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (tok[j].low === 'te') return j;
    return -1;
  };
  // The hedge closes the clause right after its "te"-infinitive ("om de voortgang te bespreken en bij te sturen waar
  // mogelijk."): it belongs to that infinitive.
  const hedgeEnd = tok.findIndex((t, k) => k > ti && t.kind !== 'word');
  const closesAfterInf = teInfBefore(ti) >= 0 && tags[ti - 1]?.pos === 'VERB' && (hedgeEnd < 0 || /^[.;!]$/.test(tok[hedgeEnd].text));
  // The clause reader cuts a list of "te"-infinitives at its commas ("om kansen te benutten, belemmeringen te
  // identificeren, waar mogelijk weg te nemen en …"): the walk back crosses a comma that closes such a conjunct.
  for (let k = ti - 1; k > 0; k--) {
    if (tok[k].text === ',' && teInfBefore(k) >= 0 && tok[k - 1].kind === 'word') continue;
    // An insertion between commas right after "om" ("om, door middel van een gezamenlijke oplossing, zoveel mogelijk …
    // te …"): the walk goes on before it, at "om".
    if (tok[k].text === ',') {
      const open = insertionAfterOm(tok, k);
      if (open >= 0) { k = open; continue; }
    }
    if (tok[k].kind === 'punct') return false;
    if (tags[k]?.verbForm === 'fin' && tok[k - 1]?.low !== 'te' && tok[k - 2]?.low !== 'te') return false;
    if (tok[k].low !== 'om') continue;
    const b = tok[k - 1], bt = tags[k - 1];
    if (!closesAfterInf && !tok.slice(ti + 1).some((t) => t.low === 'te')) return false;
    // "met als doel om …", "met het doel om …": a purpose adjunct by its own words.
    if (b?.low === 'doel' && /^(als|het)$/.test(tok[k - 2]?.low ?? '') && tok[k - 3]?.low === 'met') return true;
    // After a comma that closes a complete clause ("Er wordt een pilot ingezet, om …"): a clause of purpose.
    if (b && b.text === ',' && k >= 3 && tok[k - 2]?.kind === 'word') return true;
    if (!b || b.kind !== 'word') return false;
    // "(werken/trekken) samen om … te …": working together takes no "om … te" complement; the clause says what for.
    if (b.low === 'samen') return true;
    if (bt?.pos === 'NOUN' || bt?.pos === 'PROPN') {
      // The noun phrase before "om" may carry a content noun further back ("de taak van de coördinator om …").
      for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
        const tj = tags[j];
        if (tok[j].kind !== 'word' || !(tj?.pos === 'NOUN' || tj?.pos === 'PROPN' || tj?.pos === 'DET' || tj?.pos === 'ADJ' || tok[j].low === 'van')) break;
        if (CONTENT_NOUN.test(tok[j].low) || CONTENT_NOUN.test(tj?.lemma ?? '')) return false;
      }
      return true;
    }
    // After the verb cluster of a complete act ("Er moet naar een oplossing gezocht worden om …", "We investeren om …"):
    // a clause of purpose, unless the act's verb takes "om … te" as what it is about ("proberen om", "besluiten om").
    if (bt?.pos === 'VERB' || bt?.pos === 'AUX') {
      let v = k - 1;
      while (v > 0 && tags[v]?.pos === 'AUX' && (tags[v - 1]?.pos === 'VERB' || tags[v - 1]?.pos === 'AUX')) v--;
      const lemma = tags[v]?.lemma ?? tok[v].low;
      return tags[v]?.pos === 'VERB' && !vocab('omTeComplementVerbs').isWord(lemma) && !vocab('omTeComplementVerbs').isWord(tok[v].low);
    }
    return OBJECT_PRONOUN.test(b.low);
  }
  return false;
}

/**
 * The comma at k closes an insertion that opens with a comma right after "om", within ten tokens ("om, met de
 * partners, …"): the index just after that "om" (so the walk back meets "om" next), else -1.
 */
function insertionAfterOm(tok: Sentence['tokens'], k: number): number {
  for (let j = k - 1; j >= Math.max(1, k - 10); j--) {
    if (tok[j].kind !== 'punct') continue;
    return tok[j].text === ',' && tok[j - 1]?.low === 'om' ? j : -1;
  }
  return -1;
}

/** A goal noun ("doelstelling", "streefcijfer", "ambitie", "doel") after a demonstrative ("deze", "dit", "die"). */
const BACK_GOAL = /(?<![\p{L}])(?:deze|dit|die|dat)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:doelstelling|doelstellingen|doel|doelen|streefcijfer|streefcijfers|streefwaarde|ambitie|ambities|target)(?![\p{L}])/u;

/** After the hedge at ti, a demonstrative goal noun points back to a sentence before with a number, percentage or sum. */
function pointsBackToTarget(s: Sentence, ti: number, prev: Sentence | undefined): boolean {
  if (!prev || prev.block !== s.block) return false;
  if (!(prev.quantities.length > 0 || prev.money.some((m) => !m.open))) return false;
  return BACK_GOAL.test(s.low.slice(Math.max(0, (s.tokens[ti]?.start ?? s.start) - s.start)));
}

/** Elaboration hedges: "nader uitwerken", "verder uitwerken" (the same deferral in two words). */
const FURTHER = /^(nader|verder) /;

/** A pointer into the text itself: "hierin", "hieronder", "in paragraaf 3.2", "in de bijlage", "in het volgende hoofdstuk". */
/** A text of a named kind after "in"/"via": where an elaboration is settled ("in een meerjarig collegeprogramma"). */
const FOLLOW_UP_TEXT = /(?<![\p{L}])(?:in|via)\s+(?:(?:een|het|de|dit|deze)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:programma|plan|plannen|nota|notitie|visie|verordening|regeling|agenda|akkoord|convenant|overeenkomst)(?![\p{L}])/u;
const IN_THIS_TEXT = /(?<![\p{L}])(?:hier(?:in|bij|onder|na)|in\s+(?:de|het|deze|dit)?\s*(?:volgende\s+|onderstaande\s+)?(?:paragraaf|hoofdstuk|bijlage|deel|artikel)(?:\s+[\d.]+)?)(?![\p{L}])/u;

function notAHedge(s: Sentence, ti: number, w: string, clause: Clause | undefined): boolean {
  const tok = s.tokens;
  const prev = (k: number) => { let i = k - 1; while (i >= 0 && tok[i].kind === 'punct' && tok[i].text === ',') i--; return i; };
  const p = prev(ti);
  if (p >= 0 && (tok[p].low === 'en' || tok[p].low === 'of') && /^(waar|zo|indien|voor|zoveel)/.test(w)) {
    // Something firm before the coordinator in the same clause: a verb form or a firm level ("ten minste …").
    // The conjunct before is a verb ("wordt geteld en waar nodig verkort"), a measure ("elke twee jaar, en indien
    // nodig vaker") or a floor ("ten minste … en waar mogelijk …"); not another adverbial ("op verzoek en voor zover
    // mogelijk"), which the hedge shares.
    const from = clause ? clause.start : 0;
    const b = p - 1 - (tok[p - 1]?.text === ',' ? 1 : 0);
    const tags = tagsOf(s);
    const verbBefore = b >= from && tok[b].kind === 'word' && (tags[b]?.verbForm === 'part' || tags[b]?.verbForm === 'inf' || isParticipleWord(tok[b].low)) && !/^(verzoek|aanvraag)$/.test(tok[b].low);
    const firmBefore = tok.slice(from, p).some((t, k) => t.kind === 'number' || (t.low === 'minste' && tok[from + k - 1]?.low === 'ten') || t.low === 'minimaal');
    if (verbBefore || firmBefore) return true;
    // A further conjunct that extends a list of things or fields beyond the firm ones ("op het gebied van wonen, zorg
    // en onderwijs en waar nodig op andere terreinen", "de gezinnen en waar mogelijk ook de clubs"): the listed ones
    // stand. The extension is marked ("ook", "andere", "overige"); a hedge on a parallel adverbial ("in de wijk en waar
    // mogelijk in het buurthuis") or on a clause of its own ("… en waar mogelijk passen we …") stays.
    const nounBefore = b >= from && (tags[b]?.pos === 'NOUN' || tags[b]?.pos === 'PROPN');
    const a = ti + w.split(' ').length;
    const extends_ = tok.slice(a, a + 3).some((t) => /^(ook|andere|overige)$/.test(t.low)) && tok[a]?.kind === 'word' && /^(ADP|DET|NOUN|ADJ|PROPN|ADV)$/.test(tags[a]?.pos ?? '');
    if (nounBefore && extends_) return true;
  }
  if (w.startsWith('stre') && ti > 0 && NOUN_DET.test(tok[ti - 1].low)) return true;
  const next = tok.slice(ti + w.split(' ').length, ti + w.split(' ').length + 8).filter((t) => t.kind === 'word').map((t) => t.low);
  // "in principe bruikbaar" = usable in essence: a property, not a hedged promise.
  if (/^in (principe|beginsel)$/.test(w) && CAPABLE.test(next.slice(0, 2).filter((x) => x !== 'ook').join(' '))) return true;
  // "in principe besloten / te besluiten": a principebesluit, a kind of decision taken, not a way out of a promise.
  if (w === 'in principe' && /^(besloten|besluiten|besluit)$/.test(next.find((x) => x !== 'te') ?? '')) return true;
  // A corrective act is conditional on need by nature: "stuurt waar nodig bij", "past zo nodig aan".
  if (/nodig$/.test(w) && CORRECTIVE.test(s.low)) return true;
  // After a check in the same sentence ("We toetsen de regels op uitvoerbaarheid en verbeteren waar nodig"): the
  // check is firm and its outcome says where the need is, as with a corrective act.
  if (/nodig$/.test(w) && s.tokens.slice(0, ti).some((t) => ASSESSING.test(t.low))) return true;
  // A sentence that opens with "Zodat"/"Opdat" is the purpose clause of the sentence before it: the hedge qualifies
  // the effect aimed at, as in a subordinate clause of purpose.
  if (/^(zodat|opdat)$/.test(s.tokens[firstWordIndex(s)]?.low ?? '')) return true;
  // "zoveel mogelijk zelf" of another party ("de bewoners voeren zoveel mogelijk zelf de regie"): the autonomy of
  // others as far as it goes, not a way out of the author's commitment.
  if (/^zo ?veel mogelijk$/.test(w) && tok[ti + w.split(' ').length]?.low === 'zelf' && clause && clause.subjectKind === 'np' && !ownDoer(s, clause)) return true;
  // "uitsluitend waar nodig", "alleen waar nodig": need as the criterion that restricts the act, not a way out of it.
  if (/nodig$/.test(w) && tok.slice(Math.max(0, ti - 2), ti).some((t) => /^(uitsluitend|alleen|enkel|slechts)$/.test(t.low))) return true;
  // Worked out further in a named text ("In het Programma Wonen 2026 wordt dit nader uitgewerkt"): the place where it
  // is settled is given, nothing is left open.
  if (FURTHER.test(w) && /(?:^|[^\p{L}])(?:[Ii]n|[Vv]ia)\s+(?:het|de)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}\p{Ll}+/u.test(s.raw)) return true;
  // Worked out further in this very text ("Deze vormen worden hierin nader uitgewerkt", "in paragraaf 3.2", "in de
  // bijlage"): the elaboration is given here. "Daarin" (a text named before, perhaps still to be written) stays.
  if (FURTHER.test(w) && IN_THIS_TEXT.test(s.low)) return true;
  // "het verder uitwerken van de maatregelen" named as a step or a task: the elaboration is the work itself, nothing is
  // put off.
  if (/^(nader|verder) uit/.test(w) && /^(het|dit)$/.test(tok[ti - 1]?.low ?? '')) return true;
  // Worked out in a follow-up text of a named kind ("nader uit te werken in een meerjarig collegeprogramma",
  // "in het uitvoeringsplan"): the place where it is settled is given.
  if (FURTHER.test(w) && FOLLOW_UP_TEXT.test(s.low.slice(Math.max(0, (tok[ti]?.start ?? s.start) - s.start)))) return true;
  // "zo snel mogelijk (volgens de termijnen in het contract)": the term is set by the rule it refers to.
  if (/^zo (snel|spoedig) mogelijk$/.test(w) && next.slice(0, 4).some((x) => /^(conform|volgens|overeenkomstig|binnen)$/.test(x))) return true;
  // A hedge in a clause of reason, result or purpose qualifies the effect aimed at, not the commitment itself.
  if (clause && clause.subordinate && RATIONALE.test(tok[clause.start]?.low ?? '')) return true;
  // "voor zoveel mogelijk inwoners": a quantity of the people to be reached describes the effect aimed at, it does
  // not hedge the act ("We ondersteunen de verenigingen zoveel mogelijk" still does).
  if (/^zo ?veel mogelijk$/.test(w)) {
    const tags = tagsOf(s);
    const after = ti + w.split(' ').length;
    for (let k = after; k < Math.min(tok.length, after + 2); k++) {
      if (tok[k].kind !== 'word') break;
      if (tags[k]?.pos === 'NOUN' && isPeopleWord(tags[k].lemma)) return true;
    }
  }
  // "zorgen voor zoveel mogelijk rust", "in zoveel mogelijk samenhang": in a prepositional phrase the hedge says how
  // much of a result or a manner there will be, not whether the act takes place.
  if (QUANTITY_HEDGE.test(w) && quantityInPhrase(s, ti, w.split(' ').length)) return true;
  // A hedge inside a relative clause describes the object (the effect aimed at), it does not hedge the act:
  // "We zoeken oplossingen die gezinnen waar mogelijk zelfstandig maken" (the act "zoeken" stands).
  if (inRelative(s, ti, clause)) return true;
  if (inPurpose(s, ti)) return true;
  // The other case is given after the hedge, in the same sentence: a case distinction, not a way out.
  if (POSSIBILITY_HEDGE.test(w)) {
    const rest = s.low.slice(Math.max(0, (tok[ti]?.start ?? s.start) - s.start));
    if (ELSE_BRANCH.test(rest)) return true;
  }
  // A need condition on a duty ("afnemers moeten waar nodig zelf vertalen") says when the duty applies: it binds
  // whenever the need is there, so it is the substance of a rule, not a way out.
  if (NEED_HEDGE.test(w) && tok.slice(clause ? clause.start : 0, ti + 10).some((t) => DUTY.test(t.low))) return true;
  if (w === 'onderzoeken of') {
    const of = tok.findIndex((t, i) => i > ti && t.low === 'of');
    const rest = wordsLow(s, of + 1);
    if (of > 0 && !OPTION.test(rest)) return true;
  }
  if (clause && clause.finite >= 0) {
    const ws = tok.slice(clause.start, clause.end).map((t) => t.low);
    const fin = tok[clause.finite].low;
    if ((clause.passive || clause.tense === 'perfect') && (fin === 'is' || fin === 'zijn') && !ws.some((x) => /^(word|wordt|worden)$/.test(x))) return true;
    if (ws.some((x) => EFFECT.test(x)) && clause.subjectKind !== 'we' && clause.subjectKind !== 'i') return true;
    const subj = clause.subject ? tok[clause.subject[0]].low : '';
    if ((clause.subjectKind === 'document' || subj === 'deze' || subj === 'dit') && SCOPE_VERB.test(fin)) return true;
  }
  return false;
}

/** Another party is the subject of the main clause ("Raadsleden gaven aan het belangrijk te vinden om te onderzoeken of
 * we …"): the study is what they asked for, not the author's act. A subject that opens with the author's "we" stays
 * the author's, however far the clause reader stretched it. */
function otherSpeaks(s: Sentence, main: Clause | undefined, studyAt: number): boolean {
  if (!main || main.subjectKind !== 'np' || !main.subject || ownDoer(s, main)) return false;
  // The author before the "of" of the study is its doer ("Daarom onderzoeken we of …").
  const of = s.tokens.findIndex((t) => t.start - s.start >= studyAt && t.low === 'of');
  if (s.tokens.some((t, k) => (of < 0 || k < of) && /^(we|wij|ik)$/.test(t.low))) return false;
  const tags = tagsOf(s), head = tags[main.subject[0]]?.pos === 'DET' ? main.subject[0] + 1 : main.subject[0];
  return tags[head]?.pos === 'NOUN' || tags[head]?.pos === 'PROPN';
}

/** A word token of the clause after the hedge, which starts at token `ti` and ends at offset `end` (the hedge stands
 * inside its clause, not at its close). */
function wordAfter(s: Sentence, ti: number, end: number, clauseEnd: number): boolean {
  for (let k = Math.max(0, ti); k < clauseEnd && k < s.tokens.length; k++) if (s.tokens[k].start >= end && s.tokens[k].kind === 'word') return true;
  return false;
}


/** Hedges that empty a commitment (book ch. 2 "Sleutel 3", "Waarover je in ieder geval afspraken moet maken"). */
export const taalVoorbehoud: SentenceRule = {
  id: 'taal/voorbehoud',
  key: null,
  defaultSeverity: 'info',
  scope: 'paragraph',
  // "We streven naar …" as a goal without a measure: the goal's finding says the one thing left open.
  givesWayTo: ['doel/vaag'],
  inputs: ['unit', 'speaker'],
  book: 'H2 "Sleutel 3: Boter bij de vis", "Waarover je in ieder geval afspraken moet maken in de coalitie"',
  title: { nl: 'Voorbehoud dat een toezegging uitholt', en: 'Hedge that empties a commitment' },
  message: {
    nl: 'Voorbehoud: "{text}" maakt de toezegging vrijblijvend. Wat gebeurt er zeker, en wanneer?',
    en: 'Hedge: "{text}" makes the commitment non-binding. What will certainly happen, and when?',
  },
  explanation: {
    nl: 'Woorden als "streven naar", "zo mogelijk" en "in principe" geven elke partij een uitweg. Het boek vraagt om afspraken waarop partners elkaar kunnen aanspreken; een voorbehoud maakt dat onmogelijk zonder dat iemand het zegt.',
    en: 'Words such as "aim for", "if possible" and "in principle" give every party a way out. The book asks for agreements that partners can hold each other to; a hedge makes that impossible without anyone saying so.',
  },
  fix: {
    nl: 'Schrap het voorbehoud of maak het concreet: "vóór 1 januari 2027 zijn 40 woningen aangepast" in plaats van "we streven naar zoveel mogelijk aangepaste woningen".',
    en: 'Strike the hedge or make it concrete: "40 homes adapted before 1 January 2027" instead of "we aim for as many adapted homes as possible".',
  },
  examples: {
    bad: ['We streven naar een sluitende aanpak.', 'Partijen werken waar mogelijk samen.', 'Waar nodig investeren we in de fietspaden.'],
    good: ['Er wordt een pilot met zorgteams ingezet, om problemen zo snel mogelijk in beeld te hebben.', 'De vormen van hinder worden in paragraaf 4.2 nader uitgewerkt.', 'Vóór 1 juli 2027 heeft elk gezin één contactpersoon.', 'We openen de speeltuinen in de zomer voor zoveel mogelijk kinderen.', 'In de wijken pakken we wonen, zorg en werk in zoveel mogelijk samenhang op.', 'We streven naar een rookvrije binnenstad in 2029.', 'Partijen evalueren het convenant elke twee jaar, en indien nodig vaker.', 'Iedere inwoner moet naar vermogen kunnen meedoen aan het verenigingsleven.', 'De wachttijd wordt elk kwartaal geteld en waar nodig verkort.', 'De burgemeester laat de brandweer onderzoeken of het clubhuis aan de veiligheidseisen voldoet.', 'Bij het ontwerp van het loket is zoveel mogelijk gebruikgemaakt van de ervaringen in Lindewaard.', 'De gemeente volgt de cijfers en stuurt waar nodig bij.', 'We investeren in de sporthal, zodat zoveel mogelijk inwoners kunnen sporten.', 'We zoeken partners die waar mogelijk meedoen.', 'Bij een eerste overtreding volgt in beginsel een waarschuwing, tenzij de overtreder eerder is gewaarschuwd.', 'Huurders moeten waar nodig zelf de aanpassingen betalen.', 'Wij adviseren de raad om de wijkcentra zoveel mogelijk open te houden.', 'Corporaties bouwen momenteel zoveel mogelijk sociale huurwoningen.', 'De wet biedt in beginsel ruimte voor tijdelijke woningen.', 'Dit betekent dat de zorg waar mogelijk dichter bij huis komt.', 'Hiermee wordt zoveel mogelijk voorkomen dat gezinnen hun woning verliezen.', 'Toelichting: het college verleent in beginsel een bijdrage aan initiatieven van bewoners.', 'We stimuleren bewoners zoveel mogelijk zelf te koken.', 'Het wijkteam is erop gericht de zelfredzaamheid van gezinnen zoveel mogelijk te versterken.', 'Waar nodig ondersteunt de gemeente de vrijwilligers bij hun werk.', 'In principe opent het buurthuis in 2027, al blijft een latere opening mogelijk.', 'We helpen gezinnen met schulden, waarbij de gezinnen zoveel mogelijk zelf de regie houden.', 'We beperken de geluidshinder van de bouw zoveel mogelijk.', 'Veel partners spannen zich in om de overlast in de wijk te beperken.', 'We zetten de zorg uitsluitend in waar nodig.', 'We streven naar 50% toewijzing van woningen aan starters.', 'Waar nodig bezoeken we de ouders thuis.', 'Om te zorgen dat iedereen waar mogelijk meedoet, bouwen we een sporthal.', 'We bellen de betrokkenen om samen zo snel mogelijk een oplossing te vinden.', 'Vanuit onze wettelijke taken bieden we waar nodig zorg en ondersteuning.'],
  },
  families: ['voorbehoud'],
  fixable: true,
  gate(s, ctx) {
    return hasPhrase(ctx.family('voorbehoud'), s.raw);
  },
  check(s, ctx, report) {
    // A hedge empties a commitment only where the text commits in its own voice: not in an explanation, an
    // analysis, a definition, a possibility ("kan … streven naar"), a question or a condition.
    const u = ctx.unit(s);
    if (!u.main || u.main.mood === 'question') return;
    // "We onderzoeken of we … kunnen …": the modal belongs to the open option, the author's own act is the study.
    const deferral = firstMatch('studyWhether', s.low);
    const modalAt = s.tokens.findIndex((t) => POSSIBLE.test(t.low));
    const ownStudy = !!deferral && modalAt >= 0 && s.tokens[modalAt].start - s.start > deferral.start && u.fn !== 'question' && u.role === 'body' && !otherSpeaks(s, u.main, deferral.start);
    if (!ownStudy && (!u.commits || u.main.modality === 'possibility')) return;
    // Background, explanation and recitals say why or what is, not what will be done: a hedge there empties nothing
    // (guide real-documents part 1; only the author's own intention in a background section stays). Nor does a
    // description of the present, the cited content of a law, an explained effect or a labelled explanation.
    if (u.role === 'explanation' || u.role === 'preamble') return;
    if (u.role === 'analysis' && !(u.fn === 'intention' && (u.main.subjectKind === 'we' || u.main.subjectKind === 'i'))) return;
    if (commitsNothingHere(s)) return;
    // A freedom clause reserves a choice openly ("de partijen zijn vrij om …"): nothing is promised to hedge.
    if (FREEDOM.test(s.low)) return;
    // A narrative text (no agreement, no enacting authority) reports what others aim at or do in the present ("Veel
    // partners spannen zich in …"): the hedge is theirs, not the text's.
    if (u.narrative && !u.parties && !u.authority && othersAim(s, u.main, u.clauses)) return;
    // Nor where the author's voice is absent from the sentence: a narrative text commits in its own voice only
    // through "we"/"ik", a government body, its own name as subject (a body writing of itself) or an agentless
    // passive; a hedge in a sentence about what other parties, people or things do describes them.
    if (u.narrative && !u.parties && !u.authority && !authorVoiceIn(s, u.clauses)) return;
    // A perfect of another bestuurslaag reports what it promised ("De provincie heeft toegezegd de subsidie zo snel
    // mogelijk over te maken" in a municipal text): the hedge is in that report, as for another party's perfect
    // (read/unit `reportsOther`). A perfect of agreeing ("… hebben afgesproken …") states what is now agreed.
    if (!u.parties && u.main.tense === 'perfect' && readLocal(s).cue !== 'agreed' && !u.main.passive && otherLaag(s, u.main, u.level)) return;
    // In a government's text, an independent organisation as the doer ("De bibliotheek van Lindewaard streeft ernaar …",
    // "Woningcorporatie Lindehof zet zich in om …"): what that party does or aims at, described; the government cannot
    // commit it. The government's own units (a wijkteam, a loket, an afdeling) act for the author.
    if (!u.parties && !u.authority && u.level && independentDoer(s, u.main)) return;
    for (const h of matchPhrases(ctx.family('voorbehoud'), s.raw, s.start)) {
      // "zo veel als mogelijk", "zo snel als mogelijk": the same hedge as "zo veel mogelijk" (read as that one).
      const w = h.text.toLowerCase().replace(/\s+/g, ' ').replace(/^(zo ?veel|zo snel|zo goed) als mogelijk$/, '$1 mogelijk');
      const ti = tokenAt(s, h.start);
      const clause = clauseAt(u.clauses, ti);
      // A condition supposes a case; but an elliptical one that is the hedge itself ("Indien mogelijk breiden we …",
      // no verb of its own) is the hedge on the main clause.
      if (clause && clause.conditional && !(clause.start === ti && clause.finite < 0)) continue;
      // Inside a quotation opened in the sentence: the quoted speaker's or text's words, not the author's promise.
      if (quotedAt(s, h.start)) continue;
      if (notAHedge(s, ti, w, clause) || notAHedgeCase(s, ti, w, clause)) continue;
      // In a subordinate clause after another text as the subject ("Het zorgakkoord gaat ervan uit dat zorg zoveel
      // mogelijk in de wijk wordt geleverd"): the cited content of that text.
      if (clause && clause.subordinate && u.main !== clause && otherTextSubject(s, u.main)) continue;
      // In a clause of result after "zo"/"zodanig" ("wordt zo gebouwd dat hij zoveel mogelijk … gebruikt kan worden"): the
      // degree of the result aimed at.
      if (clause && clause.subordinate && s.tokens[clause.start]?.low === 'dat' && resultOfManner(s, clause.start)) continue;
      // A named other party's aim in the plain present ("De Landelijke Natuurautoriteit streeft ernaar …"): described,
      // not promised, where no parties sign and no authority orders.
      if (/^stre/.test(w) && !u.parties && !u.authority && namedOtherAims(s, clause)) continue;
      // In an indirect question ("aandacht voor hoe we de gevolgen zoveel mogelijk kunnen opvangen"): asked, not promised.
      if (inIndirectQuestion(s, h.start, u.clauses, 8)) continue;
      // The hedge is in a subordinate clause whose own subject is another party or a thing ("…, waarbij onze inwoners
      // zoveel mogelijk zelf de regie houden", "partijen die beloofd hebben zoveel mogelijk …"): it qualifies what
      // others do or what is to result, not the author's commitment. Where several parties speak (an agreement),
      // such a subject may be one of them, and the hedge stays theirs. Only a relative clause: the complement of the
      // author's own act ("We zorgen dat de wachtlijsten zo snel mogelijk korter worden") is what is committed to. A
      // hedge that closes the sentence after a relative clause may belong to the main verb ("We faciliteren
      // organisaties die activiteiten organiseren waar mogelijk"), so a word of the clause must follow it.
      if (clause && clause.subordinate && !u.parties && clause.subjectKind === 'np' && !ownDoer(s, clause) && isRelativeOpener(s.tokens[clause.start]?.low ?? '') && wordAfter(s, ti, h.end, clause.end)) continue;
      // In a regulation, a passive whose door-agent is another party than a government body ("… door de
      // belangenorganisaties in onderling overleg zoveel mogelijk worden geworven uit …"): the latitude the authority
      // leaves that party, not a hedge on the authority's own act.
      if (u.authority && clause?.voice?.agent && !agentIsGovernment(s, clause.voice.agent)) continue;
      // "waar nodig" / "zo snel mogelijk" next to a firm term or number top up a commitment, they do not hedge it.
      if ((w === 'waar nodig' || w === 'zo snel mogelijk') && hasMeasure(s)) continue;
      // A numbered or dated target under "streven" still binds (judgement §0): a number with a date, or a measurable
      // end state by a given year or date ("streven naar een CO2-neutrale vloot in 2030", "rookvrij in 2028").
      if (/^stre/.test(w) && s.times.some((t) => t.kind !== 'recurrence' && (s.quantities.length > 0 || (t.kind !== 'period' && END_STATE.test(s.low))))) continue;
      // A target in numbers under "streven" is measurable without a date too ("We streven naar 50% toewijzing aan
      // starters"): the measure is there; what "streven" leaves open is only whether it is reached.
      if (/^stre/.test(w) && s.quantities.some((q) => q.kind === 'percent' || q.kind === 'count')) continue;
      // "streven ernaar" + a named act with a date or deadline ("We streven ernaar het plan vóór 1 juli 2027 vast te
      // stellen"): a dated milestone; what is left open is only whether the date is met.
      if (/^stre\p{L}*\s+ernaar$/u.test(w) && s.times.some((t) => t.kind === 'date' || t.kind === 'deadline') && s.tokens.some((t, k) => k > ti && t.low === 'te' && tagsOf(s)[k + 1]?.pos === 'VERB')) continue;
      // The next sentence of the paragraph names the other case or the exception ("Waar mogelijk bouwen we op eigen grond.
      // Waar dat niet kan, kopen we grond aan.", "In principe … Hiervan kan worden afgeweken als …"): a case distinction.
      if (POSSIBILITY_HEDGE.test(w) && EXCEPTION_NEXT.test(ctx.next(s)?.low ?? '')) continue;
      // The next sentence of the paragraph sets the dated, measurable target of the aim ("We streven naar schonere
      // lucht. Uiterlijk in 2030 voldoen we aan de advieswaarden."): the aim is made concrete where it stands.
      if (/^stre/.test(w) && setsTarget(ctx.next(s))) continue;
      // The aim points back to the target just set ("In 2027 halen we € 2,4 miljoen op. We streven ernaar deze
      // doelstelling te halen."): a demonstrative goal noun after "streven", with a number or sum in the sentence before.
      if (/^stre/.test(w) && pointsBackToTarget(s, ti, ctx.prev(s))) continue;
      const removable = REMOVABLE.test(h.text.replace(/\s+/g, ' '));
      // Remove the hedge and one adjacent space so the sentence stays tidy.
      const after = s.raw[h.end - s.start] === ' ' ? 1 : 0;
      report({
        start: h.start, end: h.end,
        data: { text: h.text },
        fixes: removable ? [{ title: { nl: `Schrap "${h.text}"`, en: `Remove "${h.text}"` }, edits: [{ start: h.start, end: h.end + after, text: '' }], preferred: true }] : undefined,
      });
    }
  },
};

/**
 * The main clause states in the present what others aim at or do ("Veel partners spannen zich in om …", "Zij spannen
 * zich in voor …"): its subject is a collective of other parties or a third-person pronoun, with no modal of future or
 * duty, and no clause of the sentence has the author as its doer. (A named organisation as subject may be the author
 * itself, which a web page or a regional body often names in the third person: it stays.)
 */
function othersAim(s: Sentence, main: Clause, clauses: readonly Clause[]): boolean {
  if (main.tense !== 'present' || (main.modality !== 'none' && main.modality !== 'volition') || main.passive || !main.subject) return false;
  if (clauses.some((c) => !c.subordinate && ownDoer(s, c))) return false;
  const [a, b] = main.subject;
  // "(De) partijen" are the parties of the text itself, wherever they are named.
  if (s.tokens.slice(a, b).some((t) => t.low === 'partijen')) return false;
  return main.subjectKind === 'collective' || (main.subjectKind === 'np' && b - a === 1 && /^(zij|ze|hij)$/.test(s.tokens[a]?.low ?? ''));
}


/** Introducers of a clause of reason besides RATIONALE ("aangezien de middelen in principe eenmalig zijn, …"). */
const REASON_INTRO = wordClass('reasonIntro');
/** Hedges of degree that can qualify a nominalised act ("het zoveel mogelijk voorkomen van …"). */
const DEGREE_HEDGE = wholePhraseClass('degreeHedge');

/**
 * More places where the hedge qualifies something other than the act committed to (guide real-documents
 * part 1: rationale and effect):
 * - a fronted clause of purpose: "Om de overlast zoveel mogelijk te beperken, sluit de horeca om 01.00 uur";
 * - a clause of reason opened by "aangezien", "gezien", "want", "nu";
 * - a nominalised act after an article: "Dit draagt bij aan het zoveel mogelijk voorkomen van schooluitval".
 */
function notAHedgeCase(s: Sentence, ti: number, w: string, clause: Clause | undefined): boolean {
  const tok = s.tokens;
  // Inside a bracketed gloss of five words or more without a finite verb ("(ondersteunen van de zelfredzaamheid van
  // personen met een beperking, zoveel mogelijk in de eigen leefomgeving)"): a category or wording cited, not the act's
  // hedge. A hedge bracketed on its own ("We bouwen (waar mogelijk) levensloopbestendig") stays.
  if (inBracketGloss(s, ti)) return true;
  // Fronted purpose: the sentence opens with "Om", the hedge stands before the "te" that closes that clause, and a
  // comma follows before the main clause.
  const first = firstWordIndex(s);
  if (first >= 0 && first < ti && (tok[first].low === 'om' || REASON_INTRO.test(tok[first].low) || RATIONALE.test(tok[first].low))) {
    // The fronted clause runs to the first comma; the hedge stands in it.
    const comma = tok.findIndex((t, k) => k > ti && t.text === ',');
    const inFront = comma > ti && !tok.slice(first, ti).some((t) => t.text === ',');
    // An "om"-clause is one of purpose by its "te", before the hedge ("Om te zorgen dat … zo snel mogelijk …,") or after it.
    if (inFront && (tok[first].low !== 'om' || tok.slice(first, comma).some((t) => t.low === 'te'))) return true;
  }
  if (clause && clause.subordinate && REASON_INTRO.test(tok[clause.start]?.low ?? '')) return true;
  // "want" coordinates two main clauses: the hedge after it is in the reason.
  for (let k = ti - 1; k >= 0; k--) {
    if (tok[k].low === 'want') return true;
    if (tok[k].text === '.' || tok[k].text === ';') break;
  }
  if (DEGREE_HEDGE.test(w) && ti > 0 && /^(het|de|een)$/.test(tok[ti - 1].low)) return true;
  if (othersAct(s, ti, clause) || aimedEffect(s, ti, clause) || utmostReduction(s, ti, w, clause)) return true;
  // A hedge in what is to be achieved ("willen we bereiken dat de inwoners zo veel mogelijk kunnen meedoen"). (A degree
  // of a result in a prepositional phrase, "zorgen voor zoveel mogelijk rust", is read in `notAHedge`.)
  if (clause && clause.subordinate && tok[clause.start]?.low === 'dat' && /^(bereiken|bereikt|bereik)$/.test(tok[clause.start - 1]?.low ?? '')) return true;
  // "zoveel mogelijk variëteit", "zo veel mogelijk woningen": a quantity asked at its utmost in a wished state, not a
  // way out of an act (the hedge right before its noun, in a clause of wanting or of being: "We willen dat er zoveel
  // mogelijk variëteit is"). "We ondersteunen de clubs zoveel mogelijk" (a degree of an act) stays.
  if (/^zo ?veel mogelijk$/.test(w)) {
    const tags = tagsOf(s), n = ti + w.split(' ').length;
    const noun = tags[n]?.pos === 'NOUN' || (tags[n]?.pos === 'ADJ' && tags[n + 1]?.pos === 'NOUN');
    if (noun && clause && /^(er|dat)$/.test(tok[clause.start]?.low ?? '') && tok.slice(clause.start, clause.end).some((t) => /^(is|zijn|komt|komen|blijft|blijven)$/.test(t.low))) return true;
  }
  // A need condition says when the act is due, not whether: "Waar nodig bezoekt de wijkcoach de ouders", "verwijst
  // zo nodig door" commit to act whenever the need is there. It hollows the commitment only where what is due are the
  // means themselves (money, people, authority, a legal form: "waar nodig investeren we", "waar nodig juridisch
  // geborgd") or an act left unnamed ("waar nodig nemen we maatregelen").
  if (NEED_HEDGE.test(w) && !needLeavesOpen(s, clause) && !discretionAfter(s, ti + w.split(' ').length)) return true;
  // Aligning this text with other texts ("Waar mogelijk bouwen we hierbij voort op de koers en de visies", "Hierbij
  // dient, waar mogelijk, de verbinding te worden gelegd met het coalitieakkoord"): how the text fits its sources, no
  // promise to anyone that the hedge could empty.
  // The hedge stands in or just before that phrase: "We sluiten aan bij het landelijk beleid en bouwen zoveel mogelijk
  // woningen" still hedges the building.
  const align = ALIGN_WITH_TEXT.exec(s.low);
  const at = (tok[ti]?.start ?? s.start) - s.start;
  if (align && at >= align.index - 25 && at <= align.index + align[0].length) return true;
  return false;
}

const NEED_MEANS = wordClass('needMeans');
const UNNAMED_ACT = wordClass('unnamedAct');
const AUTHORITY = /^(?:mandaat|bevoegdheid|bevoegdheden|doorzettingsmacht)$/;

/** An act of aligning with, or building on, another text, course or policy (its complement names the text). */
const ALIGN_WITH_TEXT = new RegExp(String.raw`(?<![\p{L}])(?:voortbouw\p{L}*|voort\s+te\s+bouwen|bouw\p{L}*\s+(?:\S+\s+){0,6}?voort|aansluit\p{L}*|aan\s+te\s+sluiten|sluit\p{L}*\s+(?:\S+\s+){0,6}?aan|verbinding\s+(?:\S+\s+){0,4}?(?:leggen|gelegd))\s+(?:\S+\s+){0,2}?(?:op|bij|met|aan)\s+(?:\S+\s+){0,3}?[\p{L}-]*(?:koers|visie|visies|beleid|akkoord|programma|plan|strategie|nota|agenda|kader)(?![\p{L}])`, 'u');

/** "waar nodig en nuttig/wenselijk/mogelijk": usefulness or possibility joins the need, and that is the author's to judge. */
function discretionAfter(s: Sentence, k: number): boolean {
  return /^(en|of)$/.test(s.tokens[k]?.low ?? '') && /^(nuttig|wenselijk|zinvol|gewenst|mogelijk|haalbaar)$/.test(s.tokens[k + 1]?.low ?? '');
}

/** The clause of a need condition (the sentence where no clause was read) names means or leaves its act unnamed. */
function needLeavesOpen(s: Sentence, clause: Clause | undefined): boolean {
  const tags = tagsOf(s), tok = s.tokens;
  const from = clause && clause.finite >= 0 ? clause.start : 0, to = clause && clause.finite >= 0 ? clause.end : tok.length;
  // Using a power one has ("Waar nodig maakt de provincie gebruik van haar doorzettingsmacht"): a power is by its
  // nature used where needed; the condition says when, not whether. Granting one ("waar nodig krijgt de stuurgroep
  // doorzettingsmacht") leaves it open.
  const uses = tok.slice(from, to).some((t, k) => t.low === 'gebruik' && tok[from + k + 1]?.low === 'van') ||
    tags.slice(from, to).some((t) => t.lemma === 'toepassen' || t.lemma === 'hanteren');
  // A prepositional phrase that opens a main clause before its finite verb is the act's frame, not its object
  // ("Vanuit onze wettelijke taken bieden we waar nodig zorg en ondersteuning": the legal basis is given, the care is
  // what is due where needed).
  const frameEnd = clause && !clause.subordinate && clause.finite > from && tags[from]?.pos === 'ADP' ? clause.finite : from;
  for (let k = frameEnd; k < to; k++) {
    const lemma = tags[k]?.lemma ?? tok[k].low;
    if (uses && AUTHORITY.test(lemma)) continue;
    // A team the act goes to or works with ("verwijzen we door naar het wijkteam", "samen met het jeugdteam") is a
    // party, not people deployed.
    if (/team$/.test(tok[k].low) && [tok[k - 1]?.low, tok[k - 2]?.low].some((x) => x !== undefined && /^(naar|bij|met|via|aan|door)$/.test(x))) continue;
    if (NEED_MEANS.test(tok[k].low) || NEED_MEANS.test(lemma) || UNNAMED_ACT.test(lemma) || UNNAMED_ACT.test(tok[k].low)) return true;
  }
  return false;
}

/**
 * A hedge of degree on a verb of reducing or preventing ("wateroverlast wordt zoveel mogelijk voorkomen", "om de
 * hinder zo veel mogelijk te beperken"): harm cannot be brought to nothing, and "as much as possible" asks for the
 * utmost, it leaves no way out. The verb follows the hedge in its clause (the verb cluster at the clause's end). "We
 * ondersteunen de clubs zoveel mogelijk" (a degree of help) stays.
 */
function utmostReduction(s: Sentence, ti: number, w: string, clause: Clause | undefined): boolean {
  if (!/^zo ?veel mogelijk$/.test(w)) return false;
  const tags = tagsOf(s), tok = s.tokens, end = clause ? clause.end : tok.length;
  const reduces = (k: number): boolean => vocab('reductionVerbs').isWord(tok[k].low) || ((tags[k]?.pos === 'VERB' || tags[k]?.pos === 'AUX') && vocab('reductionVerbs').isWord(tags[k].lemma));
  // The finite verb of a main clause stands before the hedge ("We beperken de hinder zoveel mogelijk").
  if (clause && clause.finite >= 0 && clause.finite < ti && reduces(clause.finite)) return true;
  for (let k = ti + w.split(' ').length; k < end; k++) {
    if (tok[k].kind === 'punct' && tok[k].text !== '(' && tok[k].text !== ')') return false;
    if (reduces(k)) return true;
  }
  return false;
}

/** Token ti stands inside brackets holding at least five words and no finite verb. */
function inBracketGloss(s: Sentence, ti: number): boolean {
  const tok = s.tokens, tags = tagsOf(s);
  let open = -1;
  for (let k = ti - 1; k >= 0; k--) { if (tok[k].text === ')') return false; if (tok[k].text === '(') { open = k; break; } }
  if (open < 0) return false;
  let words = 0;
  for (let k = open + 1; k < tok.length; k++) {
    if (tok[k].text === ')') return words >= 5;
    // (An infinitive opening the gloss names an act as a category, "(ondersteunen van …)": the tagger may read it finite.)
    if (tags[k]?.verbForm === 'fin' && k > open + 1) return false;
    if (tok[k].kind === 'word') words++;
  }
  return false;
}

/**
 * The hedge stands in the "te"-clause after it, before the clause's end: the index of that "te", or -1. A phrase set
 * off by commas that opens with a preposition and has no verb ("om zo veel mogelijk eerst zelf, met hulp van het eigen
 * netwerk, naar oplossingen te zoeken") is an insertion: the te-clause goes on after it.
 */
function teAfter(s: Sentence, ti: number, clause: Clause | undefined): number {
  const tok = s.tokens;
  let end = clause ? clause.end : tok.length;
  // (A clause that the reader closed at the insertion's comma ends at that comma: it is looked at too.)
  for (let k = ti + 1; k < end || (k === end && tok[k]?.text === ','); k++) {
    if (tok[k].text === ',') {
      const j = insertionEnd(s, k);
      if (j < 0) return -1;
      k = j; end = tok.length;
      continue;
    }
    if (tok[k].kind === 'punct' && tok[k].text !== '(' && tok[k].text !== ')') return -1;
    if (tok[k].low === 'te') return k;
  }
  return -1;
}

/** The comma at k opens an insertion (a prepositional phrase without a verb, up to 12 tokens): its closing comma, or -1. */
function insertionEnd(s: Sentence, k: number): number {
  const tok = s.tokens, tags = tagsOf(s);
  if (tags[k + 1]?.pos !== 'ADP') return -1;
  for (let j = k + 2; j < tok.length && j <= k + 13; j++) {
    if (tok[j].text === ',') return j;
    if (tok[j].kind === 'punct' || tags[j]?.pos === 'VERB' || tags[j]?.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * The hedge qualifies the act of others the author urges ("We stimuleren inwoners zoveel mogelijk zelf te
 * koken", "We vragen de clubs om waar mogelijk hun velden te delen"): the finite verb of the clause is a verb of
 * urging and the hedge stands in its "te"-complement, after the person urged. What the author does (stimulating,
 * asking) is not hedged. "We beloven de clubs om waar mogelijk …" (the author's own act) stays.
 */
function othersAct(s: Sentence, ti: number, clause: Clause | undefined): boolean {
  if (!clause || teAfter(s, ti, clause) < 0) return false;
  const tags = tagsOf(s), tok = s.tokens;
  // The verb of urging before the hedge (the tagger may miss a separable form as the finite verb: "nodigen … uit").
  // A separable verb takes its particle from later in the clause: "nodigen … uit" = uitnodigen, "moedigen … aan".
  const urges = (v: number): boolean => {
    if (tok[v].kind !== 'word' || tags[v]?.pos === 'NOUN' || tags[v]?.pos === 'ADP' || tags[v]?.pos === 'DET') return false;
    const lemma = tags[v]?.lemma ?? tok[v].low;
    const particles = tok.slice(v + 1, ti).filter((t) => /^(uit|aan|op)$/.test(t.low)).map((t) => t.low);
    const forms = [lemma, tok[v].low, ...particles.flatMap((p) => [p + lemma, p + tok[v].low])];
    return forms.some((f) => vocab('encourageVerbs').isWord(f));
  };
  let v = -1;
  for (let k = clause.start; k < ti; k++) if (urges(k)) { v = k; break; }
  if (v < 0) return false;
  // Someone is urged between the verb and the hedge (an object: a noun or a pronoun), so the te-clause is theirs.
  const object = (k: number): boolean => tags[k]?.pos === 'NOUN' || tags[k]?.pos === 'PROPN' || OBJECT_PRONOUN.test(tok[k].low);
  for (let k = v + 1; k < ti; k++) if (object(k)) return true;
  // An infinitive at the end of its clause has its object before it ("… willen we de mogelijkheid bieden om …").
  if (tags[v]?.verbForm === 'inf') for (let k = clause.start; k < v; k++) if (object(k)) return true;
  // So does the finite verb at the end of a subordinate clause ("… is dat we inwoners stimuleren om zo veel mogelijk
  // zelf …"), the clause's subject aside ("dat de gemeente stimuleert om …" urges no one named).
  if (clause.subordinate) {
    // (The clause reader takes a few words after the introducer as the subject; a personal pronoun is the whole of it.)
    const subj = clause.subject;
    const subjEnd = subj ? (/^(we|wij|ik|zij|ze|hij|u|jullie)$/.test(tok[subj[0]].low) ? subj[0] + 1 : subj[1]) : -1;
    for (let k = clause.start + 1; k < v; k++) if (object(k) && !(subj && k >= subj[0] && k < subjEnd)) return true;
  }
  return false;
}

/**
 * The hedge qualifies the effect a thing is aimed at ("De aanpak is erop gericht de uitval zoveel mogelijk te
 * beperken", "…, dat er op gericht is de opvoeding zo veel mogelijk te versterken"): "gericht (op)" describes the
 * aim of the subject, and the hedge in its "te"-clause sets no commitment. With "we"/"wij" as subject ("We zijn erop
 * gericht …") it is the author's own intention and stays.
 */
function aimedEffect(s: Sentence, ti: number, clause: Clause | undefined): boolean {
  const tok = s.tokens;
  if (teAfter(s, ti, clause) < 0) return false;
  const from = clause ? clause.start : 0;
  for (let k = ti - 1; k >= from; k--) {
    if (tok[k].kind === 'punct') return false;
    if (tok[k].low !== 'gericht' && tok[k].low !== 'bedoeld') continue;
    if (clause && (clause.subjectKind === 'we' || clause.subjectKind === 'i')) return false;
    return true;
  }
  return false;
}

/** A word of the door-agent [a, b) names a government body (the authority acting itself: "door het college"). */
function agentIsGovernment(s: Sentence, [a, b]: [number, number]): boolean {
  return s.tokens.slice(a, b).some((t) => vocab('government').isWord(t.low));
}
