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
import { tagWords, type Tag } from './lexicon';

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
  /** A form of worden (or zijn + participle) with a participle: the passive. */
  passive: boolean;
  /** The passive's door-agent is present. */
  agent: boolean;
}

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
const PRONOUN_SUBJECTS: Record<string, SubjectKind> = {
  we: 'we', wij: 'we', u: 'you', jij: 'you', je: 'you', ik: 'i', men: 'collective', iedereen: 'collective', allen: 'collective',
  het: 'np', dit: 'np', dat: 'np', deze: 'np', die: 'np', zij: 'np', ze: 'np', hij: 'np', zij_: 'np',
};
const COLLECTIVE_HEADS = set('partijen partners ketenpartners betrokkenen deelnemers stakeholders samenwerkingspartners netwerkpartners organisaties instanties');
const DISTRIBUTIVE_DETS = set('elke iedere ieder elk beide');
const DOCUMENT_HEADS = set('convenant overeenkomst besluit regeling protocol akkoord document nota programma plan notitie brief circulaire ' +
  'artikel lid paragraaf hoofdstuk bijlage toelichting rapport verslag agenda voorstel');
const PARTICIPLE = /^(?:(?:aan|af|bij|binnen|door|in|mee|na|neer|om|op|over|samen|tegen|terug|toe|uit|vast|voor|weg|vrij|tot|voort|achter|dicht|open|vol)?ge\p{L}{2,}(?:d|t|en)|(?:(?:aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg)?(?:be|ver|ont|her|er))\p{L}{2,}(?:d|t|en))$/u;
const NOT_PARTICIPLE = set('gebied gezicht gewicht gerecht gedicht gezond geduld gevecht geheel gemeenten gebieden geleden bestaand ' +
  'voldoende betreffend overzicht ontwerp beleid bedrag gebruik beheer verband verschil overleg onderhoud gesprek geval gevallen genoeg ' +
  'gehele gezin gezinnen gebouw gebouwen gemeenschap gedrag geld verhaal bedrijven betrokkenen verleden onderwijs onderzoek ontwikkeling ' +
  'gevolgen gegevens behoeften eerst verder verdere beter geschikt gezamenlijk gemiddeld bereid overigens ongeveer gebieden verbeteren ' +
  'verkorten ontbreken bedragen bevorderen versterken vergroten verminderen behouden ontvangen bestaan ontstaan vergeten verkrijgen ' +
  'begrijpen beginnen verdienen vervolgens beschikbaar verantwoordelijk betaalbaar');

export function isParticipleWord(low: string): boolean {
  return low.length >= 5 && !NOT_PARTICIPLE.has(low) && PARTICIPLE.test(low);
}

/** Clause boundaries: clause punctuation, subordinators, relative pronouns after a comma, and coordinator + finite. */
function splitClauses(tokens: readonly Token[], tags: readonly Tag[]): Array<{ start: number; end: number; intro?: string }> {
  const out: Array<{ start: number; end: number; intro?: string }> = [];
  let start = 0;
  let intro: string | undefined;
  const close = (end: number): void => { if (end > start) out.push({ start, end, intro }); };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
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
    if (i > start && t.low === 'als' && i + 1 < tokens.length && /^(de|het|een|er|we|wij|u|je|zij|ze|hij|dit|dat|deze)$/.test(tokens[i + 1].low)) {
      close(i); start = i; intro = t.low; continue;
    }
    // A relative pronoun right after a noun opens a relative clause ("een werkgroep die vóór 1 juli een plan maakt").
    if (i > start + 1 && (t.low === 'die' || t.low === 'dat' || t.low === 'welke' || t.low.startsWith('waar')) &&
      (RELATIVE_OK.has(tags[i - 1]?.pos ?? '') || tags[i - 1]?.verbForm === 'part') &&
      tags.slice(i + 1).some((x) => x.verbForm === 'fin')) {
      close(i); start = i; intro = t.low; continue;
    }
    if (i > start && COORDINATORS.has(t.low) && FINITE_AUX.has(tokens[i + 1]?.low ?? '')) {
      close(i); start = i + 1; intro = undefined; continue;
    }
  }
  close(tokens.length);
  if (out.length && out[0].start === 0) {
    const f = tokens[0]?.low;
    if (f && (SUBORDINATORS.has(f) || (f === 'als' || f === 'tot'))) out[0].intro = f;
  }
  return out;
}

const RELATIVE_OK: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** A finite verb: closed class first, then the tagger's reading, then common policy verbs by position. */
function isFiniteAt(tokens: readonly Token[], tags: readonly Tag[], i: number, clauseStart: number): boolean {
  const w = tokens[i]?.low;
  if (!w || tokens[i].kind !== 'word') return false;
  if (FINITE_AUX.has(w) || PAST_FINITE.has(w)) return true;
  const t = tags[i];
  if (t && (t.pos === 'VERB' || t.pos === 'AUX') && t.verbForm === 'fin') return true;
  // An unknown "-t" form without a participle prefix ("plaatst") is a finite verb, whatever the suffix guess says.
  if (t && t.unknown && t.pos === 'VERB' && t.verbForm === 'part' && /t$/.test(w) && !isParticipleWord(w) && i > clauseStart) return true;
  return i > clauseStart && LEXICAL_FINITE.has(w) && (!t || t.pos === 'VERB' || t.pos === 'AUX');
}

/** Common present-tense forms of policy verbs (3rd person singular and plural); the lexicon adds the rest. */
const LEXICAL_FINITE = set('stelt stellen zorgt zorgen draagt dragen levert leveren betaalt betalen financiert financieren voert voeren ' +
  'maakt maken neemt nemen zet zetten biedt bieden brengt brengen richt richten regelt regelen start starten ontwikkelt ontwikkelen ' +
  'realiseert realiseren organiseert organiseren ondersteunt ondersteunen begeleidt begeleiden monitort monitoren evalueert evalueren ' +
  'rapporteert rapporteren verzorgt verzorgen werkt werken pakt pakken bouwt bouwen besluit besluiten beslist beslissen bepaalt bepalen ' +
  'verstrekt verstrekken verleent verlenen wijst wijzen houdt houden geeft geven krijgt krijgen vraagt vragen legt leggen spreekt spreken ' +
  'komen verbindt verbinden investeert investeren streeft streven beoogt beogen verklaart verklaren erkent erkennen ontvangt ontvangen ' +
  'meldt melden informeert informeren deelt delen beheert beheren coördineert coördineren faciliteert faciliteren stimuleert stimuleren ' +
  'versterkt versterken verbetert verbeteren vergroot vergroten verlaagt verlagen verhoogt verhogen treedt treden vervalt vervallen ' +
  'gelden geldt heet heten betekent betekenen omvat omvatten bevat bevatten vormt vormen kiest kiezen stuurt sturen toetst toetsen ' +
  'onderzoekt onderzoeken past passen volgt volgen helpt helpen lost lossen zoekt zoeken vindt vinden');

export function readClauses(tokens: readonly Token[], tags: readonly Tag[] = tagWords(tokens.map((t) => t.text))): Clause[] {
  const clauses: Clause[] = [];
  const participle = (i: number): boolean => {
    const t = tags[i];
    if (t && t.verbForm === 'part' && !(t.unknown && !isParticipleWord(tokens[i].low))) return true;
    if (t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADP' || t.pos === 'DET')) return false;
    return isParticipleWord(tokens[i].low);
  };
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
      for (let i = first; i < c.end; i++) if (finiteIn(i, first)) { finite = i; break; }
      // No finite verb known: the first verb form that is not an infinitive or participle (V2 after the voorveld).
      if (finite < 0) for (let i = first + 1; i < c.end; i++) { const t = tags[i]; if (t && (t.pos === 'VERB' || t.pos === 'AUX') && t.verbForm !== 'inf' && t.verbForm !== 'part') { finite = i; break; } }
      // V2 after a personal pronoun ("We slaan …", "Zij leveren …"): the next word is the finite verb.
      if (finite < 0 && /^(we|wij|zij|ze|ik|u|hij|jij|men)$/.test(tokens[first]?.low ?? '') && tokens[first + 1]?.kind === 'word' &&
        (tags[first + 1]?.pos === 'VERB' || tags[first + 1]?.pos === 'AUX' || tags[first + 1]?.unknown)) finite = first + 1;
    }
    let negated = false, passive = false, agent = false;
    let modality: Modality = 'none';
    let hasParticiple = false, hasWorden = false, hasZijn = false, hasHebben = false, hasZullen = false, hasGaanInf = false;
    for (let i = c.start; i < c.end; i++) {
      const w = tokens[i].low;
      if (NEGATIONS.has(w)) negated = true;
      if (POSSIBILITY.has(w) || w === 'zou' || w === 'zouden') modality = 'possibility';
      else if (OBLIGATION.has(w) && modality === 'none') modality = 'obligation';
      else if (VOLITION.has(w) && modality === 'none') modality = 'volition';
      if (WORDEN.has(w)) hasWorden = true;
      if (ZIJN.has(w)) hasZijn = true;
      if (HEBBEN.has(w)) hasHebben = true;
      if (w === 'zal' || w === 'zullen' || w === 'zult') hasZullen = true;
      if (GAAN.has(w) && i < c.end - 1) for (let j = c.end - 1; j > i; j--) { if (tokens[j].kind !== 'word') continue; if (tags[j]?.verbForm === 'inf' || /en$/.test(tokens[j].low)) hasGaanInf = true; break; }
      if (participle(i)) hasParticiple = true;
      if (w === 'door' && tokens[i + 1]?.low !== 'middel' && i + 1 < c.end) agent = true;
    }
    if ((modality === 'none') && (hasZullen || hasGaanInf)) modality = 'future';
    passive = hasParticiple && (hasWorden || (hasZijn && !hasHebben && finite >= 0 && ZIJN.has(tokens[finite].low)));
    const fw = finite >= 0 ? tokens[finite].low : '';
    let tense: Tense = 'none';
    if (fw) {
      if (PAST_FINITE.has(fw) || tags[finite]?.tense === 'past') tense = 'past';
      else if (hasZullen || hasGaanInf) tense = 'future';
      else if ((HEBBEN.has(fw) || (ZIJN.has(fw) && !hasWorden)) && hasParticiple && !passive) tense = 'perfect';
      else tense = 'present';
      if (fw === 'zou' || fw === 'zouden') tense = 'future';
    }
    // Mood: a question ends in "?" (the clause holding the finite verb first, or a question word); an imperative
    // starts a main clause with a bare verb stem (not a known finite aux) — rare in policy text, read narrowly.
    let mood: Mood = 'declarative';
    if (question && !subordinate) mood = 'question';
    else if (!subordinate && c.start === 0 && QUESTION_WORDS.has(tokens[first]?.low ?? '') && question) mood = 'question';
    // Subject: voorveld before the finite verb (V2), or the first NP after it (inversion / V1).
    let subject: [number, number] | undefined;
    if (finite >= 0) {
      if (!subordinate && finite > first) subject = [first, finite];
      else subject = npAfter(tokens, finite + 1, c.end);
      if (subordinate && finite > first) subject = [first, Math.min(first + 4, finite)];
      // A voorveld that is an adverbial or PP (inversion): the subject follows the finite verb.
      const timeQuantifier = /^(elk|elke|ieder|iedere)$/.test(tokens[first].low) && /^(jaar|maand|week|kwartaal|dag|halfjaar|voorjaar|najaar|keer)$/.test(tokens[first + 1]?.low ?? '');
      if (subject && !subordinate && subject[0] === first && (ADVERBIAL_START.test(tokens[first].low) || timeQuantifier) && finite > first) {
        subject = npAfter(tokens, finite + 1, c.end) ?? subject;
      }
      // A subject pronoun right after the finite verb is the subject, whatever stands first ("Een schone wijk maken we …").
      if (!subordinate && /^(we|wij|ik|u|zij|hij|men|jij|je)$/.test(tokens[finite + 1]?.low ?? '') && finite > first) subject = [finite + 1, finite + 2];
    }
    clauses.push({
      start: c.start, end: c.end, subordinate, conditional, finite, tense, modality, negated, mood,
      subject, subjectKind: subjectKind(tokens, subject), passive, agent,
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
  return clauses;
}

function firstWord(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i].kind !== 'word') i++;
  return i;
}

/** Words that start an adverbial voorveld: prepositions, time adverbs, connectives. */
const ADVERBIAL_START = /^(in|op|bij|met|voor|na|vanaf|vanuit|tot|tijdens|binnen|buiten|uiterlijk|onder|over|door|om|per|na|naast|zonder|volgens|namens|daarom|daarnaast|daarbij|daarmee|daarvoor|daartoe|hiervoor|hiermee|hierbij|hiertoe|daarna|ook|verder|tevens|bovendien|vervolgens|eerst|nu|dan|zo|samen|gezamenlijk|jaarlijks|komende|volgend|volgende|er|ten|ter|vooral|alleen|vanwege|dankzij|ondanks|aan|uit|tegen|rond|omstreeks|zodra|wanneer|als|indien)$/;

function npAfter(tokens: readonly Token[], from: number, end: number): [number, number] | undefined {
  let i = from;
  while (i < end && tokens[i].kind !== 'word') i++;
  if (i >= end) return undefined;
  // "er" is a placeholder subject: the real subject follows ("er komt een team").
  if (tokens[i].low === 'er') return [i, i + 1];
  let j = i;
  const DET = /^(de|het|een|alle|elke|iedere|ieder|elk|beide|deze|dit|die|dat|onze|ons|hun|zijn|haar|geen|twee|drie|vier|vijf)$/;
  while (j < end && DET.test(tokens[j].low)) j++;
  if (j < end && tokens[j].kind === 'word') j++;
  return [i, Math.max(i + 1, j)];
}

function subjectKind(tokens: readonly Token[], subj: [number, number] | undefined): SubjectKind {
  if (!subj) return 'none';
  const words = tokens.slice(subj[0], subj[1]).filter((t) => t.kind === 'word').map((t) => t.low);
  if (words.length === 0) return 'none';
  if (words[0] === 'er') return 'impersonal';
  // The last pronoun-like word decides when the voorveld is short ("Samen gaan we …" is read via inversion).
  if (words.length <= 2 && PRONOUN_SUBJECTS[words[words.length - 1]]) return PRONOUN_SUBJECTS[words[words.length - 1]];
  if (words.some((w) => DISTRIBUTIVE_DETS.has(w))) return 'distributive';
  if (words.includes('alle') && words.some((w) => COLLECTIVE_HEADS.has(w))) return 'collective';
  if (words.length <= 3 && words.some((w) => COLLECTIVE_HEADS.has(w))) return 'collective';
  if (words.some((w) => DOCUMENT_HEADS.has(w)) && words.length <= 4) return 'document';
  return 'np';
}

/** The main (non-subordinate) clauses, or all when there is none. */
export function mainClauses(cs: readonly Clause[]): Clause[] {
  const m = cs.filter((c) => !c.subordinate);
  return m.length ? m : [...cs];
}
