import type { SentenceRule } from './types';
import { flat, flatSpan } from '../recognize/flat';
import { hasPhrase, matchPhrases, vocab } from '../vocab';
import { specificActors, hasMeasure, firstWordIndex, inIndirectQuestion, inRelativeClause, plainPresentMain, plainPresentWithSubject, tokenAt } from './util';
import type { Sentence } from '../document';
import { doerIn } from '../read/context';
import { otherLaag, ownDoer, readLocal, tagsOf, type AuthorLevel } from '../read/unit';
import { clauseAt, isRelativeOpener, type Clause } from '../read/clause';
import { regieVocab } from '../regie';
import { isPeopleWord } from '../read/frames';
import { compoundHead } from '../read/lexicon';
import { firstMatch, phraseClass, wordClass } from '../vocab/classes';

/** How: an instrument, a place of work, a rhythm. */
const HOW = phraseClass('collaborationHow');
/** What: a concrete object of the collaboration. */
const WHAT = phraseClass('collaborationWhat');

/**
 * Spans of the sentence that name or label something: bold or italic text, a quoted name, and a short label before
 * a colon at the start of the sentence.
 */
function labelSpans(s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of s.raw.matchAll(/(\*\*|__)([^*_]{2,80})\1|[“"‘']([^“”"‘’']{2,60})[”"’']/g)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  const colon = /^\s*(?:[\d.)\-–*\s]*)([^:.;]{2,50}):\s/.exec(s.raw);
  if (colon && colon[1].trim().split(/\s+/).length <= 5) out.push([s.start, s.start + colon[0].length]);
  return out;
}

/** Separable collaboration verbs with words in between: "stemmen hun plannen op elkaar af", "werken nauw samen". */
const SEPARABLE = phraseClass('separableCollaboration');

/** The nouns of the partner phrase after "met" ("werkt samen met de planbureaus CPB en SCP" → planbureaus, cpb, scp). */
function partnerNouns(s: Sentence): Set<string> {
  const tok = s.tokens, tags = tagsOf(s), out = new Set<string>();
  for (let i = 0; i < tok.length; i++) {
    if (tok[i].low !== 'met') continue;
    for (let k = i + 1; k < Math.min(tok.length, i + 10); k++) {
      const p = tags[k]?.pos;
      if (tok[k].kind === 'punct' && tok[k].text !== ',') break;
      if (p === 'VERB' || p === 'AUX' || p === 'ADP') break;
      if ((p === 'NOUN' || p === 'PROPN' || /^\p{Lu}/u.test(tok[k].text)) && tok[k].low.length > 2) out.add(tok[k].low);
    }
  }
  return out;
}

/**
 * The partner named after "met" does a stated part in the next sentence: it is the door-agent ("… onderzoek dat
 * door de planbureaus wordt uitgevoerd") or the subject of a clause ("De planbureaus leveren de cijfers").
 */
function partnerActsNext(s: Sentence, next: Sentence): boolean {
  const partners = partnerNouns(s);
  if (partners.size === 0) return false;
  const tok = next.tokens;
  const { clauses } = readLocal(next);
  return tok.some((t, i) => {
    if (!partners.has(t.low)) return false;
    if (tok[i - 1]?.low === 'door' || (tok[i - 2]?.low === 'door' && /^(de|het|een)$/.test(tok[i - 1]?.low ?? ''))) return true;
    return clauses.some((c) => c.subject !== undefined && i >= c.subject[0] && i < c.subject[1]);
  });
}

/**
 * A proper name among the partners: a capitalised word (not the sentence's first) in the subject before the
 * collaboration verb or in the "met"-phrase ("Brakeldorp werkt samen met Lindewaard"). Names of places and bodies
 * the actor list does not know are still someone who can be held to it.
 */
function namedPartner(s: Sentence): boolean {
  const tok = s.tokens;
  const firstWord = firstWordIndex(s);
  const verb = tok.findIndex((t) => /^(werk|werkt|werken|stem|stemt|stemmen|trekt|trekken|slaat|slaan)$/.test(t.low));
  const isName = (k: number) => k !== firstWord && tok[k].kind === 'word' && /^\p{Lu}\p{Ll}{2,}/u.test(tok[k].text) && !/^(Samen|Samenwerking)/.test(tok[k].text);
  for (let k = 0; k < tok.length; k++) {
    if (!isName(k)) continue;
    if (verb >= 0 && Math.abs(k - verb) <= 2) return true;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (tok[j].low === 'met') return true;
  }
  return false;
}

/** The proper names and acronyms in the "aan"-phrase of the collaboration (token indices): the work's named object. */
function namedObject(s: Sentence): Set<number> {
  const tok = s.tokens, out = new Set<number>();
  for (let i = 0; i < tok.length; i++) {
    // "aan de renovatie van het Stadhuis"; "richting een nieuwe Regionale Woonagenda" (the product worked towards).
    if (tok[i].low !== 'aan' && tok[i].low !== 'richting') continue;
    for (let k = i + 1; k < Math.min(tok.length, i + 9); k++) {
      if (tok[k].kind === 'punct' && tok[k].text !== '-') break;
      // Inhabitants by their place ("Zaankanters", "Leidenaren", "Friezen") are people, not an object.
      if (tok[k].kind === 'word' && ((/^\p{Lu}\p{Ll}{2,}/u.test(tok[k].text) && !/(ers|aren|ezen)$/.test(tok[k].low)) || /^\p{Lu}{3,}/u.test(tok[k].text))) out.add(k);
    }
  }
  return out;
}

/**
 * How: a named body or programme as the frame of the work ("in de Omgevingsdienst Kreekhaven", "aan het programma Gezonde
 * School"), also without an article when the name has two capitalised words or is an acronym ("binnen Economic Board
 * Noord", "via MRDH", also after an inflected adjective: "binnen gezamenlijke Regionale Raad"); a lone capitalised word
 * after "in" is as often a place ("in Brakeldorp"). It reads capitals (a
 * proper name), which the lowercase vocabulary cannot see: structure, so it stays here.
 */
const NAMED_FRAME = /(?<![\p{L}])(?:[Ii]n|[Vv]ia|[Bb]innen|[Aa]an|[Bb]ij)\s+(?:(?:de|het|deze|dit)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}(?:\p{Ll}+|\p{Lu}+-\p{Ll}+)|(?:\p{Ll}+e\s+)?\p{Lu}[\p{L}-]+\s+\p{Lu}\p{Ll}+|\p{Lu}{2,}(?![\p{L}]))/u;

/** A collaboration with a name of its own: "Kreekdal is de samenwerking van de gemeenten …", "… is een samenwerkingsverband van …". */
const NAMED_COLLABORATION = /(?:^|[.;:]\s+|^\W*)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+is\s+(?:de|het|een)\s+(?:\p{Ll}+\s+)?(?:samenwerking|samenwerkingsverband|netwerk|gemeenschappelijke regeling)\b/u;

/** Collaboration words as the action itself (book ch. 2: "Dat is meer dan 'we gaan samenwerken'. Hoe dan?"). */
export const eigenaarSamenwerken: SentenceRule = {
  id: 'eigenaar/samenwerken',
  key: 'K2',
  defaultSeverity: 'info',
  scope: 'paragraph',
  inputs: ['unit', 'weOneParty', 'speaker'],
  overlap: 'specific',
  book: 'H2 "Sleutel 2: Samenwerken met een gerust hart" ("Dat is meer dan \'we gaan samenwerken\'")',
  title: { nl: 'Samenwerken als doel op zich', en: 'Collaboration as an end in itself' },
  message: {
    nl: '"{text}": samenwerken is geen handeling. Wie doet wat, waarmee en hoe?',
    en: '"{text}": collaborating is not an action. Who does what, with what and how?',
  },
  explanation: {
    nl: '"We gaan samenwerken", "afstemmen" of "de samenwerking versterken" klinkt als een afspraak, maar zegt niet wie wat doet. Het boek vraagt juist om dat "hoe dan?": welke partner levert welke bijdrage, in welk werkproces, met welk resultaat. Zonder die invulling blijft samenwerken een intentie waarop niemand kan worden aangesproken.',
    en: '"We will cooperate", "align" or "strengthen the cooperation" sounds like an agreement but does not say who does what. The book asks exactly that "how, then?": which partner contributes what, in which work process, with which result. Without it, cooperation stays an intention nobody can be held to.',
  },
  fix: {
    nl: 'Maak het concreet met wie, wat en hoe: "Wijkteam en huisartsen bespreken elke maand in één casusoverleg de gezinnen met meer dan drie hulpverleners."',
    en: 'Make it concrete with who, what and how: "The neighbourhood team and GPs discuss, in one monthly case meeting, the families with more than three care providers."',
  },
  examples: {
    bad: ['We gaan de samenwerking versterken.', 'Partijen stemmen hun activiteiten op elkaar af.'],
    good: ['We werken samen met de scholen in het wijkteam.', 'We willen nauw samenwerken met de boeren bij het beheer van de dijken.', 'Wijkteam en huisartsen stemmen elke maand in één casusoverleg de aanpak van gezinnen met schulden af.', 'De GGD en de scholen werken samen in één meldpunt dat binnen twee dagen reageert.', 'We stemmen de subsidieregels af op de nieuwe Omgevingswet.', '**Samen optrekken**: zo heet de werkwijze van de wijkteams in Brakeldorp.', 'De GGD werkt nauw samen met het Jeugdfonds Brakeldorp. Het beweegaanbod wordt door het Jeugdfonds Brakeldorp georganiseerd.', 'De GGD werkt nauw samen met de kenniscentra. Het aanbod wordt gebaseerd op onderzoek dat door de kenniscentra wordt uitgevoerd.', 'Voor de jeugdzorg werkt Kreekhaven samen met Oosterwaal in één gezamenlijke inkoop.', 'De gemeenten werken samen in de Omgevingsdienst Kreekhaven.', 'Gemeenten werken in toenemende mate samen.', 'Wij maken afspraken over de aanpassing van woningen. Daarbij werken wij samen vanuit onderling vertrouwen.', 'Hiermee verbetert de samenwerking en kiezen meer werknemers voor de fiets.', 'Om dit te bereiken werken wij samen aan:', 'We werken samen met andere provincies aan de nominatie tot UNESCO-werelderfgoed.', 'Het kenniscentrum Kreekhaven werkt nauw samen met de buurgemeenten.', 'Wij werken de nieuwe visie op de binnenstad samen met onze partners uit.', 'Binnen de regio werken de gemeenten nauw samen.', 'De gemeente en de woningcorporaties werken al jaren samen.'],
  },
  families: ['samenwerken', 'toverwoord'],
  fixable: true,
  gate: (s, ctx) => (hasPhrase(ctx.family('samenwerken'), s.raw) || SEPARABLE.test(flat(s).text)) && !/\?\s*$/.test(s.raw),
  check(s, ctx, report) {
    const hits = matchPhrases(ctx.family('samenwerken'), s.raw, s.start);
    if (hits.length === 0) {
      const f = flat(s);
      const m = firstMatch('separableCollaboration', f.text);
      if (m) hits.push(flatSpan(s, f, m.start, m.end - m.start));
    }
    if (hits.length === 0) return;
    if (/\?\s*$/.test(s.raw)) return;
    // Collaboration is done by parties: words of collaboration in a relative clause whose subject names no party
    // ("een omgeving waarin wonen, natuur en water elkaar versterken") describe how things relate, not who works with whom.
    if (hits.every((h) => thingsRelate(s, h.start))) return;
    // Likewise in a main clause whose subject names no party, no people and no "we" ("Innovatie en sociale vernieuwing
    // moeten elkaar versterken"): ideas or things that reinforce each other.
    // (Only verbs of how things relate: "Zorg en welzijn zoeken de verbinding met elkaar" names sectors that act.)
    if (hits.every((h) => /elkaar/i.test(h.text) && /versterk|aanvul|beïnvloed|overlap/i.test(h.text) && thingsAsSubject(s, h.start))) return;
    // In a relative clause that describes a noun ("de uitdagingen die we samen en in verbinding moeten aangaan"): the
    // clause says what the noun is, the sentence's act is its main clause.
    const local = readLocal(s);
    if (hits.every((h) => inRelativeClause(s, local.clauses, tokenAt(s, h.start)))) return;
    // In an indirect question ("Er worden afspraken gemaakt hoe de overheden gaan samenwerken en wie welke besluiten
    // neemt"): what is to be settled, asked, not the collaboration promised.
    if (hits.every((h) => inIndirectQuestion(s, h.start, local.clauses))) return;
    // Collaboration on a condition that opens the sentence ("Als het nodig is slaan we de handen ineen", "Indien dat
    // meerwaarde heeft, werken we samen met …"): collaboration where it serves, the opposite of an end in itself.
    if (local.clauses.some((c) => c.conditional && c.subordinate && c.start <= firstWordIndex(s) && hits.every((h) => tokenAt(s, h.start) >= c.end))) return;
    // What something entails for other parties ("Dat betekent dat zij de besluitvorming met elkaar moeten afstemmen"):
    // a "dat"-clause after "betekenen" whose subject is not the author explains what follows, it assigns nothing.
    if (hits.every((h) => entailedOfOthers(s, local.clauses, tokenAt(s, h.start)))) return;
    // A lead-in that ends in a colon ("Om dit te bereiken werken we samen aan:"): what is done follows it.
    if (/:\s*$/.test(s.raw)) return;
    // Only an action the text commits to in its own voice (not a description of effects, a heading, a definition).
    const u = ctx.unit(s);
    if (!u.commits || (u.main && u.main.modality === 'possibility')) return;
    // The collaboration is what an active clause is about ("Hiermee verbetert de samenwerking"): it describes how the
    // collaboration fares; nobody is asked to act.
    if (hits.every((h) => aboutCollaboration(s, h))) return;
    // A narrative text describes how other parties work together ("De regiogemeenten werken samen op …", "Het
    // kenniscentrum werkt nauw samen met …"): the plain present of a third party is a standing arrangement, not the
    // author's promise. The author's "we", its own body as subject, a plan ("gaan", "zullen") and an agreement stay.
    // So does a programme of one author (a begroting, an uitvoeringsprogramma): only parties that sign an agreement or an
    // authority that orders lay down what others do.
    // There the other party must be named as one ("De GGD werkt samen met …"); sectors or domains as the subject ("Zorg en
    // welzijn zoeken de verbinding met elkaar") state what the programme wants of them.
    if (!u.parties && !u.authority && hits.every((h) => othersCollaborate(s, u.clauses, h, u.level) && (u.narrative || partyAsSubject(s, u.clauses, h)))) return;
    // Several bodies as the subject ("de gemeenten", "De drie gemeenten", "Gemeente A en de corporaties", "Duitse en
    // Belgische overheden") in the plain present: the standing arrangement of a set of parties, which the author is
    // at most one of, is described (where one author writes, its own promise is "we"/"wij"). Only where no parties
    // sign the text: in an agreement those bodies are its own parties.
    if (!u.parties && !u.authority && hits.every((h) => jointArrangement(s, u.clauses, h))) return;
    const low0 = flat(s).text;
    // "afstemmen met het beleid …", "met de plannen van …": aligning with a policy or plan (a kind of policy text), not
    // working with a party.
    if (hits.every((h) => /^(?:afstem|af$|stem)/i.test(h.text.trim())) && alignsWithText(s)) return;
    // Collaboration as the manner of another act whose object is a named programme or product ("In verbinding met onze
    // partners voeren we het Regionaal Samenwerkingsprogramma Luchtkwaliteit uit"): the act and its object are named.
    if (hits.every((h) => MANNER.test(h.text.trim())) && NAMED_PRODUCT.test(s.raw)) return;
    // Word senses: "afstemmen op" = align with; "samen … uitwerken" = jointly work out a named product.
    if (/(?<![\p{L}])(afstemmen|afgestemd|stem\p{L}*\s+(?:\S+\s+){0,6}af)\s+op(?![\p{L}])/u.test(low0) || /(?<![\p{L}])afstemmen\s+op|af\s+op\s/u.test(low0)) return;
    // The op-complement as a pronominal adverb before the verb ("dat we ons beleid daarop afstemmen"): align too.
    if (hits.every((h) => /^(?:af|stem)/i.test(h.text)) && /(?<![\p{L}])(?:daar|hier|er|waar)op\s+(?:\S+\s+){0,3}(?:afstemmen|afgestemd|af\s+te\s+stemmen|afstemt|af)(?![\p{L}])/u.test(low0)) return;
    // The particle may stand far from the verb ("werken de visie op de binnenstad samen met de partners uit"); it closes
    // the clause, where "uit" as a preposition ("bewoners uit de wijk", "uit Kreekhaven") has its complement after it.
    if (/(?<![\p{L}])werk\p{L}*\s+(?:\S+\s+){0,8}samen\s+(?:\S+\s+){1,12}uit(?![\p{L}])(?!\s+(?:de|het|een|ons|onze|hun|zijn|haar|dit|deze|die|dat|alle|andere|heel|elke|iedere|\d)(?![\p{L}]))/u.test(s.raw.toLowerCase()) && !/(?<![\p{L}])uit\s+\p{Lu}/u.test(s.raw)) return;
    // "In verbinding staan/zijn/blijven met …": being in contact, not working together.
    // (The complement may stand between: "in verbinding met hun eigen club kunnen blijven".)
    if (hits.every((h) => /^in verbinding$/i.test(h.text.trim())) && /(?<![\p{L}])in\s+verbinding\s+(?:met\s+(?:\S+\s+){1,4}?)?(?:(?:kunnen|kan|moeten|moet|willen|wil|blijven|blijft)\s+)?(?:te\s+)?(?:staan|staat|stond|zijn|is|blijven|blijft|komen|komt)(?![\p{L}])|(?:staan|staat|zijn|blijven|blijft)\s+(?:\S+\s+){0,3}in\s+verbinding/u.test(low0)) return;
    // A trend described ("Gemeenten werken in toenemende mate samen", "steeds vaker") is no agreement.
    if (vocab('trendMarkers').test(s)) return;
    // Another party that works together often ("De werkgroepen werken veel met elkaar samen"): a habit described; the
    // author's own "we werken veel samen met …" stays.
    if (vocab('habitFrequency').test(s) && hits.every((h) => othersCollaborate(s, u.clauses, h, u.level))) return;
    // A name in the object of the work ("aan de renovatie van het Stadhuis", "richting een nieuwe Regionale
    // Woonagenda") is what is worked on, not a partner.
    const objectNames = namedObject(s);
    // A single author's "we" names the doer (judgement: one party writes, "we" is that party): the questions left
    // are with what and how it works with the others.
    const authorWe = ctx.facts.weOneParty && u.clauses.some((c) => c.subjectKind === 'we' && hits.some((h) => { const k = tokenAt(s, h.start); return k >= c.start && k < c.end; }));
    // A sentence that points back to the parties of the one before ("Deze gemeenten werken samen op …", "Zij …")
    // continues it: who they are and the frame they work in may stand there ("X is de samenwerking van de gemeenten A,
    // B en C.").
    const prev = ctx.prev(s);
    const back = prev && /^(deze|die|zij|ze|beide|alle\s+drie)$/.test(s.tokens[firstWordIndex(s)]?.low ?? '') ? prev : undefined;
    const who = specificActors(s).some((a) => !objectNames.has(a.token)) || namedPartner(s) || authorWe || (!!back && specificActors(back).some((a) => a.kind === 'named')) ||
      (!!prev && prev.block === s.block && definiteBackReference(s, prev));
    // "Hoe dan?" may be answered in the next sentence of the same paragraph.
    const next = ctx.next(s);
    // The sentence points back to the one before it in its paragraph ("Hier werken we als regio samen met …" after
    // the strategy is named, "De gemeente werkt hierin samen met …"), or names only its partners ("We werken samen met
    // woningcorporatie Leystromen." after the action is named): what and how may stand in that sentence before.
    const pointsBack = /^(hier|daar)$/.test(s.tokens[firstWordIndex(s)]?.low ?? '') || s.tokens.some((t) => /^(hierin|daarin|hieraan|daaraan)$/.test(t.low));
    const onlyPartners = /(?<![\p{L}])met\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+\s*[.;!]?\s*$/u.test(s.raw) && !/(?<![\p{L}])(?:aan|op|in|voor|bij)\s/u.test(s.raw.slice(s.raw.search(/samen|afstem/i)));
    const before = prev && prev.block === s.block && (pointsBack || onlyPartners) ? [prev] : [];
    const scope = [...before, s, ...(next ? [next] : [])];
    // A sentence that opens with a link back ("Daarbij werken wij samen …", "Hierin …") continues the previous
    // one, which names the act and its object ("afspraken over de aanpassing van woningen").
    const firstWord = s.tokens[firstWordIndex(s)];
    // The collaboration is then the manner of that act, whose doer and object stand before it.
    if (prev && firstWord && vocab('anaphoricLink').isWord(firstWord.low) && actsBefore(prev) && concreteAct(prev) && !hasPhrase(ctx.family('samenwerken'), prev.raw)) return;
    // A named object of the work ("werken samen aan de nominatie tot UNESCO-werelderfgoed", "aan de renovatie van
    // het Stadhuis") is a concrete what, as a proper name among the partners is a who.
    // A "what" made of buzzwords ("zorgen voor een integrale, toekomstbestendige aanpak in gezamenlijkheid") names
    // nothing concrete: a cluster of them in the sentence voids the object found beside it.
    const fog = matchPhrases(ctx.family('toverwoord'), s.raw, 0).length >= 2;
    const what = objectNames.size > 0 || namedPurpose(s, hits[0].end) || (!fog && taskObject(s, hits[0].end)) || (!fog && jointActAfter(s, hits[0].end)) || (!fog && scope.some((x) => { const l = flat(x).text; return WHAT.test(l) || hasMeasure(x) || regieVocab('strongTask').test(l) || (regieVocab('concreteObject').test(l) && /(?<![\p{L}])(plan|aanpak|dossier|protocol|loket|convenant|producten|rapport)/u.test(l)) ||
      // A named agreement, strategy or instrument of the work ("de implementatie van het lokaal sportakkoord", "De
      // Energieklusser is één van de acties"): the product the partners work on.
      /(?<![\p{L}])(?:het|de|een)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:akkoord|overeenkomst|strategie|actieplan|uitvoeringsplan)(?![\p{L}])/u.test(l) ||
      (x !== s && /^\W*(?:[Dd]e|[Hh]et)\s+\p{Lu}[\p{L}-]+\s+is\s+(?:een|één)\s/u.test(x.raw)); }));
    const how = scope.some((x) => HOW.test(flat(x).text) || x.times.some((t) => t.kind === 'recurrence')) || NAMED_FRAME.test(s.raw) ||
      (!!back && NAMED_COLLABORATION.test(back.raw));
    // The next sentence divides the work: a named partner does a stated part ("… dat door de planbureaus wordt
    // uitgevoerd", "De GGD doet de intake").
    const divided = scope.length > 1 && (doerIn(scope[1]) || partnerActsNext(s, scope[1])) && !hasPhrase(ctx.family('samenwerken'), scope[1].raw);
    if (who && divided) return;
    if (Number(who) + Number(what) + Number(how) >= 2) return;
    // A name or label ("**Samen optrekken**: zo heet de werkwijze …", "Ketenaanpak: de werkwijze"): not an action.
    const labels = labelSpans(s);
    const h = hits.find((x) => !labels.some(([a, b]) => x.start >= a && x.end <= b));
    if (!h) return;
    report({
      start: h.start, end: h.end,
      data: { text: h.text },
      fixes: [{
        title: { nl: 'Vul wie, wat en hoe in', en: 'Fill in who, what and how' },
        edits: [{ start: h.end, end: h.end, text: ' ([wie?] doet [wat?] via [hoe?])' }],
      }],
    });
  },
};


/**
 * The hit stands in a relative clause whose words before it name no party and no "we" (see the check): the nearest
 * relative word before the hit, with no stop in between (the clause reader may cut such a clause at a comma of a list).
 */
function thingsRelate(s: Sentence, at: number): boolean {
  const t = s.tokens;
  const ti = tokenAt(s, at);
  let rel = -1;
  for (let k = ti - 1; k >= 0; k--) {
    if (/^[.;:]$/.test(t[k].text)) break;
    if (isRelativeOpener(t[k].low)) { rel = k; break; }
  }
  if (rel < 0 || ti - rel < 2) return false;
  if (s.actors.some((x) => x.token > rel && x.token < ti)) return false;
  return !t.slice(rel + 1, ti).some((x) => /^(we|wij|ons|onze|ik)$/.test(x.low) || vocab('government').isWord(x.low));
}

/** The subject of the hit's clause names a party (an organisation, a name or a role). */
function partyAsSubject(s: Sentence, clauses: readonly Clause[], h: { start: number }): boolean {
  const c = clauseAt(clauses, tokenAt(s, h.start));
  if (!c?.subject) return false;
  const [a, b] = c.subject;
  return s.actors.some((x) => x.token >= a && x.token < b && x.kind !== 'collective' && x.kind !== 'we');
}

/** The clause of the hit has a subject that names no party, no people, no "we" and no government body. */
function thingsAsSubject(s: Sentence, at: number): boolean {
  const c = clauseAt(readLocal(s).clauses, tokenAt(s, at));
  if (!c || !c.subject || c.subjectKind !== 'np') return false;
  const [a, b] = c.subject;
  if (s.actors.some((x) => x.token >= a && x.token < b)) return false;
  const tags = tagsOf(s);
  return !s.tokens.slice(a, b).some((x, k) => /^(we|wij|ons|onze|ik)$/.test(x.low) || vocab('government').isWord(x.low) || tags[a + k]?.pos === 'PROPN' ||
    (tags[a + k]?.pos === 'NOUN' && isPeopleWord(tags[a + k].lemma)));
}

/**
 * The collaboration noun of the hit is the subject of an active present clause without a modal ("Hiermee verbetert de
 * samenwerking"): the collaboration is the clause's topic.
 */
function aboutCollaboration(s: Sentence, h: { start: number; end: number }): boolean {
  const tags = tagsOf(s);
  // The collaboration noun of the hit ("verbetert de samenwerking"), not a party in it ("werken twaalf gemeenten samen").
  const nouns = s.tokens.flatMap((x, k) => (x.start >= h.start && x.end <= h.end && tags[k]?.pos === 'NOUN' && vocab('collaborationNoun').isWord(x.low) ? [k] : []));
  if (nouns.length === 0) return false;
  return readLocal(s).clauses.some((c) => c.subject !== undefined && nouns.every((k) => k >= c.subject![0] && k < c.subject![1]) &&
    !c.passive && c.tense === 'present' && c.modality === 'none' && !c.subordinate);
}

/** The act names a concrete task or object ("maken afspraken over …"), not an activity ("werken aan …"). */
function concreteAct(prev: Sentence): boolean {
  const l = flat(prev).text;
  // Carrying out a named law ("de uitvoering van de Jeugdwet en de Wmo") is a statutory task with its own content.
  return regieVocab('strongTask').test(l) || regieVocab('concreteObject').test(l) || NAMED_LAW.test(l);
}
const NAMED_LAW = /(?<![\p{L}])(?:\p{L}{3,}wet|wmo|awb)(?![\p{L}])/u;

/**
 * The sentence before a linked one ("Daarbij …") is an act the parties commit to: a main clause in the present
 * or future with a finite verb and a subject of the parties ("Wij maken afspraken over …"), not a possibility, a
 * question or a report of the past. Read from the sentence alone (the rule may not ask the unit of another sentence).
 */
function actsBefore(prev: Sentence): boolean {
  if (/\?\s*$/.test(prev.raw)) return false;
  return readLocal(prev).clauses.some((c) => !c.subordinate && c.finite >= 0 && /^(we|collective|distributive|np)$/.test(c.subjectKind) &&
    c.modality !== 'possibility' && c.tense !== 'past' && c.tense !== 'perfect');
}

/** The clause that holds the hit when it is a plain-present main clause with a noun phrase as subject (`plainPresentMain`). */
function plainPresentClause(s: Sentence, clauses: readonly Clause[], h: { start: number }): (Clause & { subject: [number, number] }) | undefined {
  const c = clauseAt(clauses, tokenAt(s, h.start));
  return plainPresentMain(c) ? c : undefined;
}

/**
 * The clause that holds the collaboration words is a main clause in the plain present, with no modal, whose subject is
 * a third party: a noun phrase or "ze"/"zij" that is not the author (`ownDoer`).
 */
function othersCollaborate(s: Sentence, clauses: readonly Clause[], h: { start: number }, level?: AuthorLevel): boolean {
  const c = plainPresentClause(s, clauses, h);
  if (!c) return false;
  // A body of another bestuurslaag than the author's is another party ("De provincie werkt samen met de waterschappen"
  // in a municipal nota).
  return !ownDoer(s, c) || otherLaag(s, c, level);
}

/**
 * The clause of the hit is a main clause in the plain present (no modal, not passive) whose subject names several
 * bodies: a plural noun of government ("de gemeenten", "overheden", "de drie waterschappen") or a coordination with a
 * body or a name on its first side ("Gemeente Rotterdam en de woningcorporaties"). "Partijen" are the text's own parties
 * and "we" the author: neither counts.
 */
function jointArrangement(s: Sentence, clauses: readonly Clause[], h: { start: number }): boolean {
  // A set of parties pointed back to as the subject ("De betrokken instanties", "Deze partners", "De genoemde
  // ketenpartners", the reader's collective subject): the parties named before, their standing arrangement described.
  const here = clauseAt(clauses, tokenAt(s, h.start));
  if (plainPresentWithSubject(here) && here.subjectKind === 'collective') {
    const [a, b] = here.subject;
    return s.tokens.slice(a, b).some((t, k) => vocab('collectiveHeads').isWord(t.low) && t.low !== 'partijen' &&
      /^(betrokken|genoemde|bovengenoemde|voornoemde|deze)$/.test(s.tokens[a + k - 1]?.low ?? ''));
  }
  const c = plainPresentClause(s, clauses, h);
  if (!c) return false;
  const [a, b] = c.subject;
  const tok = s.tokens, tags = tagsOf(s);
  if (tok.slice(a, b).some((t) => /^(partijen|we|wij|ons|onze)$/.test(t.low))) return false;
  const pluralBody = tok.slice(a, b).some((t, k) => tags[a + k]?.pos === 'NOUN' && tags[a + k]?.number === 'plur' && vocab('government').isWord(t.low));
  const en = tok.findIndex((t, k) => k >= a && k < b && t.low === 'en');
  const coordinated = en > a && tok.slice(a, en).some((t, k) => vocab('government').isWord(t.low) || (a + k !== firstWordIndex(s) && tags[a + k]?.pos === 'PROPN'));
  return pluralBody || coordinated;
}

/** The token stands in a "dat"-clause after a form of "betekenen" whose subject is another party than the author. */
function entailedOfOthers(s: Sentence, clauses: readonly Clause[], ti: number): boolean {
  const c = clauseAt(clauses, ti);
  if (!c || !c.subordinate || s.tokens[c.start]?.low !== 'dat' || !c.subject || ownDoer(s, c) || /^(we|wij|ik|ons|onze)$/.test(s.tokens[c.subject[0]]?.low ?? '')) return false;
  return /^(betekent|betekenen|betekende|betekenden|houdt|impliceert)$/.test(s.tokens[c.start - 1]?.low ?? '') ||
    (s.tokens[c.start - 1]?.low === 'in' && /^(houdt|houden)$/.test(s.tokens[c.start - 2]?.low ?? ''));
}

/** Kinds of policy text ("beleid", "plan", "visie", "kader"; also as a compound's head). */
const POLICY_TEXT = wordClass('instrumentKind');

/** "afstemmen met (het|de|ons|onze) <policy text>": align with a policy or plan. */
function alignsWithText(s: Sentence): boolean {
  const tok = s.tokens;
  for (let i = 0; i + 2 < tok.length; i++) {
    if (tok[i].low !== 'met' || !/^(het|de|ons|onze|dit|deze|hun)$/.test(tok[i + 1].low)) continue;
    const k = /^(nieuwe|huidige|eigen|bestaande|gemeentelijke|provinciale|landelijke|regionale)$/.test(tok[i + 2].low) ? i + 3 : i + 2;
    if (tok[k] && POLICY_TEXT.test(tok[k].low)) return true;
  }
  return false;
}

/** Collaboration words that are an adjunct of manner ("in verbinding met", "in samenwerking met", "samen met"). */
const MANNER = /^(?:in\s+verbinding(?:\s+met)?|in\s+samenwerking(?:\s+met)?|samen(?:\s+met)?)$/i;
/** A named programme or product as an object: an article and two or more capitalised words ("het Regionaal Samenwerkingsprogramma Luchtkwaliteit"). */
const NAMED_PRODUCT = /(?<![\p{L}])(?:het|de)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)+/u;

/**
 * A clause of purpose after the collaboration names its concrete object by name ("werken samen met de provincie om de
 * nieuwe gemeente Vijfheerenlanden een start te geven"): what the collaboration is for.
 */
function namedPurpose(s: Sentence, after: number): boolean {
  const tok = s.tokens;
  const om = tok.findIndex((t) => t.start >= after && t.low === 'om');
  if (om < 0) return false;
  let te = -1;
  for (let k = om + 1; k < tok.length && k < om + 16; k++) { if (/^[.;:]$/.test(tok[k].text)) break; if (tok[k].low === 'te') { te = k; break; } }
  return te > om && tok.slice(om + 1, te).some((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}{2,}/u.test(t.text));
}

/**
 * The collaboration works on a task with its object, after a preposition ("samenwerken bij het beheer van de dijken",
 * "in het experimenteren met peilbeheer", "aan de herinrichting van het plein"): an act named by a task noun (vocab
 * `taskNouns`) or a nominalised verb ("het experimenteren"), and what it is done to after "van" or "met". A goal in
 * adjectives ("aan een veilige leefomgeving", "aan een inclusieve samenleving") is no task.
 */
function taskObject(s: Sentence, after: number): boolean {
  const tok = s.tokens;
  const tags = tagsOf(s);
  for (let k = tok.findIndex((t) => t.start >= after); k >= 0 && k < tok.length - 3; k++) {
    if (/^[.;:]$/.test(tok[k].text)) break;
    if (!/^(aan|bij|in|op|rond)$/.test(tok[k].low) || !/^(het|de)$/.test(tok[k + 1].low)) continue;
    const n = tok[k + 2];
    const task = vocab('taskNouns').isWord(compoundHead(tags[k + 2]?.lemma ?? n.low).head) || (tok[k + 1].low === 'het' && /\p{L}{4,}en$/u.test(n.low) && (tags[k + 2]?.pos === 'VERB' || tags[k + 2]?.pos === 'NOUN'));
    if (task && /^(van|met)$/.test(tok[k + 3]?.low ?? '') && tags.slice(k + 4, k + 8).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
  }
  return false;
}

/**
 * The sentence opens with a definite noun that takes up a party of the sentence before by the head of its name ("Het
 * Signalen beheerteam bestaat uit … Het team zal …", "Stichting Welzijn Lindewaard … De stichting …"): anaphora, the
 * party is named there.
 */
function definiteBackReference(s: Sentence, prev: Sentence): boolean {
  const f = firstWordIndex(s);
  const det = s.tokens[f], noun = s.tokens[f + 1];
  if (!det || !noun || !/^(de|het)$/.test(det.low) || noun.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || noun.low.length < 4) return false;
  return prev.actors.some((a) => a.kind !== 'we' && a.kind !== 'collective' && a.text.toLowerCase().split(/[\s-]+/).some((w) => w === noun.low || (w.length > noun.low.length + 2 && w.endsWith(noun.low))));
}

/**
 * A coordinated act with the same partners after the collaboration ("We versterken de samenwerking met de
 * marketingorganisaties en initiëren met hen doelgerichte activiteiten"): "en", a verb, "met hen/hun/elkaar" or
 * "samen"/"gezamenlijk", then a noun it acts on — the joint work is named.
 */
function jointActAfter(s: Sentence, after: number): boolean {
  const tok = s.tokens;
  const tags = tagsOf(s);
  const from = tok.findIndex((t) => t.start >= after);
  for (let k = from; k >= 0 && k < tok.length - 3; k++) {
    if (/^[.;:]$/.test(tok[k].text)) break;
    if (tok[k].low !== 'en' || tags[k + 1]?.pos !== 'VERB') continue;
    const w = tok[k + 2]?.low, x = tok[k + 3]?.low;
    const joint = (w === 'met' && /^(hen|hun|elkaar|die|deze)$/.test(x ?? '')) || w === 'samen' || w === 'gezamenlijk';
    const at = w === 'met' ? k + 4 : k + 3;
    if (joint && tags.slice(at, at + 4).some((t) => t.pos === 'NOUN')) return true;
  }
  return false;
}
