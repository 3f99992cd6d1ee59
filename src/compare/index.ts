/**
 * Comparing two drafts of one document: what the new draft settles that the old one left open, key by key.
 *
 * - Per key the score before and after.
 * - Checklist items newly met and newly lost, each with its evidence from both drafts.
 * - Findings resolved, new and still open. Findings are matched by a fingerprint that does not depend on where
 *   the text stands: the rule, the flagged words (normalised) and a hash of the sentence around them (normalised:
 *   case, whitespace and Markdown marks do not count). Moved text is therefore "still open", not "new". A finding
 *   whose sentence was reworded but whose flagged words and rule are the same, in a sentence that still shares at
 *   least half its words, is also still open ("edited"). Document-level rules (one finding per document) match
 *   by rule alone.
 * - The questions of the book's short checklist for the new draft's phase that the new draft answers (open in the
 *   old draft, answered in the new), and those still open.
 *
 * Pure: two analysis results and their texts in, a Comparison out (no fs, no vscode). Rendering is in render.ts.
 */
import { CHECKLIST_ITEMS, fnv1a, getRule, KEYS, openQuestions, PHASE_QUESTIONS, SEVERITIES } from '../core/index';
import type { AnalysisResult, ChecklistResult, Finding, KeyId, Localized, PhaseQuestion, Profile, Severity } from '../core/index';

export interface Draft {
  /** How the draft is named in the output (a path, or "nota.md (HEAD)"). */
  file: string;
  /** The analysed text (for sentences and excerpts). */
  text: string;
  result: AnalysisResult;
}

export interface DraftSummary { file: string; words: number; profile: Pick<Profile, 'doctype' | 'fase' | 'coalitietype' | 'regierol' | 'regiedichtheid'>; scores: Record<KeyId, number> }

export interface KeyDelta { key: KeyId; before: number; after: number; delta: number; metBefore: number; metAfter: number; applicable: number }

export interface ItemChange {
  id: string;
  key: KeyId;
  title: Localized;
  before: ChecklistResult;
  after: ChecklistResult;
}

export interface OpenFinding {
  before: Finding;
  after: Finding;
  /** The finding stands elsewhere in the new draft (other line). */
  moved: boolean;
  /** Matched by rule and words in a reworded sentence, not by the exact fingerprint. */
  edited: boolean;
}

export interface Comparison {
  before: DraftSummary;
  after: DraftSummary;
  keys: KeyDelta[];
  itemsGained: ItemChange[];
  itemsLost: ItemChange[];
  findings: { resolved: Finding[]; added: Finding[]; open: OpenFinding[] };
  /** Questions of the new draft's phase. */
  phase: Profile['fase'];
  questionsAnswered: PhaseQuestion[];
  questionsOpen: PhaseQuestion[];
  /** Questions the old draft answered and the new one leaves open. */
  questionsReopened: PhaseQuestion[];
}

const MARKDOWN_MARKS = /[#*_`>|~[\]]|^\s*(?:[-+]|\d+[.)])\s+/gm;

/** Lower case, Markdown marks and note references out, whitespace collapsed. */
export function normalise(s: string): string {
  return s.replace(/\[\^e?\d+\]/g, ' ').replace(MARKDOWN_MARKS, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The sentence around [start, end): from the previous sentence end or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0) {
    const c = text[a - 1];
    if (c === '\n' || ((c === ' ' || c === '\t') && /[.!?;:]/.test(text[a - 2] ?? ''))) break;
    a--;
  }
  let b = Math.max(end, start);
  while (b < text.length) {
    const c = text[b];
    if (c === '\n') break;
    if (/[.!?]/.test(c) && (b + 1 >= text.length || /\s/.test(text[b + 1]))) { b++; break; }
    b++;
  }
  return text.slice(a, b);
}

export interface Fingerprinted { finding: Finding; key: string; loose: string; words: Set<string> }

/** The position-independent identity of a finding (see the module comment). */
export function fingerprint(f: Finding, text: string): Fingerprinted {
  const scope = getRule(f.rule)?.scope;
  const words = normalise(f.text || text.slice(f.start, f.end));
  if (scope === 'document') return { finding: f, key: `${f.rule}\u0000document`, loose: `${f.rule}\u0000document`, words: new Set() };
  const sentence = normalise(sentenceAround(text, f.start, f.end));
  return {
    finding: f,
    key: `${f.rule}\u0000${words}\u0000${fnv1a(sentence)}`,
    loose: `${f.rule}\u0000${words}`,
    words: new Set(sentence.split(' ').filter((w) => w.length > 1)),
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Matches the findings of two drafts: exact fingerprints first, then rule + words in a similar sentence. */
export function matchFindings(before: Draft, after: Draft): Comparison['findings'] {
  const old = before.result.findings.map((f) => fingerprint(f, before.text));
  const neu = after.result.findings.map((f) => fingerprint(f, after.text));
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const open: OpenFinding[] = [];
  const byKey = new Map<string, number[]>();
  old.forEach((o, i) => byKey.set(o.key, [...(byKey.get(o.key) ?? []), i]));
  neu.forEach((n, j) => {
    const candidates = byKey.get(n.key);
    if (!candidates?.length) return;
    // Of several identical fingerprints, take the one nearest in relative position (stable for repeated phrases).
    const rel = (f: Finding, d: Draft) => f.start / Math.max(1, d.text.length);
    candidates.sort((x, y) => Math.abs(rel(old[x].finding, before) - rel(n.finding, after)) - Math.abs(rel(old[y].finding, before) - rel(n.finding, after)));
    const i = candidates.shift()!;
    usedOld.add(i); usedNew.add(j);
    open.push({ before: old[i].finding, after: n.finding, moved: old[i].finding.line !== n.finding.line, edited: false });
  });
  neu.forEach((n, j) => {
    if (usedNew.has(j)) return;
    let best = -1, score = 0.5;
    old.forEach((o, i) => {
      if (usedOld.has(i) || o.loose !== n.loose) return;
      const s = jaccard(o.words, n.words);
      if (s >= score) { best = i; score = s; }
    });
    if (best < 0) return;
    usedOld.add(best); usedNew.add(j);
    open.push({ before: old[best].finding, after: n.finding, moved: old[best].finding.line !== n.finding.line, edited: true });
  });
  open.sort((a, b) => a.after.start - b.after.start);
  return {
    resolved: old.filter((_, i) => !usedOld.has(i)).map((o) => o.finding),
    added: neu.filter((_, j) => !usedNew.has(j)).map((n) => n.finding),
    open,
  };
}

function summary(d: Draft): DraftSummary {
  const p = d.result.profile;
  return { file: d.file, words: d.result.words, profile: { doctype: p.doctype, fase: p.fase, coalitietype: p.coalitietype, regierol: p.regierol, regiedichtheid: p.regiedichtheid }, scores: { ...d.result.scores } };
}

export function compareDrafts(before: Draft, after: Draft): Comparison {
  const b = before.result, a = after.result;
  const keys = KEYS.map((key) => {
    const items = CHECKLIST_ITEMS.filter((i) => i.key === key);
    const met = (r: AnalysisResult) => items.filter((i) => r.checklist[i.id]?.met === true).length;
    const applicable = items.filter((i) => a.checklist[i.id]?.met !== null && a.checklist[i.id] !== undefined).length;
    return { key, before: b.scores[key], after: a.scores[key], delta: a.scores[key] - b.scores[key], metBefore: met(b), metAfter: met(a), applicable };
  });
  const empty: ChecklistResult = { met: null, evidence: [] };
  const change = (id: string): ItemChange => {
    const item = CHECKLIST_ITEMS.find((i) => i.id === id)!;
    return { id, key: item.key, title: item.title, before: b.checklist[id] ?? empty, after: a.checklist[id] ?? empty };
  };
  const ids = CHECKLIST_ITEMS.map((i) => i.id);
  const itemsGained = ids.filter((id) => b.checklist[id]?.met !== true && a.checklist[id]?.met === true).map(change);
  const itemsLost = ids.filter((id) => b.checklist[id]?.met === true && a.checklist[id]?.met !== true).map(change);
  const phase = a.profile.fase;
  const openBefore = new Set(openQuestions(phase, b.checklist).map((q) => q.id));
  const openAfter = openQuestions(phase, a.checklist);
  const openAfterIds = new Set(openAfter.map((q) => q.id));
  const all = PHASE_QUESTIONS[phase] ?? [];
  return {
    before: summary(before),
    after: summary(after),
    keys,
    itemsGained,
    itemsLost,
    findings: matchFindings(before, after),
    phase,
    questionsAnswered: all.filter((q) => openBefore.has(q.id) && !openAfterIds.has(q.id)),
    questionsOpen: openAfter,
    questionsReopened: all.filter((q) => !openBefore.has(q.id) && openAfterIds.has(q.id)),
  };
}

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

/** Exit code of `regiecheck compare`: 1 when a NEW finding is at or above `failOn`, else 0. */
export function compareExitCode(c: Comparison, failOn: Severity | 'none'): 0 | 1 {
  if (failOn === 'none') return 0;
  return c.findings.added.some((f) => rank(f.severity) >= rank(failOn)) ? 1 : 0;
}
