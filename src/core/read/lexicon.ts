/**
 * Lexical layer for Dutch: part of speech, lemma and verb features per word, compound heads and separable-verb
 * particles. Pure TypeScript, no I/O.
 *
 * Method (docs/lexicon.md): a word-form lexicon learned from the Universal Dependencies Dutch treebanks (most
 * frequent readings per form with counts, generated into lexicon-data.ts), a suffix model for unknown words
 * (learned from rare treebank words, per casing), and a bigram Viterbi pass over the candidate tags of each
 * sentence, plus a few context rules ('te' + infinitive). Unknown words are lemmatised by analogy with a known
 * word they end in (compounds, particle verbs), verb morphology validated against known verb lemmas, and learned
 * suffix rules. The data are parsed lazily on first use.
 */
import { LEXICON_DATA } from './lexicon-data';

export type Upos = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON' | 'CCONJ' | 'SCONJ' | 'NUM' | 'PUNCT' | 'SYM' | 'INTJ' | 'X';

export interface Tag {
  pos: Upos;
  /** Lowercase lemma: verbs → infinitive (participles too), nouns → singular, diminutives → base where UD does so. */
  lemma: string;
  verbForm?: 'fin' | 'inf' | 'part';
  tense?: 'pres' | 'past';
  number?: 'sing' | 'plur';
  /** True when the word form was not in the lexicon (its tag and lemma are guessed). */
  unknown?: boolean;
}

/** Separable-verb particles (and adverbial first parts that behave like them). */
const PARTICLES = new Set(('aan achter achterna af bij binnen boven door heen in langs mee na neer om omhoog omlaag ' +
  'onder op over rond samen tegen tegemoet terecht terug thuis toe tussen uit vast voor voorbij voort weg weer ' +
  'dicht open los vrij goed klaar kapot schoon bekend mogelijk stil teweeg plaats deel').split(' '));
/** Particles that also start inseparable verbs (no ge- in the participle: ondersteund, overwogen, voorkomen). */
const INSEPARABLE = new Set(['over', 'onder', 'door', 'om', 'achter', 'voor', 'mis', 'vol', 'weer']);
const VERB_PREFIXES = ['be', 'ver', 'ont', 'her', 'er', 'ge'];

/**
 * A small hand-written list of general policy vocabulary (our own, not from any document), so that common policy
 * verbs and nouns lemmatise and split well even where the treebank is silent. '_' marks a compound or particle
 * boundary.
 */
const POLICY_NOUNS = ('aanbesteding aanbieder aanpak aanvraag afspraak akkoord afstemming ambitie begroting beheer ' +
  'beleid beleids_plan beleids_regel besluit bestuur bestuurder betrokkenheid bevoegdheid bewoner bezwaar bieder ' +
  'bijdrage budget burger capaciteit casus cliënt college convenant coördinatie criterium dekking doel doel_groep ' +
  'doel_stelling effect evaluatie financiering formatie fte gemeente gemeente_raad gezondheid handhaving huishouden ' +
  'huurder hulp indicator inspanning instelling inwoner jeugd jeugd_hulp kader klacht knel_punt kosten_post ' +
  'maatregel mandaat mantel_zorg mantel_zorger medewerker melding middel monitoring netwerk onderwijs ' +
  'ondernemer ondersteuning ontwikkeling opdracht opdracht_gever opdracht_nemer opgave opvang organisatie overleg ' +
  'partij partner personeel pilot plan prestatie preventie prioriteit procedure proces professional programma ' +
  'project provincie raad rapportage regeling regie regio regisseur resultaat rijk risico samenwerking school ' +
  'signaal stuur_groep subsidie taak team termijn toezicht uitkering uitvoerder uitvoering uitvoerings_akkoord ' +
  'uitvoerings_programma veiligheid verantwoordelijkheid verantwoording vergunning verordening verplichting ' +
  'verslag verzoek voedsel voorraad voorstel voorwaarde voorziening vrijwilliger wacht_lijst wacht_tijd welzijn ' +
  'werk_gever werk_groep werk_nemer wethouder wijk wijk_team woning woning_corporatie corporatie zorg ' +
  'zorg_aanbieder zorg_kantoor kantoor zorg_verzekeraar verzekeraar').split(/\s+/);
const POLICY_VERBS = ('vast_stellen op_stellen uit_voeren af_spreken in_zetten aan_bieden aan_nemen aan_stellen ' +
  'af_stemmen beoordelen bepalen besluiten beschikbaar_stellen betrekken bevorderen bewaken borgen evalueren ' +
  'financieren monitoren ondersteunen ontwikkelen organiseren realiseren regisseren samen_werken toe_kennen ' +
  'uit_werken vast_leggen verstrekken verantwoorden verlenen voor_bereiden voor_stellen waarborgen coördineren ' +
  'faciliteren implementeren inventariseren rapporteren informeren investeren stimuleren versterken verbeteren ' +
  'in_spannen in_voeren op_pakken over_dragen door_geven in_dienen toe_zien uit_rollen bij_dragen na_komen ' +
  'op_volgen aan_sturen in_richten op_richten vast_houden aan_passen door_voeren onderzoeken overwegen ' +
  'ondertekenen goed_keuren af_wegen toe_passen bij_sturen op_schalen af_schalen in_kopen aan_besteden ' +
  'aan_wijzen aan_vragen subsidiëren handhaven controleren verantwoorden').split(/\s+/);

interface ClassInfo { pos: Upos; verbForm?: 'fin' | 'inf' | 'part'; tense?: 'pres' | 'past'; number?: 'sing' | 'plur' }
interface Cand { cls: number; score: number; lemma: string }

/**
 * A suffix-model reading of an unknown word: its lemma is worked out on first read (`guessLemma` is a pure function
 * of the form and the class), so the readings the Viterbi pass does not choose cost no lemmatisation.
 */
class GuessedCand implements Cand {
  private l?: string;
  constructor(readonly cls: number, readonly score: number, private readonly lx: Lexicon, private readonly form: string) {}
  get lemma(): string { return (this.l ??= this.lx.guessLemma(this.form, this.cls)); }
}

const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PUNCT_RE = /^[\p{P}]+$/u;
const SYM_RE = /^[\p{S}]+$/u;
const NUM_RE = /^[+-]?\d[\d.,:/-]*%?$|^\d+(e|de|ste)$/u;
const INITIAL_AFTER = new Set(['.', '!', '?', ':', ';', '"', '“', '„', ',,', "'", '‘', '(', '[', '-', '–', '—', '•', '*', '…']);

/** Applies a lemma edit (strip count as one base-36 char, then text to append). */
function applyEdit(form: string, edit: string): string {
  if (edit === '') return form;
  const strip = parseInt(edit[0], 36);
  return form.slice(0, form.length - strip) + edit.slice(1);
}
const plain = (lemma: string): string => (lemma.indexOf('_') < 0 ? lemma : lemma.replace(/_/g, ''));

/** The reading model built from one data string (see scripts/build-lexicon.mjs for the format). */
export class Lexicon {
  readonly classes: ClassInfo[] = [];
  private logPrior: number[] = [];
  private trans: Float64Array = new Float64Array(0); // (n+1) × (n+1), index n = sentence boundary
  /** Word form → readings (score = log P(t|w) − log P(t)); a raw data string until first looked up. */
  private lex = new Map<string, Cand[] | string>();
  private suffix = new Map<string, { cls: number[]; n: number[]; total: number } | string>();
  private rules = new Map<string, string>();
  private maxRule = 0;
  private clsIndex = new Map<string, number>();
  /** Guesses for unknown words, by casing + lowercase form (cleared when it grows large). */
  private cache = new Map<string, Cand[]>();
  /** Known noun lemmas (plain) → lemma with its head boundary ('gemeente_raad'), or itself for a simplex noun. */
  private nouns = new Map<string, string>();
  /** Known verb lemmas (plain) → with particle boundary ('vast_stellen'). */
  private verbs = new Map<string, string>();
  /** Known lemmas and lemma parts besides the word forms (for validating compound modifiers). */
  private words = new Set<string>();
  /** Participle core (after particle and ge-) → infinitive core, learned from the lexicon ('sproken' → 'spreken'). */
  private partCore = new Map<string, string>();
  /** Compound heads by word as written (cleared when it grows large). */
  private heads = new Map<string, Readonly<{ head: string; modifier?: string }>>();
  /** Whether nouns/verbs/words/partCore are built (on first need: unknown words, compounds, particles). */
  private morphReady = false;

  constructor(data: string) {
    const sec = new Map<string, string[]>();
    let cur: string[] = [];
    for (const line of data.split('\n')) {
      if (line.length === 2 && line[0] === '#') { cur = []; sec.set(line[1], cur); } else cur.push(line);
    }
    for (const c of sec.get('C') ?? []) {
      const [pos, a, b, d] = c.split(' ');
      const info: ClassInfo = { pos: pos as Upos };
      if (a === 'sing' || a === 'plur') info.number = a;
      else if (a) info.verbForm = a as ClassInfo['verbForm'];
      if (b) info.tense = b as ClassInfo['tense'];
      if (d) info.number = d as ClassInfo['number'];
      this.clsIndex.set(c, this.classes.length);
      this.classes.push(info);
    }
    const n = this.classes.length;
    const prior = (sec.get('P') ?? [''])[0].split(' ').map(Number);
    const sum = prior.reduce((a, b) => a + b, 0);
    this.logPrior = prior.map((p) => Math.log(p / sum));
    // Transitions, add-0.5 smoothed.
    const counts = new Float64Array((n + 1) * (n + 1));
    const idx = (ch: string): number => (ch === '^' || ch === '$' ? n : CODES.indexOf(ch));
    for (const t of (sec.get('T') ?? [''])[0].split(' ')) {
      if (t.length < 3) continue;
      counts[idx(t[0]) * (n + 1) + idx(t[1])] += Number(t.slice(2));
    }
    this.trans = new Float64Array((n + 1) * (n + 1));
    for (let a = 0; a <= n; a++) {
      let row = 0;
      for (let b = 0; b <= n; b++) row += counts[a * (n + 1) + b] + 0.5;
      for (let b = 0; b <= n; b++) this.trans[a * (n + 1) + b] = Math.log((counts[a * (n + 1) + b] + 0.5) / row);
    }
    for (const line of sec.get('L') ?? []) {
      const tab = line.indexOf('\t');
      this.lex.set(line.slice(0, tab), line.slice(tab + 1));
    }
    for (const line of sec.get('S') ?? []) {
      const tab = line.indexOf('\t');
      this.suffix.set(line.slice(0, tab), line.slice(tab + 1));
    }
    for (const line of sec.get('R') ?? []) {
      const colon = line.lastIndexOf(':');
      const key = line.slice(0, colon);
      this.rules.set(key, line.slice(colon + 1));
      this.maxRule = Math.max(this.maxRule, key.length - 1);
    }
    for (const w of POLICY_NOUNS) { const p = plain(w); if (!this.lex.has(p)) this.lex.set(p, [this.cand('NOUN sing', 0, w)]); }
    for (const w of POLICY_VERBS) {
      const p = plain(w);
      if (!this.lex.has(p)) this.lex.set(p, [this.cand('VERB inf', Math.log(0.6), w), this.cand('VERB fin pres plur', Math.log(0.4), w)]);
    }
  }

  /** The readings of a known (lowercase) form, parsed on first look-up. */
  private lookup(form: string): Cand[] | undefined {
    const v = this.lex.get(form);
    if (typeof v !== 'string') return v;
    const an = v.split(' ').map((a) => {
      const colon = a.indexOf(':');
      return { cls: CODES.indexOf(a[0]), n: colon > 1 ? Number(a.slice(1, colon)) : 1, edit: a.slice(colon + 1) };
    });
    const total = an.reduce((s, a) => s + a.n, 0);
    const cands = an.map((a) => ({ cls: a.cls, score: Math.log(a.n / total) - this.logPrior[a.cls], lemma: applyEdit(form, a.edit) }));
    this.lex.set(form, cands);
    return cands;
  }

  /** Builds the lemma indexes (known nouns, verbs, participle cores) from every entry, once. */
  private morph(): this {
    if (this.morphReady) return this;
    this.morphReady = true;
    for (const [form, v] of this.lex) {
      if (typeof v !== 'string') { for (const c of v) this.learnLemma(form, c.lemma, this.classes[c.cls]); continue; }
      for (const a of v.split(' ')) {
        const info = this.classes[CODES.indexOf(a[0])];
        if (info.pos === 'NOUN' || info.pos === 'VERB' || info.pos === 'AUX') this.learnLemma(form, applyEdit(form, a.slice(a.indexOf(':') + 1)), info);
        else this.words.add(applyEdit(form, a.slice(a.indexOf(':') + 1)));
      }
    }
    for (const w of POLICY_NOUNS) this.addHandWord(w, 'NOUN');
    for (const w of POLICY_VERBS) this.addHandWord(w, 'VERB');
    return this;
  }

  private isWord(w: string): boolean {
    return this.lex.has(w) || this.words.has(w);
  }

  private learnLemma(form: string, lemma: string, info: ClassInfo): void {
    const p = plain(lemma);
    this.words.add(p);
    if (info.pos === 'VERB' || info.pos === 'AUX') for (const part of lemma.split('_')) this.words.add(part);
    else this.words.add(lemma.slice(lemma.lastIndexOf('_') + 1));
    if (info.pos === 'NOUN') {
      if (!this.nouns.has(p) || lemma.includes('_')) this.nouns.set(p, lemma);
      const parts = lemma.split('_');
      const head = parts[parts.length - 1];
      if (parts.length > 1 && !this.nouns.has(head)) this.nouns.set(head, head);
    } else if (info.pos === 'VERB' || info.pos === 'AUX') {
      if (!this.verbs.has(p) || lemma.includes('_')) this.verbs.set(p, lemma);
      if (info.verbForm === 'part') {
        const parts = lemma.split('_');
        const inf = parts[parts.length - 1];
        let core = form.slice(parts.length > 1 ? parts.slice(0, -1).join('').length : 0);
        if (core.startsWith('ge') && !inf.startsWith('ge')) core = core.slice(2);
        if (core.length >= 3 && !this.partCore.has(core)) this.partCore.set(core, inf);
      }
    }
  }

  private addHandWord(w: string, pos: 'NOUN' | 'VERB'): void {
    const p = plain(w);
    this.words.add(p);
    const parts = w.split('_');
    for (const part of parts) this.words.add(part);
    if (pos === 'NOUN') {
      this.nouns.set(p, w);
      const head = parts[parts.length - 1];
      if (!this.nouns.has(head)) this.nouns.set(head, head);
    } else {
      this.verbs.set(p, w);
    }
  }

  private cand(cls: string, logP: number, lemma: string): Cand {
    const i = this.clsIndex.get(cls) ?? 0;
    return { cls: i, score: logP - this.logPrior[i], lemma };
  }

  /** Candidate readings of one token; `initial` = first word of the sentence (its capital says nothing). */
  candidates(word: string, initial: boolean, prev?: string): { cands: Cand[]; unknown: boolean } {
    const lower = word.toLowerCase();
    const known = this.lookup(lower);
    const cap = word !== lower && word[0] !== lower[0];
    if (known) {
      let cands = known;
      // A known common word written with a capital inside a sentence may be a name.
      if (cap && !initial && !known.some((c) => this.classes[c.cls].pos === 'PROPN')) {
        cands = [...known, this.cand('PROPN', Math.log(0.3), lower)];
      }
      return { cands: this.teRule(prev, lower, cands), unknown: false };
    }
    if (PUNCT_RE.test(word)) return { cands: [this.cand('PUNCT', 0, word)], unknown: false };
    if (NUM_RE.test(word)) return { cands: [this.cand('NUM', 0, lower)], unknown: false };
    if (SYM_RE.test(word)) return { cands: [this.cand('SYM', 0, word)], unknown: false };
    const casing = cap ? (initial ? 'i' : 'c') : 'l';
    const key = casing + lower;
    let guessed = this.cache.get(key);
    if (!guessed) {
      if (this.cache.size > 20000) this.cache.clear();
      guessed = this.guess(lower, casing);
      this.cache.set(key, guessed);
    }
    return { cands: this.teRule(prev, lower, guessed), unknown: true };
  }

  /** After 'te', a verb is an infinitive. */
  private teRule(prev: string | undefined, lower: string, cands: Cand[]): Cand[] {
    if (prev !== 'te' || !/e?n$/.test(lower)) return cands;
    const inf = cands.filter((c) => this.classes[c.cls].verbForm === 'inf');
    if (inf.length) return inf;
    const verbish = cands.find((c) => this.classes[c.cls].pos === 'VERB');
    return [this.cand('VERB inf', 0, verbish ? verbish.lemma : this.verbLemma(lower, 'inf'))];
  }

  /** Readings of an unknown (lowercased) word: analogy with a known word it ends in, else the suffix model. */
  private guess(lower: string, casing: 'l' | 'c' | 'i'): Cand[] {
    if (casing === 'c') {
      // A capital inside a sentence: a name, unless the suffix model strongly says otherwise.
      return [this.cand('PROPN sing', 0, lower)];
    }
    const hy = lower.lastIndexOf('-');
    if (hy > 0 && hy < lower.length - 2) {
      const last = this.lookup(lower.slice(hy + 1));
      if (last) {
        const open = last.filter((c) => ['NOUN', 'ADJ', 'VERB'].includes(this.classes[c.cls].pos));
        if (open.length) return open.map((c) => ({ ...c, lemma: `${lower.slice(0, hy + 1)}_${c.lemma}` }));
      }
    }
    const byAnalogy = casing === 'l' ? this.analogy(lower) : undefined;
    if (byAnalogy) return this.addNounPlural(lower, byAnalogy);
    const dist = this.suffixDist(lower, casing);
    const out: Cand[] = [];
    for (const [cls, p] of dist) {
      if (p < 0.02 && out.length) continue;
      out.push(new GuessedCand(cls, Math.log(p) - this.logPrior[cls], this, lower));
    }
    // A participle shape whose infinitive is a known verb ('gemonitord' → 'monitoren') is most likely a participle.
    const part = /^(.*?)ge.{2,}[dt]$|^(be|ver|ont|her|er).{3,}[dt]$/.test(lower) ? this.participleLemma(lower, true) : undefined;
    if (part) return [this.cand('VERB part', Math.log(0.95), part), ...out.filter((c) => this.classes[c.cls].verbForm !== 'part')];
    return this.addNounPlural(lower, out);
  }

  /** An unknown word ending in -en/-s that is the plural of a known noun also reads as that plural. */
  private addNounPlural(lower: string, cands: Cand[]): Cand[] {
    if (cands.some((c) => this.classes[c.cls].pos === 'NOUN') || !/(en|s)$/.test(lower)) return cands;
    const sing = this.pluralCandidates(lower).find((c) => this.morph().nouns.has(c) && c.length >= 3);
    if (sing) return [this.cand('NOUN plur', 0, this.morph().nouns.get(sing)!), ...cands];
    // A compound plural: a known noun's plural at the end ('prestatieafspraken' = 'prestatie' + 'afspraken').
    for (let i = 3; i <= lower.length - 5; i++) {
      const head = this.pluralCandidates(lower.slice(i)).find((c) => this.morph().nouns.has(c) && c.length >= 4);
      if (head) return [this.cand('NOUN plur', 0, `${lower.slice(0, i)}_${head}`), ...cands];
    }
    return cands;
  }

  /** 'jeugdhulpaanbieders' ends in known 'aanbieders'; 'vastgesteld' = particle + known 'gesteld'. */
  private analogy(lower: string): Cand[] | undefined {
    for (let i = 2; i <= lower.length - 4; i++) {
      const head = this.lookup(lower.slice(i));
      if (!head) continue;
      const prefix = lower.slice(0, i);
      const particle = this.particlePrefix(prefix);
      const open = head.filter((c) => {
        const pos = this.classes[c.cls].pos;
        return pos === 'NOUN' || (i >= 3 && pos === 'ADJ' && !particle) || ((pos === 'VERB') && particle);
      });
      if (!open.length || (!particle && i < 3)) continue;
      // The known word is the head: 'jeugdhulp' + 'aanbieders' → 'jeugdhulp_aanbieder'; 'vast' + 'gesteld' → 'vast_stellen'.
      return open.map((c) => ({ ...c, lemma: `${prefix}_${plain(c.lemma)}` }));
    }
    return undefined;
  }

  /** True when the prefix is one or two separable particles ('vast', 'samen', 'terug', 'ervan'…). */
  private particlePrefix(prefix: string): boolean {
    if (PARTICLES.has(prefix)) return true;
    for (let j = 2; j < prefix.length - 1; j++) if (PARTICLES.has(prefix.slice(0, j)) && PARTICLES.has(prefix.slice(j))) return true;
    return false;
  }

  private suffixEntry(key: string): { cls: number[]; n: number[]; total: number } | undefined {
    const v = this.suffix.get(key);
    if (typeof v !== 'string') return v;
    const e = { cls: [] as number[], n: [] as number[], total: 0 };
    for (const x of v.split(' ')) { e.cls.push(CODES.indexOf(x[0])); e.n.push(Number(x.slice(1))); e.total += Number(x.slice(1)); }
    this.suffix.set(key, e);
    return e;
  }

  /** Class distribution for an unknown word from its suffix, interpolated from shorter suffixes. */
  private suffixDist(lower: string, casing: string): Map<number, number> {
    // Parallel arrays in the insertion order a Map would keep (the classes so far, then the entry's new ones), so
    // the stable sort below breaks ties exactly as before.
    let keys: number[] = [];
    let vals: number[] = [];
    const root = this.suffixEntry(casing) ?? this.suffixEntry('l')!;
    for (let k = 0; k < root.cls.length; k++) {
      const at = keys.indexOf(root.cls[k]);
      if (at >= 0) vals[at] = root.n[k] / root.total;
      else { keys.push(root.cls[k]); vals.push(root.n[k] / root.total); }
    }
    const theta = 2;
    for (let L = 1; L <= Math.min(5, lower.length); L++) {
      const e = this.suffixEntry(casing + lower.slice(lower.length - L));
      if (!e) break;
      const nextKeys = keys.slice();
      for (const c of e.cls) if (nextKeys.indexOf(c) < 0) nextKeys.push(c);
      const nextVals = new Array<number>(nextKeys.length);
      for (let j = 0; j < nextKeys.length; j++) {
        const c = nextKeys[j];
        const k = e.cls.indexOf(c);
        const old = j < keys.length ? vals[j] : 0;
        nextVals[j] = ((k >= 0 ? e.n[k] : 0) + theta * old) / (e.total + theta);
      }
      keys = nextKeys;
      vals = nextVals;
    }
    const order = keys.map((_, j) => j).sort((a, b) => vals[b] - vals[a]).slice(0, 4);
    return new Map(order.map((j) => [keys[j], vals[j]]));
  }

  /** Lemma of an unknown word read as class `cls`. */
  guessLemma(lower: string, cls: number): string {
    const info = this.classes[cls];
    if (info.pos === 'PROPN') return lower;
    if (info.pos === 'VERB' || info.pos === 'AUX') return this.verbLemma(lower, info.verbForm);
    const code = CODES[cls];
    let lemma = lower;
    for (let L = Math.min(this.maxRule, lower.length); L >= 0; L--) {
      const edit = this.rules.get(code + lower.slice(lower.length - L));
      if (edit !== undefined) { lemma = applyEdit(lower, edit); break; }
    }
    if (info.pos === 'NOUN' && info.number === 'plur' && !this.morph().nouns.has(lemma)) {
      const alt = this.pluralCandidates(lower).find((c) => this.morph().nouns.has(c));
      if (alt) return alt;
    }
    return lemma;
  }

  private pluralCandidates(w: string): string[] {
    const out: string[] = [];
    if (w.endsWith("'s")) out.push(w.slice(0, -2));
    if (w.endsWith('s')) out.push(w.slice(0, -1));
    if (w.endsWith('en')) {
      const s = w.slice(0, -2);
      out.push(s, `${s}e`, s.replace(/([bcdfgklmnprstvz])\1$/, '$1'), s.replace(/([aeou])([^aeiou])$/, '$1$1$2'));
      out.push(s.replace(/v$/, 'f').replace(/([aeou])f$/, '$1$1f'), s.replace(/z$/, 's').replace(/([aeou])s$/, '$1$1s'));
    }
    if (w.endsWith('eren')) out.push(w.slice(0, -4));
    return out;
  }

  /** Infinitive of a verb form: known participle cores, particle + ge- analysis, stem → infinitive rules. */
  verbLemma(lower: string, vf?: string): string {
    const w = lower.replace(/^ge([ëï])/, (_m, v: string) => `ge${v === 'ë' ? 'e' : 'i'}`);
    if (vf === 'inf' || (vf !== 'part' && /[^e]en$|[aeiou]n$/.test(w) && !/(de|te)n$/.test(w))) {
      return this.withParticle(w, (rest) => (this.morph().verbs.has(rest) ? rest : undefined)) ?? (this.morph().verbs.get(w) ?? w);
    }
    if (vf === 'part' || /^(ge|be|ver|ont|her)/.test(w) || /ge\w+[dt]$/.test(w)) {
      const r = this.participleLemma(w);
      if (r) return r;
    }
    if (/[^aeiou]ende?$/.test(w)) return this.stemToInfOrInf(w.replace(/de?$/, ''));
    let stem = w;
    if (/(d|t)(e|en)$/.test(w) && w.length >= 5) stem = w.replace(/(d|t)(e|en)$/, '');
    else if (/t$/.test(w)) stem = w.slice(0, -1);
    return this.stemToInf(stem);
  }

  /** Tries a split into particle + rest; `f` lemmatises the rest. */
  private withParticle(w: string, f: (rest: string, particle: string) => string | undefined): string | undefined {
    const direct = f(w, '');
    if (direct) return direct;
    for (let j = Math.min(w.length - 3, 9); j >= 2; j--) {
      const p = w.slice(0, j);
      if (!PARTICLES.has(p)) continue;
      const r = f(w.slice(j), p);
      if (r) return `${p}_${r.replace(/_/g, '')}`;
    }
    return undefined;
  }

  private participleLemma(w: string, validatedOnly = false): string | undefined {
    const known = (core: string): string | undefined => {
      const inf = this.morph().partCore.get(core);
      if (inf) return inf;
      if (/[dt]$/.test(core)) {
        const cand = this.infCandidates(core.slice(0, -1)).find((c) => this.morph().verbs.has(c));
        if (cand) return cand;
      }
      if (/en$/.test(core) && this.morph().verbs.has(core)) return core;
      return undefined;
    };
    const split = (rest: string, p: string): string | undefined => {
      if (rest.startsWith('ge') && rest.length > 4) { const r = known(rest.slice(2)); if (r) return r; }
      if ((!p || INSEPARABLE.has(p)) && VERB_PREFIXES.some((x) => rest.startsWith(x))) { const r = known(rest); if (r) return r; }
      if (p && INSEPARABLE.has(p)) { const r = known(rest); if (r) return `${p}${r}`; }
      return undefined;
    };
    const r = this.withParticle(w, split);
    if (r || validatedOnly) return r;
    // Not validated: take the shape. Particle + ge + stem + d/t, or ge + stem + d/t, or a prefix verb.
    const m = /^(.*?)ge(.{2,}?)([dt]|en)$/.exec(w);
    if (m && (m[1] === '' || this.particlePrefix(m[1]))) {
      const inf = m[3] === 'en' ? `${m[2]}en` : this.stemToInf(m[2]);
      return m[1] ? `${m[1]}_${inf}` : inf;
    }
    if (/[dt]$/.test(w)) return this.stemToInf(w.slice(0, -1));
    return undefined;
  }

  /** Possible infinitives of a verb stem, most likely first. */
  private infCandidates(stem: string): string[] {
    const out: string[] = [];
    const fv = (s: string): string => s.replace(/f$/, 'v').replace(/s$/, 'z');
    const m = /([aeou])\1([^aeiou])$/.exec(stem);
    if (m) {
      const base = stem.slice(0, -2) + m[2];
      out.push(`${fv(base)}en`, `${base}en`);
    } else if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(stem) || /^[^aeiou]*[aeiou][bdfgklmnprst]$/.test(stem)) {
      const core = stem.replace(/^(be|ver|ont|her|er|ge)/, '');
      const oneSyllable = (core.match(/[aeiouy]+/g) ?? []).length <= 1;
      const doubled = `${stem}${stem[stem.length - 1]}en`;
      if (oneSyllable) out.push(doubled, `${stem}en`); else out.push(`${stem}en`, doubled);
    } else {
      out.push(`${stem}en`, `${fv(stem)}en`);
    }
    if (/[aeiou]$/.test(stem)) out.push(`${stem}n`);
    return out;
  }

  /** A present participle without its -d(e) is the infinitive ('slepende' → 'slepen'). */
  private stemToInfOrInf(inf: string): string {
    return this.withParticle(inf, (rest) => (this.morph().verbs.has(rest) ? rest : undefined)) ?? inf;
  }

  private stemToInf(stem: string): string {
    const cands = this.infCandidates(stem);
    const known = cands.find((c) => this.morph().verbs.has(c));
    if (known) return this.morph().verbs.get(known)!;
    const viaParticle = this.withParticle(stem, (rest) => this.infCandidates(rest).find((c) => this.morph().verbs.has(c)));
    return viaParticle ?? cands[0];
  }

  /** Tags a sentence: candidates per token, then a bigram Viterbi pass. */
  tagWords(words: readonly string[]): Tag[] {
    const n = this.classes.length;
    const N = n + 1;
    const m = words.length;
    const cands: Cand[][] = new Array<Cand[]>(m);
    const unknown: boolean[] = new Array<boolean>(m);
    // Where token i's candidates start in the flat score and back-pointer arrays (one pair of typed arrays per
    // sentence instead of one per token).
    const offs = new Int32Array(m + 1);
    let initial = true;
    let prev: string | undefined;
    for (let i = 0; i < m; i++) {
      const w = words[i];
      const r = this.candidates(w, initial, prev);
      cands[i] = r.cands;
      unknown[i] = r.unknown;
      offs[i + 1] = offs[i] + r.cands.length;
      initial = INITIAL_AFTER.has(w);
      prev = w.toLowerCase();
    }
    // Viterbi over the candidate lists.
    const score = new Float64Array(offs[m]);
    const back = new Int32Array(offs[m]);
    const trans = this.trans;
    for (let i = 0; i < m; i++) {
      const cs = cands[i];
      const o = offs[i];
      for (let k = 0; k < cs.length; k++) {
        const t = cs[k].cls;
        if (i === 0) { score[o + k] = trans[n * N + t] + cs[k].score; continue; }
        const ps = cands[i - 1];
        const po = offs[i - 1];
        let best = -Infinity;
        let arg = 0;
        for (let j = 0; j < ps.length; j++) {
          const v = score[po + j] + trans[ps[j].cls * N + t];
          if (v > best) { best = v; arg = j; }
        }
        score[o + k] = best + cs[k].score;
        back[o + k] = arg;
      }
    }
    const out: Tag[] = new Array<Tag>(m);
    if (!m) return out;
    const last = m - 1;
    let arg = 0;
    let best = -Infinity;
    for (let k = 0; k < cands[last].length; k++) {
      const v = score[offs[last] + k] + trans[cands[last][k].cls * N + n];
      if (v > best) { best = v; arg = k; }
    }
    for (let i = last; i >= 0; i--) {
      const c = cands[i][arg];
      out[i] = this.toTag(c, unknown[i]);
      arg = back[offs[i] + arg];
    }
    this.secondVerbInf(words, out);
    return out;
  }

  /** In one clause, an -en verb after a finite verb is an infinitive ('Wij willen ons inspannen'). */
  private secondVerbInf(words: readonly string[], tags: Tag[]): void {
    let fin = false;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PRON' && /^(die|dat|wat)$/i.test(words[i]))) { fin = false; continue; }
      if (t.verbForm !== 'fin') continue;
      if (fin && t.number === 'plur' && t.tense === 'pres' && /en$/i.test(words[i])) {
        t.verbForm = 'inf';
        delete t.tense;
        delete t.number;
      } else fin = true;
    }
  }

  private toTag(c: Cand, unknown: boolean): Tag {
    const info = this.classes[c.cls];
    const t: Tag = { pos: info.pos, lemma: plain(c.lemma) };
    if (info.verbForm) t.verbForm = info.verbForm;
    if (info.tense) t.tense = info.tense;
    if (info.number) t.number = info.number;
    if (unknown) t.unknown = true;
    return t;
  }

  /** Lemma with boundaries ('vast_stellen', 'gemeente_raad') of one word without context. */
  rawLemma(word: string): string {
    const { cands } = this.candidates(word, true);
    let best = cands[0];
    for (const c of cands) if (c.score + this.logPrior[c.cls] > best.score + this.logPrior[best.cls]) best = c;
    return best.lemma;
  }

  /** Lemma of one word as a noun (for compounds): its noun reading if it has one. */
  private nounLemma(word: string): string {
    const lower = word.toLowerCase();
    const known = this.morph().nouns.get(lower);
    if (known) return known;
    const { cands } = this.candidates(lower, true);
    const noun = cands.find((c) => this.classes[c.cls].pos === 'NOUN');
    if (noun) return noun.lemma;
    const alt = this.pluralCandidates(lower).find((c) => this.morph().nouns.has(c));
    return alt ? this.morph().nouns.get(alt)! : this.rawLemma(lower);
  }

  compoundHead(word: string): { head: string; modifier?: string } {
    let r = this.heads.get(word);
    if (!r) {
      if (this.heads.size > 20000) this.heads.clear();
      r = Object.freeze(this.computeHead(word));
      this.heads.set(word, r);
    }
    return r;
  }

  private computeHead(word: string): { head: string; modifier?: string } {
    const lemma = this.nounLemma(word);
    const p = plain(lemma);
    const known = this.morph().nouns.get(p);
    const marked = known ?? lemma;
    if (marked.includes('_')) {
      const cut = marked.lastIndexOf('_');
      const head = marked.slice(cut + 1);
      return { head, modifier: this.modifierOf(plain(marked.slice(0, cut))) };
    }
    if (known) return { head: p }; // a known simplex noun ('voorraad' is not 'voor' + 'raad')
    let fallback: { head: string; modifier?: string } | undefined;
    for (let i = 2; i <= p.length - 3; i++) {
      const head = p.slice(i);
      if (!this.morph().nouns.has(head)) continue;
      const left = p.slice(0, i);
      const mod = this.validModifier(left);
      if (mod) return { head, modifier: mod };
      if (!fallback && left.length >= 3 && head.length >= 4) fallback = { head, modifier: left };
    }
    return fallback ?? { head: p };
  }

  /** The modifier of a compound without its linking morpheme, if it is a known word (or a compound of them). */
  private validModifier(left: string, depth = 0): string | undefined {
    for (const c of this.modifierCandidates(left)) {
      if (c.length >= 2 && this.morph().isWord(c) && (c.length >= 3 || depth > 0)) return c;
    }
    if (depth < 2) {
      for (let i = 3; i <= left.length - 3; i++) {
        if (this.morph().isWord(left.slice(0, i)) && left.slice(0, i).length >= 3 && this.validModifier(left.slice(i), depth + 1)) return this.modifierOf(left);
      }
    }
    return undefined;
  }

  /** A modifier without its linking morpheme first ('uitvoerings' → 'uitvoering'), then as written. */
  private modifierCandidates(left: string): string[] {
    const out: string[] = [];
    if (left.length > 4 && left.endsWith('s')) out.push(left.slice(0, -1));
    if (left.endsWith('en')) out.push(...this.pluralCandidates(left));
    if (left.length > 4 && left.endsWith('e')) out.push(left.slice(0, -1));
    return [...out.filter((c) => c.length >= 3), left];
  }

  /** Normalises a modifier: drops a linking -s-/-e-/-en- when the rest is a known word. */
  private modifierOf(left: string): string {
    return this.modifierCandidates(left).find((c) => this.morph().isWord(c) && c.length >= 2) ?? left;
  }

  joinSeparable(particle: string, verbLemma: string): string | undefined {
    const p = particle.toLowerCase();
    const v = verbLemma.toLowerCase().replace(/_/g, '');
    if (!PARTICLES.has(p)) return undefined;
    const known = this.morph().verbs.get(p + v);
    return known && known.includes('_') ? p + v : undefined;
  }
}

let defaultLexicon: Lexicon | undefined;
/** The shipped lexicon, parsed on first use. */
export function lexicon(): Lexicon {
  defaultLexicon ??= new Lexicon(LEXICON_DATA);
  return defaultLexicon;
}

/** Tag a sentence given its word tokens (original case; punctuation tokens may be included). */
export function tagWords(words: readonly string[]): Tag[] {
  return lexicon().tagWords(words);
}

/** Lemma of one word with no context (most frequent reading, then suffix rules). */
export function lemmaOf(word: string): string {
  return plain(lexicon().rawLemma(word));
}

/** Compound head for nouns: 'uitvoeringsakkoord' → {head: 'akkoord', modifier: 'uitvoering'}. */
export function compoundHead(word: string): { head: string; modifier?: string } {
  return lexicon().compoundHead(word);
}

/** Separable-verb particles (aan, af, bij, door, in, mee, na, om, op, over, samen, terug, toe, uit, vast, voor, weg, …). */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

/** Particle + verb lemma when they form a known separable verb ('vast' + 'stellen' → 'vaststellen'). */
export function joinSeparable(particle: string, verbLemma: string): string | undefined {
  return lexicon().joinSeparable(particle, verbLemma);
}
