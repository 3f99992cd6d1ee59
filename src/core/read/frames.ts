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
 * - bearer (K1.last_baat): who bears the burden while a problem lasts or gains once it is solved — a group of people or
 *   a party as the subject of a burden or gain verb (*lijden onder, opdraaien voor, profiteren, kampen met*), after
 *   *ten koste van / ten goede aan / belastend voor*, an insufficiency *bij / voor* a group, or a cost that rises;
 * - payer: a party as subject of a paying verb (*betaalt, financiert, bekostigt, draagt de kosten*), *ten laste van*,
 *   a cost split (*naar rato, gelijkelijk*) or a levy/contribution noun.
 *
 * Every frame is a pure function of the sentence (memoised per sentence text).
 */
import type { Sentence } from '../document';
import { memoize, wordsLow } from '../document';
import { compoundHead } from './lexicon';
import { readLocal, tagsOf } from './unit';
import type { Clause, Voice } from './clause';
import { vocab, type Matcher } from '../vocab';
import { precheck, type Precheck } from '../vocab/precheck';





export interface Frames {
  beneficiary: boolean;
  bearer: boolean;
  involvement: boolean;
  problem: boolean;
  exclusion: boolean;
  payer: boolean;
}

/** Singular forms of the people heads, longest first, for a suffix check when the compound splitter knows no split. */
const suffixMemo = new WeakMap<Matcher, string[]>();
function peopleSuffixes(heads: Matcher): string[] {
  let v = suffixMemo.get(heads);
  if (!v) suffixMemo.set(heads, (v = heads.words().sort((a, b) => b.length - a.length)));
  return v;
}

function peopleHead(lemma: string): string | undefined {
  // A word whose tail is another word: "wethouder", "praktijkhouder" end in -houder, not in -ouder; "voornemens" is no "mens".
  if (/houders?$|nemens$/.test(lemma)) return undefined;
  const heads = vocab('peopleHeads');
  const h = compoundHead(lemma).head;
  if (heads.isWord(h)) return h;
  if (heads.isWord(lemma)) return lemma;
  // "huurwoningzoekende", "jeugdzorgcliënt": a known people head at the end of an unknown compound.
  const sing = lemma.replace(/(?:'s|en|n|s)$/, '');
  return peopleSuffixes(heads).find((p) => p.length >= 4 && lemma.length > p.length + 2 && (lemma.endsWith(p) || sing.endsWith(p) || `${sing}e` .endsWith(p)));
}

/**
 * The people head of a plural word form, read from the form itself (for plurals the tagger lemmatised as something
 * else): "gezinnen" → gezin (doubled consonant), "jongeren" → jongere, "asielzoekers" → zoeker … only plurals
 * (-en, -n, -s, -'s) whose singular is a people word.
 */
function pluralPeopleHead(word: string): string | undefined {
  if (word.length < 5 || !/(?:en|s)$/.test(word)) return undefined;
  const cands = [word.replace(/'s$/, ''), word.replace(/s$/, ''), word.replace(/n$/, ''), word.replace(/en$/, ''), word.replace(/([bdfgklmnprst])\1en$/, '$1')];
  for (const c of cands) {
    if (c === word || c.length < 3) continue;
    const h = peopleHead(c);
    if (h) return h;
  }
  return undefined;
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

/** Is this lemma (or the head of this compound) a noun for the people a policy is for ("bewoner", "jeugdzorgcliënt")? */
export function isPeopleWord(lemma: string): boolean {
  const h = peopleHead(lemma) ?? peopleHead(lemma.replace(/(er)$/, 'ere'));
  return !!h && !vocab('notAfnemer').isWord(h);
}

/** Token indices of the nouns for the people a policy is for (not staff or volunteers), memoised per sentence. */
export function peopleTokens(s: Sentence): number[] {
  return memoize(s, 'read:people', () => {
    const tags = tagsOf(s);
    const out: number[] = [];
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (s.tokens[i].kind !== 'word' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON') continue;
      // A plural the tagger read as a verb or an adjective ("gezinnen", "jongeren"): the surface plural decides.
      const h = t.pos === 'VERB' || t.pos === 'ADJ' ? pluralPeopleHead(s.tokens[i].low) : peopleHead(t.lemma) ?? pluralPeopleHead(s.tokens[i].low);
      if (h && !vocab('notAfnemer').isWord(h)) out.push(i);
    }
    return out;
  });
}

/**
 * A passive entitlement of a scheme's beneficiary: the passive's participle is an entitlement verb (vergoeden,
 * begeleiden, toekennen …: vocab `entitlementVerbs`) and the beneficiary is its subject ("De werknemer wordt begeleid
 * naar ander werk") or the one it is given to ("De reiskosten worden aan de deelnemer vergoed"). `beneficiary` says
 * which tokens name one; shared by `eigenaar/passief` (an entitlement is scheme content, not an open task) and the
 * recipients of a scheme below.
 */
export function passiveEntitlement(s: Sentence, c: Clause, v: Voice, beneficiary: (k: number) => boolean): boolean {
  const lemma = tagsOf(s)[v.participle]?.lemma ?? s.tokens[v.participle].low;
  if (!vocab('entitlementVerbs').isWord(lemma)) return false;
  if (c.subject) for (let k = c.subject[0]; k < c.subject[1]; k++) if (beneficiary(k)) return true;
  for (let k = c.start; k < c.end - 1; k++) {
    if (s.tokens[k].low !== 'aan') continue;
    for (let j = k + 1; j < Math.min(c.end, k + 4); j++) if (beneficiary(j)) return true;
  }
  return false;
}

/** A word for members or staff (vocab `memberHeads`, by lemma or compound head: "zorgmedewerkers", "leraren"). */
function isMember(s: Sentence, k: number): boolean {
  const t = tagsOf(s)[k];
  if (!t || s.tokens[k].kind !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  const heads = vocab('memberHeads');
  return heads.isWord(t.lemma) || heads.isWord(compoundHead(t.lemma).head);
}

/**
 * The recipients of a scheme among its members or staff (guide real-documents B1/B2; judgement K1.afnemers: a social
 * plan is for the employees it covers, a pilot for its participants): a word for members or staff (`memberHeads`)
 * that receives in a clause that is neither negated nor a question — the subject of a receiving verb ("Boventallige
 * leraren krijgen een begeleidingstraject"), of an entitlement ("Deze medewerkers hebben recht op …"), of a passive
 * entitlement ("De werknemer wordt begeleid naar ander werk", "aan de deelnemer vergoed"), or what is meant for them
 * ("bedoeld voor medewerkers die …"). Staff who act ("De medewerkers voeren de intake uit") receive nothing.
 */
export function schemeRecipient(s: Sentence): boolean {
  if (!PRECHECK_RECIPIENT.mayHold(s)) return false;
  return memoize(s, 'read:recipient', () => {
    const members = memberTokens(s);
    if (members.length === 0) return false;
    const member = (k: number) => members.includes(k);
    const tags = tagsOf(s);
    for (const c of readLocal(s).clauses) {
      if (c.negated || c.mood === 'question' || c.finite < 0) continue;
      if (c.voice && passiveEntitlement(s, c, c.voice, member)) return true;
      if (!c.subject || !members.some((k) => k >= c.subject![0] && k < c.subject![1])) continue;
      if (!c.passive && tags.slice(c.start, c.end).some((t) => vocab('receiveVerbs').isWord(t.lemma.replace(/_/g, '')))) return true;
      if (vocab('entitlementPhrase').test(wordsLow(s, c.start, c.end))) return true;
    }
    return members.some((k) => vocab('recipientMark').test(wordsLow(s, Math.max(0, k - 5), k)));
  });
}
const PRECHECK_RECIPIENT = precheck({ lemmas: ['memberHeads'] });

/** Token indices of the words for members or staff (`memberHeads`), memoised per sentence. */
export function memberTokens(s: Sentence): readonly number[] {
  if (!PRECHECK_RECIPIENT.mayHold(s)) return [];
  return memoize(s, 'read:members', () => {
    const out: number[] = [];
    for (let k = 0; k < s.tokens.length; k++) if (isMember(s, k)) out.push(k);
    return out;
  });
}

/** Before a group of people: they are the ones the work is for. */
const FOR_GROUP = /(?:^|\s)(voor|ten behoeve van|ten goede aan|gericht op|bedoeld voor|bestemd voor)(?:\s|$)/;
const GEEN = /(?<![\p{L}])geen(?![\p{L}])/u;
const PEOPLE = { lemmas: ['peopleHeads'] } as const;

/**
 * Pre-checks derived from what each frame reads (src/core/vocab/precheck.ts): the word classes and phrase lists of the
 * vocabulary and the frame's own patterns, combined as the frame combines them. A frame can hold only where its
 * pre-check passes, so the clause records are read only there.
 */
const PRECHECK: Record<keyof Frames, Precheck> = {
  // The marker before the group is read on tokens, not on the text, so the group alone is the pre-check.
  beneficiary: precheck(PEOPLE),
  involvement: precheck({ ...PEOPLE, all: [{ lemmas: ['involveVerbs', 'involveForms', 'bodyHeads'], words: ['geven'] }] }),
  problem: precheck({ phrases: ['insufficiency'], all: [{ ...PEOPLE, phrases: ['publicGoods'] }] }),
  exclusion: precheck({ phrases: ['exclusion', 'exclusionContrast'], regex: [GEEN] }),
  bearer: precheck({ phrases: ['bearerMark', 'burdenAdj', 'gainFor'], any: [
    { ...PEOPLE, all: [{ lemmas: ['bearVerbs', 'hitVerbs'], phrases: ['insufficiency'] }] },
    { phrases: ['costWord'], all: [{ phrases: ['rising'] }] },
  ] }),
  payer: precheck({ phrases: ['payerMark'], lemmas: ['payVerbs'] }),
};

/** One frame of a sentence, reading the clauses only when the derived pre-check passes. */
export function frameHolds(s: Sentence, f: keyof Frames): boolean {
  return PRECHECK[f].mayHold(s) && framesOf(s)[f];
}

export function framesOf(s: Sentence): Frames {
  return memoize(s, 'read:frames', () => {
    const tags = tagsOf(s);
    const low = s.low;
    const { clauses } = readLocal(s);
    const people = peopleTokens(s);
    const beneficiary = people.some((i) => {
      const before = wordsLow(s, Math.max(0, i - 5), i);
      return FOR_GROUP.test(` ${before} `);
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
      main.modality !== 'possibility' && main.mood !== 'question' && main.tense !== 'past' && GEEN.test(low);
    const exclusion = vocab('exclusion').test(s) || ownNegation || (vocab('exclusionContrast').test(s) && people.length > 0);
    const payer = vocab('payerMark').test(s) || clauses.some((c) => c.finite >= 0 && !c.subordinate && !c.negated && c.modality !== 'possibility' && c.subject !== undefined &&
      c.subjectKind !== 'impersonal' && vocab('payVerbs').isWord(tags[c.finite]?.lemma ?? ''));
    // Bearer: people (or a party) as subject of a burden or gain verb in a firm clause, a marked bearer, an
    // insufficiency "bij/voor/onder" a group, or a rising cost.
    const bearerByVerb = clauses.some((c) => !c.negated && c.modality !== 'possibility' && c.mood !== 'question' && c.subject !== undefined &&
      people.some((i) => i >= c.subject![0] && i <= c.subject![1]) &&
      tags.slice(c.start, c.end).some((t) => vocab('bearVerbs').isWord(t.lemma.replace(/_/g, ''))));
    const hit = clauses.some((c) => !c.negated && c.modality !== 'possibility' && c.mood !== 'question' &&
      people.some((i) => i >= c.start && i < c.end) && tags.slice(c.start, c.end).some((t) => vocab('hitVerbs').isWord(t.lemma.replace(/_/g, ''))));
    const marked = (vocab('bearerMark').test(s) || vocab('burdenAdj').test(s)) && (people.length > 0 || s.actors.length > 0) ||
      (vocab('gainFor').test(s) && (people.length > 0 || vocab('society').test(s)));
    const insufficiencyAt = vocab('insufficiency').test(s) && people.some((i) => /^(bij|voor|onder)$/.test(s.tokens[i - 1]?.low ?? '') || /^(bij|voor|onder)$/.test(s.tokens[i - 2]?.low ?? ''));
    const risingCost = vocab('costWord').test(s) && vocab('rising').test(s);
    const bearer = bearerByVerb || hit || marked || insufficiencyAt || risingCost;
    return { beneficiary, bearer, involvement, problem, exclusion, payer };
  });
}
