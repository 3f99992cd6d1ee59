/**
 * What the Markdown and HTML reports show, derived once from an AnalysisResult: the title, the checklist per
 * key, the open questions of the phase, the findings grouped by key and rule, the top gaps, the counts.
 * The two renderers only lay this out, so they never disagree.
 */
import { CHECKLIST_ITEMS, getRule, KEYS, PHASE_QUESTIONS, SEVERITIES } from '../core/index';
import { openQuestions } from '../core/checklist/phases';
import type { ChecklistItem, PhaseQuestion, Rule } from '../core/index';
import type { AnalysisResult, ChecklistResult, Finding, KeyId, Locale, Scores, Severity } from '../core/types';

export interface ReportOptions {
  format: 'markdown' | 'html';
  locale?: Locale;
  /** Shown as the report title; default: the document's first heading, else its file name. */
  title?: string;
  /** The analysed text: gives the title and the line excerpts shown with each finding. */
  sourceText?: string;
  /** Prefix for links to the document's lines (`<linkBase><file>#L12`), relative to where the report is saved. */
  linkBase?: string;
  /** HTML: the nonce for the `<style>`/`<script>` elements and the CSP (default: derived from the content). */
  nonce?: string;
  /** HTML: one more script for the page, under the same nonce (e.g. WEBVIEW_LINK_SCRIPT in a VS Code webview). */
  script?: string;
  /** HTML: return only the report's `<main>` element (to embed in a webview that brings its own CSP and CSS). */
  fragment?: boolean;
}

export interface ChecklistRow { item: ChecklistItem; result: ChecklistResult }
export interface KeySection { key: KeyId; score: number; met: number; applicable: number; rows: ChecklistRow[] }
export interface OpenQuestion { question: PhaseQuestion; missing: ChecklistItem[] }
export interface RuleGroup { rule: string; meta: Rule | undefined; findings: Finding[]; severity: Severity }
export interface FindingKeyGroup { key: KeyId | null; rules: RuleGroup[]; count: number }

const ITEM_BY_ID = new Map(CHECKLIST_ITEMS.map((i) => [i.id, i]));

export function checklistSections(r: AnalysisResult): KeySection[] {
  return KEYS.map((key) => {
    const rows = CHECKLIST_ITEMS.filter((i) => i.key === key).map((item) => ({ item, result: r.checklist[item.id] ?? { met: null, evidence: [] } }));
    const applicable = rows.filter((x) => x.result.met !== null);
    return { key, score: r.scores[key], met: applicable.filter((x) => x.result.met === true).length, applicable: applicable.length, rows };
  });
}

/** The phase questions whose checklist items the document does not meet (items that do not apply are skipped). */
export function phaseQuestions(r: AnalysisResult): { all: readonly PhaseQuestion[]; open: OpenQuestion[] } {
  const all = PHASE_QUESTIONS[r.profile.fase] ?? [];
  const open = openQuestions(r.profile.fase, r.checklist).map((question) => ({
    question,
    missing: question.items.filter((id) => r.checklist[id]?.met === false).map((id) => ITEM_BY_ID.get(id)).filter((i): i is ChecklistItem => !!i),
  }));
  return { all, open };
}

const sevRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Findings grouped by key (K1–K4, then rules without a key) and by rule; within a key the most severe rule first, then by id. */
export function groupFindings(findings: readonly Finding[]): FindingKeyGroup[] {
  const byKey = new Map<KeyId | null, Map<string, Finding[]>>();
  for (const f of findings) {
    const rules = byKey.get(f.key) ?? new Map<string, Finding[]>();
    byKey.set(f.key, rules);
    const list = rules.get(f.rule) ?? [];
    rules.set(f.rule, list);
    list.push(f);
  }
  const keyOrder: Array<KeyId | null> = [...KEYS, null];
  return keyOrder.filter((k) => byKey.has(k)).map((key) => {
    const rules = [...byKey.get(key)!.entries()].map(([rule, list]) => ({
      rule, meta: getRule(rule), findings: list,
      severity: list.reduce<Severity>((s, f) => (sevRank(f.severity) < sevRank(s) ? f.severity : s), 'hint'),
    }));
    rules.sort((a, b) => sevRank(a.severity) - sevRank(b.severity) || a.rule.localeCompare(b.rule));
    return { key, rules, count: rules.reduce((n, g) => n + g.findings.length, 0) };
  });
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/**
 * The most important unmet checklist items: first those the phase's short checklist asks about, then the
 * rest in key order. These are the "top gaps" of the folder summary.
 */
export function topGaps(r: AnalysisResult, n = 3): ChecklistItem[] {
  const phaseItems = new Set((PHASE_QUESTIONS[r.profile.fase] ?? []).flatMap((q) => q.items));
  const unmet = CHECKLIST_ITEMS.filter((i) => r.checklist[i.id]?.met === false);
  return [...unmet.filter((i) => phaseItems.has(i.id)), ...unmet.filter((i) => !phaseItems.has(i.id))].slice(0, n);
}

/** A document was not judged (empty, too large, not Dutch): the report shows the notice and no scores. */
export function analysed(r: AnalysisResult): boolean {
  return !r.notices.some((n) => n.id === 'not-dutch' || n.id === 'too-large' || n.id === 'empty');
}

export function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

/** The title: an explicit one, else the first Markdown heading or first non-empty line (≤ 120 chars), else the file name. */
export function reportTitle(r: AnalysisResult, opts: ReportOptions): string {
  if (opts.title) return opts.title;
  const text = opts.sourceText;
  if (text) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(0, 20_000));
    const first = heading?.[1] ?? text.split(/\r?\n/).find((l) => l.trim() !== '' && !/^\s*<!--/.test(l));
    if (first) {
      const t = first.replace(/[*_`]/g, '').trim();
      if (t) return t.length > 120 ? `${t.slice(0, 119)}…` : t;
    }
  }
  return baseName(r.file) || 'document';
}

export interface Excerpt { before: string; match: string; after: string }

/** The line around a finding, the match marked, cut to about `width` characters with ellipses. */
export function excerpt(sourceText: string | undefined, f: Pick<Finding, 'start' | 'end'>, width = 160): Excerpt | undefined {
  if (!sourceText || f.start < 0 || f.end > sourceText.length || f.start > f.end) return undefined;
  const lineStart = sourceText.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = sourceText.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = sourceText.length;
  const matchEnd = notInPair(sourceText, Math.min(f.end, f.start + width), -1);
  const room = Math.max(0, width - (matchEnd - f.start));
  let from = Math.max(lineStart, f.start - Math.floor(room / 2));
  const to = notInPair(sourceText, Math.min(lineEnd, matchEnd + (room - (f.start - from))), -1);
  from = notInPair(sourceText, Math.max(lineStart, Math.min(from, to - width)), 1);
  const clean = (s: string): string => s.replace(/\s+/g, ' ');
  const before = clean(sourceText.slice(from, f.start)).replace(/^\s+/, '');
  const after = clean(sourceText.slice(matchEnd, to)).replace(/\s+$/, '');
  return {
    before: (from > lineStart ? '…' : '') + before,
    match: clean(sourceText.slice(f.start, matchEnd)) + (matchEnd < f.end ? '…' : ''),
    after: after + (to < lineEnd ? '…' : ''),
  };
}

/** Moves a cut position off the middle of a surrogate pair (in direction `dir`), so no half character is shown. */
function notInPair(s: string, i: number, dir: 1 | -1): number {
  const c = s.charCodeAt(i);
  return i > 0 && i < s.length && c >= 0xdc00 && c <= 0xdfff ? i + dir : i;
}

/** At most this many evidence quotes per item, each at most MAX_QUOTE characters. */
export const MAX_EVIDENCE = 3;
export const MAX_QUOTE = 200;
export const clip = (s: string): string => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s);

/** The evidence a report shows for an item (distinct, at most MAX_EVIDENCE) and how many more there are. */
export function shownEvidence<E extends { text: string; line: number }>(evidence: readonly E[]): { shown: E[]; more: number } {
  const distinct = distinctEvidence(evidence);
  return { shown: distinct.slice(0, MAX_EVIDENCE), more: Math.max(0, distinct.length - MAX_EVIDENCE) };
}

/** Evidence without repeats: two cues in the same sentence are shown once (first occurrence kept). */
export function distinctEvidence<E extends { text: string; line: number }>(evidence: readonly E[]): E[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.line}\u0000${e.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function average(values: number[]): number {
  return values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;
}

/** Average score per key over the documents that were analysed (empty, too large or not Dutch ones are left out). */
export function averageScores(results: readonly AnalysisResult[]): Scores {
  const judged = results.filter(analysed);
  return Object.fromEntries(KEYS.map((k) => [k, average(judged.map((r) => r.scores[k]))])) as Scores;
}

/** "K1 45 · K2 30 · K3 20 · K4 60" */
export const scoresLine = (s: Scores): string => KEYS.map((k) => `${k} ${s[k]}`).join(' · ');
