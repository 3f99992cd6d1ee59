/**
 * Document type (contract section B, guide/judgement.md §2, real-documents.md kind E) from the enacting
 * structure, not from title words:
 *
 * - one authority that enacts (speaker.ts: *Besluit:*, *Gelet op <legal reference>* at preamble position, an
 *   opening naming the body) → regeling;
 * - several parties that agree and sign → convenant; the same as a coalition or sector agreement → akkoord;
 * - a college proposing a decision to the council → raadsvoorstel;
 * - one author ("we") setting out and running its own work → programma; the same voice in a coalition → akkoord;
 * - description, analysis or advice without an operative part → nota.
 *
 * A wrapper (a circular or decree that carries an agreement) counts as the agreement when the agreement is its
 * substance: the parties' formulas outweigh the wrapper's title. The title's genre noun (by compound head:
 * *Uitvoeringsakkoord* → akkoord) is one cue among others. Ties go to the reading with the strongest single
 * cue, never to a list order. Memoised per document model.
 */
import type { Doctype, Evidence } from '../types';
import type { DocModel, Sentence } from '../document';
import { memoize, quoteSentence, textFacts } from '../document';
import { speakerFacts } from './speaker';
import { operativeProfile } from './operative';
import { vocab } from '../vocab';
import { Slot } from '../slots';

export interface DoctypeDecision { doctype: Doctype; cues: Evidence[]; scores: Record<Doctype, number> }

const memo = new Slot<DocModel, DoctypeDecision>();

function ev(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.lineOf(s.start), text: quoteSentence(doc, s, 160) };
}

/** The title: the first heading, else the first sentence. */
export function titleSentence(doc: DocModel): Sentence | undefined {
  for (const s of doc.sentences.slice(0, 20)) if (doc.blocks[s.block].kind === 'heading') return s;
  return doc.sentences[0];
}

/**
 * Genre nouns by compound head: a title word that is the head or ends in it (*coalitieakkoord*, *groenprogramma*,
 * *samenwerkingsprotocol*). Longer heads first, so *raadsvoorstel* is a proposal and *beleidsregels* a regeling.
 */
const HEADS: Array<[string, Doctype, number]> = ([
  ['raadsvoorstel', 'raadsvoorstel', 4], ['statenvoorstel', 'raadsvoorstel', 4], ['voorstel', 'raadsvoorstel', 3],
  ['raadsbesluit', 'raadsvoorstel', 3],
  ['beleidsregels', 'regeling', 4], ['beleidsregel', 'regeling', 4], ['besluit', 'regeling', 4], ['regeling', 'regeling', 4],
  ['verordening', 'regeling', 4], ['reglement', 'regeling', 4], ['aanwijzing', 'regeling', 4], ['beschikking', 'regeling', 3],
  ['circulaire', 'regeling', 2.5], ['richtlijn', 'regeling', 3],
  ['convenant', 'convenant', 4], ['overeenkomst', 'convenant', 4], ['protocol', 'convenant', 3], ['intentieverklaring', 'convenant', 4],
  ['verklaring', 'convenant', 2], ['afsprakenkader', 'convenant', 3], ['afspraken', 'convenant', 2.5], ['charter', 'convenant', 2],
  ['akkoord', 'akkoord', 4], ['coalitieprogramma', 'akkoord', 4],
  ['programma', 'programma', 4], ['actieplan', 'programma', 3.5], ['uitvoeringsplan', 'programma', 3.5], ['werkplan', 'programma', 3],
  ['jaarplan', 'programma', 3], ['programmering', 'programma', 2.5],
  ['nota', 'nota', 4], ['notitie', 'nota', 4], ['visie', 'nota', 3.5], ['verkenning', 'nota', 3.5], ['standpunt', 'nota', 3.5],
  ['brief', 'nota', 3], ['kader', 'nota', 2.5], ['agenda', 'nota', 3], ['strategie', 'nota', 3], ['principes', 'nota', 3],
  ['uitgangspunten', 'nota', 3], ['advies', 'nota', 3], ['rapport', 'nota', 3], ['analyse', 'nota', 3], ['paper', 'nota', 3],
  ['ontwerp', 'nota', 2], ['architectuur', 'nota', 2.5], ['beleidsplan', 'nota', 3],
] as Array<[string, Doctype, number]>).sort((a, b) => b[0].length - a[0].length);


/** The genre of the title: its first word whose compound head is a genre noun (Dutch titles lead with it). */
export function titleHead(title: Sentence | undefined): { type: Doctype; weight: number; word: string } | undefined {
  if (!title) return undefined;
  // Text-only (the title's tokens and the vocabulary): memoised per sentence, asked twice on every analysis.
  return memoize(title, 'doctype:titleHead', () => titleHeadOf(title));
}

function titleHeadOf(title: Sentence): { type: Doctype; weight: number; word: string } | undefined {
  for (const t of title.tokens) {
    if (t.kind !== 'word') continue;
    const w = t.low.replace(/['’]s$/, 's');
    if (vocab('notGenreHead').isWord(w)) continue;
    for (const [head, type, weight] of HEADS) {
      if (w === head || (w.endsWith(head) && w.length - head.length >= 3) || (w.endsWith(`${head}s`) && head.length >= 6 && w !== `${head}s` && w.length - head.length >= 4)) {
        return { type, weight, word: t.text };
      }
    }
  }
  return undefined;
}

// Coalition, sector and government-author words: src/core/vocab/profile.ts.

export function classifyDoctype(doc: DocModel): DoctypeDecision {
  const hit = memo.get(doc);
  if (hit) return hit;
  const f = speakerFacts(doc);
  const op = operativeProfile(doc);
  const title = titleSentence(doc);
  const head = titleHead(title);
  const scores: Record<Doctype, number> = { convenant: 0, nota: 0, raadsvoorstel: 0, akkoord: 0, programma: 0, regeling: 0, overig: 0 };
  /** The strongest single cue per type (the tie-breaker). */
  const strongest: Record<Doctype, number> = { convenant: 0, nota: 0, raadsvoorstel: 0, akkoord: 0, programma: 0, regeling: 0, overig: 0 };
  const cues: Partial<Record<Doctype, Sentence[]>> = {};
  const give = (type: Doctype, weight: number, evidence: Sentence[] = [], single = weight): void => {
    if (weight <= 0) return;
    scores[type] += weight;
    strongest[type] = Math.max(strongest[type], single);
    const list = (cues[type] ??= []);
    for (const s of evidence) if (list.length < 3 && !list.includes(s)) list.push(s);
  };

  if (head && title) give(head.type, head.weight, [title]);

  let coalition = 0;
  const coalitionEv: Sentence[] = [];
  let sector = 0, govAuthor = 0;
  // The three tests as text-only facts (one array read per sentence after an edit, see `textFacts`).
  const bitsOf = textFacts(doc, 'doctype:bits', (s) => memoize(s, 'doctype:bits', () =>
    ((vocab('coalition').test(s) || vocab('coalitionTerm').test(s)) ? 1 : 0) | (vocab('sectorParties').test(s) ? 2 : 0) | (vocab('govAuthor').test(s) ? 4 : 0)));
  for (let i = 0; i < doc.sentences.length; i++) {
    const b = bitsOf(i);
    if (b === 0) continue;
    if (coalition < 4 && b & 1) { coalition++; if (coalitionEv.length < 2) coalitionEv.push(doc.sentences[i]); }
    if (sector < 2 && b & 2) sector++;
    if (govAuthor < 4 && b & 4) govAuthor++;
  }
  const agreementLike = head?.type === 'akkoord' || coalition >= 2 || sector >= 1;

  // One authority that enacts.
  give('regeling', f.authority, f.cues.authority, 3);
  // Several parties that agree: a convenant, or an akkoord when it is a coalition's or a sector's agreement.
  if (f.parties > 0) {
    if (head?.type === 'akkoord' || (sector >= 1 && head?.type !== 'convenant')) give('akkoord', f.parties, f.cues.parties, 3.5);
    else give('convenant', f.parties, f.cues.parties, 3.5);
  }
  // A proposal to the council.
  give('raadsvoorstel', f.proposal, f.cues.proposal, 3);
  // One author writing "we": a coalition's plans (akkoord) or a government's own work (programma); a text that
  // mostly describes or analyses, with few own commitments, is a nota.
  if (f.author > 0 && f.proposal === 0) {
    const commitments = op.firm.length + op.report.length;
    const perK = (n: number): number => (n * 1000) / Math.max(doc.words, 1);
    if (head?.type === 'akkoord' || (agreementLike && coalition >= 2)) give('akkoord', f.author + Math.min(coalition, 3) * 0.5, [...coalitionEv, ...f.cues.author], 2);
    else if (perK(commitments) >= 4 || op.money >= 3) give('programma', f.author + (govAuthor >= 2 ? 1 : 0), f.cues.author, 2);
    else give('nota', f.author * 0.75, f.cues.author, 1.5);
  } else if (coalition >= 3 && head?.type !== 'convenant') give('akkoord', 1.5, coalitionEv, 1);
  // No operative part at all: description, analysis or advice.
  const operative = f.authority >= 3 || f.parties >= 3 || f.proposal >= 3 || f.author >= 2;
  if (!operative) {
    const running = op.report.length + op.firm.length;
    if (op.money >= 3 && running * 1000 / Math.max(doc.words, 1) >= 6) give('programma', 2, op.firm.slice(0, 2), 1);
    else give('nota', 2.5, [], 1);
  }
  // Numbered articles are the shape of a rule set and of a convenant alike.
  if (f.articles >= 2) { scores.regeling += 0.5; scores.convenant += 0.5; }

  let doctype: Doctype = 'overig';
  let best = 2.5, bestSingle = 0, tie = false;
  for (const t of Object.keys(scores) as Doctype[]) {
    if (t === 'overig') continue;
    if (scores[t] > best || (scores[t] === best && strongest[t] > bestSingle)) { best = scores[t]; bestSingle = strongest[t]; doctype = t; tie = false; }
    else if (scores[t] === best && strongest[t] === bestSingle && t !== doctype) tie = true;
  }
  if (tie) doctype = 'overig';
  const out: DoctypeDecision = { doctype, cues: (cues[doctype] ?? []).slice(0, 3).map((s) => ev(doc, s)), scores };
  memo.set(doc, out);
  return out;
}
