import type { SentenceRule } from './types';
import type { Sentence } from '../document';
import { wordsLow } from '../document';
import { flat } from '../recognize/flat';
import { hasPhrase, matchPhrases, vocab } from '../vocab';
import { specificActors, firstWordIndex, inInfinitivalAdjunct, inRelativeClause, tokenAt } from './util';
import { readLocal, tagsOf } from '../read/unit';
import { phraseClass } from '../vocab/classes';
import { isPeopleWord } from '../read/frames';

/** Verbs of doing: present tense, future (gaan/zullen) and the infinitives they govern. */
const VERBS = 'zorgen|zorgt|dragen zorg|draagt zorg|pakken|pakt|stellen|stelt|ontwikkelen|ontwikkelt|realiseren|realiseert|organiseren|organiseert|voeren|voert|zetten|zet|leveren|levert|maken|maakt|bouwen|bouwt|starten|start|regelen|regelt|richten|richt|bieden|biedt|ondersteunen|ondersteunt|begeleiden|begeleidt|monitoren|monitort|evalueren|evalueert|rapporteren|rapporteert|financieren|financiert|betalen|betaalt|verzorgen|verzorgt|opstellen|uitvoeren|oppakken|inzetten|aanpakken|investeren|investeert|nemen|neemt|brengen|brengt|werken aan|werkt aan|gaan|gaat|zullen|zal';
const ACTION = new RegExp(`(?<![\\p{L}])(${VERBS})(?![\\p{L}])`, 'u');
/** Declarations and agreements ("Partijen komen overeen", "verklaren") describe, they do not act. */
const DECLARATIVE = phraseClass('declarative');
/** Each partner answers for its own part: distributive subjects are not diffuse. */
const DISTRIBUTIVE = phraseClass('distributive');
/** Acts that are joint by nature: agreeing (also "werkafspraken maken"), consulting, evaluating the agreement together. */
const JOINT_BY_NATURE = phraseClass('jointByNature');
/** Each partner for its own part: "in hun eigen processen", "ieder voor zich". */
const OWN_PART = phraseClass('ownPart');
/** A reciprocal act: each partner towards the others ("bieden gegevens aan elkaar", "informeren elkaar"). */
const RECIPROCAL = phraseClass('reciprocal');
const COLLECTIVE_MARK = phraseClass('collectiveMark');
/** Responsibility expressly shared out over everyone ("De verantwoordelijkheid ligt bij zowel gemeente, ondernemers als inwoners"). */
const SHARED_RESPONSIBILITY = phraseClass('sharedResponsibility');

/** The place or community a motto is about ("De stad maken we samen"). */
const COMMUNITY = /^(stad|dorp|dorpen|gemeente|wijk|wijken|buurt|buurten|samenleving|toekomst|regio|provincie|land)$/;

/**
 * The words before the finite verb are the community itself: an article and a community noun, or a proper name ("De
 * stad", "Kreekhaven"); a qualified state ("Een schone wijk") is a goal with a shared task.
 */
function mottoObject(s: Sentence, from: number, to: number): boolean {
  const words = s.tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length === 1) return tagsOf(s)[s.tokens.indexOf(words[0])]?.pos === 'PROPN' || COMMUNITY.test(words[0].low);
  return words.length === 2 && /^(de|het|onze|ons)$/.test(words[0].low) && COMMUNITY.test(words[1].low);
}

/**
 * Token ti (a collective) stands in a prepositional phrase that starts after `from` (the subject's first word): a preposition before it, with
 * only articles and modifiers of the collective between ("voor alle betrokken partijen", "van de ketenpartners").
 */
function inPrepositionalPhrase(s: Sentence, ti: number, from: number): boolean {
  let k = ti - 1;
  while (k > from && /^(de|het|alle|betrokken|relevante|overige|andere|verschillende|diverse|deelnemende|onze|hun)$/.test(s.tokens[k].low)) k--;
  return k > from && k < ti && /^(voor|van|bij|met|aan|tussen|namens|over|door)$/.test(s.tokens[k].low);
}

/** Diffuse ownership of a concrete action: a collective as the only doer (book ch. 2, "Sleutel 2"). */
export const eigenaarDiffuus: SentenceRule = {
  id: 'eigenaar/diffuus',
  key: 'K2',
  defaultSeverity: 'info',
  scope: 'paragraph',
  inputs: ['unit', 'speaker'],
  overlap: 'specific',
  book: 'H2 "Sleutel 2: Samenwerken met een gerust hart"; seed 004 (eigenaarschap bij partners)',
  title: { nl: 'Iedereen en dus niemand', en: 'Everyone, so no one' },
  message: {
    nl: '"{text}" is de enige uitvoerder. Welke partner pakt dit op en is erop aanspreekbaar?',
    en: '"{text}" is the only doer. Which partner takes this on and can be held to it?',
  },
  explanation: {
    nl: 'Als "alle partijen", "de partners" of "we samen" iets gaan doen, is niemand in het bijzonder aan de beurt. Het boek vraagt dat partners elkaar op hun bijdrage kunnen aanspreken en dat iemand het geheel trekt; dat lukt alleen als elke actie een eigenaar heeft. Gezamenlijkheid is mooi als uitgangspunt, maar geen taakverdeling.',
    en: 'When "all parties", "the partners" or "we together" will do something, nobody in particular is on the hook. The book asks that partners can hold each other to their contributions and that someone pulls the whole; that only works when every action has an owner. Togetherness is a fine principle but no division of tasks.',
  },
  fix: {
    nl: 'Wijs per actie één trekker aan en zeg wat de anderen bijdragen: "De GGD stelt het plan op; de scholen en het wijkteam leveren elk vóór 1 mei hun gegevens aan."',
    en: 'Name one lead per action and say what the others contribute: "The GGD drafts the plan; the schools and the neighbourhood team each deliver their data before 1 May."',
  },
  examples: {
    bad: ['Alle partijen zorgen voor een sluitende aanpak.', 'De partners pakken de signalen gezamenlijk op.', 'Een levendige wijk maken we met elkaar. De verantwoordelijkheid ligt bij zowel de gemeente als de bewoners.'],
    good: ['Uitgangspunt voor alle betrokken partijen is dat de cliënt op tijd weet of de hulp wordt voortgezet.', 'De GGD stelt het plan op; de scholen leveren vóór 1 mei hun gegevens aan.', 'Alle partijen maken samen werkafspraken over de overdracht.', 'Elke partner levert een medewerker voor het team.', 'Partijen zullen elkaars systemen niet overbelasten.', 'Sloop en nieuwbouw worden gezamenlijk aangepakt, zodat bewoners maar één keer verhuizen.', 'De ketenpartners leveren elk kwartaal hun cijfers aan elkaar.', 'De wijkcoach en de corporatie bezoeken de bewoner. Samen wordt een plan gemaakt.', 'Iedereen krijgt de gelegenheid de nieuwe speeltuin mee in te richten.', 'Schulden pakken we samen aan!', 'Iedereen heeft de mogelijkheid om mee te doen in de wijk.', 'Zo zorgen we met elkaar voor een fijne buurt.', 'Samen maken we Kreekhaven.', 'Een levendige wijk maken we met elkaar.'],
  },
  families: ['diffuus'],
  fixable: true,
  gate(s, ctx) {
    if (specificActors(s).length > 0) return false;
    const low = flat(s).text;
    if (!ACTION.test(low) && !readLocal(s).clauses.some((c) => c.voice?.dynamic)) return false;
    // The act must be the collective's own, in a main clause: "Iedereen is gemotiveerd om … op te lossen" states how
    // everyone feels (the act is only the purpose of that state).
    if (!mainClauseActs(s)) return false;
    if (DECLARATIVE.test(low) || DISTRIBUTIVE.test(low) || JOINT_BY_NATURE.test(low) || OWN_PART.test(low) || RECIPROCAL.test(low)) return false;
    if (/\?\s*$/.test(s.raw)) return false;
    // An exclamation is a slogan or a call ("Schulden pakken we samen aan!"), no assigned action; so is the hortative
    // "Laten we …" ("Laten we er samen de schouders onder zetten"): an appeal, whatever its punctuation.
    if (/!\s*$/.test(s.raw)) return false;
    if (/^laten$/.test(s.tokens[firstWordIndex(s)]?.low ?? '') && /^(we|wij|ons)$/.test(s.tokens[firstWordIndex(s) + 1]?.low ?? '')) return false;
    return hasPhrase(ctx.family('diffuus'), s.raw) && !hasPhrase(ctx.family('samenwerken'), s.raw);
  },
  check(s, ctx, report) {
    // A concrete action the text commits to in its own voice, in a main clause that is not negated (a mutual
    // prohibition binds each party) and not a mere possibility.
    const u = ctx.unit(s);
    if (!u.commits || u.fn === 'intention') return;
    const main = u.main;
    // One author speaks (a nota, a programme, a coalition's own text): its "we" is that author, and "samen" or "met
    // elkaar" beside it is a way of working or a rallying line, not a task left without owner (judgement: a single
    // author's "we" is not diffuse ownership). Unless the text says outright that the responsibility is everyone's.
    // A collective named as the subject there ("Alle partijen zetten zich in voor …", "Iedereen doet mee …") is the
    // author describing others' effort, not a task it assigns (on the held-out sets such findings were mostly wrong).
    if (u.authorActs && ![ctx.prev(s), s, ctx.next(s)].some((x) => x !== undefined && SHARED_RESPONSIBILITY.test(x.low))) return;
    if (!main || main.finite < 0 || main.negated || main.modality === 'possibility' || main.mood === 'question') return;
    // A distributive after the verb divides the task per party ("De partners stellen ieder een eigen aanspreekpunt
    // aan", "… elk hun deel"): each owns its part.
    // ("elk kwartaal" is a time, not a distributive: the pronoun stands before an article or a possessive.)
    const tok = s.tokens;
    for (let k = main.finite + 1; k < Math.min(tok.length - 1, main.finite + 5); k++) {
      if (/^(ieder|elk)$/.test(tok[k].low) && /^(een|zijn|haar|hun|eigen|voor|afzonderlijk)$/.test(tok[k + 1].low)) return;
    }
    const f = flat(s);
    const low = f.text;
    // "Zo versterken we samen …": everything before the finite verb is the summing-up opener.
    const opener = (x: Sentence, upTo: number): string => wordsLow(x, 0, upTo);
    if (main.finite > 0 && vocab('summingUpOpener').test(opener(s, main.finite))) return;
    // "… En zorgen we met elkaar …": after "En" the verb comes first, so the opener of the sentence before carries on.
    const prev = ctx.prev(s);
    // The sentence before is read on its own (its local reading): its unit context lies outside this rule's scope.
    if (main.finite === 1 && s.tokens[0]?.low === 'en' && prev) {
      const pm = readLocal(prev).main;
      if (pm && pm.finite > 0 && vocab('summingUpOpener').test(opener(prev, pm.finite))) return;
    }
    // A collective that receives ("Iedereen moet de kans krijgen om …") is no doer.
    const mainWords = wordsLow(s, main.start, main.end);
    if (vocab('receivingPredicate').test(mainWords) && !/(?<![\p{L}])(samen|gezamenlijk|met elkaar)(?![\p{L}])/u.test(mainWords)) return;
    // Nor one that takes part, grows up or develops its talents ("Iedereen neemt volwaardig deel aan de samenleving"):
    // the people included, a state aimed at; unless the clause also gives it a task ("… en zorgt voor een verslag").
    const tags = tagsOf(s);
    const finites = s.tokens.slice(main.start, main.end).filter((_, k) => tags[main.start + k]?.verbForm === 'fin').length;
    if (finites === 1 && vocab('participationPredicate').test(mainWords) && !/(?<![\p{L}])(samen|gezamenlijk|met elkaar)(?![\p{L}])/u.test(mainWords)) return;
    const hits = matchPhrases(ctx.family('diffuus'), s.raw, s.start);
    if (hits.length === 0) return;
    // "Samen" put first, before "we", outside an agreement of several parties ("Samen maken we de stad", "Samen gaan we
    // de uitdaging aan"): a rallying line of the author who calls on everyone, not a task shared out among partners.
    const firstAt = firstWordIndex(s);
    const first = s.tokens[firstAt];
    if (first && /^(samen|gezamenlijk)$/.test(first.low) && main.subjectKind === 'we' && !u.parties) return;
    // So is the short line "De stad maken we met elkaar" / "Nederland maken we samen" of a single author: "maken" with
    // the place or community fronted as its object, no number, no time: a motto rather than a task.
    const words = s.tokens.filter((t) => t.kind === 'word').length;
    if (!u.parties && main.subjectKind === 'we' && /^(maken|maak)$/.test(s.tokens[main.finite]?.low ?? '') && main.finite > firstAt + 1 &&
      mottoObject(s, firstAt, main.finite) &&
      words <= 8 && s.quantities.length === 0 && s.times.length === 0) return;
    // "Samen zorgen deze partners …" after the partners are named: the demonstrative points back to doers that stand
    // in the sentence before (as "Samen wordt een plan gemaakt" after them).
    if (main.subjectKind === 'collective' && main.subject && /^(deze|die|beide|genoemde)$/.test(s.tokens[main.subject[0]]?.low ?? '') && u.actorNearby) return;
    const collective = COLLECTIVE_MARK.test(low);
    const doers = hits.filter((h) => {
      const w = h.text.toLowerCase().replace(/\s+/g, ' ');
      const ti = tokenAt(s, h.start);
      // A capital inside the sentence marks part of a name ("het programmaplan Samen en Gezond", "de beweging ‘Verder
      // Samen’"), not a doer.
      if (/^\p{Lu}/u.test(h.text) && firstAt < ti) return false;
      const inSubject = main.subject !== undefined && ti >= main.subject[0] && ti < main.subject[1] + 1;
      // In a relative clause that describes a noun ("de stappen die we samen moeten nemen"): not the sentence's act.
      if (inRelativeClause(s, u.clauses, ti)) return false;
      if (/^(samen|gezamenlijk|met elkaar|in gezamenlijkheid)$/.test(w)) {
        // An adverb of togetherness makes a doer diffuse only next to "we"/a collective subject, never as "combined"
        // ("gezamenlijk aangepakt, zodat …") or "samen met <partner>".
        if (/^\s+met\s/.test(low.slice(f.toFlat[h.end - s.start]))) return false;
        // After an article or a possessive the word is part of a noun phrase: "het samen leven" (living together),
        // "een gezamenlijk plan" (a joint plan); it names no doer of the sentence's act.
        if (/^(het|een|de|ons|onze|hun|dit|deze)$/.test(s.tokens[ti - 1]?.low ?? '')) return false;
        // An infinitive used as a noun ("projecten over … samen uitvoeren van taken"): "samen" + infinitive + "van".
        if (tagsOf(s)[ti + 1]?.pos === 'VERB' && /en$/.test(s.tokens[ti + 1]?.low ?? '') && s.tokens[ti + 2]?.low === 'van') return false;
        // The partner is named before it: "We delen de kaarten met de bewoners om samen een aanpak te bedenken".
        if (partnerBefore(s, ti)) return false;
        // Or after it in the same stretch: "In deze fase gaan we samen aan de slag met onze partners".
        if (partnerAfter(s, ti)) return false;
        // Inside a fronted infinitive clause ("Door samen de planning te maken verkorten we …", "Door actief samen te werken
        // met bedrijven laten we …"): the adverb belongs to that means or purpose, not to the act of the main clause.
        if (main.finite > ti && s.tokens.slice(ti, main.finite).some((t) => t.low === 'te')) return false;
        // Likewise inside an adjunct of means or purpose after the verb ("Vraagstukken pakken we aan door gezamenlijk
        // te werken", "… om samen een plan te maken"): the adverb says how that means is done.
        if (inInfinitivalAdjunct(s, ti)) return false;
        // In a list after a colon ("… doorlopen we vier stappen: inventariseren, gezamenlijk prioriteren en …"): the
        // adverb names how one listed step is done, not who does the act of the main clause.
        if (main.finite >= 0 && main.finite < ti && s.tokens.slice(main.finite, ti).some((t) => t.text === ':')) return false;
        if (main.subjectKind === 'we' || main.subjectKind === 'collective') return true;
        // "Er wordt gezamenlijk een plan opgesteld": nobody in particular. But "Sloop en nieuwbouw worden gezamenlijk
        // aangepakt" combines two things (gezamenlijk = combined).
        const subj = main.subject ? s.tokens.slice(main.subject[0], main.subject[1] + 2).map((t) => t.low) : [];
        // The doers named in the sentence before or after ("De wijkcoach en de corporatie bezoeken de bewoner.
        // Samen wordt een plan gemaakt.") are the ones together.
        return main.passive && !main.agent && !subj.includes('en') && !u.actorNearby;
      }
      if (!inSubject) return false;
      // Inside a prepositional phrase of the subject ("Uitgangspunt voor alle betrokken partijen is dat …"): the
      // collective is what the subject is for or about, not its head and not the doer.
      if (inPrepositionalPhrase(s, ti, main.subject![0])) return false;
      // "We" of a single author or an enacting authority is that author: only "we met elkaar/samen" is diffuse.
      if (w === 'we' || w === 'wij') return collective && (!u.authorActs || /(?<![\p{L}])(met elkaar|met z'n allen|met zijn allen|iedereen)(?![\p{L}])/u.test(low));
      // "Partijen" in an agreement is the signatories' own voice; diffuse only when every party does one thing together.
      if (/^(partijen|de partijen)$/.test(w)) return collective;
      return main.subjectKind === 'collective';
    });
    if (doers.length === 0) return;
    const h = doers[0];
    report({
      start: h.start, end: h.end,
      data: { text: h.text },
      fixes: [{
        title: { nl: 'Noem de trekker', en: 'Name the lead' },
        edits: [{ start: h.start, end: h.end, text: '[wie?]' }],
      }],
    });
  },
};

/**
 * An act word (or a dynamic passive) stands in a main clause itself: not only in a relative clause or in the
 * "om … te" clause of purpose that follows a state ("Iedereen is gemotiveerd om … op te lossen").
 */
function mainClauseActs(s: Sentence): boolean {
  return readLocal(s).clauses.some((c) => {
    if (c.subordinate) return false;
    if (c.voice?.dynamic) return true;
    let end = c.end;
    for (let k = c.start; k < c.end; k++) {
      if (s.tokens[k].low === 'om' && s.tokens.slice(k + 1, c.end).some((t) => t.low === 'te')) { end = k; break; }
    }
    return ACTION.test(wordsLow(s, c.start, end));
  });
}

/** A partner (a party or people) named with "met" within eight words after the token `ti`, with no stop between. */
function partnerAfter(s: Sentence, ti: number): boolean {
  const tags = tagsOf(s);
  for (let k = ti + 1; k < Math.min(s.tokens.length, ti + 9); k++) {
    if (/^[.;:,!?]$/.test(s.tokens[k].text)) return false;
    if (s.tokens[k].low !== 'met') continue;
    // The partner's noun may follow coordinated modifiers ("met publieke en private partners").
    for (let j = k + 1; j < Math.min(s.tokens.length, k + 6); j++) {
      const p = tags[j]?.pos;
      if (p === 'NOUN' || p === 'PROPN') return s.actors.some((a) => a.token === j) || isPeopleWord(tags[j].lemma) || /^(partners|partijen)$/.test(s.tokens[j].low);
      if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'PRON' && p !== 'CCONJ') break;
    }
  }
  return false;
}

/** A partner (a party or people) named with "met" before the token `ti` in the sentence ("… met de bewoners om samen …"). */
function partnerBefore(s: Sentence, ti: number): boolean {
  const tags = tagsOf(s);
  for (let k = 0; k < ti; k++) {
    if (s.tokens[k].low !== 'met') continue;
    for (let j = k + 1; j < Math.min(ti, k + 4); j++) {
      const p = tags[j]?.pos;
      if (p === 'NOUN' || p === 'PROPN') { if (s.actors.some((a) => a.token === j) || isPeopleWord(tags[j].lemma)) return true; break; }
      if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') break;
    }
  }
  return false;
}
