/**
 * The cue layer of the checklist: what each sentence visibly does, computed once per sentence and cached by
 * the sentence's text (cues never depend on offsets, so a sentence that only moved after an edit reuses them).
 *
 * The cue lists are vocabulary concepts (src/core/vocab/checklist.ts, in the phrase syntax of
 * src/core/vocab/phrase.ts): per checklist item a list of phrases, plus a few sentence-wide modifiers (hedge,
 * deferral, negation, optional modal) that the deciders in evaluate.ts use to refuse thin or non-committal
 * evidence. All lists are answered by one token pass per sentence; the user's `phrases` for a cue id count too.
 */
import type { Sentence } from '../document';
import { primeRegex } from '../text/prime';
import { activeVocabKey, vocab } from '../vocab';
import { CHECKLIST_CONCEPTS, type CueId } from '../vocab/checklist';
import { compilePhraseMatcher, Matcher, registeredBits } from '../vocab/phrase';
import { wordClass } from '../vocab/classes';
import { compoundHead, lemmaOf, tagWords } from '../read/lexicon';

export { Matcher, registeredMatchers } from '../vocab/phrase';
export type { CueId } from '../vocab/checklist';

/** Compile a phrase list (the syntax of src/core/vocab/phrase.ts); answered by the combined token pass. */
export function compileCue(phrases: readonly string[]): Matcher {
  return compilePhraseMatcher(phrases);
}

/** The cue lists by id (the phrases of the checklist concepts). */
export const CUE_PHRASES = Object.fromEntries(Object.entries(CHECKLIST_CONCEPTS).map(([id, c]) => [id, c.phrases])) as Record<CueId, readonly string[]>;
export const CUE_IDS = Object.keys(CUE_PHRASES) as CueId[];
const CUE_COUNT = CUE_IDS.length;
// Three numbers of 30 bits hold the cue bits (`SentenceCues.b0`–`b2`).
if (CUE_COUNT > 90) throw new Error(`checklist cues: ${CUE_COUNT} cues do not fit in three 30-bit numbers`);

/** Per-sentence cues: a bit per cue id plus derived facts. Offset-free, so cacheable by text. */
export interface SentenceCues {
  /**
   * The cue bits, 30 per number (cue i is bit i % 30 of `b0`, `b1` or `b2`; read them with `has`). Three small
   * integers on the object instead of a `Uint8Array` per sentence (branch speed25): a typed array is a JS object, an
   * ArrayBuffer object and a backing store outside the heap, ≈ 350 bytes for 68 bits, 1.7 MB of the 100k-word document's
   * peak.
   */
  b0: number;
  b1: number;
  b2: number;
  /** Number of specific actors (named organisation, organisation noun, role). */
  specific: number;
  /** Lowercased heads of the specific actors. */
  actorHeads: string[];
  /** A government actor (gemeente, college, provincie, rijk, minister …) occurs. */
  government: boolean;
  /** Amount in euros (not p.m.). */
  money: boolean;
  /** Capacity figure (fte, hours, people). */
  capacity: boolean;
  /** A result quantity: a count or percentage (digits or number words) with a noun. */
  resultQty: boolean;
  /** A time frame (date, year, period, deadline); `recurrence` separately. */
  time: boolean;
  deadline: boolean;
  recurrence: boolean;
}

const NUMWORD = String.raw`\d+(?:[.,]\d+)*|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend|alle|elke|elk|ieder|iedere`;
/**
 * Amounts the money recogniser leaves out (guide real-documents B2, form variants): number words before "euro"
 * ("twee miljoen euro", "vijftigduizend euro"), a dash after the sign ("€-250.000") and "ton" as a hundred thousand
 * euros ("2 ton beschikbaar").
 */
const EXTRA_MONEY = /(?<![\p{L}])(?:(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)\s*(?:honderd|duizend|miljoen|miljard)|\p{L}+(?:duizend|miljoen|miljard))\s+euro(?![\p{L}])|€\s*-\s*\d|(?<![\p{L}\p{N}])\d+(?:,\d+)?\s+ton\s+(?:euro|beschikbaar|extra|per\s+jaar|structureel|incidenteel|subsidie|budget)(?![\p{L}])/u;
/** Time nouns after "elk/ieder" are a recurrence, not a result ("ieder kwartaal"). */
const TIME_NOUN = wordClass('periodNoun');
// EXTRA_MONEY above, PERCENT and the patterns below are number formats (digits, number words, units), not word lists:
// they stay in code (issue 13 point 5 leaves structural patterns and number formats out of the vocabulary).
const PERCENT = /(?<![\p{L}\p{N}])\d+(?:,\d+)?\s?(?:%|procent)/u;
const RESULT_QTY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:ten minste |minimaal |tenminste |maximaal |minder dan |meer dan |circa |ruim )?(?:${NUMWORD})\s+(?:extra\s+|nieuwe\s+|meer\s+|minder\s+|groene\s+|sociale\s+|betaalbare\s+)?(\p{L}{4,})|(?<![\p{L}\p{N}])\d+(?:,\d+)?\s?(?:%|procent)`, 'giu');

/**
 * A year before a word that is no noun counts nothing ("de woonvisie die in oktober 2016 door ons is vastgesteld",
 * "de Archiefwet 1995 moeten"); before a noun it may be a count ("2000 woningen").
 */
function yearBeforeWord(match: string, word: string): boolean {
  if (!/(?:^|\s)(?:19|20)\d\d\s/.test(match)) return false;
  let noun = nounAfterYear.get(word);
  if (noun === undefined) {
    noun = tagWords(['2000', word])[1]?.pos === 'NOUN';
    if (nounAfterYear.size >= 5000) nounAfterYear.clear();
    nounAfterYear.set(word, noun);
  }
  return !noun;
}
/** Per word: does the tagger read it as a noun after a year? (memoised: the same few words recur). */
const nounAfterYear = new Map<string, boolean>();

const UNIT = String.raw`(?:jaar|jaren|maanden|maand|weken|week|dagen|werkdagen|kwartalen)`;
const NUM = String.raw`\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|achttien|vierentwintig|zesendertig`;
/** A period counted from an event ("twee jaar na de start", "binnen zes maanden na ondertekening") (guide real-documents B2). */
const RELATIVE_TIME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NUM})\s+${UNIT}\s+(?:na|voor|vóór|nadat|vanaf|volgend\p{L}*\s+op)(?![\p{L}])`, 'u');
/** A recurrence with a count ("elke vijf jaar", "om de twee jaar", "iedere drie maanden", "vijfjaarlijks"). */
const COUNTED_RECURRENCE = new RegExp(String.raw`(?<![\p{L}])(?:(?:elke|iedere|om\s+de)\s+(?:${NUM})\s+${UNIT}|(?:elk|elke|ieder|iedere)\s+(?:kwartaal|halfjaar|half\s+jaar|tertiaal|maand|jaar)|\p{L}+jaarlijks\p{L}*|\p{L}+maandelijks\p{L}*)(?![\p{L}])`, 'u');

/**
 * An unknown acronym (a programme, plan or system name as often as an organisation) counts as an actor only
 * where it acts: followed by a verb or "en", or as the agent after "door". Other actors always count.
 */
function actsAsActor(s: Sentence, token: number, text: string): boolean {
  if (!/^[\p{Lu}][\p{L}&+]{1,7}$/u.test(text) || !/^(?:.*\p{Lu}){2}/u.test(text)) return true;
  if (vocab('knownAcronyms').isWord(text.toLowerCase())) return true;
  const next = s.tokens[token + 1]?.low ?? '';
  const prev = s.tokens[token - 1]?.low ?? '';
  return vocab('actorVerb').isWord(next) || prev === 'door';
}
function relativeTime(low: string): boolean {
  if (!/ na | voor | vóór | nadat | vanaf | volgend/.test(low)) return false;
  primeRegex(RELATIVE_TIME);
  return RELATIVE_TIME.test(low);
}
function countedRecurrence(low: string): boolean {
  if (!/elk|ieder|om de|jaarlijks|maandelijks/.test(low)) return false;
  primeRegex(COUNTED_RECURRENCE);
  return COUNTED_RECURRENCE.test(low);
}
/** A noun for staff, also as the head of an unknown compound in the plural ("wijkcoaches", "jongerenwerkers"). */
function isStaff(word: string): boolean {
  const staff = vocab('staffHeads');
  for (const w of [word, lemmaOf(word), word.replace(/'?s$/, ''), word.replace(/es$/, ''), word.replace(/en$/, ''), word.replace(/n$/, ''), word.replace(/aren$/, 'aar')]) {
    if (staff.isWord(compoundHead(w).head)) return true;
    if (staff.words().some((x) => x.length >= 4 && w.length > x.length && w.endsWith(x))) return true;
  }
  return false;
}
/** The cue matchers without user phrases (`vocab(id)` then gives the registered matcher, fixed at module load). */
let cueMatchers: Matcher[] | undefined;
const cache = new Map<string, SentenceCues>();
const CACHE_MAX = 20000;

/** Cues of one sentence (cached by its lowercase text and actors). */
export function sentenceCues(s: Sentence): SentenceCues {
  const vk = activeVocabKey();
  const key = vk ? `${s.raw}\u0000${vk}` : s.raw;
  const hit = cache.get(key);
  if (hit) return hit;
  // One combined token pass answers every list (the user's phrases for a cue id make its matcher a separate one).
  const bits = [0, 0, 0];
  if (vk === '') {
    // No user phrases: each cue's matcher is its registered one, whose `test(s)` is its bit of the combined pass.
    const ms = cueMatchers ??= CUE_IDS.map((id) => vocab(id));
    // Packed, 32 bits a word, the number of bits covered last (`bitAt` in ../vocab/phrase.ts, written out here).
    const sb = registeredBits(s);
    const covered = sb[sb.length - 1];
    for (let i = 0; i < CUE_COUNT; i++) {
      const slot = ms[i].slot;
      if (slot >= 0 && slot < covered ? ((sb[slot >> 5] >> (slot & 31)) & 1) === 1 : ms[i].test(s)) bits[(i / 30) | 0] |= 1 << (i % 30);
    }
  } else for (let i = 0; i < CUE_COUNT; i++) if (vocab(CUE_IDS[i]).test(s)) bits[(i / 30) | 0] |= 1 << (i % 30);
  const specificActors = s.actors.filter((a) => (a.kind === 'named' || a.kind === 'org' || a.kind === 'role') && a.text !== 'om' && actsAsActor(s, a.token, a.text));
  const heads = specificActors.map((a) => a.text.toLowerCase().replace(/\s+/g, ' '));
  // Acronyms of organisations the actor lexicon does not know (e.g. "RBL", "KvB", "NZT"): two or more capitals.
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    // The acronym needs a capital first letter: a token starting with any other ASCII character skips the regex.
    const c0 = t.text.charCodeAt(0);
    if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) continue;
    if (!/^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}&+]{1,7}$/u.test(t.text)) continue;
    if (/^(II|III|IV|VI|VII|VIII|IX|XI|XII|NB|PS|ICT|EU)$/.test(t.text) || heads.includes(t.low)) continue;
    if (actsAsActor(s, i, t.text)) heads.push(t.low);
  }
  // A percentage is a result quantity (the count alternative below would consume "30 procent" first and drop it).
  let resultQty = PERCENT.test(s.low);
  primeRegex(RESULT_QTY);
  RESULT_QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  // A count of staff ("twee wijkcoaches", "vier ambtenaren"): people put in, by the compound head of the noun.
  let staff = false;
  while ((m = RESULT_QTY.exec(s.low))) {
    if (m[1] && /^\d|^(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd)\s/.test(m[0].trim()) &&
      isStaff(m[1])) staff = true;
    if (resultQty) continue;
    if (!m[1]) { resultQty = true; continue; }
    if (!vocab('notResultNoun').isWord(m[1]) && !TIME_NOUN.test(m[1]) && !yearBeforeWord(m[0], m[1])) resultQty = true;
  }
  const cues: SentenceCues = {
    b0: bits[0], b1: bits[1], b2: bits[2],
    specific: heads.length,
    actorHeads: heads,
    government: s.actors.some((a) => vocab('government').isWord(a.text.toLowerCase().split(/\s+/)[0])),
    money: s.money.some((x) => !x.open) || ((s.low.includes('euro') || s.low.includes('€') || s.low.includes(' ton ')) && EXTRA_MONEY.test(s.low)),
    capacity: (staff || s.quantities.some((q) => q.kind === 'capacity' && /fte|uur|uren|formatie|f\.t\.e/.test(q.unit))) && !vocab('capacityEstimate').test(s.low),
    resultQty,
    time: s.times.some((t) => t.kind !== 'recurrence') || relativeTime(s.low),
    deadline: s.times.some((t) => t.kind === 'deadline' || t.kind === 'date'),
    recurrence: s.times.some((t) => t.kind === 'recurrence') || vocab('recurrence').test(s) || countedRecurrence(s.low),
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, cues);
  return cues;
}

// A Map: `has` is asked with every cue id from one site, and a keyed read of a 68-property object there is megamorphic.
const INDEX = new Map<CueId, number>(CUE_IDS.map((id, i) => [id, i]));

/** Does the sentence show cue `id`? */
export function has(c: SentenceCues, id: CueId): boolean {
  const i = INDEX.get(id)!;
  return (((i < 30 ? c.b0 : i < 60 ? c.b1 : c.b2) >>> (i % 30)) & 1) === 1;
}

/** The first match of a cue in a text (for tests and hovers). */
export function matchCue(id: CueId, text: string): string | undefined {
  return vocab(id).exec(text);
}
