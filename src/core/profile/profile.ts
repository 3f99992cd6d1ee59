/**
 * The document profile (contract section B, guide/judgement.md §2): doctype, fase, coalitietype, regierol and
 * regiedichtheid, each with the cues that decided it (`profile.cues`, evidence spans shown in the sidebar).
 *
 * - doctype: a weighted vote of title and body cues (doctype.ts).
 * - fase: follows the doctype (book ch. 3 "Ontwikkelingsfasen"): a signed convenant or a regeling is
 *   contracteren, a letter of intent, coalition agreement, proposal or design note is formeren, a programme or a
 *   report on running work is uitvoering, an exploratory note is zoeken.
 * - coalitietype: demand known or turbulent × social system simple or complex (ch. 3 "Typen coalities").
 * - regierol: what the leading government party does where it claims regie (ch. 4), read from its own
 *   commitment clauses (lead.ts): orders others from its own final responsibility (law, norms, permits, money
 *   flows, enforceable deals) → ordeningsregie; co-plays with its own money and people → uitvoeringsregie; only
 *   convenes and coordinates, or calls itself procesregisseur → procesregie; claims nothing → geen.
 * - the relation between the parties (vertical / horizontal) feeds coalitietype and the scores (profileSignals).
 */
import type { Coalitietype, Evidence, Fase, Profile, Regierol } from '../types';
import type { DocModel, Sentence } from '../document';
import { carried, factIndexes, quoteSentence, headingOf, memoize, textFacts } from '../document';
import type { RegieReading } from '../regie';
import { has, sentenceCues } from '../checklist/cues';
import { vocab, type Matcher } from '../vocab';
import { phraseClass, wordClass } from '../vocab/classes';
import { unitOf } from '../read/unit';
import { classifyDoctype, titleHead, titleSentence } from './doctype';
import { speakerFacts, speaksAsOne } from './speaker';
import { operativeProfile } from './operative';
import { actClauses, isGovernment, isRegieBody, leadReading, readingHolder, type Act } from './lead';
import { Slot } from '../slots';

export { documentSpeaker, speakerFacts, type Speaker, type SpeakerKind } from './speaker';

function ev(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.lineOf(s.start), text: quoteSentence(doc, s, 160) };
}

const matcherKeys = new WeakMap<Matcher, string>();
let matcherCount = 0;

/** Sentences matching `re` (at most `max`). Per sentence the answer is carried over between analyses (textFacts). */
function hits(doc: DocModel, re: Matcher, max = 50): Sentence[] {
  let key = matcherKeys.get(re);
  if (!key) matcherKeys.set(re, (key = `profile:hits#${matcherCount++}`));
  const test = textFacts(doc, key, (s) => re.test(s));
  const out: Sentence[] = [];
  for (let i = 0; i < doc.sentences.length; i++) if (test(i)) { out.push(doc.sentences[i]); if (out.length >= max) break; }
  return out;
}

// ——— fase ———

/** What a council is asked to decide, by the beslispunt's verb and object (book ch. 3: phases; the lists are src/core/vocab/profile.ts). */
function raadsvoorstelFase(doc: DocModel): { fase: Fase; cues: Evidence[] } | undefined {
  const f = speakerFacts(doc);
  const from = f.cues.proposal.length ? f.cues.proposal[0].index : 0;
  const score: Record<Fase, number> = { zoeken: 0, formeren: 0, contracteren: 0, uitvoering: 0 };
  const ev0: Partial<Record<Fase, Sentence[]>> = {};
  const put = (fase: Fase, w: number, s: Sentence): void => { score[fase] += w; const l = (ev0[fase] ??= []); if (l.length < 3) l.push(s); };
  for (let i = from; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    if (!vocab('decideVerb').test(s)) continue;
    if (vocab('decideRunning').test(s)) put('uitvoering', 2, s);
    if (vocab('decideBind').test(s) || s.money.length) put('contracteren', 2, s);
    if (vocab('decideForm').test(s)) put('formeren', 1.5, s);
    if (vocab('decideExplore').test(s)) put('zoeken', 1, s);
  }
  let best: Fase | undefined;
  for (const k of ['uitvoering', 'contracteren', 'formeren', 'zoeken'] as Fase[]) {
    if (score[k] > 0 && (!best || score[k] > score[best])) best = k;
  }
  if (!best) return undefined;
  // A tie between the strongest two: the proposal forms a decision rather than reports or binds.
  const ties = (['uitvoering', 'contracteren', 'formeren', 'zoeken'] as Fase[]).filter((k) => score[k] === score[best!]);
  if (ties.length > 1) return { fase: 'formeren', cues: ties.flatMap((k) => ev0[k] ?? []).slice(0, 3).map((s) => ev(doc, s)) };
  return { fase: best, cues: (ev0[best] ?? []).map((s) => ev(doc, s)) };
}

/**
 * Fase from the doctype and the tense/commitment profile of the document's own sentences (book ch. 3
 * "Ontwikkelingsfasen"): a signed convenant or a regeling binds (contracteren) unless the parties only declare an
 * intention; a coalition agreement or a proposal forms; a programme that reports and runs its work is in
 * uitvoering unless it mostly proposes (formeren) or explores (zoeken); a note forms, explores or reports by
 * what its sentences do. References to other documents never decide.
 */
function decideFase(doc: DocModel, doctype: Profile['doctype']): { fase: Fase; cues: Evidence[] } {
  const title = titleSentence(doc);
  const titleEv = title ? [ev(doc, title)] : [];
  const f = speakerFacts(doc);
  const op = operativeProfile(doc);
  const per = (n: number): number => (n * 1000) / Math.max(doc.words, 1);
  const evs = (xs: Sentence[]): Evidence[] => xs.slice(0, 3).map((s) => ev(doc, s));
  const head = titleHead(title);
  const intentTitle = !!title && vocab('intentTitle').test(title.low);
  switch (doctype) {
    case 'convenant': case 'akkoord': {
      const own = hits(doc, vocab('ownIntent'), 3);
      const agreed = f.cues.parties.some((s) => vocab('partiesAgreed').test(s.low));
      if (intentTitle || (own.length && !agreed)) return { fase: 'formeren', cues: intentTitle ? titleEv : evs(own) };
      if (doctype === 'akkoord' && f.speaker.kind !== 'parties') return { fase: 'formeren', cues: titleEv };
      // A coalition agreement sets out a government's course for its term, even when the parties sign it (guide §2:
      // "Coalition agreement … → formeren"); a sector agreement that parties sign binds them (contracteren).
      if (doctype === 'akkoord') {
        const coalition = hits(doc, vocab('coalition'), 3);
        if (coalition.length >= 2 && !hits(doc, vocab('sectorParties'), 1).length) return { fase: 'formeren', cues: evs(coalition) };
      }
      return { fase: 'contracteren', cues: f.cues.parties.length ? evs(f.cues.parties) : titleEv };
    }
    case 'regeling': return { fase: 'contracteren', cues: f.cues.authority.length ? evs(f.cues.authority) : titleEv };
    case 'raadsvoorstel': return raadsvoorstelFase(doc) ?? { fase: 'formeren', cues: evs(f.cues.proposal) };
    case 'programma': {
      const running = op.firm.length + op.report.length;
      if (op.explore.length >= 3 && op.explore.length > running && per(op.explore.length) >= 3) return { fase: 'zoeken', cues: evs(op.explore) };
      // A government programme runs its own plans (uitvoering), ambitions included; only a programme that puts its
      // plans forward as a proposal is still forming.
      if (op.propose.length >= 2 && op.propose.length * 2 > running) return { fase: 'formeren', cues: evs(op.propose) };
      return { fase: 'uitvoering', cues: op.report.length ? evs(op.report) : op.firm.length ? evs(op.firm) : titleEv };
    }
    default: {
      // A report on running work is the text's own work: a past or perfect sentence with a party as its doer ("we hebben
      // 40 coaches opgeleid", "de bibliotheek heeft … geopend"), not an analysis of what happened in society ("het aantal
      // daklozen is gestegen"), which a position or design note has as much as a report (guide §2 fase).
      const explore = op.explore.length, intent = op.intent.length;
      const report = op.report.filter((s) => s.actors.some((a) => a.kind === 'we' || a.kind === 'named' || a.kind === 'org')).length;
      if (report >= 3 && per(report) >= 2 && report > intent + explore) return { fase: 'uitvoering', cues: evs(op.report.filter((s) => s.actors.length > 0)) };
      // An exploratory genre (verkenning, startnotitie, discussienota) explores by itself.
      const exploratoryTitle = !!title && vocab('exploratoryTitle').test(title.low);
      if ((explore >= 2 || (exploratoryTitle && explore >= 1)) && explore >= intent && per(explore) >= 1.5) {
        return { fase: 'zoeken', cues: exploratoryTitle ? [...titleEv, ...evs(op.explore)].slice(0, 3) : evs(op.explore) };
      }
      if (intent > 0) return { fase: 'formeren', cues: evs(op.intent) };
      return { fase: 'formeren', cues: head ? titleEv : [] };
    }
  }
}

// ——— coalitietype ———

// Turbulent demand, a new offer, two parties only (ch. 3 "Soorten opgaven"): src/core/vocab/profile.ts.

/**
 * A per-sentence fold kept across the models of an Analyzer: every sentence's value (`valueOf`, a text fact) added into
 * an accumulator. The next model takes the changed middle's old values off (`remove`) and adds the new ones, with the
 * values of the unchanged start and end kept in place (integers and counts: the same result as a fresh walk); a fresh
 * model adds every sentence to `fresh()`. The previous model's values array and accumulator are reused in place: it is
 * not read after the next model is built (its result is kept in a slot).
 */
function sentenceFold<V, A>(doc: DocModel, key: string, valueOf: (i: number) => V, fresh: () => A, add: (acc: A, v: V) => void, remove: (acc: A, v: V) => void): A {
  const n = doc.sentences.length;
  const last = carried.previous<{ values: V[]; acc: A }>(doc, key);
  let values: V[], acc: A, from = 0, to = n;
  if (last && last.value.values.length === last.shared.prevSentences) {
    const { p, q, prevSentences: m } = last.shared;
    ({ values, acc } = last.value);
    for (let i = p; i < m - q; i++) remove(acc, values[i]);
    if (m !== n) values = [...values.slice(0, p), ...new Array<V>(n - p - q), ...values.slice(m - q)];
    from = p; to = n - q;
  } else {
    values = new Array<V>(n);
    acc = fresh();
  }
  for (let i = from; i < to; i++) add(acc, (values[i] = valueOf(i)));
  carried.keep(doc, key, { values, acc });
  return acc;
}

/** How many sentences name each partner key, and how many keys are named at least once (the distinct partners). */
interface PartnerCount { count: Map<string, number>; distinct: number }
const partnerCounts = new Slot<DocModel, number>();

/**
 * For tests only: leave the changed middle's old keys on the counts (a wrong fold), so the property test can show that
 * it catches a stale count. Never set in production.
 */
let partnerFoldLoose = false;
export function setPartnerFoldLooseForTests(loose: boolean): void {
  partnerFoldLoose = loose;
}

/** The number of distinct partners named in the document (one `sentenceFold` of the partner keys per document model). */
export function distinctPartners(doc: DocModel): number {
  const hit = partnerCounts.get(doc);
  if (hit !== undefined) return hit;
  const keysOf = textFacts(doc, 'profile:partners', partnerKeys);
  const fold = sentenceFold<readonly string[], PartnerCount>(doc, 'profile:partnerFold', keysOf, () => ({ count: new Map(), distinct: 0 }),
    (acc, ks) => {
      for (const k of ks) {
        const c = acc.count.get(k);
        if (c === undefined) { acc.count.set(k, 1); acc.distinct++; } else acc.count.set(k, c + 1);
      }
    },
    (acc, ks) => {
      // A key no longer named anywhere leaves the map.
      if (partnerFoldLoose) return;
      for (const k of ks) {
        const c = acc.count.get(k)! - 1;
        if (c === 0) { acc.count.delete(k); acc.distinct--; } else acc.count.set(k, c);
      }
    });
  partnerCounts.set(doc, fold.distinct);
  return fold.distinct;
}

function partnerKeys(s: Sentence): string[] {
  return memoize(s, 'profile:partners', () => {
    const out: string[] = [];
    for (const a of s.actors) {
      if (a.kind !== 'named' && a.kind !== 'org') continue;
      const head = a.text.toLowerCase().split(/\s+/)[0].replace(/(en|s)$/, '');
      if (a.text === 'om' || vocab('genericOrg').isWord(a.text.toLowerCase())) continue;
      out.push(a.kind === 'named' ? a.text.toLowerCase() : head);
    }
    return out;
  });
}

/** Plural or collective authors: a coalition writing "we" is several parties. */
const PLURAL_AUTHOR = phraseClass('pluralAuthor');

/**
 * Vertical: one government speaks (an issuing authority, or one government author) — or a regulation whose leading
 * party orders or funds — and no body of several parties holds the regie. Horizontal: parties agree (an agreement
 * of three or more), several authors write "we", or a regie body of several parties leads. Otherwise open.
 */
export function partyRelation(doc: DocModel, doctype: Profile['doctype'], regie: RegieReading[]): 'vertical' | 'horizontal' | 'open' {
  const f = speakerFacts(doc);
  const lead = leadReading(doc, regie);
  if (lead.source === 'holder' && lead.heads.some((h) => isRegieBody(h))) return 'horizontal';
  const who = f.speaker.who ?? '';
  if (f.speaker.kind === 'parties') return distinctPartners(doc) >= 3 ? 'horizontal' : 'open';
  if (f.speaker.kind === 'single-author' && PLURAL_AUTHOR.test(who.toLowerCase())) return 'horizontal';
  if (speaksAsOne(f.speaker.kind)) return 'vertical';
  if (doctype === 'regeling' && lead.acts.order.length + lead.acts.fund.length > 0) return 'vertical';
  return 'open';
}

function decideCoalitietype(doc: DocModel, doctype: Profile['doctype'], regie: RegieReading[]): { type: Coalitietype; cues: Evidence[] } {
  const title = titleSentence(doc);
  const per = (n: number): number => (n * 1000) / Math.max(doc.words, 1);
  const turbulent = hitList(doc, vocab('turbulent'), 30);
  const fresh = hitList(doc, vocab('newOffer'), 30);
  const bilateral = hitList(doc, vocab('bilateral'), 10);
  const titleTurbulent = !!title && vocab('turbulent').test(title);
  const titleFresh = !!title && vocab('newOffer').test(title);
  const partners = distinctPartners(doc);
  const weShare = weShareOf(doc);
  const isTurbulent = titleTurbulent || per(turbulent.length) >= 3;
  const isNew = !isTurbulent && (titleFresh || per(fresh.length) >= 3);
  // A simple social system: two parties, or one organisation doing its own programme.
  // A title "… tussen A en B" or "A–B" names two sides: a bilateral arrangement.
  const titleTwoSides = !!title && (vocab('twoSides').test(title) || /\b[\p{Lu}]{2,}\s?[-–]\s?[\p{Lu}]{2,}\b/u.test(title.raw));
  // The relation between the parties (book ch. 3 "Soorten sociale systemen": bilateral vs multilateral relations,
  // accepted power): one government that orders, funds or runs its own work deals with the others one to one
  // (vertical: a simple system); several parties that agree side by side, a coalition of authors, or a regie body
  // of several parties make the relations multilateral (horizontal: a complex system).
  const rel = partyRelation(doc, doctype, regie);
  const simple = bilateral.length >= 2 || titleTwoSides ||
    (rel !== 'horizontal' && (partners <= 4 || (doctype === 'programma' && weShare >= 0.35)));
  if (isTurbulent) return { type: simple ? 'vernieuwen' : 'heruitvinden', cues: turbulent.slice(0, 3).map((s) => ev(doc, s)) };
  if (isNew) return { type: simple ? 'vernieuwen' : 'heruitvinden', cues: fresh.slice(0, 3).map((s) => ev(doc, s)) };
  if (simple) return { type: 'op_orde_brengen', cues: (bilateral.length ? bilateral : title ? [title] : []).slice(0, 3).map((s) => ev(doc, s)) };
  return { type: 'herinrichten', cues: title ? [ev(doc, title)] : [] };
}

/** The "we" actors and all actors of every sentence, summed (a `sentenceFold` of the counts per sentence). */
interface WeSums { we: number; all: number }
const weShares = new Slot<DocModel, number>();

/** The share of "we" among the actors of the document (one fold per document model). */
export function weShareOf(doc: DocModel): number {
  const hit = weShares.get(doc);
  if (hit !== undefined) return hit;
  const counts = textFacts(doc, 'profile:we', (s) => memoize(s, 'profile:we', () => { let n = 0; for (const a of s.actors) if (a.kind === 'we') n++; return [n, s.actors.length] as const; }));
  const sums = sentenceFold<readonly [number, number], WeSums>(doc, 'profile:weFold', counts, () => ({ we: 0, all: 0 }),
    (acc, c) => { acc.we += c[0]; acc.all += c[1]; }, (acc, c) => { acc.we -= c[0]; acc.all -= c[1]; });
  const share = sums.all ? sums.we / sums.all : 0;
  weShares.set(doc, share);
  return share;
}

/**
 * `hits` from the list of the sentences where the matcher holds (factIndexes: carried over between analyses), for a
 * matcher whose hits are usually fewer than `max` (then `hits` walks every sentence on every analysis).
 */
function hitList(doc: DocModel, re: Matcher, max: number): Sentence[] {
  let key = matcherKeys.get(re);
  if (!key) matcherKeys.set(re, (key = `profile:hits#${matcherCount++}`));
  const out: Sentence[] = [];
  for (const i of factIndexes(doc, key, (s) => re.test(s))) { out.push(doc.sentences[i]); if (out.length >= max) break; }
  return out;
}

// ——— regierol ———

const CASE_LEVEL = wordClass('caseRegie');

function isGovDoc(doc: DocModel, doctype: Profile['doctype']): boolean {
  if (doctype === 'regeling' || doctype === 'akkoord' || doctype === 'raadsvoorstel') return true;
  // actorKinds(s).gov is this test, memoised per sentence.
  for (let i = 0; i < Math.min(15, doc.sentences.length); i++) if (actorKinds(doc.sentences[i]).gov) return true;
  return false;
}

function actorKinds(x: Sentence): { gov: boolean; we: boolean; org: boolean } {
  const hit = x.memo.get('profile:actorKinds') as { gov: boolean; we: boolean; org: boolean } | undefined;
  if (hit !== undefined) return hit;
  return actorKindsOf(x);
}
/** `actorKinds` computed (a function of its own: its closure's context is then made only here, not per look-up). */
function actorKindsOf(x: Sentence): { gov: boolean; we: boolean; org: boolean } {
  return memoize(x, 'profile:actorKinds', () => ({
    gov: x.actors.some((a) => vocab('government').isWord(a.text.toLowerCase().split(/\s+/)[0])),
    we: x.actors.some((a) => a.kind === 'we'),
    org: x.actors.some((a) => a.kind === 'named' || a.kind === 'org'),
  }));
}

const ROL_PROCES_NAMED = 1, ROL_ORDENING_NAMED = 2, ROL_UITVOERING_NAMED = 4, ROL_PROCES = 8, ROL_ORDENING = 16, ROL_UITVOERING = 32;

/** What a sentence says about the kind of regie (text-only, memoised per sentence as bits). */
function rolCues(s: Sentence): number {
  const hit = s.memo.get('profile:rolCues') as number | undefined;
  if (hit !== undefined) return hit;
  return memoize(s, 'profile:rolCues', () => {
    let k = 0;
    if (/procesregi/.test(s.low)) k |= ROL_PROCES_NAMED;
    if (/ordeningsregi|ordenende regie/.test(s.low)) k |= ROL_ORDENING_NAMED;
    if (/uitvoeringsregi|uitvoerende regie/.test(s.low)) k |= ROL_UITVOERING_NAMED;
    if (vocab('rolProces').test(s)) k |= ROL_PROCES;
    if (vocab('rolOrdening').test(s)) k |= ROL_ORDENING;
    const c = sentenceCues(s);
    if (vocab('rolUitvoering').test(s) || c.money || c.capacity) k |= ROL_UITVOERING;
    return k;
  });
}

const REGIE_WORD = /regi(e|ss)/;
const REGIE_BODY = wordClass('regieBodyHead');

/**
 * When the leading party's acts are nowhere visible (a bare claim: "De gemeente neemt de regie"), the words of the
 * claim and its neighbours are all there is: coordination words → procesregie, own money and people →
 * uitvoeringsregie, rules and powers → ordeningsregie (the default: a government acts from its own responsibility).
 */
function windowRol(doc: DocModel, claimSentences: number[]): Regierol {
  const score = { procesregie: 0, ordeningsregie: 0, uitvoeringsregie: 0 };
  for (const i of claimSentences) {
    for (let j = Math.max(0, i - 2); j <= Math.min(doc.sentences.length - 1, i + 2); j++) {
      const w = j === i ? 2 : 1;
      const k = rolCues(doc.sentences[j]);
      if (k & ROL_PROCES) score.procesregie += w;
      if (k & ROL_ORDENING) score.ordeningsregie += w;
      if (k & ROL_UITVOERING) score.uitvoeringsregie += w;
    }
  }
  let rol: Regierol = 'ordeningsregie';
  if (score.uitvoeringsregie > score[rol]) rol = 'uitvoeringsregie';
  if (score.procesregie > score[rol]) rol = 'procesregie';
  return rol;
}

/** Leadership words that name coordination rather than command: coordinating, chairing, guiding the process. */
const COORDINATING_LEAD = phraseClass('coordinatingLead');

/** The text-only part of `leadershipClaim` per sentence (ask once per pass: a closure per call adds up over every sentence). */
function leadershipCues(doc: DocModel): (i: number) => boolean {
  return textFacts(doc, 'profile:leadershipCue', leadershipCue);
}
function leadershipCue(s: Sentence): boolean {
  const c = sentenceCues(s);
  return has(c, 'leadership') && !has(c, 'past') && !has(c, 'negation');
}

/** A commitment sentence of the body that claims leadership (trekker, voortouw, de leiding, aansturing, voorzitter …), not past or negated. */
function leadershipClaim(doc: DocModel, i: number, cue = leadershipCues(doc)): boolean {
  // The text-only part first, from one array carried over between analyses (textFacts): most sentences stop here.
  if (!cue(i)) return false;
  const u = unitOf(doc, i);
  return u.commits && u.role === 'body';
}

/**
 * What `decideRegierol` reads of one regie reading that is its sentence's text alone: the word (case level, a body),
 * its holder (a party that is no government, not the author and no body of the coalition) and the sentence's citizen
 * words. A reading object is the same while its sentence stays in place (regie.ts `readRegie`), so this is kept per
 * reading object instead of being derived again for every reading on every keystroke.
 */
interface ReadingText { caseLevel: boolean; foreignHolder: boolean; body: boolean; citizen: boolean }
const readingTexts = new WeakMap<RegieReading, ReadingText>();
function readingText(doc: DocModel, r: RegieReading): ReadingText {
  let t = readingTexts.get(r);
  if (!t) {
    const word = r.word.toLowerCase();
    if (CASE_LEVEL.test(word)) t = { caseLevel: true, foreignHolder: false, body: false, citizen: false };
    else {
      const holder = readingHolder(doc, r)[0];
      t = {
        caseLevel: false,
        foreignHolder: !!holder && holder !== 'we' && !isGovernment(holder) && !isRegieBody(holder),
        body: REGIE_WORD.test(word) && REGIE_BODY.test(word),
        citizen: vocab('citizen').test(doc.sentences[r.sentence]),
      };
    }
    readingTexts.set(r, t);
  }
  return t;
}

/** What `decideRegierol` decided of a regie reading (a claim of the leading party or not), and what that read. */
interface ClaimVerdict { before: unknown; own: unknown; after: unknown; head: unknown; gov: boolean; parties: boolean; claim: boolean }
const claimVerdicts = new WeakMap<RegieReading, ClaimVerdict>();

/**
 * For tests only: keep a reading's claim verdict whatever its window, heading and document facts (a wrong, narrower
 * key), so the property test can show that it catches a verdict kept too long. Never set in production.
 */
let narrowClaimKey = false;
export function setClaimKeyForTests(narrow: boolean): void {
  narrowClaimKey = narrow;
}

/**
 * A regie reading is a claim of the leading party: a government actor (or "we" in a government text) in the sentence,
 * the ones just before and after it or the heading, or a body or an organisation in a government text; not a case-level
 * word, not a foreign holder's regie (unless the parties speak), not the citizens'.
 */
function claimOf(doc: DocModel, r: RegieReading, headingS: Sentence | undefined, gov: boolean, parties: boolean): boolean {
  const t = readingText(doc, r);
  if (t.caseLevel) return false;
  // Per sentence (text-only, memoised): a government actor, a "we", a named or organisation actor; over the window
  // (the sentence and the ones just before and after it) and the heading.
  let anyGov = false, anyWe = false, anyOrg = false;
  for (let j = r.sentence - 1; j <= r.sentence + 2; j++) {
    const x = j <= r.sentence + 1 ? doc.sentences[j] : headingS;
    if (!x) continue;
    const k = actorKinds(x);
    anyGov ||= k.gov; anyWe ||= k.we; anyOrg ||= k.org;
  }
  // Regie held by a party that is not a government, not the author and not a body of the coalition (a care
  // provider's or a school board's regie in a government text) is no claim of the leading party; in an agreement
  // any of its parties may hold it.
  if (t.foreignHolder && !parties) return false;
  const govActor = anyGov || (anyWe && gov);
  if (t.citizen && !anyGov) return false;
  return govActor || (t.body && gov) || (gov && anyOrg);
}

function decideRegierol(doc: DocModel, regie: RegieReading[], doctype: Profile['doctype']): { rol: Regierol; cues: Evidence[] } {
  const gov = isGovDoc(doc, doctype);
  const speakerKind = speakerFacts(doc).speaker.kind;
  const claimSentences: number[] = [];
  const parties = speakerKind === 'parties';
  for (const r of regie) {
    if (r.class === 'anders') continue;
    const s = doc.sentences[r.sentence];
    const heading = headingOf(doc, s.block);
    const hs = heading ? doc.blockSentences[heading.index] : undefined;
    const headingS = hs && hs[0] < hs[1] ? doc.sentences[hs[0]] : undefined;
    // Whether the reading is a claim of the leading party reads the reading's own text (`readingText`, per reading
    // object), the actor kinds of its window and heading (text-only: each a function of the sentence's memo map) and
    // two document facts: kept per reading object with the memo maps and facts it read, and decided again only when
    // one of them is another (an Analyzer's next model hands out the same reading objects while their sentences stay
    // in place, regie.ts `readRegie`). No arrays or closures: this runs per regie word on every keystroke.
    const before = r.sentence > 0 ? doc.sentences[r.sentence - 1].memo : undefined;
    const after = doc.sentences[r.sentence + 1]?.memo;
    const head = headingS?.memo;
    let v = claimVerdicts.get(r);
    if (v === undefined || (!narrowClaimKey && (v.before !== before || v.own !== s.memo || v.after !== after || v.head !== head || v.gov !== gov || v.parties !== parties))) {
      v = { before, own: s.memo, after, head, gov, parties, claim: claimOf(doc, r, headingS, gov, parties) };
      claimVerdicts.set(r, v);
    }
    if (v.claim && !claimSentences.includes(r.sentence)) claimSentences.push(r.sentence);
  }
  // Leadership claimed without the word regie (guide §1 K4 "Applicability first": a party that claims to steer or
  // lead counts as a claim): a government party, or the single author of a government text, that leads, chairs,
  // coordinates or steers the others in its own voice.
  // Only the sentences whose text-only part holds (factIndexes: carried over between analyses, not a walk of every sentence).
  const cue = leadershipCues(doc);
  for (const i of factIndexes(doc, 'profile:leadershipCue', leadershipCue)) {
    if (!leadershipClaim(doc, i, cue)) continue;
    const k = actorKinds(doc.sentences[i]);
    if ((k.gov || (k.we && gov)) && !claimSentences.includes(i)) claimSentences.push(i);
  }
  if (claimSentences.length === 0) return { rol: 'geen', cues: [] };
  claimSentences.sort((a, b) => a - b);
  // A kind of regie named in or next to the claim decides (the text says which regie it means).
  const named = { procesregie: 0, ordeningsregie: 0, uitvoeringsregie: 0 };
  for (const i of claimSentences) {
    for (let j = Math.max(0, i - 2); j <= Math.min(doc.sentences.length - 1, i + 2); j++) {
      const k = rolCues(doc.sentences[j]);
      if (k & ROL_PROCES_NAMED) named.procesregie++;
      if (k & ROL_ORDENING_NAMED) named.ordeningsregie++;
      if (k & ROL_UITVOERING_NAMED) named.uitvoeringsregie++;
    }
  }
  const claimEv = claimSentences.slice(0, 3).map((i) => ev(doc, doc.sentences[i]));
  const topNamed = (Object.entries(named) as Array<[Regierol, number]>).sort((x, y) => y[1] - x[1])[0];
  if (topNamed[1] > 0) return { rol: topNamed[0], cues: claimEv };
  // Otherwise what the leading party does (book ch. 4; judgement §2): it only convenes → procesregie; it puts in its
  // own money and people or executes alongside the others → uitvoeringsregie; it orders from its own final
  // responsibility (rules, decisions, permits, supervision, money flows, contracts) → ordeningsregie, also when its
  // acts are not visible (a government that claims regie acts from its own responsibility).
  const lead = leadReading(doc, regie);
  // A decision orders others when a government takes it from its own final responsibility (an issuing authority, a
  // government party, the "we" of a government text) or a body decides for the coalition; the own decisions of a
  // party that is no government (a fund, a provider, a school board) order nobody (book ch. 4: ordening "vanuit haar
  // eigen eindverantwoordelijkheid").
  const decidesForOthers = speakerKind === 'authority' || lead.heads.some((h) => isRegieBody(h) || isGovernment(h)) || (gov && lead.heads.includes('we'));
  const ordering = (a: Act | undefined): boolean => a === 'order' || a === 'fund' || (a === 'decide' && decidesForOthers);
  let order = lead.acts.order.length + lead.acts.fund.length + (decidesForOthers ? lead.acts.decide.length : 0);
  let own = lead.ownMeans.length, convene = lead.acts.convene.length;
  // The holder's own task list and what the claim itself says it does ("neemt de regie en brengt de partners
  // bijeen") weigh double.
  for (const [a, s] of lead.tasks) {
    if (ordering(a)) order++;
    else if (a === 'convene') convene++;
    else if (lead.ownMeans.includes(s)) own++;
  }
  // A leadership claim that coordinates, chairs or guides the process says which leadership it is ("heeft een
  // coördinerende rol", "is voorzitter van het overleg"): the claim's own words weigh like its acts.
  for (const i of claimSentences) if (leadershipClaim(doc, i) && COORDINATING_LEAD.test(doc.sentences[i].low)) convene += 2;
  const local = new Set<number>();
  for (const i of claimSentences) for (const j of [i, i + 1]) if (doc.sentences[j] && doc.sentences[j].block === doc.sentences[i].block) local.add(j);
  for (const j of local) {
    for (const a of actClauses(doc.sentences[j])) {
      // Only the holder's own acts: not what is done to it ("wordt ingesteld") nor what others do.
      if (a.passive || (a.heads.length > 0 && !a.heads.some((h) => lead.heads.includes(h)))) continue;
      if (ordering(a.act)) order += 2;
      else if (a.act === 'convene') convene += 2;
      else if (a.act === 'execute' && lead.ownMeans.includes(doc.sentences[j])) own += 2;
    }
  }
  const evs = (xs: Sentence[]): Evidence[] => [...claimEv.slice(0, 1), ...xs.slice(0, 2).map((s) => ev(doc, s))];
  if (order + own + convene === 0) return { rol: windowRol(doc, claimSentences), cues: claimEv };
  // Only convening → procesregie. Among parties that agree side by side (an agreement they all sign, or a regie body
  // of several parties), none orders the others: a lead that convenes at least as much as it orders and executes
  // coordinates a network among equals → procesregie too. (A coalition of authors writing "we" is one government
  // to be, not a network among equals.)
  const amongEquals = speakerKind === 'parties' || lead.heads.some((h) => isRegieBody(h));
  if (convene > 0 && (convene >= 2 * (order + own) || (amongEquals && convene >= order + own))) {
    return { rol: 'procesregie', cues: evs(lead.acts.convene) };
  }
  if (own >= 2 && own > order) return { rol: 'uitvoeringsregie', cues: evs(lead.ownMeans) };
  return { rol: 'ordeningsregie', cues: evs([...lead.acts.order, ...lead.acts.fund]) };
}

// ——— signals for the scores ———

/** What the scores read from the document besides the checklist (docs/scoring.md §3). */
export interface ProfileSignals {
  /** vertical: one government orders, funds or runs its own work; horizontal: parties side by side. */
  relation: 'vertical' | 'horizontal' | 'open';
  /** One authority grants money to recipients and no other party commits in its own name: a purely vertical grant. */
  verticalGrant: boolean;
  /** Share of commitment sentences whose only doer is a collective ("alle partijen"), or "we" when several parties write it. */
  diffuseShare: number;
  /** "we" is one author or one authority (not several parties writing together). */
  weIsAuthor: boolean;
  /** Commitment sentences counted for diffuseShare. */
  commitments: number;
}

const signalsOf = new Slot<Profile, ProfileSignals>();

/** The signals computed with a profile (undefined for a hand-built profile). */
export function profileSignals(profile: object | undefined): ProfileSignals | undefined {
  return profile ? signalsOf.get(profile as Profile) : undefined;
}

/** "we" stands for one author: an issuing authority or a single author that is not a coalition of several parties. */
export function weOfOneAuthor(doc: DocModel, relation: 'vertical' | 'horizontal' | 'open'): boolean {
  const k = speakerFacts(doc).speaker.kind;
  return speaksAsOne(k) && relation !== 'horizontal';
}

function rollenVerb(s: Sentence): boolean {
  return has(sentenceCues(s), 'rollenVerb');
}

/** A commitment sentence that names a specific doer: a named party, an organisation or a role. */
function diffuseCount(doc: DocModel, weIsAuthor: boolean): { diffuse: number; commitments: number } {
  let diffuse = 0, commitments = 0;
  // The text-only test first, as the list of sentences where it holds (carried over between analyses); the unit only there.
  for (const i of factIndexes(doc, 'profile:rollenVerb', rollenVerb)) {
    const s = doc.sentences[i];
    const u = unitOf(doc, i);
    if (!u.commits || u.role !== 'body' || u.fn === 'heading') continue;
    const c = sentenceCues(s);
    commitments++;
    if (c.actorHeads.length > 0) continue;
    if (s.actors.some((a) => a.kind === 'collective' || (a.kind === 'we' && !weIsAuthor))) diffuse++;
  }
  return { diffuse, commitments };
}

function computeSignals(doc: DocModel, doctype: Profile['doctype'], regie: RegieReading[]): ProfileSignals {
  const relation = partyRelation(doc, doctype, regie);
  const lead = leadReading(doc, regie);
  // A grant relation is purely vertical when the funder grants and no other party commits in its own name besides
  // the recipients (guide §4; real-documents §6: "are there partners with own commitments besides the funder?").
  const verticalGrant = relation === 'vertical' && lead.acts.fund.length > 0 && lead.others.length <= 2;
  // "we" of one author or one authority is that author: no diffuse ownership (guide real-documents §6); the "we" of a
  // coalition of authors or of the parties to an agreement is several parties at once.
  const weIsAuthor = weOfOneAuthor(doc, relation);
  const d = diffuseCount(doc, weIsAuthor);
  return { relation, verticalGrant, weIsAuthor, diffuseShare: d.commitments ? d.diffuse / d.commitments : 0, commitments: d.commitments };
}

export function computeProfile(doc: DocModel, regie: RegieReading[]): Profile {
  const dt = classifyDoctype(doc);
  const fase = decideFase(doc, dt.doctype);
  const coalitie = decideCoalitietype(doc, dt.doctype, regie);
  const rol = decideRegierol(doc, regie, dt.doctype);
  const density = doc.words > 0 ? Math.round((regie.length / doc.words) * 10000) / 10 : 0;
  const cues: Profile['cues'] = {};
  if (dt.cues.length) cues.doctype = dt.cues;
  if (fase.cues.length) cues.fase = fase.cues;
  if (coalitie.cues.length) cues.coalitietype = coalitie.cues;
  if (rol.cues.length) cues.regierol = rol.cues;
  const profile: Profile = { doctype: dt.doctype, fase: fase.fase, coalitietype: coalitie.type, regierol: rol.rol, regiedichtheid: density, cues };
  signalsOf.set(profile, computeSignals(doc, dt.doctype, regie));
  return profile;
}
