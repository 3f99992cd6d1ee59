/**
 * Clause records: who does what, with tense, modality, negation and mood (guide real-documents §4.1).
 *
 * Dutch clause structure is read by topological fields, not by a full parse: a clause starts at the sentence
 * start, after clause punctuation, at a subordinator or relative pronoun, or at a coordinator that is followed by
 * a finite verb. In a main clause the finite verb stands second (after one constituent: the *voorveld*) or first
 * (questions, imperatives, inverted conditions); in a subordinate clause the verbs stand at the end. The subject is
 * the voorveld when the finite verb follows it, otherwise the first noun phrase after the finite verb (inversion).
 *
 * Word classes come from the lexical layer (`read/lexicon.ts`) where it is sure, and from closed classes here:
 * auxiliaries, modals, subordinators and pronouns are closed, so the clause skeleton does not depend on a guess.
 */
import type { Token } from '../text/tokens';
import { lexicon, tagWords, type Tag } from './lexicon';
import { isActorWord } from '../recognize/actors';
import { vocab } from '../vocab';
import { isWholePhrase } from '../vocab/classes';

export type Tense = 'present' | 'past' | 'future' | 'perfect' | 'none';
/** possibility: kan/mag/zou (an option, not a commitment); obligation: moet/dient/is verplicht; volition: wil/willen. */
export type Modality = 'none' | 'possibility' | 'obligation' | 'volition' | 'future';
export type Mood = 'declarative' | 'question' | 'imperative';
export type SubjectKind = 'we' | 'you' | 'i' | 'collective' | 'distributive' | 'impersonal' | 'document' | 'np' | 'none';

export interface Clause {
  /** Token index range [start, end) in the sentence. */
  start: number;
  end: number;
  /** Introduced by a subordinator or relative pronoun: it describes or conditions, it does not commit on its own. */
  subordinate: boolean;
  /** Introduced by als/indien/wanneer/mits/tenzij/zodra/voor zover …: a condition. */
  conditional: boolean;
  /** Token index of the finite verb, or -1. */
  finite: number;
  tense: Tense;
  modality: Modality;
  negated: boolean;
  mood: Mood;
  /** Token indices [start, end) of the subject phrase, or undefined. */
  subject?: [number, number];
  subjectKind: SubjectKind;
  /** A form of worden (or zijn + participle) with a participle: the passive (`voice` is set). */
  passive: boolean;
  /** The passive's door-agent is present. */
  agent: boolean;
  /** The passive voice of the clause, when it has one: the one reading of the passive. */
  voice?: Voice;
}

/**
 * The passive of a clause (guide dutch-text §6): an auxiliary — a form of *worden* (dynamic: "wordt opgepakt",
 * "zal … worden opgepakt") or of *zijn* (state: "is gesloten") — with a past participle of the same verb cluster,
 * at any distance and in any order (main clause, inversion, verb-final subclause). Token indices are relative to
 * the sentence, so the record travels with the sentence through the cache.
 */
export interface Voice {
  /** Token index of the auxiliary (the worden or zijn form). */
  aux: number;
  /** Token index of the participle. */
  participle: number;
  /** worden (an act that happens) rather than zijn (a state reached). */
  dynamic: boolean;
  /** Token range [start, end) of the door-agent ("door de wethouder"), when the clause names one. */
  agent?: [number, number];
  /** Impersonal "er wordt …". */
  impersonal: boolean;
}

/**
 * The closed classes of the clause skeleton (grammar, not vocabulary: see src/core/vocab/clause.ts); the open word
 * classes the reader consults (zijn-perfect verbs, adjectival participles, collective and document heads, policy
 * verb forms, adverbial openers, agent and abstract endings) are vocabulary concepts read through `vocab(id)`.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/));

export const SUBORDINATORS = set('dat omdat doordat wanneer als zodat waardoor terwijl nadat voordat zodra indien mits tenzij hoewel ofschoon ' +
  'opdat alsof totdat tot sinds zolang naarmate waarbij waarin waarmee waarop waaraan waarvan waarvoor waardoor waarna waarover waaruit ' +
  'waartoe waarnaar waaronder');
const RELATIVES = set('die wie welke wat hetgeen');
const CONDITIONALS = set('als indien wanneer mits tenzij zodra ingeval');
const COORDINATORS = set('en maar of want dus noch doch');

const WORDEN = set('word wordt worden werd werden');
const ZIJN = set('is zijn ben bent was waren');
const HEBBEN = set('heb hebt heeft hebben had hadden');
const ZULLEN = set('zal zult zullen zou zouden');
const POSSIBILITY = set('kan kun kunt kunnen kon konden mag mogen mocht mochten');
const OBLIGATION = set('moet moeten moest moesten dient dienen diende dienden');
const VOLITION = set('wil wilt willen wilde wilden');
const GAAN = set('ga gaat gaan');
const PAST_FINITE = set('was waren werd werden had hadden kon konden mocht mochten moest moesten wilde wilden zou zouden diende dienden ' +
  'ging gingen kwam kwamen bleek bleken stond stonden lag lagen bleef bleven deed deden zag zagen nam namen gaf gaven');
const FINITE_AUX = new Set([...WORDEN, ...ZIJN, ...HEBBEN, ...ZULLEN, ...POSSIBILITY, ...OBLIGATION, ...VOLITION, ...GAAN,
  'blijkt', 'blijken', 'blijft', 'blijven', 'komt', 'komen', 'staat', 'staan', 'ligt', 'liggen', 'doet', 'doen', 'laat', 'laten']);
const NEGATIONS = set('niet geen nooit niets niemand nergens noch');
const QUESTION_WORDS = set('wie wat waar wanneer hoe waarom welke welk hoeveel waarmee waarvoor waardoor');
/** Question words that open an embedded question inside a clause (no relative reading: "wat" and "waar" have one). */
const EMBEDDED_QUESTION = set('hoe wie welke welk waarom hoeveel');

/**
 * Token i is a plural form right before "we"/"wij", which the tagger may not have read as a finite verb ("In principe
 * breiden we …", "Indien mogelijk vergroenen we …"): a word on "-en" that is no article, preposition, pronoun,
 * conjunction, number or name, and does not follow an article.
 */
function pluralBeforeWe(tokens: readonly Token[], tags: readonly (Tag | undefined)[], i: number): boolean {
  return tokens[i]?.kind === 'word' && /^(we|wij)$/.test(tokens[i + 1]?.low ?? '') && /\p{L}en$/u.test(tokens[i].low) &&
    !/^(DET|ADP|PRON|CCONJ|SCONJ|NUM|PROPN)$/.test(tags[i]?.pos ?? '') && !/^(de|het|een)$/.test(tokens[i - 1]?.low ?? '');
}

/** After the clause that ends at token `end`: a comma and at once a finite verb (the main clause's verb second). */
function freeRelative(tokens: readonly Token[], tags: readonly (Tag | undefined)[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const t = tags[end + 1];
  return tokens[end + 1]?.kind === 'word' && !!t && (t.pos === 'VERB' || t.pos === 'AUX') && t.verbForm === 'fin';
}
const PRONOUN_SUBJECTS: Record<string, SubjectKind> = {
  we: 'we', wij: 'we', u: 'you', jij: 'you', je: 'you', ik: 'i', men: 'collective', iedereen: 'collective', allen: 'collective',
  het: 'np', dit: 'np', dat: 'np', deze: 'np', die: 'np', zij: 'np', ze: 'np', hij: 'np', zij_: 'np',
};
const DISTRIBUTIVE_DETS = set('elke iedere ieder elk beide');
/** The form of a participle (used for words the lexicon does not know). */
const PARTICIPLE = /^(?:(?:aan|af|bij|binnen|door|in|mee|na|neer|om|op|over|samen|tegen|terug|toe|uit|vast|voor|weg|vrij|tot|voort|achter|dicht|open|vol)?ge\p{L}{2,}(?:d|t|en)|(?:(?:aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg)?(?:be|ver|ont|her|er))\p{L}{2,}(?:d|t|en))$/u;
/**
 * A present participle is the infinitive + d ("bestaand", "lopend", "aanvullend"); a past participle in -end comes
 * from a stem in -en ("geopend", "heropend", "ondertekend"): the word without its d is no infinitive.
 */
function presentParticiple(low: string): boolean {
  if (!low.endsWith('end')) return false;
  const inf = low.slice(0, -1);
  const lex = lexicon();
  const verb = (w: string): boolean => {
    const { cands, unknown } = lex.candidates(w, false);
    return !unknown && cands.some((c) => { const k = lex.classes[c.cls]; return (k.pos === 'VERB' || k.pos === 'AUX') && k.verbForm === 'inf'; });
  };
  if (verb(inf)) return true;
  // A particle verb the lexicon knows without its particle ("aan|vullend", "door|lopend").
  const m = /^(aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|samen|terug)(.{4,})$/.exec(inf);
  return !!m && verb(m[2]);
}

const wordParticiple = new Map<string, boolean>();

/**
 * The one participle test, for a word on its own: the lexicon's reading where it knows the word (a verb form
 * "part": "opgepakt", "vastgesteld", "gesloten"; "gebied" is a noun, "bekend" an adjective), the form where it
 * does not ("ge…d/t/en", "be/ver/ont…d/t", with a separable particle in front).
 */
/** Words that open a relative clause ("die", "waarbij", "waarin" …); a complementizer "dat" is not one of them. */
const RELATIVE_OPENER = /^(die|waarbij|waarin|waarmee|waardoor|waarop|waarvoor|welke|wiens|wier)$/;
export function isRelativeOpener(low: string): boolean {
  return RELATIVE_OPENER.test(low);
}

export function isParticipleWord(low: string): boolean {
  const v = wordParticiple.get(low);
  return v !== undefined ? v : participleWord(low);
}

/** `isParticipleWord`'s miss path, apart (its closure would give every call, hits too, a context object). */
function participleWord(low: string): boolean {
  let v: boolean;
  if (low.length < 5) v = false;
  else {
    // A known word is a participle when the lexicon has a participle reading for it ("geregeld", "bepaald" are
    // adjectives too); an unknown word by its form.
    const lex = lexicon();
    const { cands, unknown } = lex.candidates(low, false);
    v = unknown ? PARTICIPLE.test(low) && !presentParticiple(low)
      : cands.some((c) => { const k = lex.classes[c.cls]; return (k.pos === 'VERB' || k.pos === 'AUX') && k.verbForm === 'part'; });
  }
  if (wordParticiple.size > 20000) wordParticiple.clear();
  wordParticiple.set(low, v);
  return v;
}

/** The participle test in context: the tagger's reading of the sentence first, then the word on its own. */
export function isParticipleAt(tokens: readonly Token[], tags: readonly Tag[], i: number): boolean {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return false;
  const t = tags[i];
  if (t && t.verbForm === 'part' && !t.unknown) return true;
  // A word the lexicon knows as a noun, article, pronoun or preposition here is none; an unknown word's guessed tag
  // does not outweigh its form ("gemonitord" guessed a noun).
  if (t && !t.unknown && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON')) return false;
  if (t && t.unknown && t.pos === 'PROPN') return false;
  return isParticipleWord(tok.low);
}

/** Clause boundaries: clause punctuation, subordinators, relative pronouns after a comma, and coordinator + finite. */
/**
 * A clause as the splitter finds it: its tokens, its introducer, and `verbFirst` when it is the main clause after a
 * subordinate clause that opens the sentence without a comma, opening with its finite verb ("Als het nodig is | slaan we
 * …").
 */
interface ClausePart { start: number; end: number; intro?: string; verbFirst?: boolean }

function splitClauses(tokens: readonly Token[], tags: readonly Tag[]): ClausePart[] {
  const out: ClausePart[] = [];
  let start = 0;
  let intro: string | undefined;
  let verbFirst = false;
  const close = (end: number): void => { if (end > start) out.push({ start, end, intro, verbFirst }); verbFirst = false; };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A short adverbial aside in brackets inside a clause ("waar de school (in principe) voldoet …") belongs to that
    // clause; an aside with a noun (an apposition, an abbreviation, a name) is left to split as before.
    if (t.text === '(' && i > start) {
      const shut = tokenWithin(tokens, i, i + 6, ')');
      const aside = tokens.slice(i + 1, shut);
      const adverbial = shut > 0 && (isWholePhrase('removableHedge', aside.map((x) => x.low).join(' ')) ||
        !aside.some((x, k) => (x.kind === 'punct' && /^[,;:.!?]$/.test(x.text)) || x.kind === 'number' || tags[i + 1 + k]?.pos === 'NOUN' || tags[i + 1 + k]?.pos === 'PROPN'));
      if (adverbial) { i = shut; continue; }
      // A bracketed name, abbreviation or gloss without a verb inside a clause whose finite verb has come and whose verb
      // cluster has not ("Op 21 maart heeft het Dagelijks Bestuur (DB) de jaarstukken (jaarrekening) … vastgesteld"):
      // the clause runs on past it to its participle or infinitive.
      if (shut > 0 && aside.length > 0 && !aside.some((x, k) => (x.kind === 'punct' && /^[,;:.!?]$/.test(x.text)) || tags[i + 1 + k]?.pos === 'VERB' || tags[i + 1 + k]?.pos === 'AUX') &&
        hasFiniteAux(tokens, tags, start, i) && clusterLater(tokens, tags, shut + 1)) { i = shut; continue; }
    }
    // Likewise a hedge set off by two commas inside a clause ("Daarbij zijn, waar mogelijk, de kosten in beeld
    // gebracht"): the clause runs on past it.
    if (t.text === ',' && i > start) {
      // The next comma: within four words it may close a hedge, within seven an adjunct.
      const next = tokenWithin(tokens, i + 1, i + 8, ',');
      if (next > 0 && next <= i + 5 && isWholePhrase('removableHedge', tokens.slice(i + 1, next).map((x) => x.low).join(' '))) { i = next; continue; }
      // An adjunct without a verb between two commas while the clause's verb cluster is open ("De centra hebben,
      // conform de wet, de rol gekregen"): the clause runs on past it to its participle or infinitive, as past a
      // bracketed aside.
      if (next > 0 && !tokens.slice(i + 1, next).some((x, k) => x.kind === 'punct' || SUBORDINATORS.has(x.low) || RELATIVES.has(x.low) || tags[i + 1 + k]?.pos === 'VERB' || tags[i + 1 + k]?.pos === 'AUX' || tags[i + 1 + k]?.pos === 'CCONJ') &&
        hasFiniteAux(tokens, tags, start, i) && clusterLater(tokens, tags, next + 1)) { i = next; continue; }
    }
    // A comma inside a list of noun phrases ("…op grond van gegevens, luchtfoto's en plannen op de kaart uitgezonderd")
    // does not end the clause: what follows up to the next stop has no finite verb and opens with a noun phrase.
    if (t.text === ',' && i > start && listGoesOn(tokens, tags, i + 1)) continue;
    if (t.kind === 'punct' && /^[,;:()"“”–—]$/.test(t.text)) {
      close(i);
      start = i + 1; intro = undefined;
      // A comma followed by a subordinator or a relative pronoun opens a subordinate clause.
      const n = tokens[i + 1];
      if (n && (SUBORDINATORS.has(n.low) || RELATIVES.has(n.low))) intro = n.low;
      continue;
    }
    if (i > start && SUBORDINATORS.has(t.low) && t.low !== 'als' && t.low !== 'tot') {
      close(i); start = i; intro = t.low; continue;
    }
    // A question word after the main clause's finite verb opens an indirect question when a verb follows it
    // ("Er worden afspraken gemaakt hoe de overheden gaan samenwerken", "We bespreken met de partners welke taken zij
    // oppakken"): the question is embedded, its verbs are its own.
    if (i > start + 1 && EMBEDDED_QUESTION.has(t.low) && tokens[i - 1].kind === 'word' && !/^(en|of|maar|zo)$/.test(tokens[i - 1].low) &&
      tags.slice(start, i).some((x) => x.verbForm === 'fin') && tags.slice(i + 2).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      close(i); start = i; intro = t.low; continue;
    }
    if (i > start && t.low === 'als' && i + 1 < tokens.length && /^(de|het|een|er|we|wij|u|je|zij|ze|hij|dit|dat|deze)$/.test(tokens[i + 1].low)) {
      close(i); start = i; intro = t.low; continue;
    }
    // A relative pronoun right after a noun opens a relative clause ("een werkgroep die vóór 1 juli een plan maakt"),
    // also after a bare plural that opens the clause ("Leraren die boventallig worden, krijgen …").
    if ((i > start + 1 || (i === start + 1 && (tags[i - 1]?.pos === 'NOUN' || nominalisedAdjective(tokens, tags, i - 1, t.low)))) && (t.low === 'die' || t.low === 'dat' || t.low === 'welke' || t.low.startsWith('waar')) &&
      (RELATIVE_OK.has(tags[i - 1]?.pos ?? '') || tags[i - 1]?.verbForm === 'part' || nominalisedAdjective(tokens, tags, i - 1, t.low)) &&
      (tags.slice(i + 1).some((x) => x.verbForm === 'fin') || tokens.slice(i + 2).some((x) => FINITE_AUX.has(x.low)) || ((t.low === 'die' || t.low === 'welke') && pluralVerbCloses(tokens, tags, i + 1)))) {
      close(i); start = i; intro = t.low; continue;
    }
    // A relative clause after the noun phrase that opens the sentence, with no comma after it, ends in its verbs; the
    // main clause's finite verb follows them ("Inwoners die een voorziening aanvragen | hebben recht op …", "Jongeren
    // die werk zoeken | krijgen een coach"): a verb (not a participle) right after the relative clause's last verb,
    // with a word of the main clause after it. A verb cluster of the relative clause itself ends the clause or has a
    // participle or infinitive next ("die kunnen worden ingezet door …").
    if (intro !== undefined && RELATIVES.has(intro) && i > start + 2 && frontedSubject(out, tokens, tags, start) &&
      (tags[i]?.pos === 'VERB' || tags[i]?.pos === 'AUX') && tags[i]?.verbForm !== 'part' &&
      (tags[i - 1]?.pos === 'VERB' || tags[i - 1]?.pos === 'AUX') && tokens[i - 2]?.low !== 'te' &&
      i + 1 < tokens.length && tokens[i + 1].kind === 'word' && tags[i + 1]?.pos !== 'VERB' && tags[i + 1]?.pos !== 'AUX') {
      close(i); start = i; intro = undefined; verbFirst = true; continue;
    }
    if (i > start && COORDINATORS.has(t.low) && FINITE_AUX.has(tokens[i + 1]?.low ?? '')) {
      close(i); start = i + 1; intro = undefined; continue;
    }
    // A second main clause after "en"/"maar" with its own finite verb and the subject pronoun right after it, a
    // fronted phrase before them or none ("… hebben we 400 woningen gebouwd en in 2030 bouwen we er nog 400").
    if (i > start && (t.low === 'en' || t.low === 'maar') && intro === undefined && finiteIn(tokens, tags, start, i) && invertedAhead(tokens, tags, i + 1)) {
      close(i); start = i + 1; intro = undefined; continue;
    }
    // A subordinate clause that opens the sentence without a comma ends in its verb; the main clause follows with its
    // finite verb and a subject pronoun right after it ("Als het nodig is slaan we …", "Omdat de raad besloot gaan we
    // …"): two verbs in a row, the second before "we"/"wij"/"ik"/"hij"/"zij", mark the border.
    if (start === 0 && i > 2 && SUBORDINATORS.has(tokens[0].low) && /^(we|wij|ik|hij|zij)$/.test(tokens[i + 1]?.low ?? '') &&
      (tags[i]?.pos === 'VERB' || tags[i]?.pos === 'AUX') && finiteAt(tokens, tags, i - 1)) {
      close(i); start = i; intro = undefined; verbFirst = true; continue;
    }
  }
  close(tokens.length);
  if (out.length && out[0].start === 0) {
    const f = tokens[0]?.low;
    // "Dat is …", "Dat zijn de locaties …": a demonstrative before a finite verb, not the subordinator "dat".
    const demonstrative = f === 'dat' && FINITE_AUX.has(tokens[1]?.low ?? '');
    // A clause opened by a subordinator has its subject before the verb and the verb at the end ("Als we …", "Tot de
    // raad besluit"); with the finite verb and a subject pronoun right after it, it is an inverted main clause whose
    // first part is a fronted phrase ("Als gemeente dragen we bij …", "Tot slot werken we samen …").
    if (f && !demonstrative && SUBORDINATORS.has(f) && !invertedAfter(tokens, tags, f, out[0].end)) out[0].intro = f;
  }
  return out;
}

/** Token k is a finite verb: tagged so, or a finite auxiliary or modal. */
function finiteAt(tokens: readonly Token[], tags: readonly Tag[], k: number): boolean {
  return tags[k]?.verbForm === 'fin' || FINITE_AUX.has(tokens[k].low);
}

/** A finite verb stands in tokens [from, to). */
function finiteIn(tokens: readonly Token[], tags: readonly Tag[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (finiteAt(tokens, tags, k)) return true;
  return false;
}

/**
 * Within a few words from `from`, before any punctuation or subordinator, a finite verb with a subject pronoun right
 * after it: an inverted main clause ("in 2030 bouwen we", "daarna gaat u").
 */
function invertedAhead(tokens: readonly Token[], tags: readonly Tag[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 6); k++) {
    if (tokens[k].kind === 'punct' || SUBORDINATORS.has(tokens[k].low) || RELATIVES.has(tokens[k].low)) return false;
    if (finiteAt(tokens, tags, k) && SUBJECT_PRONOUN.test(tokens[k + 1].low)) return true;
  }
  return false;
}

/** The first token in (from, to] whose text is `text`, or -1: a look ahead of a few tokens, not a walk of the sentence. */
function tokenWithin(tokens: readonly Token[], from: number, to: number, text: string): number {
  for (let k = from + 1; k <= to && k < tokens.length; k++) if (tokens[k].text === text) return k;
  return -1;
}

/** A finite auxiliary (hebben, zijn, worden, a modal) stands in tokens [from, to), its verb cluster still to come. */
function hasFiniteAux(tokens: readonly Token[], tags: readonly Tag[], from: number, to: number): boolean {
  // Read back from the bracket: the last verb before it is the finite auxiliary, so its cluster is still open. (Read
  // forward, an opening "Om … te maken is het ministerie (…) gestart" would stop at the infinitive of the om-clause.)
  for (let k = to - 1; k >= from; k--) {
    if (FINITE_AUX.has(tokens[k].low)) return true;
    if (tags[k]?.verbForm === 'part' || tags[k]?.verbForm === 'inf') return false;
  }
  return false;
}

/** A participle or infinitive follows from `from` before the next clause stop or subordinator (the cluster to close). */
function clusterLater(tokens: readonly Token[], tags: readonly Tag[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k].kind === 'punct' && /^[.;:!?]$/.test(tokens[k].text)) return false;
    if (SUBORDINATORS.has(tokens[k].low) || RELATIVES.has(tokens[k].low)) return false;
    if (tags[k]?.verbForm === 'part' || tags[k]?.verbForm === 'inf') return true;
  }
  return false;
}

/** The clauses so far are one noun phrase that opens the sentence and ends where the relative clause at `at` starts. */
function frontedSubject(out: readonly ClausePart[], tokens: readonly Token[], tags: readonly Tag[], at: number): boolean {
  if (out.length !== 1 || out[0].start !== 0 || out[0].end !== at || out[0].intro) return false;
  for (let k = 0; k < at; k++) if (finiteAt(tokens, tags, k) || tokens[k].kind === 'punct') return false;
  return true;
}

/**
 * The clause opened by `f` (tokens [0, end)) reads as an inverted main clause: no pronoun or stop before its finite verb,
 * which stands after at least one word and has a subject pronoun right after it ("Tot slot werken we …", "Sinds 2020
 * werken wij …"). After "als" only "we": "Als burger wil ik …" is the frame of a user story, whose "ik" is not the author.
 */
function invertedAfter(tokens: readonly Token[], tags: readonly Tag[], f: string, end: number): boolean {
  for (let k = 1; k < Math.min(end, 10); k++) {
    if (tags[k]?.pos === 'PRON' || tokens[k].kind === 'punct') return false;
    // A year or number right after the preposition, then the finite verb ("Tot 2028 worden …", "Sinds 2020 werken …"):
    // a fronted phrase of time; a subordinate clause would have its subject there.
    if (k === 2 && tokens[1].kind === 'number' && finiteAt(tokens, tags, k)) return true;
    // A plural form the tagger did not read as finite, right before "we"/"wij" ("Indien mogelijk breiden we …").
    if (k > 1 && f !== 'als' && pluralBeforeWe(tokens, tags, k)) return true;
    // After "als" also a bare role noun and an article ("Als regisseur neemt de gemeente …"): a role, not a condition
    // ("Als de raad besluit" has its article right after "als").
    if (finiteAt(tokens, tags, k)) return k > 1 && ((f === 'als' ? /^(we|wij)$/ : /^(we|wij|ik|hij|zij|men)$/).test(tokens[k + 1]?.low ?? '') ||
      (f === 'als' && k === 2 && tags[1]?.pos === 'NOUN' && /^(de|het)$/.test(tokens[k + 1]?.low ?? '')));
  }
  return false;
}

/**
 * After a comma at from-1: the words up to the next stop (comma, semicolon, colon, bracket, end) open with a noun
 * phrase (a determiner, noun, name or number; no subordinator or relative) and hold no finite verb, but
 * an "en" or "of": the rest of a list, not a new clause.
 */
function listGoesOn(tokens: readonly Token[], tags: readonly Tag[], from: number): boolean {
  const f = tokens[from];
  if (!f || f.kind !== 'word' || SUBORDINATORS.has(f.low) || RELATIVES.has(f.low)) return false;
  // Not a participle the tagger took for a noun (", beïnvloed door …": a participial phrase of its own).
  if (!/^(DET|NOUN|PROPN|NUM)$/.test(tags[from]?.pos ?? '') || isParticipleAt(tokens, tags, from)) return false;
  let coord = false;
  for (let k = from; k < tokens.length; k++) {
    const x = tokens[k];
    if (x.kind === 'punct' && /^[,;:()."“”–—!?]$/.test(x.text)) break;
    if (FINITE_AUX.has(x.low) || PAST_FINITE.has(x.low) || tags[k]?.verbForm === 'fin') return false;
    if (x.low === 'en' || x.low === 'of') coord = true;
  }
  return coord;
}

const RELATIVE_OK: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Token k is a bare verb stem opening a clause at the sentence's start or after a colon, with no subject after it. */
function imperativeStem(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].low;
  const before = tokens[k - 1];
  if (before && !(before.kind === 'punct' && /^[:•*-]$/.test(before.text))) return false;
  // A stem in -t only where its own infinitive has the t ("Benut", "Zet", "Richt": benutten, zetten, richten), not the
  // third person of an inversion ("Neemt de gemeente …", "Werkt …": werkten is a past form of werken).
  if (/en$/.test(w) || (w.endsWith('t') && !verbStem(w)) || w.length < 3 || /^(is|zal|kan|mag|wil|zou|ben|heb|word|ga|doe|zie|kom)$/.test(w)) return false;
  return !/^(we|wij|ik|u|zij|ze|hij|het|er|men|jij|je|jullie)$/.test(tokens[k + 1]?.low ?? '');
}

/**
 * What follows a stem that the tagger did not read as a verb opens its object or an adverb ("Benut de …", "Stel een …",
 * "Ondersteun als gemeente …"), not a preposition or a conjunction of a noun phrase ("Beheer van de beek", "Overleg en
 * afstemming"): so a verbless title or noun line is no imperative.
 */
function objectNext(tokens: readonly Token[], tags: readonly Tag[], k: number): boolean {
  const n = tokens[k + 1];
  if (!n || n.kind !== 'word') return false;
  const pos = tags[k + 1]?.pos ?? '';
  return pos === 'DET' || pos === 'NUM' || /^(als|samen|tijdig|zo|altijd|vooral|ook|eerst|daarbij|hierbij|daarom|nu|dan|goed|meer|minder|elkaar|uw|je|jouw|hun|zijn|haar|onze)$/.test(n.low);
}

const stemMemo = new Map<string, boolean>();
/**
 * The word is the stem of a verb the lexicon knows: its infinitive, by Dutch spelling (stem + en, a doubled final
 * consonant, an undoubled long vowel with f→v and s→z: benut → benutten, stel → stellen, maak → maken, geef → geven,
 * kies → kiezen), is tagged as that verb's own lemma. Memoised per word.
 */
function verbStem(w: string): boolean {
  let known = stemMemo.get(w);
  if (known !== undefined) return known;
  const cands = [w + 'en', w + w.slice(-1) + 'en'];
  const m = /^(.*?)([aeou])\2([^aeiou])$/.exec(w);
  if (m) cands.push(m[1] + m[2] + (m[3] === 'f' ? 'v' : m[3] === 's' ? 'z' : m[3]) + 'en');
  known = cands.some((c) => { const t = tagWords([c])[0]; return t?.pos === 'VERB' && t.lemma === c && !t.unknown; });
  if (stemMemo.size > 5000) stemMemo.clear();
  stemMemo.set(w, known);
  return known;
}

/**
 * From token `from` up to the next stop, the words end in a verb that the tagger read as an infinitive: after a
 * relative pronoun that verb is the finite plural, which has the infinitive's form ("jongeren die werk zoeken").
 */
function pluralVerbCloses(tokens: readonly Token[], tags: readonly Tag[], from: number): boolean {
  let k = from;
  while (k < tokens.length && !(tokens[k].kind === 'punct' && /^[,;:.!?()]$/.test(tokens[k].text))) k++;
  return k - 1 > from && tags[k - 1]?.pos === 'VERB' && tags[k - 1]?.verbForm === 'inf' && tokens[k - 2]?.low !== 'te';
}

/**
 * Token k is an adjective used as a plural noun ("jongeren", "ouderen", "werklozen": the tagger follows UD, which tags
 * them ADJ) right before "die"/"welke": an attributive adjective always has its noun after it, so this one heads the
 * noun phrase the relative clause describes ("de jongeren die werk zoeken").
 */
export function nominalisedAdjective(tokens: readonly Token[], tags: readonly Tag[], k: number, rel: string): boolean {
  return (rel === 'die' || rel === 'welke') && tags[k]?.pos === 'ADJ' && /\p{L}{3}en$/u.test(tokens[k]?.low ?? '');
}
/** Personal pronouns that open a main clause as its subject: the finite verb follows (V2). */
const SUBJECT_PRONOUN = /^(we|wij|zij|ze|ik|u|hij|jij|jullie|men)$/;
/** Parts of speech that cannot be the finite verb right after a subject pronoun ("we allen", "wij als gemeente"). */
const NOT_FINITE_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'ADV', 'PRON', 'CCONJ', 'SCONJ', 'NUM', 'PUNCT', 'ADJ', 'PROPN']);

/** A finite verb: closed class first, then the tagger's reading, then common policy verbs by position. */
function isFiniteAt(tokens: readonly Token[], tags: readonly Tag[], i: number, clauseStart: number): boolean {
  const w = tokens[i]?.low;
  if (!w || tokens[i].kind !== 'word') return false;
  // The possessive "zijn" before its noun ("Zijn leraren gaven …", "Tijdens zijn studietijd was hij …"), as the tagger
  // reads it in context, is no verb.
  // Only where nothing that could be its subject stands before it (the sentence's start, a preposition, a conjunction)
  // and another finite verb follows ("Zij zijn partners" keeps its verb).
  if (w === 'zijn' && (tags[i]?.pos === 'PRON' || tags[i]?.pos === 'DET') && /^(NOUN|ADJ|PROPN)$/.test(tags[i + 1]?.pos ?? '') &&
    (i === 0 || tokens[i - 1].kind === 'punct' || /^(ADP|CCONJ|SCONJ)$/.test(tags[i - 1]?.pos ?? '')) &&
    tokens.some((x, k) => k > i + 1 && x.low !== 'zijn' && (FINITE_AUX.has(x.low) || PAST_FINITE.has(x.low) || tags[k]?.verbForm === 'fin'))) return false;
  if (FINITE_AUX.has(w) || PAST_FINITE.has(w)) return true;
  // Right after an article the word heads a noun phrase ("door de drukte"), whatever the tagger guessed.
  if (i > 0 && /^(de|het|een)$/.test(tokens[i - 1].low)) return false;
  const t = tags[i];
  if (t && (t.pos === 'VERB' || t.pos === 'AUX') && t.verbForm === 'fin') return true;
  // An unknown "-t" form without a participle prefix ("plaatst") is a finite verb, whatever the suffix guess says.
  if (t && t.unknown && t.pos === 'VERB' && t.verbForm === 'part' && /t$/.test(w) && !isParticipleWord(w) && i > clauseStart) return true;
  return i > clauseStart && vocab('policyFiniteForms').isWord(w) && (!t || t.pos === 'VERB' || t.pos === 'AUX');
}


export function readClauses(tokens: readonly Token[], tags: readonly Tag[] = tagWords(tokens.map((t) => t.text))): Clause[] {
  const clauses: Clause[] = [];
  const participle = (i: number): boolean => isParticipleAt(tokens, tags, i);
  const finiteIn = (i: number, first: number): boolean => isFiniteAt(tokens, tags, i, first);
  const question = tokens.length > 0 && tokens[tokens.length - 1].text === '?';
  for (const c of splitClauses(tokens, tags)) {
    const subordinate = !!c.intro;
    const conditional = !!c.intro && CONDITIONALS.has(c.intro);
    // Skip the introducer and a leading coordinator.
    let first = c.start;
    if (subordinate && tokens[first]?.low === c.intro) first++;
    while (first < c.end && tokens[first].kind !== 'word' && tokens[first].kind !== 'number') first++;
    let finite = -1;
    if (subordinate) {
      // Verb-final: the last finite-looking form of the clause.
      for (let i = c.end - 1; i >= first; i--) if (finiteIn(i, first) || FINITE_AUX.has(tokens[i].low)) { finite = i; break; }
    } else {
      // A personal pronoun opens the clause and a verb-shaped word follows: that word is the finite verb (V2), even
      // where the tagger took a plural present for an infinitive or a noun ("We beogen …", "We beperken de hinder").
      if (SUBJECT_PRONOUN.test(tokens[first]?.low ?? '') && tokens[first + 1]?.kind === 'word' &&
        !NOT_FINITE_POS.has(tags[first + 1]?.pos ?? '') && /(?:en|t|d)$/.test(tokens[first + 1].low)) finite = first + 1;
      // A main clause after a fronted subordinate clause opens with its finite verb and the subject pronoun ("[Als het
      // nodig is] slaan we …"), whatever form the tagger gave the verb (the splitter found that border).
      if (finite < 0 && c.verbFirst) finite = first;
      // After "te" a verb is an infinitive ("Om onze doelen te realiseren werken we …"): the finite verb is sought
      // outside such infinitives first; a plural present right after a noun or pronoun that opens the clause reads as
      // the finite verb (V2: "Gemeenten formuleren …"); only then, as before, any finite-looking form.
      const afterTe = (i: number): boolean => i > 0 && tokens[i - 1].low === 'te';
      if (finite < 0) for (let i = first; i < c.end; i++) if (!afterTe(i) && finiteIn(i, first)) { finite = i; break; }
      if (finite < 0 && /^(NOUN|PROPN|PRON)$/.test(tags[first]?.pos ?? '') && tags[first + 1]?.pos === 'VERB' && tags[first + 1]?.verbForm === 'inf' &&
        /en$/.test(tokens[first + 1].low) && tokens.slice(first + 2, c.end).some((t, k) => afterTe(first + 2 + k))) finite = first + 1;
      // A clause opened by "door"/"om"/"zonder" whose only verbs stand after "te" is an infinitival adjunct ("Door de
      // regie te versterken, …"): it has no finite verb. Elsewhere, as before, any finite-looking form.
      const adjunct = /^(door|om|zonder|teneinde)$/.test(tokens[first]?.low ?? '');
      if (finite < 0) for (let i = first; i < c.end; i++) if ((!adjunct || !afterTe(i)) && finiteIn(i, first)) { finite = i; break; }
      // No finite verb known: the first verb form that is not an infinitive or participle (V2 after the voorveld).
      if (finite < 0) for (let i = first + 1; i < c.end; i++) { const t = tags[i]; if (t && (t.pos === 'VERB' || t.pos === 'AUX') && t.verbForm !== 'inf' && t.verbForm !== 'part' && (!adjunct || !afterTe(i))) { finite = i; break; } }
      // V2 after a personal pronoun ("We slaan …", "Zij leveren …"): the next word is the finite verb.
      if (finite < 0 && SUBJECT_PRONOUN.test(tokens[first]?.low ?? '') && tokens[first + 1]?.kind === 'word' &&
        (tags[first + 1]?.pos === 'VERB' || tags[first + 1]?.pos === 'AUX' || tags[first + 1]?.unknown)) finite = first + 1;
      // Inversion after a fronted constituent: a plural form right before "we"/"wij" is the finite verb, whatever the
      // tagger read it as ("In principe breiden we …", "Waar mogelijk vergroenen we …").
      if (finite < 0) for (let i = first + 1; i < c.end - 1; i++) {
        if (pluralBeforeWe(tokens, tags, i) && !afterTe(i)) { finite = i; break; }
      }
      // No finite verb at all, and the clause opens with the stem of a known verb that the tagger read otherwise
      // ("Ondersteun de gemeenten", "Benut de samenwerking"): that stem is the finite verb of an imperative.
      if (finite < 0 && tokens[first]?.kind === 'word' && imperativeStem(tokens, first) && verbStem(tokens[first].low) && objectNext(tokens, tags, first)) finite = first;
    }
    let negated = false;
    let modality: Modality = 'none';
    let hasParticiple = false, hasWorden = false, hasZijn = false, hasHebben = false, hasZullen = false, hasGaanInf = false;
    for (let i = c.start; i < c.end; i++) {
      const w = tokens[i].low;
      if (NEGATIONS.has(w)) negated = true;
      // A modal after "te" is an infinitive in an adjunct or a complement ("Om het werk te kunnen doen werven we …"):
      // it is not the clause's modality.
      const afterTe = i > c.start && tokens[i - 1].low === 'te';
      if (afterTe && (POSSIBILITY.has(w) || OBLIGATION.has(w) || VOLITION.has(w))) { /* an infinitive */ }
      else if (POSSIBILITY.has(w) || w === 'zou' || w === 'zouden') modality = 'possibility';
      else if (OBLIGATION.has(w) && modality === 'none') modality = 'obligation';
      else if (VOLITION.has(w) && modality === 'none') modality = 'volition';
      if (WORDEN.has(w)) hasWorden = true;
      if (ZIJN.has(w)) hasZijn = true;
      if (HEBBEN.has(w)) hasHebben = true;
      if (w === 'zal' || w === 'zullen' || w === 'zult') hasZullen = true;
      if (GAAN.has(w) && i < c.end - 1) for (let j = c.end - 1; j > i; j--) { if (tokens[j].kind !== 'word') continue; if (tags[j]?.verbForm === 'inf' || (/en$/.test(tokens[j].low) && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tags[j]?.pos ?? ''))) hasGaanInf = true; break; }
      // The infinitive may stand before a prepositional phrase put after the cluster ("gaat samenwerken met de
      // scholen"): a bare infinitive after "gaan" (not a noun: "het beleggen", not "te"/"om te" + infinitive).
      if (GAAN.has(w) && !hasGaanInf) for (let j = i + 1; j < c.end; j++) if (tags[j]?.pos === 'VERB' && tags[j]?.verbForm === 'inf' && !/^(het|een|te|om|van|dit|dat)$/.test(tokens[j - 1]?.low ?? '')) { hasGaanInf = true; break; }
      if (participle(i)) hasParticiple = true;
    }
    // The finite verb's own obligation or wish governs a possibility infinitive after it ("moet … beter kunnen
    // meebewegen", "wil … kunnen starten"): what must or shall be, not what may.
    if (modality === 'possibility' && finite >= 0 && (OBLIGATION.has(tokens[finite].low) || VOLITION.has(tokens[finite].low))) modality = OBLIGATION.has(tokens[finite].low) ? 'obligation' : 'volition';
    if ((modality === 'none') && (hasZullen || hasGaanInf)) modality = 'future';
    const voice = hasParticiple && (hasWorden || hasZijn) ? readVoice(tokens, tags, c.start, c.end, finite, hasHebben) : undefined;
    const passive = !!voice, agent = !!voice?.agent;
    // "is betrokken bij", "is gericht op": a state with an adjectival participle, present tense.
    let adjectival = false;
    if (!passive && hasZijn && !hasHebben) for (let i = c.start; i < c.end; i++) if (vocab('adjectivalParticiples').isWord(tokens[i].low)) { adjectival = true; break; }
    const fw = finite >= 0 ? tokens[finite].low : '';
    let tense: Tense = 'none';
    if (fw) {
      if (PAST_FINITE.has(fw) || tags[finite]?.tense === 'past') tense = 'past';
      else if (hasZullen || hasGaanInf) tense = 'future';
      else if ((HEBBEN.has(fw) || (ZIJN.has(fw) && !hasWorden && !adjectival)) && hasParticiple && !passive) tense = 'perfect';
      // A finite "is"/"zijn" with the participle of a passive and no "worden" is the passive's perfect ("De activiteiten
      // zijn uitgevoerd", "Daarbij zijn de kosten in beeld gebracht": it was done), unless a time ahead or any date
      // stands in the clause ("Eind 2027 zijn alle woningen geïsoleerd" is a target state) without a door-agent (with
      // one it is an event: "is in 2024 door de raad vastgesteld").
      // The participle must be a verb to the tagger, or a short unknown word of a participle's shape (not a long
      // compound noun), and no property ("is bedoeld voor").
      else if (voice && !voice.dynamic && ZIJN.has(fw) && plainParticiple(tokens[voice.participle].low, tags[voice.participle]) &&
        !vocab('adjectivalParticiples').isWord(tokens[voice.participle].low) && (!!voice.agent || !timeIn(tokens, c.start, c.end))) tense = 'perfect';
      // A word that looks back ("De afgelopen periode is de rol van de provincie versterkt", "is inmiddels
      // uitgebreid"): what was done, whatever the participle's shape or a year beside it.
      else if (voice && !voice.dynamic && ZIJN.has(fw) && !vocab('adjectivalParticiples').isWord(tokens[voice.participle].low) &&
        looksBack(tokens, c.start, c.end)) tense = 'perfect';
      else tense = 'present';
      if (fw === 'zou' || fw === 'zouden') tense = 'future';
    }
    // Mood: a question ends in "?" (the clause holding the finite verb first, or a question word); an imperative
    // starts a main clause with a bare verb stem (not a known finite aux) — rare in policy text, read narrowly.
    let mood: Mood = 'declarative';
    if (question && !subordinate) mood = 'question';
    else if (!subordinate && c.start === 0 && QUESTION_WORDS.has(tokens[first]?.low ?? '') && question) mood = 'question';
    // Without its "?" (a list of what a plan settles, "Wanneer de gemeente en wanneer de provincie. En hoe overleggen we
    // hierover."): a question word with the finite verb right after it, at the sentence's start (after "en"/"maar").
    // "Wie uittreedt, betaalt …" is no question but a free relative: a comma closes it and the main clause's finite verb
    // follows at once (the relative clause is the main clause's first constituent).
    else if (!subordinate && c.start === 0 && finite >= 0 && !freeRelative(tokens, tags, c.end) && (() => { const w = /^(en|maar)$/.test(tokens[first]?.low ?? '') ? first + 1 : first; return QUESTION_WORDS.has(tokens[w]?.low ?? '') && finite === w + 1 && (tags[finite]?.pos === 'VERB' || tags[finite]?.pos === 'AUX'); })()) mood = 'question';
    // An imperative: a main clause that opens (at the sentence's start or after a colon) with a bare verb stem and no
    // subject pronoun after it ("Neem de regie", "Geef duidelijkheid over …", "Zorg dat …"); a stem ends in no -en and
    // in -t only where its infinitive keeps the t (so "Neemt de gemeente …, dan …" and "Komen er …" are inversions), and
    // no auxiliary or modal is one; a stem the tagger read otherwise counts when an object or adverb follows.
    else if (!subordinate && finite === first && finite >= 0 && (tags[finite]?.pos === 'VERB' || (verbStem(tokens[finite].low) && objectNext(tokens, tags, finite))) && imperativeStem(tokens, finite)) mood = 'imperative';
    // Subject: voorveld before the finite verb (V2), or the first NP after it (inversion / V1).
    let subject: [number, number] | undefined;
    if (finite >= 0) {
      if (subordinate) subject = finite > first ? [first, Math.min(first + 4, finite)] : npAfter(tokens, tags, finite + 1, c.end);
      else if (finite > first) subject = voorveldSubject(tokens, tags, first, finite, c.end);
      else subject = npAfter(tokens, tags, finite + 1, c.end);
    }
    clauses.push({
      start: c.start, end: c.end, subordinate, conditional, finite, tense, modality, negated, mood,
      subject, subjectKind: subjectKind(tokens, subject), passive, agent, ...(voice ? { voice } : {}),
    });
  }
  // A main clause interrupted by a relative clause ("Het plan, dat …, wordt besproken"): the fragment after the
  // interruption starts with the finite verb; its subject is the fragment before it.
  for (let k = 0; k < clauses.length; k++) {
    const head = clauses[k];
    if (head.subordinate || head.finite >= 0) continue;
    let j = k + 1;
    while (j < clauses.length && clauses[j].subordinate) j++;
    const cont = clauses[j];
    if (j > k + 1 && cont && cont.finite === firstWord(tokens, cont.start)) {
      cont.subject = [head.start, head.end];
      cont.subjectKind = subjectKind(tokens, cont.subject);
    }
  }
  // A question without its "?" goes on over the main clauses coordinated to it ("En hoe overleggen we hierover en
  // werken we vervolgens samen.").
  if (clauses[0]?.mood === 'question' && !(tokens.length > 0 && tokens[tokens.length - 1].text === '?')) {
    for (const c of clauses) if (!c.subordinate && /^(en|of)$/.test(tokens[firstWord(tokens, c.start)]?.low ?? '')) c.mood = 'question';
  }
  return clauses;
}

function plainParticiple(low: string, tag: Tag | undefined): boolean {
  // A participle with "ge-" (after a separable particle: "vastgesteld", "uitgevoerd"); those of "be-", "ver-", "ont-"
  // verbs are as often adjectives of state after "zijn" ("beperkt", "verplicht", "bekend").
  if (!GE_PARTICIPLE.test(low)) return false;
  if (tag?.pos === 'VERB') return tag.verbForm !== 'inf';
  return tag?.pos === 'NOUN' && !!tag.unknown && low.length <= 14;
}
const GE_PARTICIPLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|samen|tegen|terug|toe|uit|vast|voor|weg|vrij|tot|voort|achter|dicht|open|vol|neer|weer|bijeen|uiteen|rond)?ge\p{L}{2,}(?:d|t|en)$/u;

/** A word in tokens [start, end) that looks back ("afgelopen", "inmiddels", "reeds": `retrospectiveWords`). */
export function looksBack(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (vocab('retrospectiveWords').isWord(tokens[i].low)) return true;
  return false;
}

/** A date, year, month or a word of time ahead in tokens [start, end): a clause about a moment, not a bare result. */
function timeIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!TIME_WORD.test(tokens[i].low)) continue;
    // A year after a capitalised word names a document ("In de Programmabegroting 2010 zijn … opgenomen"), not a moment.
    if (/^(?:19|20)\d\d$/.test(tokens[i].low) && i > start && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1].text) && tokens[i - 1].kind === 'word' && i - 1 > start) continue;
    return true;
  }
  return false;
}
const TIME_WORD = /^(?:(?:19|20)\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|kwartaal|uiterlijk|straks|binnenkort|voortaan|dan|komende|volgend|volgende|eind|begin|medio|vóór|jaar|jaren|maanden|weken)$/;

/**
 * zijn + the participle of these verbs is their perfect tense ("is gestegen", "is begonnen"), not a state passive:
 * verbs of motion and change of state take zijn as their perfect auxiliary (by lemma, so every form counts).
 */
/**
 * zijn + these participles states a property, not an act done to the subject: "is betrokken bij", "is gericht op",
 * "is gebaseerd op", "is verplicht te" (adjectival participles with their own sense and complement).
 */
const ATTRIBUTIVE_DET = set('de het een deze die dit dat zijn haar hun onze ons elke elk iedere ieder alle geen enkele beide welke');
const ARTICLE = set('de het een deze dit elke elk iedere ieder alle geen enkele');
const AGENT_PRONOUNS = set('ons hen hun haar hem u mij jou jullie iedereen allen wie zichzelf henzelf');

/** The door-phrase of a clause that names who acts (the passive's agent), not a cause or means. */
function doorAgent(tokens: readonly Token[], tags: readonly Tag[], start: number, end: number): [number, number] | undefined {
  for (let j = start; j < end - 1; j++) {
    if (tokens[j].low !== 'door') continue;
    const n = tokens[j + 1];
    // "door middel van", "door te investeren": a means; "door en door": no phrase.
    if (!n || n.kind !== 'word' || n.low === 'middel' || n.low === 'te' || n.low === 'en') continue;
    let h = j + 1;
    while (h < end && h < j + 7 && tokens[h].kind === 'word' && !(tags[h]?.pos === 'PRON' && AGENT_PRONOUNS.has(tokens[h].low)) && (ATTRIBUTIVE_DET.has(tokens[h].low) || tags[h]?.pos === 'ADJ' || tags[h]?.pos === 'NUM' || tags[h]?.pos === 'DET')) h++;
    if (h >= end || tokens[h].kind !== 'word') continue;
    const head = tokens[h], low = head.low, lemma = tags[h]?.lemma ?? low;
    const person = AGENT_PRONOUNS.has(low) || isActorWord(low) || isActorWord(lemma) || vocab('collectiveHeads').isWord(low) ||
      tags[h]?.pos === 'PROPN' || /^\p{Lu}/u.test(head.text) || (vocab('personEndings').isWord(lemma) && tags[h]?.pos === 'NOUN');
    if (person) return [j, h + 1];
    // A cause or means: an abstract noun; a fronted door-phrase of an unknown noun too ("Door de bouw …").
    if (vocab('abstractHeadEndings').isWord(low) || vocab('abstractHeadEndings').isWord(lemma) || j === start) continue;
    return [j, h + 1];
  }
  return undefined;
}

/**
 * The passive voice of the clause [start, end): a worden form with a participle of the same cluster (dynamic), or
 * else a finite zijn (or zijn after a modal) with a participle that is neither a zijn-perfect nor an adjective.
 * The participle stands after the auxiliary (V2 "wordt … opgepakt", modal "zal … worden opgepakt", inversion
 * "Wordt het plan vastgesteld?", verb-final "dat het plan wordt vastgesteld") or right before it in the verb cluster
 * ("dat het plan vastgesteld wordt", "vastgesteld zal worden"). A participle inside a noun phrase ("een gedragen
 * plan", "de gesloten deur") is an adjective, not the verb.
 */
function readVoice(tokens: readonly Token[], tags: readonly Tag[], start: number, end: number, finite: number, hasHebben: boolean): Voice | undefined {
  const clusterVerb = (w: string): boolean => FINITE_AUX.has(w) || ZULLEN.has(w) || POSSIBILITY.has(w) || OBLIGATION.has(w) || w === 'worden' || w === 'zijn';
  // A participle inside a noun phrase is an adjective: a noun follows it (after adjectives), or an article stands
  // before it and something other than a verb, preposition or the clause end follows ("een breed gedragen plan").
  const verbal = (j: number, aux: number): boolean => {
    if (!isParticipleAt(tokens, tags, j)) return false;
    let k = j + 1;
    while (k < end && tokens[k].kind === 'word' && tags[k]?.pos === 'ADJ') k++;
    const n = k < end ? tokens[k] : undefined;
    const nounNext = !!n && n.kind === 'word' && (tags[k]?.pos === 'NOUN' || tags[k]?.pos === 'PROPN') && !FINITE_AUX.has(n.low) && !clusterVerb(n.low);
    if (nounNext) return false;
    const p = j - 1;
    if (p >= start && p !== aux && ARTICLE.has(tokens[p].low) && n && n.kind === 'word' &&
      !(tags[k]?.pos === 'VERB' || tags[k]?.pos === 'AUX' || tags[k]?.pos === 'ADP' || clusterVerb(n.low))) return false;
    return true;
  };
  const participleFor = (a: number): number => {
    for (let j = a + 1; j < end; j++) {
      if (WORDEN.has(tokens[j].low) && tokens[j].low !== 'worden') break;
      if (verbal(j, a)) return j;
    }
    // Verb-final or fronted: the participle stands right before the auxiliary, with only verbs between.
    for (let j = a - 1; j >= start; j--) {
      if (tokens[j].kind !== 'word') break;
      if (verbal(j, a)) return j;
      if (!clusterVerb(tokens[j].low)) break;
    }
    return -1;
  };
  const make = (aux: number, part: number, dynamic: boolean): Voice => {
    const agent = doorAgent(tokens, tags, start, end);
    let impersonal = tokens[aux + 1]?.low === 'er';
    for (let j = start; j < aux && !impersonal; j++) if (tokens[j].low === 'er') impersonal = true;
    return { aux, participle: part, dynamic, ...(agent ? { agent } : {}), impersonal };
  };
  for (let a = start; a < end; a++) {
    if (!WORDEN.has(tokens[a].low)) continue;
    const part = participleFor(a);
    if (part >= 0) return make(a, part, true);
  }
  if (hasHebben) return undefined;
  for (let a = start; a < end; a++) {
    const w = tokens[a].low;
    if (!ZIJN.has(w)) continue;
    // Finite zijn, or "zijn" in the cluster after a modal ("moet zijn afgerond"); not the possessive ("zijn taken").
    if (a !== finite && !(w === 'zijn' && tokens.slice(start, a).some((t) => clusterVerb(t.low)) && tags[a + 1]?.pos !== 'NOUN')) continue;
    const part = participleFor(a);
    if (part < 0) continue;
    const lemma = tags[part]?.lemma ?? '';
    if (vocab('zijnPerfectVerbs').isWord(lemma) || vocab('zijnPerfectVerbs').isWord(tokens[part].low) || vocab('adjectivalParticiples').isWord(tokens[part].low)) continue;
    return make(a, part, false);
  }
  return undefined;
}

function firstWord(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i].kind !== 'word') i++;
  return i;
}


/**
 * The first noun phrase from token `from` on (the subject after the finite verb: inversion, V1). Adverbs before it
 * are passed ("werd jaarlijks de prijs uitgereikt", "zijn, waar mogelijk, ook de kosten …"); "er" is the placeholder
 * subject of an existential and is returned as such ("er komt een team").
 */
function npAfter(tokens: readonly Token[], tags: readonly Tag[], from: number, end: number): [number, number] | undefined {
  let i = from;
  for (;;) {
    while (i < end && tokens[i].kind !== 'word') i++;
    if (i >= end) return undefined;
    // A hedge set off by commas ("zijn, waar mogelijk, ook de kosten …") and an adverb stand before the subject.
    const comma = tokenWithin(tokens, i, i + 4, ',');
    if (i > from && tokens[i - 1].text === ',' && comma > 0 && isWholePhrase('removableHedge', tokens.slice(i, comma).map((x) => x.low).join(' '))) { i = comma + 1; continue; }
    if (tokens[i].low !== 'er' && passedAdverb(tokens, tags, i) && i + 1 < end && tokens[i + 1].kind === 'word') { i++; continue; }
    // A prepositional phrase before the subject ("Toch verschijnt in 1999 een nummer", "komt met ingang van 2026 …"):
    // the preposition and its noun phrase are passed.
    if (tags[i]?.pos === 'ADP' && tokens[i].low !== 'te') {
      let k = i + 1;
      while (k < end && /^(DET|ADJ)$/.test(tags[k]?.pos ?? '') && tokens[k].kind === 'word') k++;
      if (k < end && (/^(NOUN|PROPN|NUM)$/.test(tags[k]?.pos ?? '') || tokens[k].kind === 'number')) {
        k++;
        if (k < end && tokens[k].kind === 'word' && /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tags[k]?.pos ?? '')) { i = k; continue; }
      }
    }
    break;
  }
  // "er" is a placeholder subject: the real subject follows ("er komt een team").
  if (tokens[i].low === 'er') return [i, i + 1];
  let j = i;
  const DET = /^(de|het|een|alle|elke|iedere|ieder|elk|beide|deze|dit|die|dat|onze|ons|hun|zijn|haar|geen|twee|drie|vier|vijf)$/;
  while (j < end && DET.test(tokens[j].low)) j++;
  // Adjectives and numbers before the noun ("de talentvolle schaatsster", "drie nieuwe teams"), then the noun or name.
  while (j < end - 1 && tokens[j].kind !== 'punct' && /^(ADJ|NUM)$/.test(tags[j]?.pos ?? '') && /^(ADJ|NUM|NOUN|PROPN)$/.test(tags[j + 1]?.pos ?? '')) j++;
  if (j < end && tokens[j].kind === 'word') j++;
  // A name after the noun belongs to it ("de gemeente Brakeldorp", "het programma Schone Lucht").
  while (j < end && tokens[j].kind === 'word' && tags[j]?.pos === 'PROPN') j++;
  return [i, Math.max(i + 1, j)];
}
/** Adverbs that link or qualify, passed before a subject after the finite verb (the tagger's ADV besides). */
const LINKING_ADVERB = /^(ook|tevens|bovendien|echter|daarom|dus|nu|dan|wel|zich)$/;
function passedAdverb(tokens: readonly Token[], tags: readonly Tag[], i: number): boolean {
  if (LINKING_ADVERB.test(tokens[i].low)) return true;
  // A pronoun after the finite verb is the subject ("Daarom is het …", "Voorts zijn ze …"): never passed.
  return tags[i]?.pos === 'ADV' && !PRONOUN_SUBJECTS[tokens[i].low];
}

/**
 * The subject of a main clause whose finite verb stands after `first` (V2). The voorveld [first, finite) is the
 * subject unless it is adverbial: a prepositional phrase ("In 2025 …", "Met dit plan …"), adverbs only ("Daarom",
 * "Meestal", "Voorts"), a time noun phrase ("Elk jaar", "De komende jaren") or a word of `adverbialStart`; then the
 * subject follows the finite verb (inversion). Adverbs before a noun phrase ("Ook de gemeente …", "Alleen de raad
 * …") leave that noun phrase as the subject. A nominative pronoun right after the finite verb is the subject whatever
 * stands first ("Een schone wijk maken we …"); "u"/"je"/"ze"/"het" only after an adverbial voorveld (after a noun
 * phrase they are objects: "De gemeente helpt u").
 */
function voorveldSubject(tokens: readonly Token[], tags: readonly Tag[], first: number, finite: number, end: number): [number, number] | undefined {
  const after = tokens[finite + 1]?.low ?? '';
  if (/^(we|wij|ik|hij|zij|men|jij)$/.test(after)) return [finite + 1, finite + 2];
  let k = first;
  while (k < finite && (tags[k]?.pos === 'ADV' || tokens[k].kind !== 'word') && !PRONOUN_SUBJECTS[tokens[k].low] && tokens[k].low !== 'er') k++;
  const w = tokens[k]?.low ?? '';
  // Adverbs and adjectives only ("Daarom", "Meestal", "Natuurlijk", "Zichtbaar ontroerd") are adverbial as well.
  // (Not an adjective used as a plural noun: "Jongeren hebben … nodig".)
  const adverbial = k >= finite || tags[k]?.pos === 'ADP' || (tags[k]?.pos === 'ADJ' && !/en$/.test(tokens[k].low) && allAdverbial(tokens, tags, k, finite)) || timePhrase(tokens, tags, k, finite) ||
    (k === first && vocab('adverbialStart').isWord(w) && !(tags[k]?.pos === 'ADV' && k + 1 < finite && /^(DET|NOUN|PROPN|NUM|PRON)$/.test(tags[k + 1]?.pos ?? '')));
  if (!adverbial) return [k, finite];
  // "het"/"ze" as pronouns, not as the article of a noun phrase ("Met iedere winst groeide het vertrouwen").
  // (Nor before a nominalised infinitive: "Daarom is het versterken van de buurt …".)
  const n2 = tags[finite + 2]?.pos ?? '', n3 = tags[finite + 3]?.pos ?? '';
  const article = /^(NOUN|PROPN|NUM)$/.test(n2) || (n2 === 'ADJ' && /^(NOUN|PROPN|ADJ)$/.test(n3)) || (after === 'het' && tags[finite + 2]?.verbForm === 'inf');
  if (/^(u|je|ze|het)$/.test(after) && !article) return [finite + 1, finite + 2];
  return npAfter(tokens, tags, finite + 1, end) ?? [first, finite];
}

/** Tokens [k, finite) are adverbs, adjectives or participles only (no noun, no pronoun, no article). */
function allAdverbial(tokens: readonly Token[], tags: readonly Tag[], k: number, finite: number): boolean {
  for (let i = k; i < finite; i++) if (tokens[i].kind === 'word' && !/^(ADV|ADJ|CCONJ)$/.test(tags[i]?.pos ?? '') && tags[i]?.verbForm !== 'part') return false;
  return true;
}

/** Tokens [k, finite) are a noun phrase of time ("Elk jaar", "De komende jaren", "Dit najaar"): an adverbial voorveld. */
function timePhrase(tokens: readonly Token[], tags: readonly Tag[], k: number, finite: number): boolean {
  if (finite - k > 4 || finite - k < 2) return false;
  const head = tokens[finite - 1].low;
  if (!TIME_NOUNS.test(head)) return false;
  for (let i = k; i < finite - 1; i++) if (!/^(DET|ADJ|NUM)$/.test(tags[i]?.pos ?? '') && !/^(elk|elke|ieder|iedere|komende|afgelopen|volgend|volgende|vorig|vorige)$/.test(tokens[i].low)) return false;
  return true;
}
const TIME_NOUNS = /^(jaar|jaren|decennium|decennia|eeuw|eeuwen|maand|maanden|week|weken|dag|dagen|periode|kwartaal|halfjaar|voorjaar|najaar|zomer|winter|lente|herfst|keer|ochtend|middag|avond|nacht)$/;

function subjectKind(tokens: readonly Token[], subj: [number, number] | undefined): SubjectKind {
  if (!subj) return 'none';
  const words = tokens.slice(subj[0], subj[1]).filter((t) => t.kind === 'word').map((t) => t.low);
  if (words.length === 0) return 'none';
  if (words[0] === 'er') return 'impersonal';
  // The last pronoun-like word decides when the voorveld is short ("Samen gaan we …" is read via inversion).
  if (words.length <= 2 && PRONOUN_SUBJECTS[words[words.length - 1]]) return PRONOUN_SUBJECTS[words[words.length - 1]];
  if (words.some((w) => DISTRIBUTIVE_DETS.has(w))) return 'distributive';
  const collective = vocab('collectiveHeads');
  if (words.includes('alle') && words.some((w) => collective.isWord(w))) return 'collective';
  if (words.length <= 3 && words.some((w) => collective.isWord(w))) return 'collective';
  if (words.some((w) => vocab('documentHeads').isWord(w)) && words.length <= 4) return 'document';
  return 'np';
}

/** The clause that holds token ti, or undefined. */
export function clauseAt(clauses: readonly Clause[], ti: number): Clause | undefined {
  return clauses.find((c) => ti >= c.start && ti < c.end);
}

/** The main (non-subordinate) clauses, or all when there is none. */
export function mainClauses(cs: readonly Clause[]): Clause[] {
  const m = cs.filter((c) => !c.subordinate);
  return m.length ? m : [...cs];
}
