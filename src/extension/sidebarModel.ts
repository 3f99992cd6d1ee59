/**
 * Builds the sidebar's view model from an analysis: localised labels, the four keys with their checklist items,
 * the profile, the phase questions the document leaves open and the findings per rule. Pure apart from l10n.
 */
import { lazyCore } from './core';
import { KEYS, type AnalysisResult, type ChecklistResult } from '../core/types';
import type { ChecklistItemView, ItemState, ViewModel } from '../webview/protocol';
import type { DocumentAnalysis } from './analysis';
import { currentLocale, pick, t } from './l10n';

const MAX_EVIDENCE = 3;

function state(c: ChecklistResult | undefined): ItemState {
  if (!c || c.met === null) return 'nvt';
  return c.met ? 'met' : 'niet';
}

function stateLabel(s: ItemState): string {
  return s === 'met' ? t('sbMet') : s === 'niet' ? t('sbNotMet') : t('sbNotApplicable');
}

/** Phase questions whose checklist items the document leaves unmet. */
export function openQuestions(result: AnalysisResult): string[] {
  return lazyCore().openQuestions(result.profile.fase, result.checklist).map((q) => pick(q.question));
}

export function emptyModel(kind: 'empty' | 'notDutch' | 'disabled'): ViewModel {
  if (kind === 'disabled') return { kind, title: 'Regiecheck', text: t('sbDisabled') };
  return kind === 'empty'
    ? { kind, title: t('sbEmptyTitle'), text: t('sbEmptyText') }
    : { kind, title: t('sbNotDutchTitle'), text: t('sbNotDutchText') };
}

export function buildModel(a: DocumentAnalysis | undefined, fileName: string): ViewModel {
  if (!a) return emptyModel('empty');
  if (a.skipped === 'disabled') return emptyModel('disabled');
  const r = a.result;
  if (!r) return emptyModel('empty');
  if (!r.language.dutch) return emptyModel('notDutch');
  const nf = new Intl.NumberFormat(currentLocale() === 'nl' ? 'nl-NL' : 'en-GB');
  const keys = KEYS.map((key) => ({
    id: key,
    title: pick(lazyCore().KEY_TITLES[key]),
    score: Math.max(0, Math.min(100, Math.round(r.scores[key] ?? 0))),
    items: lazyCore().CHECKLIST_ITEMS.filter((i) => i.key === key).map((i): ChecklistItemView => {
      const c = r.checklist[i.id];
      const s = state(c);
      return {
        id: i.id, title: pick(i.title), explanation: pick(i.explanation), state: s, stateLabel: stateLabel(s),
        evidence: (c?.evidence ?? []).slice(0, MAX_EVIDENCE).map((e) => ({ start: e.start, end: e.end, line: e.line, text: e.text })),
      };
    }),
  }));
  const counts = new Map<string, number>();
  for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return {
    kind: 'result',
    uri: a.uri.toString(),
    version: a.version,
    fileName,
    words: t('sbWords', nf.format(r.words)),
    labels: {
      scores: t('sbScores'), checklist: t('sbChecklist'), profile: t('sbProfile'),
      openQuestions: t('sbOpenQuestions', r.profile.fase), noOpenQuestions: t('sbNoOpenQuestions'),
      rules: t('sbRules'), noFindings: t('sbNoFindings'), evidence: t('sbEvidence'), chart: t('sbChartLabel'),
      report: t('sbOpenReport'), reanalyse: t('sbReanalyse'),
    },
    keys,
    profile: [
      { label: t('sbDoctype'), value: r.profile.doctype },
      { label: t('sbFase'), value: r.profile.fase },
      { label: t('sbCoalitietype'), value: r.profile.coalitietype.replace(/_/g, ' ') },
      { label: t('sbRegierol'), value: r.profile.regierol },
      { label: t('sbRegiedichtheid'), value: nf.format(r.profile.regiedichtheid) },
    ],
    openQuestions: openQuestions(r),
    rules: [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([id, count]) => ({ id, title: pick(lazyCore().getRule(id)?.title) || id, count })),
  };
}
