/**
 * Semantic frames over the clause records and the lexical layer (guide real-documents, kind B1 "closed phrase lists
 * for open-ended content"): small classes of lemmas in argument slots instead of sentence-long phrase lists.
 *
 * - beneficiary: *voor / ten behoeve van / ten goede aan* + a group of people, or a group noun anywhere;
 *   group nouns are recognised by their compound head (`huurwoningzoekenden` → *zoekende*, `jeugdzorgcliënten` →
 *   *cliënt*), not by a closed list of whole words;
 * - involvement: such a group as subject of an involvement verb (*adviseren, meedenken, beoordelen, testen …*), or a
 *   body named after them (*cliëntenraad, bewonerspanel, een raad van mantelzorgers*);
 * - problem: an insufficiency or harm (*te weinig, onvoldoende, tekort, niet meer aankunnen, risico voor*) with
 *   people or a public good as its bearer;
 * - exclusion: the text's own party doing expressly not (*geen, niet*) in a firm clause, *valt buiten*, *niet bedoeld
 *   voor*, or a contrast ", niet <groep>";
 * - payer: a party as subject of a paying verb (*betaalt, financiert, bekostigt, draagt de kosten*), *ten laste van*,
 *   a cost split (*naar rato, gelijkelijk*) or a levy/contribution noun.
 *
 * Every frame is a pure function of the sentence (memoised per sentence text).
 */
import type { Sentence } from '../document';
import { memoize } from '../document';
import { compoundHead } from './lexicon';
import { readLocal, tagsOf } from './unit';
import { activeVocabKey, vocab, type Matcher } from '../vocab';

// The word classes of the frames (people heads, involvement verbs, body heads, paying verbs, exclusion phrases) are
// concepts in src/core/vocab/read.ts.
const CONTRAST = /,\s*(?:maar\s+)?niet\s+(?:de|het|hun|voor|aan)?\s*\p{L}+/u;
const PAYER = /(?<![\p{L}])(ten\s+laste\s+van|naar\s+rato|gelijkelijk|draagt\s+(?:\S+\s+){0,5}kosten|dragen\s+(?:\S+\s+){0,5}kosten|kosten\s+(?:\S+\s+){0,3}(?:gedragen|verdeeld)|(?:deelnemers|leden|partijen)bijdrage|bijdrage\s+van\s+(?:de|elke|iedere)\s+\p{L}+|heffing\p{L}*|kostendekkend\p{L}*|uit\s+(?:de|hun|haar|eigen)\s+(?:reguliere\s+)?(?:begroting|middelen|budget)\p{L}*)(?![\p{L}])/u;

export interface Frames {
  beneficiary: boolean;
  involvement: boolean;
  problem: boolean;
  exclusion: boolean;
  payer: boolean;
}

/** Singular forms of the people heads, longest first, for a suffix check when the compound splitter knows no split (per matcher: user phrases count). */
const suffixLists = new WeakMap<Matcher, string[]>();
function peopleSuffixes(m: Matcher): string[] {
  let l = suffixLists.get(m);
  if (!l) suffixLists.set(m, (l = m.words().sort((a, b) => b.length - a.length)));
  return l;
}

function peopleHead(lemma: string): string | undefined {
  const h = compoundHead(lemma).head;
  const heads = vocab('peopleHeads');
  if (heads.isWord(h)) return h;
  if (heads.isWord(lemma)) return lemma;
  // "huurwoningzoekende", "jeugdzorgcliënt": a known people head at the end of an unknown compound.
  const sing = lemma.replace(/(?:'s|en|n|s)$/, '');
  return peopleSuffixes(heads).find((p) => p.length >= 4 && lemma.length > p.length + 2 && (lemma.endsWith(p) || sing.endsWith(p) || `${sing}e` .endsWith(p)));
}

/** A body named after its members: "cliëntenpanel", "jongerenraad", "bewonersplatform". */
function bodyOfPeople(word: string): boolean {
  const w = word.toLowerCase();
  for (const b of vocab('bodyHeads').words()) {
    if (!w.endsWith(b) || w.length <= b.length + 3) continue;
    const mod = w.slice(0, -b.length).replace(/(en|s|e|-)$/, '');
    const h = peopleHead(mod) ?? peopleHead(mod.replace(/(er)$/, 'ere'));
    if (h && !vocab('notAfnemer').isWord(h)) return true;
  }
  return false;
}

/** Cheap surface pre-checks: a frame can only hold where one of these word stems occurs. */
const PRECHECK: Record<Exclude<keyof Frames, 'exclusion' | 'problem' | 'beneficiary'>, RegExp> = {
  involvement: /raad|panel|platform|forum|klankbord|advis|advies|denk|beoordee|oordeel|test|toets|ontwerp|evalu|praat|beslis|schrij|feedback|meedoen|meekijk/,
  payer: /betaal|financier|bekostig|vergoed|subsidi|laste|rato|gelijkelijk|kosten|bijdrage|heffing|kostendekkend|begroting|middelen|budget/,
};

/** One frame of a sentence, reading the clauses only when the surface pre-check passes. */
export function frameHolds(s: Sentence, f: keyof Frames): boolean {
  // The exclusion, problem and beneficiary pre-checks are exact: their phrase lists (and "geen"/"niet" for the own negation and the
  // contrast). The others are stems of the built-in word classes: with the user's phrases active they are skipped (no wrong "no").
  const pre = f === 'exclusion' ? vocab('exclusion').test(s) || /niet|geen/.test(s.low)
    : f === 'problem' ? vocab('insufficiency').test(s)
      : f === 'beneficiary' ? vocab('beneficiaryMarker').test(s)
      : activeVocabKey() !== '' || PRECHECK[f].test(s.low);
  return pre && framesOf(s)[f];
}

export function framesOf(s: Sentence): Frames {
  return memoize(s, 'read:frames', () => {
    const tags = tagsOf(s);
    const low = s.low;
    const { clauses } = readLocal(s);
    const people: number[] = [];
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (s.tokens[i].kind !== 'word' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON') continue;
      const h = peopleHead(t.lemma);
      if (h && !vocab('notAfnemer').isWord(h)) people.push(i);
    }
    const beneficiary = people.some((i) => {
      const before = s.tokens.slice(Math.max(0, i - 5), i).map((t) => t.low).join(' ');
      return vocab('beneficiaryMarker').test(before);
    });
    const involvement = people.some((i) => {
      // Subject of an involvement verb ...
      const c = clauses.find((x) => x.subject && i >= x.subject[0] && i < x.subject[1] + 1);
      if (c && c.finite >= 0 && !c.negated && c.modality !== 'possibility') {
        for (let j = c.start; j < c.end; j++) {
          if (vocab('involveVerbs').isWord(tags[j].lemma) || vocab('involveForms').isWord(s.tokens[j].low) || (tags[j].lemma === 'geven' && /advies|oordeel|feedback/.test(low))) return true;
        }
      }
      // ... or the body named after them ("een raad van mantelzorgers").
      const prev = s.tokens.slice(Math.max(0, i - 3), i).map((t) => t.low);
      return prev.includes('van') && prev.some((w) => vocab('bodyHeads').isWord(compoundHead(w).head));
    }) || s.tokens.some((t) => t.kind === 'word' && bodyOfPeople(t.text));
    const problem = vocab('insufficiency').test(s) && (people.length > 0 || vocab('publicGoods').test(s));
    const main = clauses.find((c) => !c.subordinate && c.finite >= 0);
    const ownNegation = !!main && main.negated && (main.subjectKind === 'np' || main.subjectKind === 'we' || main.subjectKind === 'collective' || main.subjectKind === 'document') &&
      main.modality !== 'possibility' && main.mood !== 'question' && main.tense !== 'past' && /(?<![\p{L}])geen(?![\p{L}])/u.test(low);
    const exclusion = vocab('exclusion').test(s) || ownNegation || (CONTRAST.test(low) && people.length > 0);
    const payer = PAYER.test(low) || clauses.some((c) => c.finite >= 0 && !c.subordinate && !c.negated && c.modality !== 'possibility' && c.subject !== undefined &&
      c.subjectKind !== 'impersonal' && vocab('payVerbs').isWord(tags[c.finite]?.lemma ?? ''));
    return { beneficiary, involvement, problem, exclusion, payer };
  });
}
