/**
 * The leading party and what it does (guide real-documents §4.3 and kind D; judgement §2 `regierol`; book ch. 4):
 *
 * - The leading party is the holder of the document's regie claims when a claim names one ("De regiegroep bewaakt
 *   …", "de regie ligt bij de provincie"), otherwise the speaker: the issuing authority of a regulation, the single
 *   author behind "we", or a government party among the parties of an agreement.
 * - Its own actions are the commitment clauses in which it is the subject (or, in a regulation, the agentless
 *   passive of the issuing authority), classified by the clause's verb lemma: it orders (decides, fixes norms,
 *   permits, supervises, enforces), it funds and contracts others (money flows, grants, procurement), it executes
 *   alongside others (own money, people, projects), or it convenes (coordinates, facilitates, brings together).
 * - The relation between the parties: how many other parties act in their own commitment clauses, and whether the
 *   lead mainly orders and funds them (vertical) or several parties agree and act side by side (horizontal).
 *
 * Everything per sentence is text-only and memoised; the document-level reading is memoised per document model.
 * The verb classes are concepts of the vocabulary (`src/core/vocab/profile.ts`).
 */
import type { DocModel, Sentence, Shared } from '../document';
import { carried, memoize, memoMap, textFacts } from '../document';
import type { RegieReading } from '../regie';
import { blockRoles, readLocal, tagsOf, unitOf, unitsCarryOver } from '../read/unit';
import { compoundHead, isParticle, joinSeparable } from '../read/lexicon';
import { clauseAt } from '../read/clause';
import { sentenceCues } from '../checklist/cues';
import { speakerFacts, speaksAsOne } from './speaker';
import { vocab } from '../vocab';
import { phraseClass, wordClass, wordSet } from '../vocab/classes';
import { Slot } from '../slots';
import { keptList } from '../intern';

// ——— word lists: concepts of the vocabulary (src/core/vocab/profile.ts), so the user's phrases reach them ———

export type Act = 'order' | 'decide' | 'fund' | 'execute' | 'convene';

/**
 * The act of a verb lemma, by the concept that holds it (book ch. 4: ordering from own responsibility, deciding,
 * ordering through money flows, executing with own means, convening without own stake); the lists share no verb.
 * Deciding orders others when what is fixed binds them (rules, norms, conditions: leadNormNouns), when an issuing
 * authority decides, or when a body decides for the coalition; a programme's or an agreement's own decision ("we
 * stellen het plan vast") orders nobody.
 */
const ACT_CONCEPTS: ReadonlyArray<readonly [string, Act]> = [['leadOrderVerbs', 'order'], ['leadDecideVerbs', 'decide'], ['leadFundVerbs', 'fund'], ['leadExecuteVerbs', 'execute'], ['leadConveneVerbs', 'convene']];
const VERB_ACT = { get: (lemma: string): Act | undefined => ACT_CONCEPTS.find(([id]) => vocab(id).isWord(lemma))?.[1] };
/** Heads that name a government party (lemmas). */
const GOV = wordSet('leadGovernmentHeads');
/** What binds others when a party fixes it (lemmas, compound heads too): rules, norms, conditions, legal plans. */
const NORM = wordSet('leadNormNouns');
/** Executing verbs that put in own money or people by themselves. */
const OWN_MEANS = wordSet('leadOwnMeansVerbs');
/** What a grant gives (compound heads): paying or receiving one is a money flow from the funder, not own execution. */
const GRANT = wordSet('leadGrantNouns');
const GRANT_VERBS = wordSet('leadGrantVerbs');
/** The government heads as a list (the leading party when nothing else names it). */
const govHeads = (): string[] => vocab('leadGovernmentHeads').words();
/** Adjective + verb pairs that act as one verb ("stelt … beschikbaar", "brengt … bijeen", "ziet toe"). */
const PAIR_ACT: Array<[string, string, Act]> = [['stellen', 'beschikbaar', 'fund'], ['brengen', 'bijeen', 'convene'], ['brengen', 'samen', 'convene'],
  ['brengen', 'bij elkaar', 'convene'], ['geven', 'opdracht', 'fund'], ['houden', 'toezicht', 'order'], ['stellen', 'eisen', 'order']];

/** One action clause of a sentence: who (subject heads, lower-case lemmas; 'we', 'ik') and what kind of act. */
export interface ActClause {
  heads: string[];
  /** The kind of act, when the verb says one (a clause without one still shows who acts). */
  act?: Act;
  /** An agentless passive: the doer is not in the clause. */
  passive: boolean;
  /** The parties among the subject (see partyHeads). */
  parties: string[];
  /** 'receive' when the clause receives a grant ("ontvangt een subsidie"). */
  verb?: 'receive';
  /** The subject when it is one word (a pronoun such as "zij"). */
  subjectWord?: string;
}

/** The subject's heads: nouns and proper names of the subject phrase (compound heads too), or the pronoun. */
function subjectHeads(s: Sentence, from: number, to: number): string[] {
  const tags = tagsOf(s);
  const out: string[] = [];
  for (let i = from; i < to && i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    const low = t.low;
    if (low === 'we' || low === 'wij') { out.push('we'); continue; }
    if (low === 'ik') { out.push('ik'); continue; }
    const pos = tags[i]?.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'X') continue;
    const lemma = tags[i].lemma.toLowerCase();
    out.push(lemma);
    const h = compoundHead(lemma).head;
    if (h && h !== lemma) out.push(h);
  }
  return out;
}

function clauseAct(s: Sentence, start: number, end: number): Act | undefined {
  const tags = tagsOf(s);
  const lemmas: string[] = [];
  const words: string[] = [];
  for (let i = start; i < end && i < s.tokens.length; i++) {
    words.push(s.tokens[i].low);
    const t = tags[i];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX')) lemmas.push(t.lemma.toLowerCase().replace(/_/g, ''));
  }
  // Separable verbs: a particle later in the clause joins the verb ("stelt … vast", "ziet … toe").
  for (let i = start; i < end && i < s.tokens.length; i++) {
    if (!isParticle(s.tokens[i].low)) continue;
    for (const v of lemmas.slice()) { const j = joinSeparable(s.tokens[i].low, v); if (j) lemmas.push(j); }
  }
  // Paying, granting or receiving a subsidy is a money flow from the funder (book ch. 4: ordening "door geldstromen").
  if (lemmas.some((l) => GRANT_VERBS.has(l))) {
    for (let i = start; i < end && i < s.tokens.length; i++) {
      const t = tags[i];
      if (t && t.pos === 'NOUN' && (GRANT.has(t.lemma.toLowerCase()) || GRANT.has(compoundHead(t.lemma.toLowerCase()).head))) return 'fund';
    }
  }
  for (const l of lemmas) {
    const a = VERB_ACT.get(l);
    if (!a) continue;
    // Fixing rules, norms or conditions binds others: that is ordering, whoever fixes them.
    if (a === 'decide') {
      for (let i = start; i < end && i < s.tokens.length; i++) {
        const t = tags[i];
        if (t && t.pos === 'NOUN' && (NORM.has(t.lemma.toLowerCase()) || NORM.has(compoundHead(t.lemma.toLowerCase()).head))) return 'order';
      }
    }
    return a;
  }
  const text = ` ${words.join(' ')} `;
  for (const [v, w, a] of PAIR_ACT) if (lemmas.includes(v) && text.includes(` ${w} `)) return a;
  return undefined;
}

/** The act a list item names without a clause of its own ("- het bewaken van de samenhang;"): its first act lemma. */
export function itemAct(s: Sentence): Act | undefined {
  return memoize(s, 'lead:itemAct', () => {
    const tags = tagsOf(s);
    for (let i = 0; i < s.tokens.length && i < 40; i++) {
      const a = VERB_ACT.get((tags[i]?.lemma ?? '').toLowerCase()) ?? VERB_ACT.get(s.tokens[i].low);
      if (a) return a;
    }
    return clauseAct(s, 0, Math.min(s.tokens.length, 40));
  });
}

const ITEM_MARK = /^\s*(?:\(?[a-z0-9]{1,3}[.)]|[-–•*])\s/;

/** A list item, also when written as a paragraph with its own marker ("a. …", "1) …"). */
function itemLike(doc: DocModel, b: number): boolean {
  const block = doc.blocks[b];
  if (!block) return false;
  if (block.kind === 'listItem') return true;
  const [f] = doc.blockSentences[b];
  return block.kind === 'paragraph' && !!doc.sentences[f] && ITEM_MARK.test(doc.sentences[f].raw);
}

/** The lead-in of a list item: the last sentence of the block above the list, when it ends in a colon. */
function leadInOf(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i];
  if (!itemLike(doc, s.block)) return undefined;
  for (let b = s.block - 1; b >= 0 && b >= s.block - 30; b--) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') return undefined;
    const [f, l] = doc.blockSentences[b];
    const last = l > f ? doc.sentences[l - 1] : undefined;
    if (last && /:\s*$/.test(last.raw)) return last;
    if (!itemLike(doc, b)) return undefined;
  }
  return undefined;
}

/** The parties a list item's lead-in names as its subject ("De regiegroep heeft tot taak:", "De provincie:"). */
function leadInParties(doc: DocModel, i: number): readonly string[] {
  const lead = leadInOf(doc, i);
  if (!lead) return [];
  // What a lead-in names reads the lead-in alone: memoised on it (asked per regie claim without a holder and per list
  // item on every analysis; the memo read first, the closure made in another function).
  return (lead.memo.get('lead:leadInParties') as readonly string[] | undefined) ?? leadInPartiesOf(lead);
}
function leadInPartiesOf(lead: Sentence): readonly string[] {
  return memoize(lead, 'lead:leadInParties', () => {
    const main = readLocal(lead).clauses.find((c) => !c.subordinate && c.subject);
    return main?.subject ? partyHeads(lead, main.subject[0], main.subject[1]) : partyHeads(lead, 0, Math.min(lead.tokens.length, 6));
  });
}

/** The action clauses of a sentence (text-only, memoised). Negated, possible, conditional and question clauses do not act. */
export function actClauses(s: Sentence): ActClause[] {
  return memoize(s, 'lead:acts', () => {
    const out: ActClause[] = [];
    const { clauses } = readLocal(s);
    for (const c of clauses) {
      if (c.finite < 0 || c.negated || c.conditional || c.mood === 'question' || c.tense === 'past') continue;
      const act = clauseAct(s, c.start, c.end);
      // "kan … opleggen / besluiten / verstrekken" is a power: the means of ordering. Other possibilities commit nothing.
      if (c.modality === 'possibility' && act !== 'order' && act !== 'decide' && act !== 'fund') continue;
      let span: [number, number] | undefined = c.subject;
      // The passive's door-agent is the doer.
      if (c.passive && c.agent) {
        for (let i = c.start; i < c.end; i++) if (s.tokens[i].low === 'door') { span = [i + 1, Math.min(c.end, i + 6)]; break; }
      }
      const heads = span ? subjectHeads(s, span[0], span[1]) : [];
      const subjectWord = span && span[1] - span[0] === 1 ? s.tokens[span[0]]?.low : undefined;
      let verb: 'receive' | undefined;
      if (act === 'fund') for (let i = c.start; i < c.end; i++) if (vocab('receiveForms').isWord(s.tokens[i].low)) verb = 'receive';
      out.push({ heads, act, passive: c.passive && !c.agent, parties: span ? partyHeads(s, span[0], span[1]) : [], subjectWord, verb });
    }
    // Kept for the whole analysis (memo and `textFacts`): ../intern.ts `keptList` (≈ 0.4 MB on the 100k-word benchmark
    // document).
    return keptList(out);
  });
}

export interface LeadReading {
  /** Heads that name the leading party ('we' = the single author). Empty when no leading party is found. */
  heads: string[];
  /** Where the lead came from. */
  source: 'holder' | 'speaker' | 'government' | 'none';
  /** The lead's own action sentences per kind of act. */
  acts: Record<Act, Sentence[]>;
  /** The lead's executing acts that put in its own money or people, or that it does together with others (medespeler). */
  ownMeans: Sentence[];
  /** The lead's task list: items under a lead-in that names it ("De regiegroep heeft tot taak:"), the act of each. */
  tasks: Array<[Act, Sentence]>;
  /** Other parties (subject heads) that act in their own commitment clauses. */
  others: string[];
}

/** Doing it together with others: the co-player's mark (book ch. 4 "Uitvoeringsregie": "voert mede uit"). */
const JOINT = phraseClass('jointMeans');

/**
 * The parties named in tokens [from, to): 'we', a recognised actor (organisation, role, name), a government head or a
 * regie body ("de regiegroep"); lower-case lemma of the actor's head word. Things and abstractions are no party.
 */
export function partyHeads(s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  const tags = tagsOf(s);
  for (let i = from; i < to && i < s.tokens.length; i++) {
    const low = s.tokens[i].low;
    if (low === 'we' || low === 'wij') { out.push('we'); continue; }
    const actor = s.actors.find((a) => a.token === i && a.kind !== 'we');
    const lemma = (tags[i]?.lemma ?? low).toLowerCase();
    if (actor && actor.kind !== 'collective') { out.push(actor.kind === 'named' ? actor.text.toLowerCase() : lemma); continue; }
    if (GOV.has(lemma) || /^regie\p{L}{3,}/u.test(lemma)) out.push(lemma);
  }
  return out;
}

const REGIE_BODY = wordClass('regieBodyHead');

const matches = (heads: readonly string[], lead: readonly string[]): boolean => heads.some((h) => lead.includes(h));

/** Pronouns that take up the subject of the sentence before ("Zij investeert …"). */
const ANAPHOR_SUBJECT = wordSet('anaphorSubject');

/** The holder of one regie claim: the subject of the clause with the regie word, "regie bij/van <party>", or the lead-in. */
export function readingHolder(doc: DocModel, r: RegieReading): string[] {
  const s = doc.sentences[r.sentence];
  if (!s) return [];
  // Per sentence, by the reading's offset in it (no key string per call: this is asked per reading on every analysis).
  const byOffset = memoMap<number, string[]>(s, 'lead:holder');
  const rel = r.start - s.start;
  let heads = byOffset.get(rel);
  if (!heads) byOffset.set(rel, (heads = holderAt(s, r.start)));
  return heads;
}

function holderAt(s: Sentence, at: number): string[] {
  const ti = s.tokens.findIndex((t) => t.end > at && t.low.includes('regi'));
  const { clauses } = readLocal(s);
  const c = clauseAt(clauses, ti) ?? clauses.find((x) => !x.subordinate);
  let heads: string[] = [];
  if (c?.subject) heads = partyHeads(s, c.subject[0], c.subject[1]).filter((h) => !/^regi(?:e|ss)/.test(h) || REGIE_BODY.test(h));
  // "de regie ligt bij / is van / berust bij <party>"
  if (ti >= 0) {
    for (let j = ti + 1; j < Math.min(s.tokens.length, ti + 4); j++) {
      if (/^(bij|van)$/.test(s.tokens[j].low)) { heads = partyHeads(s, j + 1, Math.min(s.tokens.length, j + 6)).concat(heads); break; }
    }
  }
  return heads;
}

/** A government party by its head: a government noun, or a compound of one ("deelgemeente", "rijksoverheid"). */
export function isGovernment(head: string): boolean {
  return head.split(/\s+/).some((w) => GOV.has(w) || GOV.has(compoundHead(w).head));
}

/** A regie body (regiegroep, regietafel …): a body of the coalition set up to hold the regie. */
export function isRegieBody(head: string): boolean {
  return REGIE_BODY.test(head);
}

const readingHolders = new WeakMap<RegieReading, readonly string[]>();

/** The holders of the regie claims, by number of claims. */
function claimHolders(doc: DocModel, regie: readonly RegieReading[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const r of regie) {
    if (r.class === 'anders') continue;
    // A reading's own holder reads its sentence at the reading's place only: kept per reading object (the same object
    // only while its sentence stays in place, regie.ts `readRegie`), one look-up instead of the sentence's memo maps.
    let heads = readingHolders.get(r);
    if (heads === undefined) readingHolders.set(r, (heads = readingHolder(doc, r)));
    if (!heads.length) heads = leadInParties(doc, r.sentence);
    if (heads.length) count.set(heads[0], (count.get(heads[0]) ?? 0) + 1);
  }
  return count;
}

const memo = new Slot<DocModel, LeadReading>();

/** One step of a block's part of the lead reading: sentence k of the block acts (a task when listed), or another party acts. */
interface BlockOp { k: number; act?: Act; task?: boolean; party?: string }

/**
 * For tests only: key the per-block part of the lead reading by nothing (a wrong, narrower key), so the property test
 * can show that it catches a cache keyed by less than the reading reads. Never set in production.
 */
let narrowLeadKey = false;
export function setLeadKeyForTests(narrow: boolean): void {
  narrowLeadKey = narrow;
}

/** What block b adds to the lead reading, in document order (a pending lead subject stays inside its block). */
function blockOps(doc: DocModel, b: number, heads: readonly string[], authorityPassive: boolean, read: number[] = [], units: unknown[] = []): BlockOp[] {
  const out: BlockOp[] = [];
  const [f0, l0] = doc.blockSentences[b];
  const clausesOf = textFacts(doc, 'lead:acts', actClauses);
  let prevLeadSubject = -1;
  for (let i = f0; i < l0; i++) {
    const s = doc.sentences[i];
    const k = i - f0;
    const clauses = clausesOf(i);
    // A sentence without action clauses outside a list can only clear a pending lead subject: with none pending it
    // changes nothing, and its unit is not needed.
    if (clauses.length === 0 && prevLeadSubject < 0 && !itemLike(doc, s.block)) continue;
    const u = unitOf(doc, i);
    // The units read, in order (part of the block's key, see `BlockKey`).
    read.push(k); units.push(u);
    if (u.role !== 'body') continue;
    // A list item under a lead-in that names the lead ("De regiegroep heeft tot taak:") is the lead's act.
    if (itemLike(doc, s.block) && !clauses.some((a) => matches(a.parties, heads) || a.parties.length) && matches(leadInParties(doc, i), heads)) {
      const a = clauses.find((c) => c.act)?.act ?? itemAct(s);
      if (a) out.push({ k, act: a, task: true });
      continue;
    }
    if (!u.commits) continue;
    const prevOwn = prevLeadSubject === s.block;
    prevLeadSubject = -1;
    const pushed = new Set<Act>();
    for (const a of clauses) {
      // An agentless passive's subject is what is done, not who does it; a pronoun subject takes up the lead of the
      // sentence before in the same paragraph.
      const pronoun = a.heads.length === 0 && a.parties.length === 0 && !a.passive && prevOwn && a.subjectWord !== undefined && ANAPHOR_SUBJECT.has(a.subjectWord);
      const own = a.passive ? authorityPassive && !matches(a.heads, heads) : matches(a.heads, heads) || matches(a.parties, heads) || pronoun;
      if (own && !a.passive) prevLeadSubject = s.block;
      // Recipients that receive a grant ("De wijkraden ontvangen een subsidie") show the issuing authority funding.
      const received = !own && authorityPassive && a.act === 'fund' && a.verb === 'receive';
      if (received && !pushed.has('fund')) { pushed.add('fund'); out.push({ k, act: 'fund' }); continue; }
      if (own) { if (a.act && !pushed.has(a.act)) { pushed.add(a.act); out.push({ k, act: a.act }); } continue; }
      if (a.passive) continue;
      for (const p of a.parties) if (!heads.includes(p) && p !== 'we') out.push({ k, party: p });
    }
  }
  return out;
}

/** The key of a block's part of the lead reading, with that part (see `leadReading`). */
/**
 * `read`: the sentences (offset in the block) whose units `blockOps` read, in order, and `units` those unit objects. A
 * unit reads more than its sentence (its section role, the narrative flag, the blocks next to it); with every other
 * part equal, the same units of the same sentences mean the same run of `blockOps` (which sentence it asks next
 * depends on its texts and the units before), and read/unit.ts keeps one unit object per sentence and context.
 */
interface BlockKey { docKey: string; role: unknown; kind: string; lead: unknown; memos: unknown[]; read: number[]; units: unknown[]; ops: BlockOp[] }

function sameBlockKey(doc: DocModel, k: BlockKey, docKey: string, role: unknown, kind: string, lead: unknown, sentences: readonly Sentence[], f0: number, l0: number): boolean {
  if (k.docKey !== docKey || k.role !== role || k.kind !== kind || k.lead !== lead || k.memos.length !== l0 - f0) return false;
  for (let i = f0; i < l0; i++) if (k.memos[i - f0] !== sentences[i].memo) return false;
  for (let j = 0; j < k.read.length; j++) if (unitOf(doc, f0 + k.read[j]) !== k.units[j]) return false;
  return true;
}

/** The lead reading's fold as kept for the next model of an Analyzer: its document part and the part of every block. */
interface LeadFold { docKey: string; roles: readonly unknown[]; ops: Array<BlockOp[] | undefined> }

/**
 * The previous model's part of block b when every part of the block's key (`BlockKey`) is unchanged by construction,
 * else undefined (the caller has checked the document part, and that the units carry over: `unitsCarryOver`). In the
 * unchanged blocks at the start: the block, the next one (a unit's title-line test reads it) and everything before it
 * (the list lead-in, read backwards) are unchanged, and so are its sentences. In the unchanged blocks at the end: the
 * block, the one before it, its sentences, and no list lead-in to look for before them (not an item). In both, the
 * section role must be the same (a role at the end may change through a heading before it). Keep this in step with
 * `sameBlockKey` and read/unit.ts `replayedUnit`.
 */
function replayedOps(doc: DocModel, last: { value: LeadFold; shared: Shared }, b: number, f0: number, l0: number, roles: readonly unknown[]): BlockOp[] | undefined {
  const { pb, qb, p, q, prevBlocks } = last.shared;
  const n = doc.blocks.length;
  let ob: number;
  if (b + 1 < pb && l0 <= p) ob = b;
  else if (b - 1 >= n - qb && f0 >= doc.sentences.length - q && !itemLike(doc, b)) ob = b - n + prevBlocks;
  else return undefined;
  if (roles[b] !== last.value.roles[ob]) return undefined;
  return last.value.ops[ob];
}

/** An executing sentence that puts in own means (money, capacity, joint means, an own-means verb): text-only, memoised. */
function ownMeansIn(s: Sentence): boolean {
  return (s.memo.get('lead:ownMeans') as boolean | undefined) ?? ownMeansOf(s);
}
function ownMeansOf(s: Sentence): boolean {
  return memoize(s, 'lead:ownMeans', () => {
    const c = sentenceCues(s);
    return c.money || c.capacity || JOINT.test(s.low) || tagsOf(s).some((t) => OWN_MEANS.has(t.lemma.toLowerCase()));
  });
}

/** The leading party of the document and its own actions (memoised per document model). */
export function leadReading(doc: DocModel, regie: readonly RegieReading[]): LeadReading {
  const hit = memo.get(doc);
  if (hit) return hit;
  const f = speakerFacts(doc);
  let heads: string[] = [];
  let source: LeadReading['source'] = 'none';
  const holders = [...claimHolders(doc, regie).entries()].sort((a, b) => b[1] - a[1]);
  const who = f.speaker.who?.toLowerCase() ?? '';
  const whoHeads = who.split(/[^\p{L}]+/u).flatMap((w) => GOV.has(w) ? [w] : GOV.has(w.replace(/(en|s)$/, '')) ? [w.replace(/(en|s)$/, '')] : []);
  if (holders.length) {
    const top = holders[0][0];
    // A named holder ("gemeente Holtwaard", "Regietafel Jeugd") is also taken up by its first word ("de gemeente").
    heads = top.includes(' ') ? [top, top.split(' ')[0]] : [top];
    // The holder is the author itself ("we", or the body that writes): its "we" acts too.
    if (top === 'we' || whoHeads.includes(top) || (who && who.includes(top))) heads.push('we', ...whoHeads);
    source = 'holder';
  }
  if (!heads.length && speaksAsOne(f.speaker.kind)) {
    heads = ['we', 'ik', ...whoHeads];
    if (heads.length === 2 && f.speaker.kind === 'authority') heads.push(...govHeads());
    source = 'speaker';
  }
  if (!heads.length) { heads = govHeads(); source = 'government'; }
  if (heads.includes('we') && f.speaker.kind === 'authority') heads.push('ik');

  const acts: Record<Act, Sentence[]> = { order: [], decide: [], fund: [], execute: [], convene: [] };
  const others = new Set<string>();
  const tasks: Array<[Act, Sentence]> = [];
  // The issuing authority is the doer of a regulation's agentless passives.
  const authorityPassive = source === 'speaker' && f.speaker.kind === 'authority';
  // A fold over the blocks: what a block adds depends on its own sentences, its units and its list lead-in only
  // (a pending lead subject does not leave its block), so it is kept per block and replayed (see `blockOps`).
  const docKey = `${heads.join('\u0002')}\u0001${authorityPassive ? 1 : 0}`;
  const roles = blockRoles(doc);
  // An Analyzer's next model replays the previous model's part of a block in the unchanged start and end where every
  // part of the block's key is unchanged by construction (`replayedOps`), without building or comparing the key.
  const fold: LeadFold = { docKey, roles, ops: new Array<BlockOp[] | undefined>(doc.blocks.length) };
  const last = narrowLeadKey ? undefined : carried.previous<LeadFold>(doc, 'lead:fold');
  // The units it compares are the previous model's in the unchanged blocks only while every document-level input of
  // a unit (the narrative flag, …) is unchanged: read/unit.ts says so (`unitsCarryOver`).
  const replay = last && last.value.docKey === docKey && unitsCarryOver(doc) ? last : undefined;
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') continue;
    const [f0, l0] = doc.blockSentences[b];
    if (l0 <= f0) continue;
    const first = doc.sentences[f0];
    let ops: BlockOp[] | undefined;
    // A table cell's unit also reads its row (read/unit.ts describedRow): not kept.
    if (block.kind === 'tableCell') ops = blockOps(doc, b, heads, authorityPassive);
    else if (replay && (ops = replayedOps(doc, replay, b, f0, l0, roles))) { /* the previous model's part */ }
    else {
      // The key: the document part, the block's role and kind, its list lead-in (by identity: a sentence's memo map
      // stands for its text and block kind) and its sentences (likewise), compared part by part: no key string.
      const lead = itemLike(doc, b) ? (leadInOf(doc, f0)?.memo ?? null) : undefined;
      const hit = first.memo.get('lead:block') as BlockKey | undefined;
      if (hit && (narrowLeadKey || sameBlockKey(doc, hit, docKey, roles[b], block.kind, lead, doc.sentences, f0, l0))) ops = hit.ops;
      else {
        const read: number[] = [], units: unknown[] = [];
        ops = blockOps(doc, b, heads, authorityPassive, read, units);
        const memos: unknown[] = [];
        for (let i = f0; i < l0; i++) memos.push(doc.sentences[i].memo);
        first.memo.set('lead:block', { docKey, role: roles[b], kind: block.kind, lead, memos, read, units, ops } satisfies BlockKey);
      }
    }
    fold.ops[b] = ops;
    for (const op of ops) {
      const x = doc.sentences[f0 + op.k];
      if (op.party !== undefined) others.add(op.party);
      else {
        acts[op.act!].push(x);
        if (op.task) tasks.push([op.act!, x]);
      }
    }
  }
  carried.keep(doc, 'lead:fold', fold);
  const ownMeans = acts.execute.filter(ownMeansIn);
  const out: LeadReading = { heads, source, acts, ownMeans, tasks, others: [...others] };
  memo.set(doc, out);
  return out;
}
