/**
 * Who speaks in the operative part of the document (minimal version; the profile work replaces it).
 */
import type { DocModel, Sentence } from '../document';
import { weIsOneParty } from '../regie';

export interface Speaker { kind: 'authority' | 'parties' | 'single-author' | 'unknown'; who?: string; evidence: Sentence[] }

const AUTHORITY = /(?<![\p{L}])(besluit\s*:|besluiten\s*:|stelt\s+(?:de\s+volgende\s+)?\S*regeling\s+vast|gelet\s+op\s+(?:artikel|de\s+\S+wet))/u;
const PARTIES = /(?<![\p{L}])(komen\s+(?:het\s+volgende\s+)?overeen|ondergetekenden|partijen\s+(?:spreken|komen|verklaren))/u;
const cache = new WeakMap<DocModel, Speaker>();

export function documentSpeaker(doc: DocModel): Speaker {
  let v = cache.get(doc);
  if (v) return v;
  let authority = 0, parties = 0, we = 0;
  const ev: Sentence[] = [];
  for (const s of doc.sentences) {
    if (AUTHORITY.test(s.low)) { authority++; if (ev.length < 3) ev.push(s); }
    if (PARTIES.test(s.low)) parties++;
    if (/(?<![\p{L}])(we|wij|ons|onze)(?![\p{L}])/u.test(s.low)) we++;
  }
  if (parties > 0 && parties >= authority) v = { kind: 'parties', evidence: ev };
  else if (authority > 0) v = { kind: 'authority', evidence: ev };
  else if (we > 0 && weIsOneParty(doc)) v = { kind: 'single-author', evidence: [] };
  else v = { kind: 'unknown', evidence: [] };
  cache.set(doc, v);
  return v;
}
