/**
 * Document type (contract section B, guide/judgement.md §2): a weighted vote of cues. The title (first
 * heading or first line) weighs most; signatures and "komen overeen" make a convenant even when it is
 * published inside a circulaire; "Besluit … houdende vaststelling", "Gelet op", "Besluit:" and articles make
 * a regeling even when what it lays down is called a protocol. Memoised per document model.
 */
import type { Doctype, Evidence } from '../types';
import type { DocModel, Sentence } from '../document';
import { memoize, quoteSentence, textFacts } from '../document';
import { compileCue, type Matcher } from '../checklist/cues';

interface Vote { type: Doctype; weight: number; re: Matcher; title?: boolean; max?: number }

const v = (type: Doctype, weight: number, phrases: string[], opts: { title?: boolean; max?: number } = {}): Vote =>
  ({ type, weight, re: compileCue(phrases), ...opts });

const VOTES: Vote[] = [
  // Titles
  v('regeling', 6, ['re:^\\s*(?:besluit|regeling|aanwijzing|beleidsregels?|verordening|instellingsbesluit|reglement|mandaatbesluit)'], { title: true }),
  v('regeling', 3, ['re:^\\s*circulaire'], { title: true }),
  v('convenant', 6, ['convenant', 'intentieverklaring', 'samenwerkingsprotocol', 'samenwerkingsovereenkomst', 'overeenkomst', 'intentieovereenkomst', 'afsprakenkader'], { title: true }),
  v('convenant', 3, ['protocol'], { title: true }),
  v('convenant', 2, ['afspraken', 'samenwerkingsafspraken'], { title: true }),
  v('akkoord', 7, ['coalitieakkoord', 'bestuursakkoord', 'akkoord', 'collegeakkoord', 'coalitieprogramma', 'onderhandelaarsakkoord', 'sectorakkoord', 'hoofdlijnenakkoord'], { title: true }),
  v('programma', 6, ['programma', 'uitvoeringsprogramma', 'werkprogramma', 'actieprogramma', 'meerjarenprogramma', 'actieplan', 'uitvoeringsplan', 'jaarplan'], { title: true }),
  v('raadsvoorstel', 7, ['raadsvoorstel', 'voorstel aan de raad', 'raadsbesluit'], { title: true }),
  v('nota', 4, ['nota', 'notitie', 'visie', 'verkenning', 'beleidskader', 'kader', 'principes', 'uitgangspunten', 'agenda', 'strategie', 'startnotitie',
    'discussienota', 'position paper', 'whitepaper', 'ontwerp', 'thema', "thema's", 'architectuur', 'beleidsplan', 'beleidsnota'], { title: true }),
  // Body
  v('convenant', 5, ['re:komen (?:daarom |hierbij )?(?:het volgende |als volgt )?overeen', 'aldus overeengekomen', 'verklaren het volgende'], { max: 1 }),
  v('convenant', 2, ['re:verbind(?:t|en) zich', 'ondertekenende partijen', 'te dezen vertegenwoordigd', 'rechtsgeldig vertegenwoordigd', 'hierna gezamenlijk te noemen',
    'partijen verklaren', 'dit convenant', 'deze overeenkomst', 'dit samenwerkingsprotocol', 'deze intentieverklaring', 'spreken wij ~ af', 'spreken af'], { max: 3 }),
  v('convenant', 1, ['overwegende dat', 'partijen', 'ondertekend', 'ondertekening'], { max: 3 }),
  v('regeling', 4, ['houdende vaststelling', 'besluit:', 'besluiten:', 'gelet op', 'wordt aangehaald als', 'treedt in werking', 'stelt vast:'], { max: 3 }),
  v('regeling', 1, ['staatscourant', 'onze minister', 're:^er is een', 'deze regeling', 'dit besluit', 'deze aanwijzing', 'deze beleidsregels', 'van toepassing'], { max: 3 }),
  v('akkoord', 2, ['coalitiepartijen', 'raadsperiode', 'collegeperiode', 'coalitie', 'fracties', 'dit akkoord', 'in dit akkoord'], { max: 4 }),
  v('programma', 1, ['projecten', 'dit programma', 'het programma', 'uitvoeringsprogramma', 'programmering', 'projectenlijst'], { max: 4 }),
  v('raadsvoorstel', 4, ['de raad wordt voorgesteld', 'stelt de raad voor', 'voorgesteld besluit', 'beslispunten', 'ontwerpbesluit'], { max: 2 }),
  v('nota', 1, ['principes', 'uitgangspunten', 'visie', 'analyse', 'thema', 'verkenning', 'agenda', 'aanbevelingen', 'user story', 'als burger wil ik'], { max: 4 }),
];

export interface DoctypeDecision { doctype: Doctype; cues: Evidence[]; scores: Record<Doctype, number> }

const memo = new WeakMap<DocModel, DoctypeDecision>();

function ev(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.at(s.start).line, text: quoteSentence(doc, s, 160) };
}

/** The title: the first heading, else the first sentence. */
export function titleSentence(doc: DocModel): Sentence | undefined {
  for (const s of doc.sentences.slice(0, 20)) if (doc.blocks[s.block].kind === 'heading') return s;
  return doc.sentences[0];
}

export function classifyDoctype(doc: DocModel): DoctypeDecision {
  const hit = memo.get(doc);
  if (hit) return hit;
  const scores: Record<Doctype, number> = { convenant: 0, nota: 0, raadsvoorstel: 0, akkoord: 0, programma: 0, regeling: 0, overig: 0 };
  const cues: Partial<Record<Doctype, Evidence[]>> = {};
  const title = titleSentence(doc);
  // One memo slot array per sentence (0 = not yet asked, 1 = no, 2 = yes): one lookup, not one per vote.
  const slotOf = textFacts(doc, 'doctype:votes', (s) => memoize(s, 'doctype:votes', () => new Uint8Array(VOTES.length)));
  for (let v = 0; v < VOTES.length; v++) {
    const vote = VOTES[v];
    if (vote.title) {
      if (title && vote.re.test(title)) {
        scores[vote.type] += vote.weight;
        (cues[vote.type] ??= []).push(ev(doc, title));
      }
      continue;
    }
    let n = 0;
    for (let i = 0; i < doc.sentences.length; i++) {
      if (vote.max !== undefined && n >= vote.max) break;
      const slot = slotOf(i);
      if (slot[v] === 0) slot[v] = vote.re.test(doc.sentences[i]) ? 2 : 1;
      if (slot[v] === 2) {
        const s = doc.sentences[i];
        n++;
        scores[vote.type] += vote.weight;
        const list = (cues[vote.type] ??= []);
        if (list.length < 3) list.push(ev(doc, s));
      }
    }
  }
  // Numbered articles are the shape of a rule set (convenants have them too, so a small weight for both).
  const articles = doc.sentences.filter((s) => doc.blocks[s.block].kind === 'heading' && /^\s*(?:artikel|art\.)\s*\d+/i.test(s.raw)).length;
  if (articles >= 2) { scores.regeling += 2; scores.convenant += 1; }
  let doctype: Doctype = 'overig';
  let best = 2.5;
  for (const t of ['regeling', 'convenant', 'akkoord', 'raadsvoorstel', 'programma', 'nota'] as Doctype[]) {
    if (scores[t] > best) { best = scores[t]; doctype = t; }
  }
  const out: DoctypeDecision = { doctype, cues: (cues[doctype] ?? []).slice(0, 3), scores };
  memo.set(doc, out);
  return out;
}
