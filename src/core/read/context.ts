/**
 * Who acts where a sentence does not say it (guide judgement §7 "adjacency window"; real-documents kinds I, C2):
 * the same sentence, the sentence before or after it in its section, the heading or list lead-in directly above,
 * and the text's own author — the single author behind "we", or the one authority that enacts a regulation.
 */
import type { DocModel, Sentence } from '../document';
import type { ActorMention } from '../recognize/actors';
import { documentSpeaker } from '../profile/speaker';

export function specificIn(s: Sentence | undefined): ActorMention[] {
  return s ? s.actors.filter((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role') : [];
}

/** The sentence before i in reading order that is not a heading (within two blocks), or undefined. */
function prevSentence(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i];
  for (let j = i - 1; j >= 0; j--) {
    const p = doc.sentences[j];
    if (s.block - p.block > 2) return undefined;
    if (doc.blocks[p.block]?.kind === 'heading') return undefined;
    return p;
  }
  return undefined;
}

function nextSentence(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i];
  const n = doc.sentences[i + 1];
  if (!n || n.block - s.block > 1 || doc.blocks[n.block]?.kind === 'heading') return undefined;
  return n;
}

/** The heading directly above the sentence's block (within its section), or the lead-in of a list item. */
function leadIn(doc: DocModel, i: number): Sentence | undefined {
  const s = doc.sentences[i];
  for (let b = s.block - 1; b >= 0 && b >= s.block - 12; b--) {
    const block = doc.blocks[b];
    if (block.kind === 'heading') { const [f, l] = doc.blockSentences[b]; return l > f ? doc.sentences[l - 1] : undefined; }
    if (doc.blocks[s.block].kind === 'listItem' && block.kind === 'paragraph') { const [f, l] = doc.blockSentences[b]; return l > f ? doc.sentences[l - 1] : undefined; }
    if (doc.blocks[s.block].kind !== 'listItem' && doc.blocks[s.block].kind !== 'tableCell') return undefined;
  }
  return undefined;
}

/** A specific actor (organisation, named body, role) in the sentence, the one before or after it, or the lead-in above. */
export function actorNearby(doc: DocModel, i: number): boolean {
  const s = doc.sentences[i];
  return specificIn(s).length > 0 || specificIn(prevSentence(doc, i)).length > 0 || specificIn(nextSentence(doc, i)).length > 0 ||
    specificIn(leadIn(doc, i)).length > 0;
}

/** The text speaks as one author or one authority: "we" and agentless acts of its own are that author's. */
export function authorActs(doc: DocModel): boolean {
  const k = documentSpeaker(doc).kind;
  return k === 'authority' || k === 'single-author';
}
