/**
 * Reading regie-family words by who holds the regie and in which sense (guide judgement §5; real-documents C1,
 * C2; issue 13 point 4), on the reading core: clause records (`read/clause.ts`), what the sentence does
 * (`read/unit.ts`) and the words of `vocab/regie.ts`.
 *
 * Per regie word, in this order:
 *  1. Not a claim of this text: a heading names (naam); a question, a form field or a model clause asks or shows
 *     (anders); a regie word inside what an indicator counts describes (anders).
 *  2. anders: the holder's own grip — the holder is a person, household, client or professional (as subject of
 *     the clause, as possessor "regie van/bij X", as receiver "X regie geven"), or the regie is over their own
 *     life, data or dossier ("eigen regie", "regie over hun …").
 *  3. naam: part of a name (a body already introduced, a capitalised name such as "Wet regie op …", the term
 *     after "hierna te noemen", a role repeated with nothing new). The founding clause of a body is a claim.
 *  4. A claim. Its holder: "onder regie van X", "de regie ligt bij X", the subject of the clause with "regie
 *     voeren/nemen/hebben/houden", the door-agent of a passive, the antecedent of a relative clause, a role title;
 *     else, when the clause names nobody on purpose (impersonal, agentless passive, a collective), no holder;
 *     else a pronoun's antecedent in the sentence before, the lead-in or the heading above. A collective holder
 *     ("samen", "alle partners", an undefined "we") is no holder.
 *     gevuld: a holder AND a kind, means or concrete task in the claim's paragraph (for a list item: its list and
 *     lead-in; the heading above counts), where sentences whose subject is another party lend nothing; hol
 *     otherwise. Hedges and buzz objects ("regie op de samenhang") cancel a weak task.
 * Hollow claims become `regie/hol` findings. Every reading keeps what it found (actor, kind, means, deliverable).
 */
import type { RegieMention } from './types';
import type { DocModel, Sentence, RegieWord } from './document';
import { carried, factIndexes, headingOf, isRegieWord, memoize, memoMap, sentenceId, textFacts, type Shared } from './document';
import { hasPhrase, vocab, type Matcher } from './vocab';
import { firstWordIndex, quotedAt, specificActors as specificActorMentions } from './rules/util';
import { loneParagraphSentence, ownDoer, readLocal, reportsOnly, runsAlready, tagsOf, unitOf, type Unit } from './read/unit';
import { clauseAt, looksBack, type Clause } from './read/clause';
import { regieConceptId, type RegieVocabId } from './vocab/regie';
import { authorActs } from './read/context';
import { isPeopleWord } from './read/frames';
import { documentSpeaker } from './profile/speaker';
import { tocLine } from './rules/toc';
import { Slot } from './slots';

export interface RegieReading extends RegieMention { sentence: number }

/**
 * The compiled word list of one concept of `vocab/regie.ts` (ids `regieReaderKind`, `regieReaderMeans`, …), with the
 * phrases the user added for this analysis. The reader and the regie rules read their lists through this.
 */
export function regieVocab(id: RegieVocabId): Matcher {
  return vocab(regieConceptId(id));
}



const weCache = new Slot<DocModel, boolean>();
/**
 * True when "we" stands for one party: the text defines it ("wij als gemeente", "hierna: wij"), or the text is
 * written by one author rather than by several parties (judgement §7: resolve "we" to the main actor).
 */
export function weIsOneParty(doc: DocModel): boolean {
  let v = weCache.get(doc);
  if (v === undefined) {
    let defined = false, multi = 0;
    const facts = textFacts(doc, 'we:party', (s) => memoize(s, 'we:party', () => [regieVocab('weDefined').test(s), regieVocab('multiParty').test(s)] as const));
    for (let i = 0; i < doc.sentences.length; i++) {
      const [def, mult] = facts(i);
      if (def) { defined = true; break; }
      if (mult) multi++;
    }
    // Where the parties of an agreement speak (profile/speaker.ts), "we" is all of them; elsewhere three or more
    // multi-party phrases say the same.
    v = defined || (documentSpeaker(doc).kind !== 'parties' && multi < 3);
    weCache.set(doc, v);
  }
  return v;
}

/** "We" names a holder: the text speaks as one author or one authority, or defines "we" as one party. */
function weHolds(doc: DocModel): boolean {
  return authorActs(doc) || weIsOneParty(doc);
}

/**
 * For tests only: leave the context out of the regie reader's per-sentence cache key (a wrong, narrower key), so the
 * property test can show that it catches a cache keyed by less than the reading reads. Never set in production.
 */
let narrowRegieKey = false;
export function setRegieKeyForTests(narrow: boolean): void {
  narrowRegieKey = narrow;
}

/**
 * The readings of one sentence as last computed, with what they were computed from (see `readRegie`). The same
 * reading objects are handed out again while the sentence keeps its place: nothing may change a reading.
 */
interface SentenceReadings {
  key: string;
  /** Where the sentence started when the readings were last placed (their offsets are absolute for that start). */
  base: number;
  /**
   * The sentence's index and the line of its start when the readings were last placed: while both and `base` are the
   * same, so is every reading's line (see `readRegie`).
   */
  index: number;
  line: number;
  readings: RegieReading[];
  /** The body and role keys the sentence introduced (in order), given the `introduced` flags in the key. */
  adds: string[];
}

/**
 * Classify every regie-family word of the document: a fold over the sentences with regie words. What a sentence's
 * readings depend on besides its own text is its cache key (`readingKey`): its unit function, its block's kind and
 * size, its claim window (the paragraph or list, the lead-in, the heading above, a founded body's article) by the
 * identity of their sentences, whether "we" names a holder, and which of its body and role keys earlier sentences
 * introduced. While the key is unchanged the sentence's readings are reused, moved to its current place.
 */
export function readRegie(doc: DocModel): RegieReading[] {
  const out: RegieReading[] = [];
  const introduced = new Set<string>();
  let we: boolean | undefined;
  const weHere = (): boolean => (we ??= weHolds(doc));
  const n = doc.sentences.length;
  // An Analyzer's next model replays the previous model's key of a sentence whose context is unchanged (`replayedIndex`)
  // instead of building it again: the same string `readingKey` would build, so the cache below decides as before.
  const last = narrowRegieKey ? undefined : carried.previous<RegieFold>(doc, 'regie:fold');
  const fold = newFold(last?.value, n);
  let replay = !!last;
  // Only the sentences with regie words, as a list carried over between an Analyzer's models (`factIndexes`: not a
  // walk over every sentence per keystroke); indexed loops and no per-sentence arrays below.
  const sentences = doc.sentences;
  const withWords = factIndexes(doc, 'regie:withWords', hasRegieWords);
  for (let wi = 0; wi < withWords.length; wi++) {
    const s = sentences[withWords[wi]];
    const i = s.index;
    fold.logAt[i] = fold.log.length;
    let key: string | undefined;
    const unit = narrowRegieKey ? undefined : unitOf(doc, i);
    if (replay && unit) {
      if (last!.value.we !== weHere()) replay = false;
      else {
        const oi = replayedIndex(doc, s, last!.shared);
        const was = last!.value;
        const oldUnit = oi >= 0 ? was.units[oi] : undefined;
        if (oi >= 0 && oldUnit && (oldUnit === unit || (oldUnit.fn === unit.fn && oldUnit.cue === unit.cue)) && sameIntroduced(introduced, was, oi)) key = was.keys[oi];
      }
    }
    key ??= readingKey(doc, s, introduced, weHere);
    fold.units[i] = unit;
    const hit = s.memo.get('regie:readings') as SentenceReadings | undefined;
    if (hit && hit.key === key) {
      // The key string kept in the memo from now on (an equal string built again is compared in full on every
      // keystroke otherwise).
      fold.keys[i] = hit.key;
      // The readings as placed last time while the sentence stays where it was (same offset, index and line of its
      // start); otherwise moved, and kept as placed now. A reading's line is the line of the sentence's start plus the
      // line breaks (CR, LF) of the sentence's text before it, and the masked text the memo belongs to keeps CR and LF
      // where the text has them: at the same start line, every reading is on the same line as when placed.
      const d = s.start - hit.base;
      const line = doc.lines.lineOf(s.start);
      if (d !== 0 || hit.index !== s.index || hit.line !== line) {
        // A loop, not a closure: a closure over the loop's variables would give every iteration a context object.
        const placed: RegieReading[] = [];
        for (let k = 0; k < hit.readings.length; k++) placed.push(moved(hit.readings[k], d, doc.lines.lineOf(hit.readings[k].start + d), s.index));
        hit.readings = placed;
        hit.base = s.start;
        hit.index = s.index;
        hit.line = line;
      }
      for (let k = 0; k < hit.readings.length; k++) out.push(hit.readings[k]);
      for (let k = 0; k < hit.adds.length; k++) {
        const a = hit.adds[k];
        if (!introduced.has(a)) { introduced.add(a); fold.log.push(a); }
      }
      continue;
    }
    const before = new Set(introduced);
    const readings: RegieReading[] = [];
    for (const w of s.regie) readings.push(classify(doc, s, w, introduced));
    const adds: string[] = [];
    for (const k of introduced) if (!before.has(k)) { adds.push(k); fold.log.push(k); }
    fold.keys[i] = key;
    s.memo.set('regie:readings', { key, base: s.start, index: s.index, line: doc.lines.lineOf(s.start), readings, adds } satisfies SentenceReadings);
    out.push(...readings);
  }
  // Every key holds whether "we" names a holder: computed whenever a sentence has regie words.
  fold.we = we ?? false;
  if (!narrowRegieKey) carried.keep(doc, 'regie:fold', fold);
  return out;
}

/**
 * Has one of the sentence's regie words a founded body ('richten een regieorgaan op')? Per built sentence (its word
 * facts are), kept in its memo: asked for every replayed sentence on every keystroke, and a moved sentence's regie
 * words are a shifted copy made on first read.
 */
function foundsBody(s: Sentence): boolean {
  let f = s.memo.get('regie:foundsBody') as boolean | undefined;
  if (f === undefined) {
    f = false;
    for (const w of s.regie) { const wf = wordFacts(s, w); if (wf.isBody && wf.founding) { f = true; break; } }
    s.memo.set('regie:foundsBody', f);
  }
  return f;
}

function hasRegieWords(s: Sentence): boolean {
  return s.regie.length > 0;
}

/**
 * The keys of `readRegie` as kept for the next model of an Analyzer: per sentence index its key and the unit it was
 * built with, whether "we" named a holder, and the body and role keys introduced in order (`logAt`: how many before
 * the sentence).
 */
interface RegieFold {
  keys: Array<string | undefined>; units: Array<Unit | undefined>; we: boolean; log: string[]; logAt: Int32Array;
  /** The arrays of the fold before this one (two models back from the next analysis), for the next fold to reuse. */
  older?: RegieFold;
}

/**
 * The fold of this analysis, over `n` sentences: the arrays of the fold two models back when there is one (the
 * previous model's fold, `last`, is read during this analysis; the one before it is read by nothing any more), cleared,
 * instead of three arrays over every sentence made per keystroke. `units` and `keys` are read only where `units` is set
 * in the same fold (see `readRegie`), `logAt` only there too: clearing the first two is all a fresh fold has.
 */
function newFold(last: RegieFold | undefined, n: number): RegieFold {
  const o = last?.older;
  let fold: RegieFold;
  if (o) {
    last!.older = undefined;
    o.keys.length = n; o.keys.fill(undefined);
    o.units.length = n; o.units.fill(undefined);
    o.log.length = 0;
    if (o.logAt.length !== n) o.logAt = new Int32Array(n);
    o.we = false;
    fold = o;
  } else fold = { keys: new Array<string | undefined>(n), units: new Array<Unit | undefined>(n), we: false, log: [], logAt: new Int32Array(n) };
  fold.older = last;
  return fold;
}

/** The introduced keys are those the previous model had introduced before its sentence oi. */
function sameIntroduced(introduced: ReadonlySet<string>, was: RegieFold, oi: number): boolean {
  const k = was.logAt[oi];
  if (introduced.size !== k) return false;
  for (let j = 0; j < k; j++) if (!introduced.has(was.log[j])) return false;
  return true;
}

/**
 * The previous model's index of sentence s when every block `readingKey` reads for it is unchanged, else -1. In the
 * unchanged blocks at the start, a key reads back (heading, lead-in, list) inside them; forward it reads the rest of
 * its list, up to the block after it, and a founded body's article (not replayed). In the unchanged blocks at the
 * end, a key reads forward inside them; back it reads its list from its start, the lead-in before it and the heading
 * above: all of them must lie in those blocks. Keep this in step with `readingKey`.
 */
function replayedIndex(doc: DocModel, s: Sentence, sh: Shared): number {
  const n = doc.blocks.length;
  const b = s.block;
  const list = doc.blocks[b].kind === 'listItem';
  if (b < sh.pb) {
    let end = b;
    if (list) {
      const starts = listStarts(doc);
      while (end + 1 < n && doc.blocks[end + 1].kind === 'listItem' && starts[end + 1] === starts[b]) end++;
    }
    if (end + 1 >= sh.pb) return -1;
    if (foundsBody(s)) return -1;
    return s.index;
  }
  const lo = n - sh.qb;
  if (b < lo) return -1;
  const first = list ? listStarts(doc)[b] : b;
  const f0 = doc.blockSentences[first]?.[0] ?? 0;
  if (f0 < 1 || doc.sentences[f0 - 1].block < lo) return -1;
  const heading = headingOf(doc, b);
  if (!heading || heading.index < lo) return -1;
  return s.index - doc.sentences.length + sh.prevSentences;
}

/**
 * A reading at its sentence's new place. The same properties in the same order as `classify` made them (three
 * shapes: without actor, with actor only, with every fact), without an object spread (slow on this hot path). A new
 * property of a reading must be added here too (the incremental = fresh tests fail until it is).
 */
function moved(r: RegieReading, d: number, line: number, sentence: number): RegieReading {
  const { start, end, word } = r;
  if ('kind' in r) {
    const m: RegieReading = { start: start + d, end: end + d, line, word, sentence, class: r.class, actor: r.actor, kind: r.kind, means: r.means, deliverable: r.deliverable };
    if (r.holder !== undefined) m.holder = r.holder;
    if (r.askedOf) m.askedOf = true;
    return m;
  }
  if ('actor' in r) return { start: start + d, end: end + d, line, word, sentence, class: r.class, actor: r.actor };
  return { start: start + d, end: end + d, line, word, sentence, class: r.class };
}

/** The key under which a body word is introduced (its singular: "regiegroepen" → "regiegroep"). */
const bodyKeyOf = (low: string): string => low.replace(/(en|s)$/, '');
/** The key under which a role word is introduced ("regisseurs" → "regisseur"). */
const roleKeyOf = (low: string): string => low.replace(/s$/, '');

/** Everything the readings of sentence s read beyond its own text (see `readRegie`). */
function readingKey(doc: DocModel, s: Sentence, introduced: ReadonlySet<string>, weHoldsHere: () => boolean): string {
  let k = '';
  // The introduced flags of the keys its words may look up (a body's or a role's), at the sentence's start.
  for (const w of s.regie) {
    const wf = wordFacts(s, w);
    if (wf.isBody) k += introduced.has(bodyKeyOf(w.low)) ? 'B' : 'b';
    else if (wf.isRole) k += introduced.has(roleKeyOf(w.low)) ? 'R' : 'r';
    else k += '-';
  }
  if (narrowRegieKey) return k;
  const block = doc.blocks[s.block];
  const [f, l] = doc.blockSentences[s.block] ?? [0, 0];
  const unit = unitOf(doc, s.index);
  k += `|${block.kind}.${l - f}|${unit.fn}.${unit.cue}|${weHoldsHere() ? 1 : 0}|`;
  const paragraph = paragraphOf(doc, s);
  k += `${s.index - paragraph[0].index}:`;
  for (const x of paragraph) k += `${sentenceId(x)},`;
  const lead = leadInOf(doc, s);
  const heading = headingSentence(doc, s);
  k += `|${lead ? sentenceId(lead) : ''}|${heading ? sentenceId(heading) : ''}`;
  // A founded body reads its article in the next section.
  for (const w of s.regie) {
    const wf = wordFacts(s, w);
    if (wf.isBody && wf.founding) {
      k += `|a${w.token}:`;
      for (const x of bodyArticle(doc, s, w.low)) k += `${sentenceId(x)},`;
    }
  }
  return k;
}

// ——— words and clauses ———

const text = (s: Sentence, a: number, b: number): string => {
  const t = s.tokens;
  if (a >= b || a < 0 || b > t.length) return '';
  return s.raw.slice(t[a].start - s.start, t[b - 1].end - s.start);
};

/** Specific actors (named, organisation, role) of a sentence whose first token lies in [a, b). */
function actorsIn(s: Sentence, a: number, b: number, skip?: number): string[] {
  return specificActorMentions(s).filter((x) => x.token >= a && x.token < b && x.token !== skip).map((x) => x.text);
}

/** A capitalised word that is a name: tagged as one, or unknown to the lexicon (places, organisations). */
function properName(s: Sentence, k: number): boolean {
  const tag = tagsOf(s)[k];
  // Codes ("GAP18", "B14") are no parties.
  if (/\d/.test(s.tokens[k]?.text ?? '')) return false;
  return !!tag && (tag.pos === 'PROPN' || (!!tag.unknown && tag.pos !== 'VERB' && tag.pos !== 'ADJ'));
}

const PRONOUN = { test: (w: string): boolean => regieVocab('pronoun').isWord(w) };
const FIRST_PERSON = { test: (w: string): boolean => regieVocab('firstPerson').isWord(w) };

type HolderKind = 'actor' | 'we' | 'people' | 'collective' | 'none' | 'pronoun' | 'unknown';
interface Holder { kind: HolderKind; text?: string; how?: string }

/** What one regie word says by its own sentence (memoised per sentence text and word position). */
interface WordFacts {
  /** What the sentence does makes it no claim: 'naam' for a heading-like title, 'anders' for questions, forms, indicators. */
  nonClaim?: 'naam' | 'anders';
  own: boolean;
  name: boolean;
  isRole: boolean;
  isBody: boolean;
  founding: boolean;
  holder: Holder;
  buzz: boolean;
  /** The word stands in the form of a claim (see `claimForm`). */
  claimForm: boolean;
}

function wordFacts(s: Sentence, w: RegieWord): WordFacts {
  // Per sentence, by the word's token (asked per regie word on every analysis).
  const words = memoMap<number, WordFacts>(s, 'regie:words');
  const key = w.token;
  let f = words.get(key);
  if (!f) words.set(key, (f = computeWordFacts(s, w)));
  return f;
}

/** The part after "regie" in a compound that starts with it ("regieverlies" → "verlies"), without a plural ending; '' otherwise. */
function compoundTail(low: string): string {
  const k = low.lastIndexOf('regie');
  if (k < 0) return '';
  const tail = low.slice(k + 5).replace(/^-/, '');
  return tail === 's' || tail === 'ën' ? '' : tail;
}

/** The opening of the title of a legal act (a bill or decree named by what it does). */
const LEGAL_TITLE = /^\s*(?:Wijziging|Regels|Regeling|Besluit|Wet|Verordening)\s+(?:van|over|tot|op|houdende|inzake)\s/u;
const GLUED_LEGAL_TITLE = /\p{Ll}\s+(?:Wijziging|Regels|Regeling|Besluit|Verordening)\s+(?:van|over|tot|houdende|inzake)\s/u;

/** The text before a word opens a bracket with a capitalised word that is not closed before it ("(Wet versterking "). */
function insideCapitalBrackets(before: string): boolean {
  const open = before.lastIndexOf('(');
  return open >= 0 && before.indexOf(')', open) < 0 && /^\(\s*\p{Lu}/u.test(before.slice(open));
}

/** Token i stands after the finite copula of clause c, whose subject's noun is a word of weighing (`evaluationNouns`). */
function weighedProperty(s: Sentence, c: Clause, i: number): boolean {
  if (!c.subject || c.finite < 0 || i <= c.finite || c.subject[0] > c.finite) return false;
  const tags = tagsOf(s);
  if (!/^(zijn|worden|blijven)$/.test(tags[c.finite]?.lemma ?? '')) return false;
  for (let k = c.subject[0]; k < Math.min(c.subject[1], c.finite); k++) {
    if (tags[k]?.pos !== 'NOUN') continue;
    return vocab('evaluationNouns').isWord(tags[k].lemma);
  }
  return false;
}

/** The text before a word opens a quotation that is not closed before it (a quoted title, slogan or name). */
function insideQuote(before: string): boolean {
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('„'));
  if (open >= 0 && before.indexOf('”', open) < 0) return true;
  // Guillemets, as Kamerstukken quote a report's title («Regierol gemeenten bij …»).
  const g = before.lastIndexOf('«');
  if (g >= 0 && before.indexOf('»', g) < 0) return true;
  let straight = 0;
  for (const ch of before) if (ch === '"') straight++;
  return straight % 2 === 1;
}

function computeWordFacts(s: Sentence, w: RegieWord): WordFacts {
  const t = s.tokens;
  const i = w.token;
  const c = clauseAt(readLocal(s).clauses, i);
  const cEnd = c ? c.end : t.length;
  const cStart = c ? c.start : 0;
  const after = text(s, i + 1, Math.min(cEnd, i + 7));
  const around = text(s, Math.max(cStart, i - 3), Math.min(cEnd, i + 9));
  const isRole = /regisseurs?$/.test(w.low);
  const isBody = !isRole && regieVocab('body').test(w.low);
  const founding = regieVocab('founding').test(s) || /^(een|één)$/.test(t[i - 1]?.low ?? '');
  const buzz = regieVocab('buzzObject').test(text(s, i, Math.min(cEnd, i + 6)));
  const base = { isRole, isBody, founding, buzz };
  const none: Holder = { kind: 'none' };

  // 1. What the sentence does.
  const lowTrim = s.low.trim();
  let nonClaim: WordFacts['nonClaim'];
  // Inside what an indicator counts ("het aantal dossiers dat de casusregisseur binnen acht weken afsluit").
  if (/^\s*(?:indicator|indicatoren|kengetal|prestatie-indicator)\b/.test(lowTrim)) nonClaim = 'anders';
  // An indirect question: who will hold it is still to be chosen ("kiezen onder wiens regie het plan loopt").
  // "… hoe we de regie voeren", and a topic line "Over hoe we daarin een regierol vervullen." (a preposition and a
  // question word open the sentence): what is asked or announced, no claim.
  const f0 = firstWordIndex(s);
  if (/^(wiens|wier)$/.test(t[i - 1]?.low ?? '') || (c?.subordinate && /^(wie|welke|of|hoe)$/.test(t[c.start]?.low ?? '')) ||
    (t[f0]?.low === 'over' && /^(hoe|wat|welke|wie|waarom)$/.test(t[f0 + 1]?.low ?? ''))) nonClaim = 'anders';
  // Text addressed to the reader of a form ("Beschrijf wie …", "Geef aan hoe u …").
  if (regieVocab('formInstruction').test(text(s, 0, Math.min(t.length, 3))) || t.some((k) => k.low === 'uw' || (k.low === 'u' && k.text === 'u'))) nonClaim = 'anders';
  if (c && c.subordinate && regieVocab('indicator').test(text(s, 0, c.start))) nonClaim = 'anders';

  // One item of what a text or plan contains or describes ("de beschrijving bevat taken, planning en regierol").
  if (c && regieVocab('contentVerb').test(text(s, 0, cEnd)) &&
    (/^(,|en|of)$/.test(t[i - 1]?.low ?? '') || (/^(de|het|een)$/.test(t[i - 1]?.low ?? '') && /^(,|en|of)$/.test(t[i - 2]?.low ?? '')) ||
      /^(,|en|of)$/.test(t[i + 1]?.low ?? ''))) nonClaim = 'anders';

  // 2. Someone's own grip.
  let own = regieVocab('ownObject').test(after) || regieVocab('ownGrip').test(around) || t[i - 1]?.low === 'eigen';
  // "Regie voor inwoners en lokaal bestuur is een speerpunt": regie opening the sentence for a group of people is
  // theirs to have (no party takes it; "De gemeente neemt de regie voor inwoners" is still the municipality's).
  if (!own && i <= firstWordIndex(s) + 1 && t[i + 1]?.low === 'voor' && [i + 2, i + 3].some((k) => !!t[k] && isPeopleWord(tagsOf(s)[k]?.lemma ?? t[k].low))) own = true;
  // Someone who lost grip ("de regie kwijt zijn", "de regie verliezen") describes a situation; it claims no regie.
  if (!own && vocab('regieLost').test(around)) nonClaim = 'anders';
  // Regie weighed as a property of an option ("Het voordeel van dit model is meer regie voor de gemeente", "De uitruil
  // is meer regie tegenover minder …"): the predicate of a copula whose subject is a word of weighing; an argument
  // about a choice, no one takes regie here.
  if (c && weighedProperty(s, c, i)) nonClaim = 'anders';
  // One side of a relation between regies ("de wisselwerking tussen de regie van de provincie en de regie in de dorpen",
  // "de verhouding tussen de regie van het Rijk en die van de regio"): how the regies relate is described.
  if (betweenRegies(s, i, cStart)) nonClaim = 'anders';
  // A working principle of one coordinator per case, in a parallel "één X, één Y, één regisseur": a case-level
  // role in a slogan, not this text's regie claim.
  if (isRole && /(?:^|[^\p{L}])(?:één|1)\s+\p{L}+\s*,\s*(?:één|1)\s+\p{L}+\s*(?:,|en)?\s*(?:één|1)\s*$/u.test(s.low.slice(0, w.start - s.start))) nonClaim = 'anders';

  // Regie over the organisation's own inner workings ("de centrale regie op de interne informatievoorziening", "regie
  // op de eigen bedrijfsvoering"): management control, not regie among partners.
  if (!isRole && regieVocab('internalObject').test(after)) nonClaim = 'anders';
  // A role as the maker or owner of something named before it ("het voorstel van de ketenregisseur", "op verzoek van
  // de regisseur"): an existing function referred to, no claim made here.
  if (isRole && t[i - 1]?.low === 'de' && t[i - 2]?.low === 'van' && t[i - 3]?.kind === 'word' && tagsOf(s)[i - 3]?.pos === 'NOUN') nonClaim = 'naam';
  // An imperative ("Neem de regie, geef duidelijkheid …", advice summed up or a call): addressed to someone, it names
  // no holder of its own.
  if (c && c.mood === 'imperative') nonClaim = 'anders';
  // Negated ("is niet altijd meer de regisseur", "heeft geen regierol"): a role the holder does not take, no claim.
  for (let k = i - 1; k >= Math.max(c ? c.start : 0, i - 5); k--) {
    const x = t[k].low;
    if (x === 'niet' || x === 'geen') { nonClaim = 'anders'; break; }
    if (!/^(altijd|meer|langer|de|het|een|zelf)$/.test(x)) break;
  }

  // A compound that starts with regie names a thing of its own unless its second part still names the role or its
  // exercise ("regieverlies", "regiemodel" against "regierol", "regievoering"); a body ("regieteam") is read below.
  const tail = compoundTail(w.low);
  if (tail && !isBody && !regieVocab('claimHead').isWord(tail)) nonClaim = 'anders';

  // 3. Part of a name: capitalised after a name head ("Wet regie op …"), a capitalised regie word inside the
  //    sentence that is no role, the term right after "hierna (te noemen)", or a quoted title.
  const prev = t[i - 1];
  const capital = /^\p{Lu}/u.test(w.word);
  const name = (!isRole && !isBody && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text) && regieVocab('nameHead').test(prev.low)) ||
    (!isRole && !isBody && capital && i > 0 && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text) && i > 1) ||
    (!isRole && !isBody && capital && i > 0 && prev?.kind === 'word' && !/^[:•*-]$/.test(prev.text)) ||
    /\bhierna(?:\s+te\s+noemen)?\s*:?\s*["“‘']?\s*(?:de|het)?\s*$/.test(s.low.slice(0, w.start - s.start)) ||
    (/[“"‘«]$/.test(s.raw.slice(0, w.start - s.start).trimEnd()) && !isRole) ||
    insideQuote(s.raw.slice(0, w.start - s.start)) ||
    // Further inside a title opened by a capitalised name head, with only nouns between ("De Wet versterking regie
    // volkshuisvesting", "het Programma aanpak regie wijken"): part of that name.
    (!isRole && titleHeadBefore(s, i)) ||
    // A role as a job title after a person's name and a comma ("vertegenwoordigd door J. de Vries, beleidsregisseur,").
    (isRole && prev?.text === ',' && /^\p{Lu}/u.test(t[i - 2]?.text ?? '') && (i + 1 >= t.length || /^[,.;]$/.test(t[i + 1].text))) ||
    // A regie word right after the name of a team or group ("themateam regie en organisatie", "werkgroep regie"): part
    // of its name.
    (!isRole && prev?.kind === 'word' && /(?:team|groep|commissie|cluster|afdeling)$/.test(prev.low)) ||
    // A role as the title before a person's name ("cultuurregisseur Jan de Vries").
    (isRole && t[i + 1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t[i + 1].text));

  // The title of a legal act ("Wijziging van de Woningwet in verband met de versterking van de regie …", "Regels over
  // …"), or a capitalised name in brackets ("(Wet versterking regie volkshuisvesting)"): the word is part of a name.
  // The title may be glued to a title line above it that has no closing punctuation ("… en lagere regelgeving
  // Wijziging van de Woningwet in verband met de versterking van de regie …"): a lowercase word, then a capitalised
  // opener of a legal title, before the word.
  const gluedTitle = GLUED_LEGAL_TITLE.test(s.raw.slice(0, w.start - s.start));
  if (LEGAL_TITLE.test(s.raw) || gluedTitle || insideCapitalBrackets(s.raw.slice(0, w.start - s.start))) nonClaim = 'naam';
  // A title glued to the sentence it heads ("Regierol richting de GGD De gemeente is …"): the word is in the title.
  for (let k = i + 1; k < Math.min(t.length - 1, i + 10); k++) {
    if (t[k].kind === 'punct' || c?.finite === k) break;
    if (/^(De|Het|Een|Deze|Dit|Wij|We)$/.test(t[k].text) && t[k - 1].kind === 'word' && /^\p{Ll}/u.test(t[k + 1].text)) { nonClaim = 'naam'; break; }
  }

  // 4. The holder.
  const holder = own ? none : holderOf(s, w, c);
  if (holder.kind === 'people') own = true;
  // Regie over personal data, a dossier or a life is the person's own, unless an organisation holds it.
  if (!own && holder.kind !== 'actor' && holder.kind !== 'we' && !isRole && regieVocab('personalObject').test(after)) own = true;
  return { nonClaim, own, name, holder, ...base, claimForm: claimForm(s, w) };
}

/** Who holds the regie of word w, read from its own sentence. */
function holderOf(s: Sentence, w: RegieWord, c: Clause | undefined): Holder {
  const t = s.tokens;
  const i = w.token;
  const cStart = c ? c.start : 0, cEnd = c ? c.end : t.length;
  const isRole = /regisseurs?$/.test(w.low);
  const people = (x: string): boolean => regieVocab('people').test(x) || regieVocab('professionals').test(x);
  /** The noun phrase from token a to the next preposition or punctuation (at most 6 tokens). */
  const np = (a: number): [number, number] => {
    let b = a;
    while (b < cEnd && b - a < 6 && t[b].kind !== 'punct' && !(b > a && /^(voor|op|over|in|met|bij|aan|van|om|door|en|of|die|dat)$/.test(t[b].low))) {
      // A capitalised name ends at the first lowercase word after it ("van Maasbrede werken …").
      if (b > a && /^\p{Lu}/u.test(t[b - 1].text) && !/^\p{Lu}/u.test(t[b].text)) break;
      b++;
    }
    return [a, b];
  };
  // `placed`: the text places the regie there ("ligt bij X", "onder regie van X"), so any noun phrase holds it.
  const holderAt = (a: number, how: string, placed = false): Holder | undefined => {
    const [x, y] = np(a);
    if (y <= x) return undefined;
    const phrase = text(s, x, y);
    if (people(phrase)) return { kind: 'people', text: phrase, how };
    if (regieVocab('collective').test(phrase)) return { kind: 'collective', text: phrase, how };
    const a1 = actorsIn(s, x, y, i)[0];
    if (a1) return { kind: 'actor', text: a1, how };
    if (t.slice(x, y).some((k) => FIRST_PERSON.test(k.low))) return { kind: 'we', text: t[x].text, how };
    const cap = t.slice(x, y).find((k) => k.kind === 'word' && /^\p{Lu}/u.test(k.text) && k !== t[0]);
    if (cap) return { kind: 'actor', text: cap.text, how };
    // Where the text places the regie ("ligt bij het gebied", "onder regie van de stuurgroep"), the noun phrase there
    // holds it, whether or not it is a known kind of party.
    if (placed) {
      const tags = tagsOf(s);
      if (t.slice(x, y).some((k, n) => tags[x + n]?.pos === 'NOUN')) return { kind: 'actor', text: phrase, how };
    }
    return undefined;
  };

  // A role title is an actor itself: "de casusregisseur", "X als regisseur", "X wordt regisseur".
  if (isRole) {
    const subj = c?.subject;
    if (c && !c.subordinate && subj && !(i >= subj[0] && i < subj[1])) {
      const a = actorsIn(s, subj[0], subj[1] + 1, i)[0];
      if (a && !regieVocab('collective').test(text(s, subj[0], subj[1]))) return { kind: 'actor', text: a, how: 'subject' };
    }
    return { kind: 'actor', text: w.word, how: 'role' };
  }
  // An adjective of the holder right before the word: "de gemeentelijke regierol", "provinciale regie".
  const holderAdjective = /^(gemeentelijke?|provinciale?)$/.exec(t[i - 1]?.low ?? '');
  if (holderAdjective) return { kind: 'actor', text: holderAdjective[1].startsWith('gemeente') ? 'gemeente' : 'provincie', how: 'adjective' };
  // "onder (de) regie van X"
  if ((t[i - 1]?.low === 'onder' || (t[i - 2]?.low === 'onder' && /^(de|het)$/.test(t[i - 1]?.low ?? ''))) && t[i + 1]?.low === 'van') {
    const h = holderAt(i + 2, 'onder regie van', true); if (h) return h;
  }
  // "regie van/bij X" right after the word (a party only: "de regie bij de energietransitie" names a field, not a
  // holder); "ligt/berust bij X", "in handen van X" later in the clause place it, whatever X is.
  if (/^(van|bij)$/.test(t[i + 1]?.low ?? '') && !isRole) {
    const h = holderAt(i + 2, t[i + 1].low); if (h) return h;
  }
  for (let j = i + 1; j < cEnd - 1; j++) {
    if (t[j].low === 'bij' && regieVocab('placedWith').isWord(t[j - 1]?.low ?? '') ||
      (t[j].low === 'van' && t[j - 1]?.low === 'handen')) {
      const h = holderAt(j + 1, 'bij', true); if (h) return h;
    }
  }
  // Given to someone: "X (meer) regie geven", "regie teruggeven aan X": a giving verb and the people in the clause.
  if (c) {
    let give = false;
    for (let j = cStart; j < cEnd && !give; j++) give = j !== i && t[j].kind === 'word' && regieVocab('giveVerb').test(t[j].low);
    if (give) {
      for (let j = cStart; j < cEnd; j++) {
        if (j !== i && t[j].kind === 'word' && people(t[j].low)) return { kind: 'people', text: t[j].text, how: 'receiver' };
      }
    }
  }
  if (!c) return { kind: 'unknown' };
  // An item of a list after a colon, with no verb of its own ("Het bureau heeft drie taken: procesregie, …"): the
  // subject of the clause that opens the list holds it.
  if (c.finite < 0) {
    const clauses = readLocal(s).clauses;
    const at = clauses.indexOf(c);
    let k = at - 1;
    while (k >= 0 && clauses[k].finite < 0) k--;
    const lead = clauses[k];
    const colon = !!lead && (t[lead.end]?.text === ':' || t[lead.end - 1]?.text === ':');
    if (colon && !lead.subordinate && lead.subject) {
      const a = actorsIn(s, lead.subject[0], lead.subject[1] + 1, i)[0];
      if (a) return { kind: 'actor', text: a, how: 'colon' };
    }
    // A noun phrase that goes on after a comma ("vervullen wij een proactieve, regisserende en verbindende rol"): the
    // piece after the comma has no verb of its own and continues the main clause right before it (the lead, with its
    // finite verb), whose subject holds.
    if (lead && k === at - 1 && t[c.start - 1]?.text === ',' && !lead.subordinate && lead.subject) return holderOf(s, w, lead);
  }
  // Asked of someone ("Wij vragen de provincie om regievoering", "We verwachten van het Rijk meer regie"): the party
  // named between the verb of asking and the word is to hold it, not the one who asks.
  if (!isRole) {
    const tags = tagsOf(s);
    for (let j = cStart; j < i; j++) {
      if (tags[j]?.pos !== 'VERB' || !regieVocab('askVerb').isWord(tags[j].lemma)) continue;
      const asked = actorsIn(s, j + 1, i, i)[0];
      if (asked) return { kind: 'actor', text: asked, how: 'asked' };
    }
  }
  // Held jointly ("voert samen met de partners de regie", "gezamenlijke regie"): nobody owns it.
  if (regieVocab('jointly').test(text(s, Math.max(cStart, i - 6), Math.min(cEnd, i + 3)))) {
    // Named by the clause's subject when the word is not in it ("Alle partners voeren gezamenlijk regie", "De gemeente
    // voert samen met de partners de regie"): whose shared regie it is, though nobody owns it.
    const sub = c.subject && !(i >= c.subject[0] && i < c.subject[1]) ? text(s, c.subject[0], c.subject[1]) : undefined;
    return { kind: 'collective', how: 'jointly', ...(sub ? { text: sub } : {}) };
  }
  // A relative clause: its antecedent holds ("een regiegroep die …", "de gemeente, die de regie voert").
  if (c.subordinate && c.start > 0) {
    const introLow = t[c.start].low;
    // "dat" is a relative pronoun only after a noun ("het bureau(,) dat de regie voert"); after a verb, adjective or
    // adverb it opens a complement clause ("Het kabinet wil dat de minister de regie voert"), whose own subject holds.
    const before = t[c.start - 1]?.text === ',' ? c.start - 2 : c.start - 1;
    const nounBefore = before >= 0 && /^(NOUN|PROPN)$/.test(tagsOf(s)[before]?.pos ?? '');
    if (/^(die|welke|wie)$/.test(introLow) || (introLow === 'dat' && nounBefore)) {
      const ante = actorsIn(s, Math.max(0, c.start - 4), c.start, i);
      if (ante.length) return { kind: 'actor', text: ante[ante.length - 1], how: 'antecedent' };
    }
  }
  // An infinitive clause ("helpt ondernemers om regie terug te krijgen"): the people before "om" hold it.
  for (let o = i - 1; o >= cStart; o--) {
    if (t[o].low !== 'om') continue;
    if (c.finite > o && c.finite < i) break;
    for (let j = o - 1; j >= 0; j--) if (t[j].kind === 'word' && people(t[j].low)) return { kind: 'people', text: t[j].text, how: 'infinitive' };
    break;
  }
  // A subordinate clause's subject is read up to four words after its introducer: cut it before the word
  // ("waarbij de gemeente de regierol neemt", "dat zij haar regierol invult").
  let subj = c.subject;
  if (subj && c.subordinate && i >= subj[0] && i < subj[1]) {
    let e = i;
    while (e > subj[0] && /^(de|het|een|haar|zijn|hun|onze|ons|deze|die|dit)$/.test(t[e - 1].low)) e--;
    subj = e > subj[0] ? [subj[0], e] : undefined;
  }
  const inSubject = !!subj && i >= subj[0] && i < subj[1];
  // Passive: the door-agent holds; without one nobody is named on purpose.
  if (c.passive && (!subj || inSubject)) {
    for (let j = cStart; j < cEnd - 1; j++) {
      if (t[j].low === 'door' && j !== i - 1) { const h = holderAt(j + 1, 'door'); if (h) return h; }
    }
    return { kind: 'none', how: 'passive' };
  }
  if (c.subjectKind === 'impersonal') return { kind: 'none', how: 'er' };
  // A user story ("Als regisseur wil ik … regie kunnen voeren"): the role after the opening "als" holds.
  if (t[0]?.low === 'als' && t.some((k) => k.low === 'ik')) {
    const a = actorsIn(s, 1, Math.min(t.length, 6))[0];
    if (a) return { kind: 'actor', text: a, how: 'als' };
  }
  // No finite verb read: people standing before the word in the clause hold it ("Veel ouders ervaren … regie").
  if (!c.subject) {
    for (let j = cStart; j < i; j++) if (t[j].kind === 'word' && people(t[j].low)) return { kind: 'people', text: t[j].text, how: 'subject' };
  }
  // The subject of the clause, when the word is not in it.
  if (subj && !inSubject) {
    const phrase = text(s, subj[0], subj[1]);
    if (c.subjectKind === 'collective' || c.subjectKind === 'distributive' || regieVocab('collective').test(phrase)) return { kind: 'collective', text: phrase, how: 'subject' };
    if (regieVocab('professionals').test(phrase) || (regieVocab('people').test(phrase) && actorsIn(s, subj[0], subj[1]).length === 0)) return { kind: 'people', text: phrase, how: 'subject' };
    const a = actorsIn(s, subj[0], subj[1] + 1, i)[0];
    if (a) return { kind: 'actor', text: a, how: 'subject' };
    if (c.subjectKind === 'we') return { kind: 'we', text: t[subj[0]].text, how: 'subject' };
    const first = t[subj[0]]?.low ?? '';
    if (subj[1] - subj[0] <= 2 && PRONOUN.test(first)) return { kind: 'pronoun', text: t[subj[0]].text };
    const cap = t.slice(subj[0], subj[1]).find((k, n) => k.kind === 'word' && /^\p{Lu}/u.test(k.text) && (subj[0] + n > 0 || properName(s, 0)));
    if (cap && !/regie|regiss/i.test(cap.text)) return { kind: 'actor', text: cap.text, how: 'subject' };
  }
  // The collective of the clause ("samen de regie", "gezamenlijke regie").
  if (regieVocab('collective').test(text(s, cStart, cEnd))) return { kind: 'collective', how: 'clause' };
  // Someone else in the clause holds it: "X heeft (de) regie", inverted ("Daarom voert de provincie de regie").
  const other = actorsIn(s, cStart, cEnd, i)[0];
  if (other) return { kind: 'actor', text: other, how: 'clause' };
  if (t.slice(cStart, cEnd).some((k) => FIRST_PERSON.test(k.low))) return { kind: 'we', text: 'we', how: 'clause' };
  // A proper name opening the clause ("Brakeveen mist capaciteit om te regisseren").
  const lead = t[cStart];
  if (!c.subordinate && lead?.kind === 'word' && /^\p{Lu}/u.test(lead.text) && properName(s, cStart) && !/regi/i.test(lead.text)) {
    return { kind: 'actor', text: lead.text, how: 'name' };
  }
  return { kind: 'unknown' };
}

// ——— the paragraph ———

const listStartMemo = new Slot<DocModel, Int32Array>();

/** Per block: the first block of the run of list items it belongs to (itself when it is no list item). */
function listStarts(doc: DocModel): Int32Array {
  let out = listStartMemo.get(doc);
  if (!out) {
    out = new Int32Array(doc.blocks.length);
    for (let b = 0; b < doc.blocks.length; b++) {
      out[b] = b > 0 && doc.blocks[b].kind === 'listItem' && doc.blocks[b - 1].kind === 'listItem' ? out[b - 1] : b;
    }
    listStartMemo.set(doc, out);
  }
  return out;
}

/** The lead-in of a list: the sentence just above the first item of the list that holds this block. */
function leadInOf(doc: DocModel, s: Sentence): Sentence | undefined {
  const b = doc.blocks[s.block].kind === 'listItem' ? listStarts(doc)[s.block] : s.block;
  const first = doc.blockSentences[b]?.[0];
  const lead = first !== undefined ? doc.sentences[first - 1] : undefined;
  if (!lead || doc.blocks[lead.block].kind === 'heading') return undefined;
  // A paragraph's lead-in only when it announces this block ("Het projectbureau:").
  return doc.blocks[s.block].kind === 'listItem' || /:\s*$/.test(lead.raw) ? lead : undefined;
}

/** The claim's paragraph: its block; for a list item, the whole list. */
function paragraphOf(doc: DocModel, s: Sentence): Sentence[] {
  let first = s.block, last = s.block;
  if (doc.blocks[s.block].kind === 'listItem') {
    first = listStarts(doc)[s.block];
    while (last + 1 < doc.blocks.length && doc.blocks[last + 1].kind === 'listItem' && listStarts(doc)[last + 1] === first) last++;
  }
  const out: Sentence[] = [];
  for (let b = first; b <= last; b++) {
    const [f, l] = doc.blockSentences[b] ?? [0, 0];
    for (let k = f; k < l; k++) out.push(doc.sentences[k]);
  }
  return out;
}

function headingSentence(doc: DocModel, s: Sentence): Sentence | undefined {
  const heading = headingOf(doc, s.block);
  return heading ? doc.sentences[doc.blockSentences[heading.index]?.[0] ?? -1] : undefined;
}

/**
 * The body's own article after its founding clause: the next section (up to the heading after it), when one of its
 * sentences names the body as subject ("De regiegroep heeft tot taak:"); that sentence and the list it leads in.
 */
function bodyArticle(doc: DocModel, s: Sentence, bodyLow: string): Sentence[] {
  const head = bodyKeyOf(bodyLow.match(/regie[\p{L}]*$/u)?.[0] ?? bodyLow);
  let b = s.block + 1;
  while (b < doc.blocks.length && doc.blocks[b].kind !== 'heading') b++;
  if (b >= doc.blocks.length) return [];
  const out: Sentence[] = [];
  for (let k = b + 1; k < doc.blocks.length && doc.blocks[k].kind !== 'heading'; k++) {
    const [f, l] = doc.blockSentences[k] ?? [0, 0];
    for (let i = f; i < l; i++) out.push(doc.sentences[i]);
  }
  const own = out.findIndex((x) => readLocal(x).clauses.some((c) => !c.subordinate && c.subject && x.tokens.slice(c.subject[0], c.subject[1]).some((t) => t.low.startsWith(head))));
  return own < 0 ? [] : out.slice(own);
}

/**
 * An act of the holder in a sentence: a main clause, not passive, whose subject names the holder (or is a pronoun,
 * when `pronounOk`), whose finite verb is no verb of state and no mere coordination, with at least two words after
 * the verb; not the clause of the regie word itself (`skip`). Returns the verb and its next words, or undefined.
 */
function holderAct(x: Sentence, actor: string, skip: number, pronounOk: boolean): string | undefined {
  const tags = tagsOf(x);
  for (const c of readLocal(x).clauses) {
    if (c.subordinate || c.passive || c.finite < 0 || !c.subject || (skip >= c.start && skip < c.end)) continue;
    const subj = x.tokens.slice(c.subject[0], c.subject[1]).filter((t) => t.kind === 'word');
    const named = actorsIn(x, c.subject[0], c.subject[1] + 1).some((a) => sameActor(a, actor));
    const pointsBack = pronounOk && subj.length === 1 && PRONOUN.test(subj[0].low);
    if (!named && !pointsBack) continue;
    const lemma = tags[c.finite]?.lemma ?? '';
    if (vocab('unitStateVerb').isWord(lemma) || c.modality === 'possibility' || c.negated) continue;
    const rest = x.tokens.slice(c.finite + 1, c.end).filter((t) => t.kind === 'word');
    if (rest.length < 2) continue;
    const phrase = `${x.tokens[c.finite].text} ${rest.slice(0, 3).map((t) => t.text).join(' ')}`;
    if (regieVocab('coordinationOnly').test(phrase) || isRegieWord(rest[0].low)) continue;
    // Taking up the role itself is no act of it ("De gemeente neemt die rol op zich").
    if (/^(die|deze|dat|dit)$/.test(rest[0].low) && (isRegieWord(rest[1].low) || /^(rol|taak)$/.test(rest[1].low))) continue;
    return phrase;
  }
  return undefined;
}

/**
 * The regie word stands in the form of a claim (guide real-documents C1: decide claim-hood from the frame, not from
 * the word): the object or subject of a verb that holds, takes, carries or places regie in its clause ("voert de
 * regie", "neemt de regie", "de regie ligt bij", "regie is essentieel", "zorgt voor regie"), the verb regisseren
 * itself or a "regisserende" role, the adjunct "onder (de) regie van", or a sentence without a finite verb (a slogan or
 * list item: "Regie op samenhang."). A regie word in another role ("Het rapport gaat over regie", "een congres over
 * regie") is not claimed. Read once per word, with the word's other text facts (`wordFacts`).
 */
function claimForm(s: Sentence, w: RegieWord): boolean {
  if (/^regisse/.test(w.low)) return true;
  const { clauses } = readLocal(s);
  if (!clauses.some((c) => c.finite >= 0)) return true;
  const t = s.tokens;
  const before = t.slice(Math.max(0, w.token - 3), w.token).map((x) => x.low).join(' ');
  if (/(?:^|\s)onder(?: de)?$/.test(before)) return true;
  let c = clauses.find((x) => w.token >= x.start && w.token < x.end);
  // A clause without a finite verb continues the one before it (a coordinated list: "Speerpunten zijn preventie,
  // samenhang en heldere regie"; a colon: "Partijen komen overeen: regie op samenhang").
  if (c && c.finite < 0) c = [...clauses].reverse().find((x) => x.start < c!.start && x.finite >= 0) ?? c;
  const tags = tagsOf(s);
  const from = c ? c.start : 0, to = c ? c.end : t.length;
  for (let k = from; k < to; k++) {
    const pos = tags[k]?.pos;
    if ((pos === 'VERB' || pos === 'AUX') && regieVocab('claimVerb').isWord(tags[k].lemma)) return true;
  }
  // A verb cluster the tagger read otherwise: the finite verb of the clause.
  if (c && c.finite >= 0 && regieVocab('claimVerb').isWord(tags[c.finite]?.lemma ?? '')) return true;
  // Clause bounds the reader drew too tight ("We voeren de regie en stellen … vast"): a claim verb within six words
  // before or after the regie word, without a stop in between.
  for (const dir of [-1, 1]) {
    for (let k = w.token + dir, n = 0; k >= 0 && k < t.length && n < 6; k += dir) {
      if (/^[.,;:!?]$/.test(t[k].text)) break;
      if (t[k].kind !== 'word') continue;
      n++;
      // The tagger may miss a verb ("voeren" read as a name); a determiner, pronoun, noun or preposition is no verb.
      const pos = tags[k]?.pos;
      if (pos !== 'NOUN' && pos !== 'DET' && pos !== 'PRON' && pos !== 'ADP' && pos !== 'ADJ' && regieVocab('claimVerb').isWord(tags[k].lemma)) return true;
    }
  }
  return false;
}

/** The specific actors standing as subject of a sentence's main clauses (memoised per sentence text). */
function subjectActors(x: Sentence): string[] {
  return memoize(x, 'regie:subjects', () => {
    const out: string[] = [];
    for (const c of readLocal(x).clauses) {
      if (!c.subject || c.subordinate) continue;
      const found = actorsIn(x, c.subject[0], c.subject[1] + 1);
      // A proper name as subject (a place, a named party the recognisers do not know).
      if (found.length === 0) {
        const tags = tagsOf(x);
        for (let k = c.subject[0]; k < c.subject[1]; k++) {
          if (x.tokens[k].kind === 'word' && /^\p{Lu}/u.test(x.tokens[k].text) && (k > 0 ? tags[k]?.pos === 'PROPN' : properName(x, k)) && !/regi/i.test(x.tokens[k].text)) { found.push(x.tokens[k].text); break; }
        }
      }
      out.push(...found);
    }
    return out;
  });
}

const sameActor = (a: string, b: string): boolean => {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x === y || x.includes(y) || y.includes(x);
};

interface SentenceFacts { kind: string | null; means: string | null; deliverable: { text: string; strong: boolean } | null; lack: boolean; takeover: boolean }

/** What a sentence lends to a regie claim in its paragraph (memoised per sentence text). */
function sentenceFacts(x: Sentence): SentenceFacts {
  return memoize(x, 'regie:facts', () => {
    const raw = x.raw;
    const kind = regieVocab('kind').exec(raw) ?? null;
    let means = regieVocab('means').exec(raw) ?? null;
    const money = x.money.find((y) => !y.open);
    if (!means && money) means = money.text;
    const cap = x.quantities.find((y) => y.kind === 'capacity');
    if (!means && cap) means = cap.text;
    return { kind, means, deliverable: deliverableIn(x) ?? null, lack: regieVocab('lack').test(x), takeover: regieVocab('takeover').test(x) };
  });
}

/** A concrete task in a sentence: a strong task verb, or a weak one with a concrete object, a date or a number. */
export function deliverableIn(x: Sentence): { text: string; strong: boolean } | undefined {
  return memoize(x, 'regie:deliverable', () => taskIn(x.raw, x.times.some((t) => t.kind === 'deadline' || t.kind === 'date') || x.quantities.length > 0 || x.money.some((m) => !m.open)));
}

/**
 * The concrete task in a stretch of text: a task concrete by itself (strong), or a weak one with a concrete object or
 * with `measured` (a date, a number or an amount that the caller found there).
 */
export function taskIn(text: string, measured: boolean): { text: string; strong: boolean } | undefined {
  const strong = regieVocab('strongTask').exec(text);
  if (strong) return { text: strong, strong: true };
  const weak = regieVocab('weakTask').exec(text);
  if (!weak) return undefined;
  const obj = regieVocab('concreteObject').exec(text);
  if (obj || measured) return { text: obj ? `${weak} … ${obj}` : weak, strong: false };
  return undefined;
}

// ——— the reading ———

function classify(doc: DocModel, s: Sentence, w: RegieWord, introduced: Set<string>): RegieReading {
  const line = doc.lines.at(w.start).line;
  const at = { start: w.start, end: w.end, line, word: w.word, sentence: s.index };
  const block = doc.blocks[s.block];
  const wf = wordFacts(s, w);
  if (wf.own) return { ...at, class: 'anders' };
  // The director of a film or a play ("De regisseur van het zomertheater kiest …"): regie in the sense of the arts.
  if (regieVocab('performanceContext').test(s.raw)) return { ...at, class: 'anders' };
  // Inside quotation marks: a title or a phrase cited ("Onder de titel 'Meer regie' …"), named, not claimed.
  if (quotedAt(s, w.start)) return { ...at, class: 'naam' };
  // "Ouderen wonen langer thuis. Ze hebben de regie in eigen hand.": a pronoun that points back to people holds their
  // own grip (the paragraph is in the reading's key).
  if (wf.holder.kind === 'pronoun' && peopleSubjectBefore(doc, s)) return { ...at, class: 'anders' };
  // Headings and decree titles name things.
  // A table-of-contents line names sections.
  if (block.kind === 'heading' || labelLine(doc, s) || tocLine(s.raw)) return { ...at, class: 'naam' };
  if (wf.nonClaim) return { ...at, class: wf.nonClaim };
  // A question, a form field or a model clause asks or shows; it claims nothing.
  const unit = unitOf(doc, s.index);
  const fn = unit.fn;
  if (fn === 'question' || fn === 'form' || fn === 'model') return { ...at, class: 'anders' };
  // A claim is made in the text's own voice. Where the sentence itself analyses or looks back, defines, cites, advises,
  // gives an opinion or a reason, reports others or states a possibility, the regie word is reported, not claimed (in
  // any section: "De gemeente neemt de regie" under "Aanleiding" still claims). The founding clause of a regie body
  // claims, even as a definition.
  // A clause in the past or perfect looks back ("Dit plan is onder regie van het bureau opgesteld", "De gemeente heeft
  // vorig jaar de regie genomen"): it reports what happened, it claims no regie now.
  const wordClause = clauseAt(readLocal(s).clauses, w.token);
  // A passive with "is" ("De regie is belegd bij de wethouder") states what holds now, whatever was done to make it so.
  // With a word that looks back ("De afgelopen periode is de rol van de provincie als regisseur versterkt") the passive
  // reports what was done.
  const past = (x: Clause | undefined): boolean => x?.tense === 'past' || (x?.tense === 'perfect' && (!x.passive || looksBack(s.tokens, x.start, x.end)));
  // A condition ("Wanneer de overheid niet de regie neemt, …") supposes a case, it claims nothing.
  // A negated clause declines the role ("Het college kiest bewust niet voor een regierol"); a content clause after
  // another party's expectation or request ("Het Rijk verwacht van gemeenten dat zij de regie nemen") reports what
  // that party wants of others.
  // Regie that already holds, stated as a fact ("Voor de Noordzee is er al sprake van centrale overheidsregie"), or one
  // pointed back to ("Deze regie krijgt haar beslag in het programma"): described, not claimed here.
  // (In the plain present without a moment ahead: "We nemen al in 2027 de regie" plans. "Die" only opening the sentence:
  // after a noun it is a relative pronoun, "de gemeenten die regie voeren".)
  const existing = !!wordClause && runsAlready(s, wordClause);
  const before = s.tokens[w.token - 1]?.low ?? '';
  const pointedBack = !wf.isRole && !wf.isBody && (/^(deze|genoemde|bedoelde|voornoemde)$/.test(before) || (before === 'die' && w.token === 1));
  const reported = reportsOnly(unit) || past(wordClause && wordClause.finite >= 0 ? wordClause : unit.main) || !!wordClause?.conditional ||
    meansOfEffect(s, wordClause) || declined(s, wordClause) || othersWish(s, wordClause, unit) || indirectQuestion(s, wordClause, w.token) ||
    existing || pointedBack;
  const claimed = !reported || (wf.isBody && wf.founding);
  const { isRole, isBody, founding } = wf;
  if (isBody) {
    // Only the founding clause introduces a body; passing references to an existing body are names.
    const bodyKey = bodyKeyOf(w.low);
    if (introduced.has(bodyKey) || !founding) return { ...at, class: 'naam', actor: w.word };
    introduced.add(bodyKey);
  } else if (wf.name) {
    return { ...at, class: 'naam' };
  }
  // A regie word is claimed only in the form of a claim (guide real-documents C1): see `claimForm`.
  if (!isRole && !isBody && !wf.claimForm) return { ...at, class: 'anders' };
  const { actor, kind, means, deliverable, filled } = claimFacts(doc, s, w, wf);
  if (isRole) {
    // A role in the plural names the people who do a job ("het aantal zorgregisseurs groeit"): what they get and do
    // may fill it, but on its own it is no party's claim.
    if (!filled && /regisseurs$/.test(w.low)) return { ...at, class: 'anders', actor, kind, means, deliverable };
    const roleKey = roleKeyOf(w.low);
    const repeated = introduced.has(roleKey);
    // A compound role introduced earlier ("wijkregisseur") is the one "deze regisseur" points back to.
    const pointsBack = /^(deze|die|genoemde|bedoelde)$/.test(s.tokens[w.token - 1]?.low ?? '') && [...introduced].some((k) => k.endsWith(roleKey));
    introduced.add(roleKey);
    // A role repeated with nothing new is a name, not a new claim.
    if (!filled && repeated) return { ...at, class: 'naam', actor, kind, means, deliverable };
    // "Deze regisseur …" points back to the role just introduced: a later mention names it.
    if (pointsBack) return { ...at, class: 'naam', actor, kind, means, deliverable };
  }
  // The regie word names what the means of its sentence serve, in an opening adjunct ("Voor de regietaak is € 80.000
  // per jaar beschikbaar", "Voor de regie op de keten komt 1 fte"): a budget line for a regie task, no claim by anyone.
  // With a holder in the sentence ("Voor de regie zetten wij 1,5 fte in") the claim is filled.
  if (!filled && means && purposeOfMeans(s, w)) return { ...at, class: 'naam', actor, kind, means, deliverable };
  const cls = filled ? 'gevuld' : claimed ? 'hol' : 'anders';
  // A hollow claim held by several parties or by people together names them, though no one of them is its actor.
  const holder = cls === 'hol' && !actor && (wf.holder.kind === 'collective' || wf.holder.kind === 'people') ? wf.holder.text : undefined;
  // The text asks this regie of its actor ("Wij vragen de provincie om regievoering"): the finding says so.
  const asked = cls === 'hol' && !!actor && wf.holder.how === 'asked';
  return { ...at, class: cls, actor, kind, means, deliverable, ...(holder ? { holder } : {}), ...(asked ? { askedOf: true as const } : {}) };
}

/** The word stands in a "tussen … en …" phrase (up to eight words after "tussen", no finite verb between). */
function betweenRegies(s: Sentence, i: number, from: number): boolean {
  const t = s.tokens, tags = tagsOf(s);
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    if (tags[k]?.verbForm === 'fin' || /^[.;:]$/.test(t[k].text)) return false;
    if (t[k].low === 'tussen') return t.slice(k + 1).some((x) => x.low === 'en');
  }
  return false;
}

/** The regie word stands in the sentence's opening adjunct of purpose: "Voor (de|het|deze) <regiewoord> …". */
function purposeOfMeans(s: Sentence, w: RegieWord): boolean {
  const f = firstWordIndex(s);
  if (s.tokens[f]?.low !== 'voor') return false;
  const gap = w.token - f;
  return gap === 1 || (gap === 2 && /^(de|het|deze|die|een|haar|zijn|hun|onze)$/.test(s.tokens[f + 1].low));
}

/**
 * The word stands in an opening adjunct of means ("Door de regie te versterken, …") whose main clause states what
 * follows, with no party as its subject ("… leiden de maatregelen sneller tot resultaten"): the sentence explains an
 * effect, it claims no regie. With a party as the subject ("Door de regie te nemen, zorgt de provincie voor …") the
 * party's act is the claim.
 */
/**
 * The regie word's clause is negated ("kiest bewust niet voor een regierol", "neemt geen regie"). "niet alleen … maar
 * ook" still claims, and a "niet" before an adjective negates the adjective ("een (niet vrijblijvende) regiefunctie").
 */
function declined(s: Sentence, c: Clause | undefined): boolean {
  if (!c || !c.negated) return false;
  const tok = s.tokens, tags = tagsOf(s);
  for (let k = c.start; k < c.end; k++) {
    const w = tok[k].low;
    if (w === 'geen' || w === 'nooit') return true;
    if (w !== 'niet') continue;
    // (A present participle used as an adjective, "niet vrijblijvende", the tagger may read as a verb.)
    if (/^(alleen|enkel|slechts)$/.test(tok[k + 1]?.low ?? '') || tags[k + 1]?.pos === 'ADJ' || /\p{L}{3,}ende?$/u.test(tok[k + 1]?.low ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * The regie word stands in an indirect question ("De rekenkamer onderzocht hoe de gemeente regie voert"): asked about,
 * not claimed. Not rules/util `inIndirectQuestion` (the goal and hedge rules'): that one leaves "wie"/"wat" opening the
 * sentence alone and reads any question word a few words back; here a question clause that opens the sentence up to
 * its comma counts, and further in only a question word right after a verb (measured: the other reading moves findings).
 */
function indirectQuestion(s: Sentence, c: Clause | undefined, at: number): boolean {
  const WH = /^(hoe|wat|welke|welk|waarom|wie|waar|of|wanneer|hoeverre)$/;
  if (!c || c.conditional) return false;
  if (c.subordinate) return WH.test(s.tokens[c.start]?.low ?? '');
  // A question clause that opens the sentence as its subject, up to its comma ("Wie de regie heeft op de keten, wordt
  // uit het rapport niet duidelijk", "Hoe de gemeente de regie organiseert, verschilt per wijk").
  const comma = s.tokens.findIndex((t) => t.text === ',');
  if (WH.test(s.tokens[firstWordIndex(s)]?.low ?? '') && comma > at) return true;
  // The reader may not split the clause off ("onderzocht hoe de gemeente regie voert"): a question word right after a
  // verb, before the regie word, in the same clause.
  const tags = tagsOf(s);
  for (let k = at - 1; k > c.start; k--) if (WH.test(s.tokens[k].low) && tags[k - 1]?.pos === 'VERB') return true;
  return false;
}

/**
 * The regie word stands in a "dat"-clause after another party's expectation, wish or request ("Het Rijk verwacht van
 * gemeenten dat zij de regie nemen"): what that party wants of others, reported. The wish of the author or of its own
 * bodies ("We willen dat de gemeente de regie neemt", "De raad vraagt dat het college de regie pakt") is read as usual.
 */
function othersWish(s: Sentence, c: Clause | undefined, unit: Unit): boolean {
  if (!c || !c.subordinate || s.tokens[c.start]?.low !== 'dat') return false;
  const main = unit.main;
  if (!main || main.start > c.start) return false;
  const tags = tagsOf(s);
  // The verb: the finite one, or the first verb where the reader found none ("verwacht" is also a participle).
  let v = main.finite;
  if (v < 0) for (let k = main.start; k < main.end && v < 0; k++) if (tags[k]?.pos === 'VERB') v = k;
  if (v < 0) return false;
  // The subject: another party by a noun phrase, or a name the tagger did not read as one ("Het Rijk verwacht …").
  const other = main.subjectKind === 'np' ? !!main.subject && !ownDoer(s, main)
    : main.subjectKind === 'none' && s.tokens.slice(main.start + 1, v).some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  return other && regieVocab('wishVerbs').isWord(tags[v]?.lemma ?? s.tokens[v].low);
}

function meansOfEffect(s: Sentence, c: Clause | undefined): boolean {
  if (!c || c.subordinate || c.finite >= 0 || c.start !== 0 || s.tokens[firstWordIndex(s)]?.low !== 'door') return false;
  const main = readLocal(s).clauses.find((x) => x.start >= c.end && !x.subordinate && x.finite >= 0);
  if (!main || !main.subject || main.subjectKind !== 'np') return false;
  return actorsIn(s, main.subject[0], main.subject[1] + 1).length === 0;
}

/**
 * "Ze/Zij" with a plural verb points back to the last plural noun of the sentence before in the paragraph that stands
 * outside a prepositional phrase (the nearest antecedent: "Onze ambitie is dat de inwoners … meedoen. Ze hebben …");
 * true when that noun names people (inwoners, ouderen, cliënten). "Zij neemt …" (singular) points to a body.
 */
function peopleSubjectBefore(doc: DocModel, s: Sentence): boolean {
  const own = readLocal(s).clauses.find((c) => c.subject && c.finite >= 0 && c.subject[1] - c.subject[0] === 1 && /^(ze|zij)$/.test(s.tokens[c.subject[0]].low));
  if (!own || tagsOf(s)[own.finite]?.number === 'sing' || !/en$/.test(s.tokens[own.finite].low)) return false;
  const paragraph = paragraphOf(doc, s);
  const k = paragraph.indexOf(s);
  const prev = k > 0 ? paragraph[k - 1] : undefined;
  if (!prev) return false;
  const tags = tagsOf(prev), tok = prev.tokens;
  for (let j = tok.length - 1; j >= 0; j--) {
    if (tags[j]?.pos !== 'NOUN' || tok[j].low === tags[j].lemma) continue;
    let b = j - 1;
    while (b >= 0 && (tags[b]?.pos === 'DET' || tags[b]?.pos === 'ADJ' || tags[b]?.pos === 'NUM')) b--;
    if (b >= 0 && tags[b]?.pos === 'ADP') continue;
    return isPeopleWord(tags[j].lemma);
  }
  return false;
}

/** A paragraph that is one short line with no verb and no closing punctuation: a label or title, read as a heading. */
function labelLine(doc: DocModel, s: Sentence): boolean {
  if (loneParagraphSentence(doc, s.block) !== s || s.tokens.length > 12 || /[.!?;:,]\s*$/.test(s.raw)) return false;
  return !readLocal(s).clauses.some((c) => c.finite >= 0);
}

interface ClaimFacts { actor?: string; kind?: string; means?: string; deliverable?: string; filled: boolean }

/** The holder of a claim (from its sentence, else from the context) and what its paragraph gives it. */
function claimFacts(doc: DocModel, s: Sentence, w: RegieWord, wf: WordFacts): ClaimFacts {
  const h = wf.holder;
  let actor: string | undefined;
  if (wf.isBody) actor = w.word;
  else if (h.kind === 'actor') actor = h.text;
  else if (h.kind === 'we' && weHolds(doc)) actor = h.text;
  const paragraph = paragraphOf(doc, s);
  const lead = leadInOf(doc, s);
  const heading = headingSentence(doc, s);
  // A pronoun points back to the sentence before in the paragraph; a clause with no subject at all takes its
  // actor from the lead-in or heading just above (or, in a paragraph, the sentence before).
  if (!actor && (h.kind === 'pronoun' || h.kind === 'unknown')) {
    const before = paragraph.filter((x) => x.index < s.index).reverse();
    for (const x of [...before.slice(0, 1), lead, heading]) {
      if (!x) continue;
      // The subject of the sentence before (its last actor: the head next to the verb), else any actor in it.
      const subs = subjectActors(x);
      const subj = subs[subs.length - 1] ?? actorsIn(x, 0, x.tokens.length)[0];
      if (subj) { actor = subj; break; }
      if (weHolds(doc) && x.actors.some((a) => a.kind === 'we')) { actor = 'we'; break; }
    }
  }

  // A regie that is needed or comes about without a holder ("Regie is nodig.", "Er komt regie op de keten.") is taken
  // up by the next sentence of the paragraph when that sentence points back to it or acts for it ("Wij pakken die rol
  // op door …", "De provincie richt daarom een regietafel in"): its subject holds the regie (guide real-documents:
  // the next sentence that opens with an anaphor).
  if (!actor && h.kind !== 'people' && h.kind !== 'collective') {
    const next = paragraph.find((x) => x.index === s.index + 1);
    if (next && regieVocab('needTakenUp').test(next)) {
      const subs = subjectActors(next);
      const subj = subs[subs.length - 1];
      if (subj) actor = subj;
      else if (weHolds(doc) && next.actors.some((a) => a.kind === 'we')) actor = 'we';
    }
  }

  let kind: string | undefined;
  let means: string | undefined;
  let deliverable: string | undefined;
  let strong = false;
  let lack = false, takeover = false;
  // The claim's paragraph; a sentence whose subject is another party lends nothing (judgement §5: "the means must
  // belong to the claim's actor").
  const window = [s, ...paragraph.filter((x) => x !== s), ...(lead ? [lead] : []), ...(heading ? [heading] : [])];
  // A body founded in a decree: its tasks are given in the article that follows (judgement §5).
  if (wf.isBody && wf.founding) window.push(...bodyArticle(doc, s, w.low));
  for (const x of window) {
    // Missing means and a remedy are read over the whole paragraph: the remedy is often another party's.
    lack ||= sentenceFacts(x).lack;
    takeover ||= sentenceFacts(x).takeover;
    if (x !== s && actor) {
      const subs = subjectActors(x);
      if (subs.length > 0 && !subs.some((a) => sameActor(a, actor!)) && !(wf.isRole && subs.some((a) => /regisseur/i.test(a)))) continue;
    }
    const f = sentenceFacts(x);
    if (f.kind !== null && !kind) kind = f.kind;
    if (f.means !== null && !means) means = f.means;
    if (!deliverable && f.deliverable && x !== heading) { deliverable = f.deliverable.text; strong = f.deliverable.strong; }
  }
  // The holder acts in another clause of the window ("De gemeente voert de regie. Zij stelt het plan vast en geeft de
  // aanbieders opdracht."): a clause whose subject is the holder (or, after the claim, a pronoun pointing back to it),
  // with an act that is no state and no mere coordination, and an object. Read from the clause records, so any verb
  // counts, not only the listed task verbs.
  if (!deliverable && actor) {
    for (const x of window) {
      if (x === heading) continue;
      const act = holderAct(x, actor, x === s ? w.token : -1, x !== s && x.index > s.index);
      if (act) { deliverable = act; break; }
    }
  }
  // "Onder regie van X werken A en B aan …": named partners with a task under a named director (judgement §5).
  if (!deliverable && h.how === 'onder regie van' && actor && actorsIn(s, 0, s.tokens.length, w.token).some((a) => !sameActor(a, actor!))) {
    const weak = regieVocab('weakTask').exec(s.raw);
    if (weak) deliverable = weak;
  }
  // Another party lacks the means and this one takes over (judgement §5: "missing means stated, with a remedy").
  if (!kind && lack && takeover) kind = 'overname bij tekort';
  // A founding clause whose tasks are only coordination stays hollow (judgement §5).
  if (wf.isBody && wf.founding && deliverable && !strong && window.some((x) => regieVocab('coordinationOnly').test(x))) deliverable = undefined;
  const hedged = memoize(s, 'regie:hedged', () => hasPhrase(vocab('voorbehoud'), s.low));
  const roleActor = wf.isRole || s.actors.some((a) => a.kind === 'role' && /regisseurs?$/i.test(a.text));
  // A regisseur role with tasks is filled even when one task is hedged (judgement §5: "role title with tasks").
  const usable = deliverable && (!(hedged || wf.buzz) || strong || (roleActor && !wf.buzz)) ? deliverable : undefined;
  // A holder to whom this text assigns the regie as a task or mandate ("is belast met de regie"), or whose regie
  // concerns an instrument of this text ("de regie over de uitvoering van dit convenant"): the assignment is its
  // mandate (judgement §5 with K4.regisseur: a regisseur named in an agreement or set by decree).
  if (actor && !kind && !means && !usable && !wf.buzz && !hedged) {
    const m = mandateCase(s);
    if (m) means = m;
    // "de regie op het proces" names the kind in other words (procesregie).
    else kind = vocab('regieProcess').exec(s.raw) ?? undefined;
  }
  // A new position appointed in the claim's sentence ("met de komst van een wijkregisseur in 2026"): the person is the
  // role's means (people; judgement §5 role title).
  if (wf.isRole && !means && !hedged) {
    const appointed = vocab('roleAppointment').exec(s.raw);
    if (appointed) means = appointed;
  }
  const filled = !!actor && (!!kind || !!means || !!usable);
  return { actor, kind, means, deliverable, filled };
}

/** The claim's own sentence assigns the regie as a task or ties it to an instrument of the text, or a law assigns it. */
function mandateCase(s: Sentence): string | undefined {
  // A law that lays the regie with the holder gives it a legal mandate.
  return vocab('regieAssignment').exec(s.raw) ?? vocab('regieInstrument').exec(s.raw) ?? vocab('regieByLaw').exec(s.raw) ?? undefined;
}

/** A capitalised name head ("Wet", "Programma") up to three words before token i, with only nouns between. */
function titleHeadBefore(s: Sentence, i: number): boolean {
  const t = s.tokens, tags = tagsOf(s);
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (t[j].kind !== 'word') return false;
    if (/^\p{Lu}/u.test(t[j].text) && regieVocab('nameHead').test(t[j].low)) return j < i - 1;
    if (tags[j]?.pos !== 'NOUN') return false;
  }
  return false;
}

