/**
 * Pre-checks derived from the vocabulary: a cheap test on a sentence's lowercase text that must pass wherever a
 * predicate over the clause records can hold, so the records are read only there (issue 13 point 5: "pre-checks
 * derived from the lists, never written by hand").
 *
 * A predicate declares what it reads; the pre-check is built from exactly that:
 * - `lemmas`: concepts read as lemma classes (`vocab(id).isWord(lemma)`). Every inflected form of a Dutch lemma
 *   contains one of its surface stems (`surfaceStems`: the stem with and without its doubled vowel, v/f and z/s at
 *   the end, the doubled consonant undone, the participle cores of strong verbs, and the verb part of a separable
 *   verb, whose particle may stand far away), and so do the compounds it heads ("opleidingskosten" holds "kost").
 * - `phrases`: concepts matched as phrases (`vocab(id).test(s)`): their own matcher, whose pre-checks the phrase
 *   compiler derives (./phrase.ts).
 * - `regex`: patterns of the predicate itself, run as they are.
 * - `all`: parts that must all pass (a conjunction in the predicate).
 * The user's phrases (`withUserPhrases`) extend the lists, so the stems are keyed by the active vocabulary.
 * test/unit/precheck.test.ts proves the stems cover every form the lexicon knows for the lemmas of each list.
 */
import type { Sentence } from '../document';
import { activeVocabKey, vocab } from './index';
import { isParticle } from '../read/lexicon';
import { escape, shortest } from './needles';

export { literalNeedle, listNeedles, textPrecheck, type TextPrecheckSpec } from './needles';

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Vowel changes of strong verbs in the participle and past (nemen → genomen, besluiten → besloten, wijzen → gewezen). */
const ABLAUT: Record<string, string[]> = { e: ['o', 'a', 'ee', 'ie'], ee: ['o', 'a'], ij: ['e', 'ee'], ui: ['o', 'oo'], ie: ['o', 'oo'], i: ['o', 'a'], a: ['oe', 'ie'], aa: ['oe', 'ie'], o: ['a', 'ie'], oo: ['ie'] };
/** The few Dutch verbs whose past or participle shares no stem with the infinitive (a closed class of the grammar). */
const SUPPLETIVE: Record<string, string[]> = { doen: ['deed', 'daan'], gaan: ['ging'], staan: ['stond'], zien: ['zag'], slaan: ['sloeg'], willen: ['wou'],
  hebben: ['had'], zijn: ['was', 'war', 'gewe'], kunnen: ['kon'], zullen: ['zou'], houden: ['hield'] };

function doubled(stem: string): string | undefined {
  // An open syllable spelled with one vowel gets two in a closed one: betal- → betaal, draag-, neem-, investeer-.
  const n = stem.length;
  if (n >= 3 && !isVowel(stem[n - 1]) && isVowel(stem[n - 2]) && stem[n - 2] !== 'i' && !isVowel(stem[n - 3])) return stem.slice(0, n - 1) + stem[n - 2] + stem[n - 1];
  return undefined;
}

function verbStems(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  let stem = lemma;
  // gaan, staan, slaan → ga(at); doen → doe(t); zien → zie(t).
  if (/aan$/.test(lemma)) stem = lemma.slice(0, -2);
  else if (/(oe|ie)n$/.test(lemma)) stem = lemma.slice(0, -1);
  else if (/[^e]en$/.test(lemma) || /een$/.test(lemma)) stem = lemma.slice(0, -2);
  if (stem.length < 2) return [...out];
  const variants = [stem];
  // The doubled consonant before -en is single at the end (zetten → zet).
  if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2] && !isVowel(stem[stem.length - 1])) variants.push(stem.slice(0, -1));
  // v/z before -en is f/s at the end (geven → geef, wijzen → wijs).
  for (const v of [...variants]) {
    if (v.endsWith('v')) variants.push(v.slice(0, -1) + 'f');
    if (v.endsWith('z')) variants.push(v.slice(0, -1) + 's');
  }
  for (const v of [...variants]) { const d = doubled(v); if (d) variants.push(d); }
  // Strong verbs change the vowel of their last syllable (genomen, besloten, gewezen, droeg).
  for (const v of [...variants]) {
    const m = /(ee|ij|ui|ie|aa|[aeio])([^aeiouy]+)$/.exec(v);
    if (!m) continue;
    for (const alt of ABLAUT[m[1]] ?? []) variants.push(v.slice(0, m.index) + alt + m[2]);
  }
  // A past in -cht with the vowel changed: denken → dacht, brengen → bracht, zoeken → zocht, kopen → kocht.
  const cht = /^(.*?)([aeiou]+)([^aeiouy]+)$/.exec(stem);
  if (cht && /[kgp]$/.test(stem)) for (const v of ['a', 'o']) variants.push(`${cht[1]}${v}cht`);
  for (const v of variants) if (v.length >= 3 || v === stem) out.add(v);
  for (const v of SUPPLETIVE[lemma] ?? []) out.add(v);
  return [...out];
}

function nounStems(word: string): string[] {
  const out = new Set<string>([word]);
  // f/s at the end are v/z before a plural -en (bedrijf → bedrijven); a double vowel is single before it (raad → raden).
  if (/[fs]$/.test(word) && word.length >= 4) out.add(word.slice(0, -1) + (word.endsWith('f') ? 'v' : 'z'));
  // -heid has its plural in -heden (bevoegdheid → bevoegdheden).
  if (word.endsWith('heid')) out.add(word.slice(0, -3) + 'ed');
  const m = /(aa|ee|oo|uu)([^aeiouy])$/.exec(word);
  if (m) out.add(word.slice(0, m.index) + m[1][0] + m[2]);
  return [...out];
}

/**
 * Substrings of which every inflected form of `lemma` (and every compound it heads) contains at least one. Verbs
 * (infinitives) and nouns alike: a noun ending in -en is read as both.
 */
export function surfaceStems(lemma: string): string[] {
  const w = lemma.toLowerCase().replace(/_/g, '');
  const out = new Set<string>(nounStems(w));
  if (/(?:en|aan)$/.test(w)) {
    for (const s of verbStems(w)) out.add(s);
    // A separable verb: the verb part alone may stand in the clause, its particle far away.
    for (let n = Math.min(9, w.length - 4); n >= 2; n--) {
      const p = w.slice(0, n);
      if (isParticle(p)) {
        const rest = w.slice(p.length);
        for (const core of rest.startsWith('ge') ? [rest, rest.slice(2)] : [rest]) for (const s of verbStems(core)) out.add(s);
        break;
      }
    }
  }
  return shortest([...out].filter((s) => s.length >= 2));
}

export interface PrecheckSpec {
  /** Concepts read as word classes (lemmas, noun heads, word forms): their surface stems. */
  lemmas?: readonly string[];
  /** Single lemmas the predicate names in its code ("geven" in "advies geven"): their surface stems. */
  words?: readonly string[];
  /** Concepts matched as phrases: their own matcher. */
  phrases?: readonly string[];
  /** The predicate's own patterns. */
  regex?: readonly RegExp[];
  /** Alternatives besides the own parts: the spec passes when an own part or one of these passes. */
  any?: readonly PrecheckSpec[];
  /** Conditions that must all pass as well. */
  all?: readonly PrecheckSpec[];
}


/** The stems of the lemma concepts and words as one regex (per active vocabulary). */
function stemRegex(ids: readonly string[], words: readonly string[]): RegExp | undefined {
  const stems = new Set<string>();
  for (const id of ids) for (const w of vocab(id).words()) for (const s of surfaceStems(w)) stems.add(s);
  for (const w of words) for (const s of surfaceStems(w)) stems.add(s);
  if (stems.size === 0) return undefined;
  return new RegExp(shortest(stems).map(escape).join('|'));
}

/** A derived pre-check: `mayHold(s)` is false only where the predicate it was declared for cannot hold. */
export class Precheck {
  private byVocab = new Map<string, RegExp | undefined>();
  private readonly anySubs: Precheck[];
  private readonly allSubs: Precheck[];
  private readonly hasOwn: boolean;
  constructor(readonly spec: PrecheckSpec) {
    this.anySubs = (spec.any ?? []).map((p) => new Precheck(p));
    this.allSubs = (spec.all ?? []).map((p) => new Precheck(p));
    this.hasOwn = (spec.lemmas?.length ?? 0) + (spec.words?.length ?? 0) + (spec.phrases?.length ?? 0) + (spec.regex?.length ?? 0) > 0;
  }

  private stems(): RegExp | undefined {
    const key = activeVocabKey();
    if (!this.byVocab.has(key)) {
      if (this.byVocab.size > 8) this.byVocab.clear();
      this.byVocab.set(key, stemRegex(this.spec.lemmas ?? [], this.spec.words ?? []));
    }
    return this.byVocab.get(key);
  }

  /** The own parts (stems, phrase concepts, patterns): does any of them occur? */
  // Indexed loops, no `some`/`every` closures: `mayHold` runs per sentence and predicate, and on a cold run (V8's
  // baseline code) every for-of allocates an iterator and its results, every closure over `s` a context object.
  private own(s: Sentence): boolean {
    const stems = this.stems();
    if (stems && stems.test(s.low)) return true;
    const phrases = this.spec.phrases;
    if (phrases) for (let i = 0; i < phrases.length; i++) if (vocab(phrases[i]).test(s)) return true;
    const regex = this.spec.regex;
    if (regex) for (let i = 0; i < regex.length; i++) if (regex[i].test(s.low)) return true;
    return false;
  }

  mayHold(s: Sentence): boolean {
    if ((this.hasOwn || this.anySubs.length) && !this.own(s)) {
      let any = false;
      for (let i = 0; i < this.anySubs.length && !any; i++) any = this.anySubs[i].mayHold(s);
      if (!any) return false;
    }
    for (let i = 0; i < this.allSubs.length; i++) if (!this.allSubs[i].mayHold(s)) return false;
    return true;
  }
}

export function precheck(spec: PrecheckSpec): Precheck {
  return new Precheck(spec);
}
