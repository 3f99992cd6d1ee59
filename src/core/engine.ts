/**
 * The single entry point of the core: text + options → AnalysisResult. The CLI, the extension, the reports
 * and the tests all call this. `Analyzer` keeps a per-block sentence cache between calls, so re-analysing a
 * document after a small edit only rebuilds the blocks the edit touched.
 */
import type { AnalysisResult, ChecklistResult, Finding, Locale, Notice, Profile, TextFormat } from './types';
import { buildDocument, maskedSlice, memoize, ownCopy, SentenceCache, type DocModel, type Sentence } from './document';
import { DEFAULT_MAX_FILE_SIZE_KB, type RegiecheckConfig } from './config';
import { RULES } from './rules/index';
import { findingMessage, localizeFix, type RawFinding, type Rule } from './rules/types';
import { userPhrasesKey, vocab, withUserPhrases, type Matcher } from './vocab';
import { documentContext, guarded, newAnalysis, runSentenceRules, shiftRaw, type Analysis } from './scope';
import { evaluateChecklist } from './checklist/evaluate';
import type { RegieReading } from './regie';
import { CHECKLIST_ITEMS } from './checklist/items';
import { computeProfile } from './profile/profile';
import { computeScores } from './scoring/scores';
import { dutchConfidence } from './language';
import { policyConfidence } from './profile/policy';

export interface AnalyzeOptions {
  /** Shown in the result; not read. */
  file?: string;
  format?: TextFormat;
  config?: RegiecheckConfig;
  locale?: Locale;
  /** The rules to run (default: every rule of the registry). For tests and embedders. */
  rules?: readonly Rule[];
  /**
   * Throw when a rule throws (tests). Without it a failing rule is skipped for this analysis, the other rules go on,
   * and the result carries a `rule-error` notice naming it.
   */
  strict?: boolean;
}

const NOTICES = {
  empty: { nl: 'Het document is leeg; er is niets te controleren.', en: 'The document is empty; there is nothing to check.' },
  tooLarge: {
    nl: 'Het document is groter dan {0} kB en is niet geanalyseerd. Verhoog maxFileSizeKB in de instellingen als dit de bedoeling is.',
    en: 'The document is larger than {0} kB and was not analysed. Raise maxFileSizeKB in the settings if this is intended.',
  },
  notDutch: {
    nl: 'Deze tekst lijkt niet Nederlands; Regiecheck beoordeelt alleen Nederlandse beleidsteksten en toont daarom geen bevindingen.',
    en: 'This text does not look Dutch; Regiecheck only assesses Dutch policy texts and therefore shows no findings.',
  },
  ruleError: {
    nl: 'Regel of checklistpunt {0} kon niet op deze tekst worden toegepast en is overgeslagen; de andere zijn wel uitgevoerd. Dit is een fout in Regiecheck: meld het graag.',
    en: 'Rule or checklist item {0} could not be applied to this text and was skipped; the others did run. This is a bug in Regiecheck: please report it.',
  },
  notPolicy: {
    nl: 'Dit lijkt geen beleidstekst (er komen nauwelijks partijen, afspraken, taken of middelen in voor); Regiecheck toont daarom geen bevindingen en geen scores.',
    en: 'This does not look like a policy text (it hardly mentions parties, agreements, tasks or means); Regiecheck therefore shows no findings and no scores.',
  },
} as const;

export function fnv1a(s: string): string {
  return fnvHex(fnvAdd(0x811c9dc5, s));
}

/** FNV-1a state after adding the code units of `s` to state `h` (so a hash can continue from a memoised prefix). */
function fnvAdd(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function fnvHex(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

const EMPTY_PROFILE: Profile = { doctype: 'overig', fase: 'zoeken', coalitietype: 'herinrichten', regierol: 'geen', regiedichtheid: 0, cues: {} };

function emptyChecklist(): Record<string, ChecklistResult> {
  return Object.fromEntries(CHECKLIST_ITEMS.map((i) => [i.id, { met: null, evidence: [] }]));
}

function format(template: string, ...args: string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

export class Analyzer {
  private cache = new SentenceCache();
  /** The user phrases the cache was filled with: facts carried over between analyses depend on them. */
  private vocabKey = '';

  analyze(text: string, opts: AnalyzeOptions = {}): AnalysisResult {
    const key = userPhrasesKey(opts.config?.phrases);
    if (key !== this.vocabKey) { this.cache = new SentenceCache(); this.vocabKey = key; }
    // The user's phrases reach every concept of the vocabulary (rules, checklist, profile) for this analysis.
    return withUserPhrases(opts.config?.phrases, () => this.run(text, opts));
  }

  private run(text: string, opts: AnalyzeOptions): AnalysisResult {
    const config = opts.config ?? {};
    const locale: Locale = opts.locale ?? config.locale ?? 'nl';
    const file = opts.file ?? '';
    const notices: Notice[] = [];
    const bare = (words: number): AnalysisResult => ({
      file, words, language: { dutch: true, confidence: 0 }, profile: { ...EMPTY_PROFILE, cues: {} },
      checklist: emptyChecklist(), scores: { K1: 0, K2: 0, K3: 0, K4: 0 }, findings: [], notices, regie: [],
    });
    const maxKB = config.maxFileSizeKB ?? DEFAULT_MAX_FILE_SIZE_KB;
    if (text.length > maxKB * 1024) {
      notices.push({ id: 'too-large', message: format(NOTICES.tooLarge[locale], String(maxKB)) });
      return bare(0);
    }
    // No `text.trim()`: a copy of a large document costs a large-object allocation on every keystroke.
    if (!/\S/.test(text)) {
      notices.push({ id: 'empty', message: NOTICES.empty[locale] });
      return bare(0);
    }
    const doc = buildDocument(text, opts.format ?? 'markdown', this.cache);
    const lang = dutchConfidence(doc.sentences, doc);
    if (!lang.dutch) {
      notices.push({ id: 'not-dutch', message: NOTICES.notDutch[locale] });
      return { ...bare(doc.words), language: { dutch: false, confidence: lang.confidence } };
    }
    if (!policyConfidence(doc).policy) {
      notices.push({ id: 'not-policy', message: NOTICES.notPolicy[locale] });
      return { ...bare(doc.words), language: { dutch: true, confidence: lang.confidence } };
    }
    const a = newAnalysis(doc, config, family, opts.strict === true);
    const findings = runRules(a, opts.rules ?? RULES, locale, phrasesKey(config));
    const regie = a.regie();
    const checklist = evaluateChecklist(doc, regie, { strict: opts.strict === true, failed: a.failed });
    if (a.failed.size > 0) notices.push({ id: 'rule-error', message: format(NOTICES.ruleError[locale], [...a.failed].sort().join(', ')) });
    const profile = computeProfile(doc, regie);
    const scores = computeScores(checklist, findings, doc.words, profile);
    return {
      file, words: doc.words, language: { dutch: true, confidence: lang.confidence }, profile, checklist, scores, findings, notices,
      regie: regie.map(publicReading),
    };
  }
}

/**
 * A regie reading as the result shows it (without its sentence index), as a fresh copy: a reading object is the same
 * while its sentence stays in place (`readRegie`), so the copy without `sentence` is made once per reading and each
 * result gets a shallow clone of it (same properties in the same order; no object rest per reading and keystroke).
 */
const publicReadings = new WeakMap<RegieReading, Omit<RegieReading, 'sentence'>>();
function publicReading(r: RegieReading): Omit<RegieReading, 'sentence'> {
  let m = publicReadings.get(r);
  if (!m) {
    const { sentence: _s, ...rest } = r;
    publicReadings.set(r, (m = rest));
  }
  return { ...m };
}

/** The phrase families the rules read: the vocabulary with the user's phrases of the analysis running (one function for every analysis, so the scope layer keeps a gate's context across analyses). */
const family = (id: string): Matcher => vocab(id);

/** Stateless convenience: one analysis, no cache kept. */
export function analyze(text: string, opts: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, opts);
}

/** Sentence-rule results depend on the sentence and the extra phrases only: that is their memo key. */
function phrasesKey(config: RegiecheckConfig): string {
  return config.phrases ? fnv1a(JSON.stringify(config.phrases)) : '';
}

/** The last Finding built from a relative sentence-rule finding, with what its placement depended on. */
interface PlacedFinding { at: number; line: number; column: number; rule: Rule; severity: Finding['severity']; locale: Locale; finding: Finding }
const placed = new WeakMap<RawFinding, PlacedFinding>();

function runRules(a: Analysis, rules: readonly Rule[], locale: Locale, memoKey: string): Finding[] {
  const { doc, config } = a;
  const disabled = disabledRanges(doc);
  const hidden = new Set((config.hidden ?? []).map((h) => `${h.rule}\u0000${h.fingerprint}`));
  const allow = new Set((config.allow ?? []).map((a) => a.toLowerCase().replace(/\s+/g, ' ').trim()));
  // Findings per rule, each list in the order the rule reported them; concatenated in rule order below, so the
  // stable sort at the end sees the same order as when every rule ran over the whole document in turn.
  const perRule: Finding[][] = rules.map(() => []);
  // Every finding of a rule that runs is collected first; overlapping ones merge into the most specific, and only
  // then do disable comments, hidden findings and allowed phrases take theirs away (so a disable comment removes
  // exactly what it names and never uncovers a finding that was merged into it). A rule set to "off" does not run.
  const shown = (f: Finding): boolean => {
    if (isDisabled(disabled, f.rule, f.start)) return false;
    if (hidden.size > 0 && hidden.has(`${f.rule}\u0000${f.fingerprint}`)) return false;
    if (allow.size > 0 && allow.has(f.text.toLowerCase().replace(/\s+/g, ' ').trim())) return false;
    return true;
  };
  const severities = rules.map((rule) => {
    const setting = config.rules?.[rule.id];
    return setting === 'off' ? undefined : setting ?? rule.defaultSeverity;
  });
  // Sentence rules: through the scope cache (scope.ts), findings relative to their sentence.
  runSentenceRules(a, rules, severities.map((x) => x !== undefined), memoKey, (r, s, found) => {
    for (const f of found) perRule[r].push(placeFinding(doc, rules[r], s, f, severities[r]!, locale));
  });
  const whole = documentContext(a);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r], severity = severities[r];
    if (rule.scope === 'document' && severity !== undefined) {
      const mine: Finding[] = [];
      if (guarded(a, rule, () => rule.check(whole, (raw) => mine.push(placeDocumentFinding(doc, rule, raw, severity, locale)))).ok) perRule[r].push(...mine);
    }
  }
  const out: Finding[] = [];
  for (const list of perRule) for (const f of list) out.push(f);
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return mergeOverlapping(out, rules).filter(shown);
}

/**
 * Findings on the same words merge into the most specific one (a sentence does not carry four squiggles for one
 * phrase). Each rule's metadata says which it is (rules/types.ts `overlap`): a generic finding — an agentless
 * passive, a cluster of buzzwords — gives way to a finding of a specific rule on overlapping words (diffuse
 * ownership, people or money left open, collaboration as the action), which says the same thing more precisely.
 * Every other pair stays: two specific findings, two generic ones, and any finding of a distinct rule (a hedge and
 * a goal without a measure are two different problems, even on the same words).
 */
export function mergeOverlapping(sorted: Finding[], rules: readonly Rule[] = RULES): Finding[] {
  const drop = new Set<number>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].start < a.end; j++) {
      const loser = overlapLoser(a.rule, sorted[j].rule, rules);
      if (loser === 'first') drop.add(i);
      else if (loser === 'second') drop.add(j);
    }
  }
  return drop.size ? sorted.filter((_, i) => !drop.has(i)) : sorted;
}

/**
 * Which of two overlapping findings, of rules `a` and `b`, gives way: a generic one to a specific one (`overlap`), a
 * rule to one it names in `givesWayTo`; undefined when both stay.
 */
export function overlapLoser(a: string, b: string, rules: readonly Rule[] = RULES): 'first' | 'second' | undefined {
  const m = overlapOf(rules);
  const ra = m.get(a), rb = m.get(b);
  const oa = ra?.overlap ?? 'distinct', ob = rb?.overlap ?? 'distinct';
  if (oa === 'generic' && ob === 'specific') return 'first';
  if (ob === 'generic' && oa === 'specific') return 'second';
  if (ra?.givesWayTo?.includes(b)) return 'first';
  if (rb?.givesWayTo?.includes(a)) return 'second';
  return undefined;
}

const overlaps = new WeakMap<readonly Rule[], Map<string, Pick<Rule, 'overlap' | 'givesWayTo'>>>();
function overlapOf(rules: readonly Rule[]): Map<string, Pick<Rule, 'overlap' | 'givesWayTo'>> {
  let m = overlaps.get(rules);
  if (!m) overlaps.set(rules, (m = new Map(rules.map((r) => [r.id, r]))));
  return m;
}

/**
 * A sentence rule's finding (offsets relative to its sentence) as a Finding at the sentence's current place.
 * Everything in a Finding is derived from the sentence text, the rule, the severity and the locale, except the
 * offsets and lines: when the sentence starts at the same offset, line and column as when the finding was last
 * built, the same finding is returned (as a copy).
 */
function placeFinding(doc: DocModel, rule: Rule, s: Sentence, rel: RawFinding, severity: Finding['severity'], locale: Locale): Finding {
  // Only a finding that lies inside its sentence, related spans included: its fingerprint reads that sentence
  // (see toFinding), and lines inside an unchanged sentence at an unchanged start stay the same.
  const len = s.end - s.start;
  const inside = (x: { start: number; end: number }): boolean => x.start >= 0 && x.end <= len;
  if (rel.start >= len || !inside(rel) || (rel.related && !rel.related.every(inside))) return toFinding(doc, rule, shiftRaw(rel, s.start), severity, locale);
  const at = doc.lines.at(s.start);
  const hit = placed.get(rel);
  if (hit && hit.at === s.start && hit.line === at.line && hit.column === at.column && hit.rule === rule && hit.severity === severity && hit.locale === locale) {
    return { ...hit.finding };
  }
  const finding = toFinding(doc, rule, shiftRaw(rel, s.start), severity, locale);
  placed.set(rel, { at: s.start, line: at.line, column: at.column, rule, severity, locale, finding });
  return { ...finding };
}

/**
 * A document rule's finding (absolute offsets, a new raw object on every analysis) as a Finding. A finding inside one
 * sentence, related spans included, reads the sentence's text and fingerprint state, the lines inside it and what the
 * raw finding holds (see `toFinding`): when the sentence starts at the same offset, line and column as when a Finding was
 * last built there from an equal raw finding (`sameData`: the same offsets, data, variant, related spans and fixes) of
 * the same rule, severity and locale, that Finding is returned (as a copy). The last few are kept in the sentence's memo
 * per rule (they hold absolute offsets and are used only at the same start). Others are built as before.
 */
function placeDocumentFinding(doc: DocModel, rule: Rule, raw: RawFinding, severity: Finding['severity'], locale: Locale): Finding {
  const s = raw.start >= 0 && raw.end <= doc.text.length ? sentenceAt(doc, raw.start) : undefined;
  const inside = (x: { start: number; end: number }): boolean => x.start >= s!.start && x.end <= s!.end && x.start <= x.end;
  if (!s || !inside(raw) || (raw.related && !raw.related.every(inside))) return toFinding(doc, rule, raw, severity, locale);
  const at = doc.lines.at(s.start);
  const key = docKeyOf(rule.id);
  let list = s.memo.get(key) as PlacedRaw[] | undefined;
  if (list) {
    for (const h of list) {
      if (h.at === s.start && ((h.line === at.line && h.column === at.column) || placementLoose) && h.rule === rule && h.severity === severity && h.locale === locale && sameData(h.raw, raw)) {
        return { ...h.finding };
      }
    }
  } else s.memo.set(key, (list = []));
  const finding = toFinding(doc, rule, raw, severity, locale);
  if (list.length >= 8) list.shift();
  list.push({ raw, at: s.start, line: at.line, column: at.column, rule, severity, locale, finding });
  return { ...finding };
}

/**
 * For tests only: reuse a document rule's Finding when its sentence starts at the same offset, whatever its line and
 * column (a wrong, looser condition), so the property test can show that it catches it. Never set in production.
 */
let placementLoose = false;
export function setDocumentPlacementLooseForTests(loose: boolean): void {
  placementLoose = loose;
}

interface PlacedRaw { raw: RawFinding; at: number; line: number; column: number; rule: Rule; severity: Finding['severity']; locale: Locale; finding: Finding }

/** Memo keys `${prefix}${id}`, made once per rule id (not a new string per finding). */
function ruleMemoKeys(prefix: string): (id: string) => string {
  const keys = new Map<string, string>();
  return (id) => {
    let k = keys.get(id);
    if (k === undefined) keys.set(id, (k = prefix + id));
    return k;
  };
}

/** The memo key of a document rule's placed findings per sentence. */
const docKeyOf = ruleMemoKeys('docfinding:');

/** Two values of a raw finding (numbers, strings, booleans, arrays, plain objects) are equal, their keys in the same order. */
function sameData(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameData(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(y)) return false;
  const kx = Object.keys(x), ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) {
    if (kx[i] !== ky[i] || !sameData((x as Record<string, unknown>)[kx[i]], (y as Record<string, unknown>)[ky[i]])) return false;
  }
  return true;
}

function toFinding(doc: DocModel, rule: Rule, raw: RawFinding, severity: Finding['severity'], locale: Locale): Finding {
  const start = Math.max(0, Math.min(raw.start, doc.text.length));
  const end = Math.max(start, Math.min(raw.end, doc.text.length));
  const a = doc.lines.at(start), b = doc.lines.at(end);
  // Its own string (`ownCopy`): a one-word finding's text would be a slice of the document text, kept with the finding.
  const text = ownCopy(maskedSlice(doc, start, end).replace(/\s+/g, ' ').trim());
  const sentence = sentenceAt(doc, start);
  // The fingerprint hashes rule, sentence key and text in that order; the state after rule and sentence key is
  // memoised per sentence and rule, so only the finding's own text is hashed per finding.
  const state = sentence
    ? (sentence.memo.get(fpKeyOf(rule.id)) as number | undefined) ?? fingerprintState(sentence, rule.id)
    : fnvAdd(0x811c9dc5, `${rule.id}\u0000\u0000`);
  return {
    rule: rule.id, severity, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
    message: findingMessage(rule, raw, text, locale),
    key: rule.key, text,
    fingerprint: fnvHex(fnvAdd(state, text.toLowerCase())),
    related: raw.related?.map((r) => ({ start: r.start, end: r.end, line: doc.lines.lineOf(r.start), message: rule.relatedMessage?.[locale] ?? '' })),
    fixes: raw.fixes?.map((f) => localizeFix(f, locale)),
  };
}

/** The fingerprint state after rule and sentence key, memoised per sentence and rule (see `toFinding`). */
function fingerprintState(sentence: Sentence, id: string): number {
  const prefix = `${id}\u0000`;
  return memoize(sentence, fpKeyOf(id), () => fnvAdd(fnvAdd(0x811c9dc5, prefix), `${sentence.low.replace(/\s+/g, ' ').trim()}\u0000`));
}

/** The memo key of a rule's fingerprint state per sentence. */
const fpKeyOf = ruleMemoKeys('fp:');

/** The sentence that contains an offset (binary search over the ordered sentence list). */
function sentenceAt(doc: DocModel, offset: number): DocModel['sentences'][number] | undefined {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

interface DisabledRange { start: number; end: number; rules: string[] }

/** Disable comments: `next` covers the first block after the comment, `file` the whole document. */
function disabledRanges(doc: DocModel): DisabledRange[] {
  const out: DisabledRange[] = [];
  for (const d of doc.directives) {
    if (d.scope === 'file') { out.push({ start: 0, end: doc.text.length + 1, rules: d.rules }); continue; }
    const block = doc.blocks.find((b) => b.start >= d.end);
    if (block) out.push({ start: block.start, end: block.end, rules: d.rules });
  }
  return out;
}

function isDisabled(ranges: DisabledRange[], rule: string, offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end && (r.rules.length === 0 || r.rules.includes(rule)));
}
