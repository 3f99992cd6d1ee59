/**
 * Who speaks in the operative part of a document (guide real-documents.md, kind E and section 4.3):
 *
 * - `authority`: one body that enacts — an enacting formula (*Besluit:*, *stelt vast:*), *Gelet op <legal
 *   reference>* at preamble position, an opening that names the body (*De minister van …,*, *Wij, de …*,
 *   *Het college van burgemeester en wethouders van …,*), or a minister writing *ik* in a circular.
 * - `parties`: several parties that agree and sign — *komen het volgende overeen*, *spreken af:*, a list of
 *   parties with *hierna:* definitions, a signature block (*Aldus overeengekomen*, *ondertekend*).
 * - `single-author`: one author writing *we/wij/ons* — a college, cabinet, coalition or a programme's owner; also
 *   the college that proposes a decision to the council (the council's draft decision is what it proposes).
 * - `unknown`: none of these is clear.
 *
 * The decision is made from the document's own formulas at their own position, not from title words, and is
 * memoised per document model (the rules and the clause reader ask for it too: "we" resolves to the single
 * author, the actor of an agentless passive in a regeling is the issuing authority).
 */
import type { DocModel, Sentence } from '../document';
import { memoize, textFacts } from '../document';
import { vocab } from '../vocab';
import { Slot } from '../slots';

export type SpeakerKind = 'authority' | 'parties' | 'single-author' | 'unknown';

/** One author or one authority speaks: "we" and the text's agentless acts are that speaker's own. */
export function speaksAsOne(k: SpeakerKind): boolean {
  return k === 'authority' || k === 'single-author';
}

export interface Speaker {
  kind: SpeakerKind;
  /** The speaking party as the text names it ("de Minister van …", "het college", "partijen"), when known. */
  who?: string;
  /** The sentences that show it (enacting formula, agreement formula, signatures, the opening that names the author). */
  evidence: Sentence[];
}

/** Everything the speaker decision weighed; the doctype and fase deciders read the same facts. */
export interface SpeakerFacts {
  speaker: Speaker;
  /** Strength of each reading (0 = no sign of it). */
  authority: number;
  parties: number;
  /** A proposal to a council or the States with a draft decision (raadsvoorstel, statenvoorstel). */
  proposal: number;
  /** One author writing "we/wij/ons". */
  author: number;
  /** we/wij/ons/onze per 100 words. */
  weRate: number;
  /** The evidence per reading. */
  cues: { authority: Sentence[]; parties: Sentence[]; proposal: Sentence[]; author: Sentence[] };
  /** Index of the first sentence of the operative part (after the enacting or agreement formula), or -1. */
  operativeFrom: number;
  /** Numbered article headings ("Artikel 1"). */
  articles: number;
}

// ——— per-sentence cues (text-only, memoised per sentence as bits) ———

const ENACT = 1, GELET = 2, AUTH_OPEN = 4, RAAD_OPEN = 8, PROPOSAL = 16, AGREE = 32, AGREE_WEAK = 64, SIGN = 128,
  PARTIJEN = 256, HIERNA = 512, IK = 1024, ARTICLE = 2048, ENACT_TITLE = 4096, LEGAL_REF = 8192, DECIDE_TO = 16384,
  COALITION = 32768;

/** The formulas of each cue are vocabulary concepts (src/core/vocab/speaker.ts), matched on the sentence. */
function cueBits(s: Sentence): number {
  let k = 0;
  const has = (id: string): boolean => vocab(id).test(s);
  if (has('speakerEnact')) k |= ENACT;
  if (has('speakerEnactTitle')) k |= ENACT_TITLE;
  if (has('speakerGelet')) k |= GELET;
  if (has('speakerLegalRef')) k |= LEGAL_REF;
  if (has('speakerAuthorityOpen')) k |= AUTH_OPEN;
  if (s.words <= 30 && has('speakerCouncilOpen')) k |= RAAD_OPEN;
  if (has('speakerProposal')) k |= PROPOSAL;
  if (has('speakerDecideTo')) k |= DECIDE_TO;
  if (has('speakerAgree')) k |= AGREE;
  else if (has('speakerAgreeWeak')) k |= AGREE_WEAK;
  if (has('speakerSign')) k |= SIGN;
  // "Partijen" with a capital anywhere is a defined term: its case is read on the raw text (phrases are lowercase).
  if (has('speakerPartiesStart') || /(?:^|[^\p{L}])Partijen\b/u.test(s.raw)) k |= PARTIJEN;
  if (has('speakerHierna')) k |= HIERNA;
  if (has('speakerFirstPerson')) k |= IK;
  if (has('speakerArticle')) k |= ARTICLE;
  if (has('coalition')) k |= COALITION;
  return k;
}

function weCount(s: Sentence): number {
  let n = 0;
  for (const t of s.tokens) if (t.kind === 'word' && (t.low === 'we' || t.low === 'wij' || t.low === 'ons' || t.low === 'onze')) n++;
  return n;
}

/**
 * Who writes "we": the author as the opening or the text names it. Read on the raw text, with its capitals (a
 * capitalised place name), and its match is the name shown: not a phrase list.
 */
const AUTHOR_NOUN = /\b(?:(?:[Dd]it|[Hh]et nieuwe|[Hh]et) (?:kabinet|college(?: van burgemeester en wethouders| van gedeputeerde staten)?)|[Dd]e coalitie(?:partijen)?|[Dd]e coalitiefracties|[Gg]edeputeerde [Ss]taten|[Dd]e gemeente \p{Lu}\p{L}+|[Dd]e provincie \p{Lu}\p{L}+)(?![\p{L}])/u;

const memo = new Slot<DocModel, SpeakerFacts>();

const clip = (s: string, max = 80): string => {
  const t = s.replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The facts behind the speaker decision (memoised per document model). */
export function speakerFacts(doc: DocModel): SpeakerFacts {
  const hit = memo.get(doc);
  if (hit) return hit;
  const n = doc.sentences.length;
  const bitsOf = textFacts(doc, 'speaker:bits', (s) => memoize(s, 'speaker:bits', () => cueBits(s)));
  const weOf = textFacts(doc, 'speaker:we', (s) => memoize(s, 'speaker:we', () => weCount(s)));
  const cues: SpeakerFacts['cues'] = { authority: [], parties: [], proposal: [], author: [] };
  const add = (list: Sentence[], s: Sentence): void => { if (list.length < 4 && !list.includes(s)) list.push(s); };

  // Where the operative part starts: the first enacting/agreement formula, else the first article heading.
  let firstEnact = -1, firstAgree = -1, firstArticle = -1, firstProposal = -1, articles = 0;
  let we = 0, words = 0;
  for (let i = 0; i < n; i++) {
    const b = bitsOf(i);
    const s = doc.sentences[i];
    if (b & ENACT && firstEnact < 0) firstEnact = i;
    if (b & AGREE && firstAgree < 0) firstAgree = i;
    if (b & PROPOSAL && firstProposal < 0) firstProposal = i;
    if (b & ARTICLE && (doc.blocks[s.block].kind === 'heading' || s.words <= 8)) { articles++; if (firstArticle < 0) firstArticle = i; }
    we += weOf(i);
    words += s.words;
  }
  const preambleEnd = Math.min(
    [firstEnact, firstAgree, firstArticle].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), n),
    Math.max(12, Math.ceil(n * 0.15)),
  );

  // ——— authority ———
  let authority = 0;
  let who: string | undefined;
  let enacts = 0, gelet = 0, opens = 0;
  for (let i = 0; i < n; i++) {
    const b = bitsOf(i);
    const s = doc.sentences[i];
    // "Gelet op" counts only at preamble position and with a legal reference: "Gelet op de drukte …" in prose is no preamble.
    if (b & GELET && b & LEGAL_REF && (i <= preambleEnd || (firstEnact > i && firstEnact - i <= 3)) && gelet < 2) {
      gelet++; authority += 3; add(cues.authority, s);
    }
    if (b & ENACT && enacts < 2) { enacts++; authority += 3; add(cues.authority, s); }
    if (b & AUTH_OPEN && i <= preambleEnd + 1 && opens < 1) {
      opens++; authority += 2; add(cues.authority, s);
      who ??= clip(s.raw.replace(/^\W*wij,?\s+/i, '').split(/[,;:]/)[0]);
    }
  }
  const title = doc.sentences[0];
  if (title && bitsOf(0) & ENACT_TITLE) {
    authority += 2; add(cues.authority, title);
    const m = /\bvan (de|het) (minister|staatssecretaris|college|burgemeester|raad)\b[^,]*/i.exec(title.raw);
    if (m) who ??= clip(`${m[1]} ${title.raw.slice(m.index + m[0].indexOf(m[2]), m.index + m[0].length)}`);
  }
  if (articles >= 2) authority += 1;
  // A circular or instruction in the first person of its issuer ("Met deze circulaire informeer ik u").
  let ik = 0;
  for (let i = 0; i < Math.min(n, 15); i++) if (bitsOf(i) & IK) ik++;
  if (ik >= 2) authority += 1.5;

  // ——— a proposal to the council ———
  let proposal = 0, proposals = 0;
  for (let i = 0; i < n; i++) {
    const b = bitsOf(i);
    if (b & PROPOSAL && proposals < 3) { proposals++; proposal += 3; add(cues.proposal, doc.sentences[i]); }
  }
  if (proposal > 0) {
    // The council's draft decision: its opening, "gezien het voorstel", "besluit:" and its beslispunten belong to the
    // proposal, not to an authority speaking for itself.
    let raad = false;
    for (let i = Math.max(0, firstProposal); i < n; i++) if (bitsOf(i) & RAAD_OPEN) { raad = true; add(cues.proposal, doc.sentences[i]); break; }
    if (raad) proposal += 2;
    let decide = 0;
    for (let i = Math.max(0, firstProposal); i < n; i++) if (bitsOf(i) & DECIDE_TO) decide++;
    if (decide > 0) proposal += 1;
    if (raad || firstEnact > firstProposal) authority = Math.max(0, authority - 3 * enacts - 3 * gelet);
  }

  // ——— parties ———
  let parties = 0, agree = 0, weak = 0, sign = 0, partijen = 0, hierna = 0;
  for (let i = 0; i < n; i++) {
    const b = bitsOf(i);
    const s = doc.sentences[i];
    if (b & AGREE && agree < 2) { agree++; parties += 3.5; add(cues.parties, s); }
    else if (b & AGREE_WEAK && weak < 2) { weak++; parties += 1.5; add(cues.parties, s); }
    if (b & SIGN && sign < 2) { sign++; parties += 2; add(cues.parties, s); }
    if (b & PARTIJEN && partijen < 4) { partijen++; parties += 0.5; }
    // Parties introduced with "hierna:" definitions before the operative part.
    if (b & HIERNA && i <= preambleEnd && s.actors.some((a) => a.kind === 'named' || a.kind === 'org') && hierna < 3) { hierna++; parties += 0.5; }
  }

  // ——— one author writing "we" ———
  const weRate = words ? (we * 100) / words : 0;
  let author = weRate >= 1 ? 2 + Math.min(weRate, 4) : weRate >= 0.4 ? 1.5 : 0;
  let authorWho: string | undefined;
  for (let i = 0; i < Math.min(n, 12); i++) {
    const s = doc.sentences[i];
    const named = AUTHOR_NOUN.exec(s.raw);
    const wij = /\bwij,\s+((?:de|het)\s+[^,]{3,60}),/i.exec(s.raw);
    const m = wij ? wij[1] : named ? named[0] : undefined;
    if (m) {
      authorWho = clip(m);
      if (author > 0) { author += 1; add(cues.author, s); }
      break;
    }
  }
  if (author > 0) {
    for (let i = 0; i < n && cues.author.length < 3; i++) if (weOf(i) > 0 && doc.blocks[doc.sentences[i].block].kind !== 'heading') add(cues.author, doc.sentences[i]);
  }
  let coalition = 0;
  for (let i = 0; i < n && coalition < 3; i++) if (bitsOf(i) & COALITION) coalition++;
  if (!authorWho && (coalition >= 2 || (title && /coalitie/.test(title.low)))) authorWho = 'de coalitie';

  // ——— decision: the strongest reading; a tie goes to the reading with the strongest single cue ———
  const proposalAsAuthor = proposal > 0 ? proposal + 1 : 0;
  const readings: Array<[SpeakerKind, number, number, Sentence[], string | undefined]> = [
    ['authority', authority, enacts || gelet ? 3 : opens ? 2 : 1, cues.authority, who],
    ['parties', parties, agree ? 3.5 : sign ? 2 : 1.5, cues.parties, 'partijen'],
    ['single-author', Math.max(author, proposalAsAuthor), proposal ? 3 : 2, proposal ? cues.proposal : cues.author,
      proposal ? (/\bstaten\b/.test(cues.proposal.map((s) => s.low).join(' ')) ? 'gedeputeerde staten' : 'het college') : authorWho],
  ];
  readings.sort((a, b) => b[1] - a[1] || b[2] - a[2]);
  const [kind, strength, , evidence, name] = readings[0];
  const tied = readings[1][1] === strength && readings[1][2] === readings[0][2];
  const speaker: Speaker = strength >= 3 && !tied ? { kind, who: name, evidence: evidence.slice(0, 4) } : { kind: 'unknown', evidence: [] };

  const operativeFrom = speaker.kind === 'authority' ? firstEnact >= 0 ? firstEnact + 1 : firstArticle
    : speaker.kind === 'parties' ? firstAgree >= 0 ? firstAgree + 1 : firstArticle : -1;
  const out: SpeakerFacts = { speaker, authority, parties, proposal, author, weRate, cues, operativeFrom, articles };
  memo.set(doc, out);
  return out;
}

/** Who speaks in the operative part (memoised per document model). */
export function documentSpeaker(doc: DocModel): Speaker {
  return speakerFacts(doc).speaker;
}
