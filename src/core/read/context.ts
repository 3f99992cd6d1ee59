/**
 * Who acts where a sentence does not say it (guide judgement §7 "adjacency window"; real-documents kinds I, C2):
 * the same sentence, the sentence before or after it in its section, the heading or list lead-in directly above,
 * and the text's own author — the single author behind "we", or the one authority that enacts a regulation.
 */
import type { DocModel, Sentence } from '../document';
import { wordsLow } from '../document';
import { documentSpeaker, speaksAsOne } from '../profile/speaker';
import { readLocal } from './unit';
import { firstWordIndex, specificActors } from '../rules/util';
import { vocab } from '../vocab';

const specificIn = (s: Sentence | undefined) => (s ? specificActors(s) : []);

/** Words that point back to the previous sentence ("Het wordt …", "Dit gebeurt …", "Zij …"): the concept `anaphor` (src/core/vocab/read.ts). */

/**
 * The sentence before i: in the same paragraph, or in the paragraph just before when sentence i starts with a
 * word that points back to it. Never across a heading.
 */
function prevSentence(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i], p = doc.sentences[i - 1];
  if (!p || doc.blocks[p.block]?.kind === 'heading') return undefined;
  if (p.block === s.block) return p;
  const first = s.tokens.find((t) => t.kind === 'word')?.low ?? '';
  return s.block - p.block === 1 && vocab('anaphor').isWord(first) ? p : undefined;
}

/** The sentence after i in the same paragraph. */
function nextSentence(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i], n = doc.sentences[i + 1];
  return n && n.block === s.block ? n : undefined;
}

/** The heading directly above the sentence's block (within its section), or the lead-in of a list item. */
function leadIn(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i];
  for (let b = s.block - 1; b >= 0 && b >= s.block - 12; b--) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') { const [f, l] = doc.blockSentences[b]; return l > f ? doc.sentences[l - 1] : undefined; }
    // A lead-in glued to the end of the list item above ("… van kandidaten. Het SBO:") opens the items below it.
    if (block.kind === 'listItem' && doc.blocks[s.block].kind === 'listItem') {
      const [f, l] = doc.blockSentences[b];
      if (l > f && /:\s*$/.test(doc.sentences[l - 1].raw)) return doc.sentences[l - 1];
    }
    if (doc.blocks[s.block].kind === 'listItem' && block.kind === 'paragraph') { const [f, l] = doc.blockSentences[b]; return l > f ? doc.sentences[l - 1] : undefined; }
    if (doc.blocks[s.block].kind !== 'listItem' && doc.blocks[s.block].kind !== 'tableCell') return undefined;
  }
  return undefined;
}

/**
 * A specific actor that does something in sentence s: it stands in the subject of one of its clauses or in a
 * door-phrase (an organisation inside "aansluiting tussen school en werk" does nothing).
 */
export function doerIn(s: Sentence | undefined): boolean {
  if (!s) return false;
  const actors = specificIn(s);
  const { clauses } = readLocal(s);
  // A proper name or an acronym in the subject of a main clause names a body the recognisers may not know ("Aan het
  // roer staan de opdrachtgevers Rijkswaterstaat, …", "PRW voert het secretariaat").
  if (clauses.some((c) => !c.subordinate && c.finite >= 0 && c.subject !== undefined && namedIn(s, c.subject[0], c.subject[1] + 1))) return true;
  if (actors.length === 0) return false;
  return actors.some((a) => {
    const ti = a.token;
    if (s.tokens[ti - 1]?.low === 'door' || s.tokens[ti - 2]?.low === 'door') return true;
    // "onder (bege)leiding/regie/verantwoordelijkheid van X": X leads the act.
    // (also "onder leiding van een coach van de Stichting X": the organisation of the one who leads).
    const before = wordsLow(s, Math.max(0, ti - 8), ti);
    if (/(?:^|\s)onder\s+(?:de\s+)?(?:leiding|begeleiding|regie|verantwoordelijkheid|coördinatie)\s+van(?:\s+(?:de|het|een))?(?:\s+[\p{L}-]+\s+van(?:\s+(?:de|het))?)?$/u.test(before)) return true;
    return clauses.some((c) => c.subject !== undefined && ti >= c.subject[0] && ti <= c.subject[1]);
  });
}

/** A doer in the sentence before or after sentence i, or any specific actor in the heading or lead-in above it. */
export function actorNearby(doc: DocModel, i: number): boolean {
  return doerIn(prevSentence(doc, i)) || doerIn(nextSentence(doc, i)) || specificIn(leadIn(doc, i)).length > 0;
}

/** Several parties speak (an agreement): "who does it?" is an open question only then. */
export function partiesSpeak(doc: DocModel): boolean {
  return documentSpeaker(doc).kind === 'parties';
}

/** The text speaks as one author or one authority: "we" and agentless acts of its own are that author's. */
export function authorActs(doc: DocModel): boolean {
  return speaksAsOne(documentSpeaker(doc).kind);
}

/** A capitalised word that is not the sentence's first word, or an acronym, in tokens [a, b). */
function namedIn(s: Sentence, a: number, b: number): boolean {
  const first = firstWordIndex(s);
  for (let k = a; k < Math.min(b, s.tokens.length); k++) {
    const t = s.tokens[k];
    if (t.kind !== 'word') continue;
    if (/^\p{Lu}{2,}$/u.test(t.text) || (k !== first && /^\p{Lu}\p{Ll}{2,}/u.test(t.text))) return true;
  }
  return false;
}
