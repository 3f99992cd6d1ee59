/**
 * Markdown reports (read in VS Code's Markdown preview, on GitHub or as plain text in a mail). Every piece of
 * document text goes through escapeMarkdown; links to lines use the `file#L12` form the preview opens.
 */
import { KEYS, SEVERITIES, type AnalysisResult, type Evidence, type Locale } from '../core/types';
import { scoreChartMarkdown } from './chart';
import { escapeMarkdown, fileHref, lineHref, linkable } from './escape';
import {
  COALITIETYPE_LABEL, DOCTYPE_LABEL, FASE_LABEL, formatNumber, keyTitle, REGIEROL_LABEL, SEVERITY_LABEL, SEVERITY_PLURAL, severitySummary, T, tr,
} from './i18n';
import {
  analysed, averageScores, baseName, checklistSections, clip, excerpt, groupFindings, phaseQuestions, reportTitle, scoresLine, severityCounts,
  shownEvidence, topGaps, type ReportOptions,
} from './model';

const quote = (s: string): string => `“${escapeMarkdown(clip(s))}”`;
const h = (level: number, text: string): string => `${'#'.repeat(Math.min(6, level))} ${text}`;

function lineLink(file: string, line: number, opts: ReportOptions, locale: Locale, column?: number): string {
  const label = `${tr(T.line, locale)} ${line}${column ? `:${column}` : ''}`;
  return linkable(file) ? `[${label}](${lineHref(file, line, opts.linkBase)})` : label;
}

function evidenceList(file: string, evidence: readonly Evidence[], opts: ReportOptions, locale: Locale): string {
  const { shown, more } = shownEvidence(evidence);
  const parts = shown.map((e) => `${lineLink(file, e.line, opts, locale)}${e.location ? ` (${escapeMarkdown(e.location)})` : ''} ${quote(e.text)}`);
  if (more) parts.push(`+${more}`);
  return parts.join('; ');
}

/** The report of one document; `level` is the heading level of its title (2 inside a folder report). */
export function markdownDocument(r: AnalysisResult, opts: ReportOptions, level = 1): string {
  const locale = opts.locale ?? 'nl';
  const L = (s: { nl: string; en: string }): string => tr(s, locale);
  const out: string[] = [];
  const title = reportTitle(r, opts);
  out.push(h(level, level === 1 ? `${L(T.reportTitle)}: ${escapeMarkdown(title)}` : escapeMarkdown(title)), '');
  const fileLabel = escapeMarkdown(r.file || '—');
  out.push(`**${L(T.file)}:** ${linkable(r.file) ? `[${fileLabel}](${fileHref(r.file, opts.linkBase)})` : fileLabel} · ${formatNumber(r.words, locale)} ${L(T.words)}`, '');
  for (const n of r.notices) out.push(`> **${L(T.notices)}:** ${escapeMarkdown(n.message)}`, '');
  if (level === 1) out.push(L(T.generatedBy), '');
  if (!analysed(r)) return `${out.join('\n').trimEnd()}\n`;

  // Profile
  const p = r.profile;
  const cues = (field: 'doctype' | 'fase' | 'coalitietype' | 'regierol'): string => evidenceList(r.file, p.cues[field] ?? [], opts, locale);
  out.push(h(level + 1, L(T.profile)), '');
  out.push(`| ${L(T.property)} | ${L(T.value)} | ${L(T.cues)} |`, '| --- | --- | --- |');
  out.push(`| ${L(T.doctype)} | ${L(DOCTYPE_LABEL[p.doctype])} | ${cues('doctype')} |`);
  out.push(`| ${L(T.fase)} | ${L(FASE_LABEL[p.fase])} | ${cues('fase')} |`);
  const ct = COALITIETYPE_LABEL[p.coalitietype];
  out.push(`| ${L(T.coalitietype)} | ${L(ct.name)} (${L(T.strategy)}: ${L(ct.strategy)}) | ${cues('coalitietype')} |`);
  out.push(`| ${L(T.regierol)} | ${L(REGIEROL_LABEL[p.regierol])} | ${cues('regierol')} |`);
  out.push(`| ${L(T.regiedichtheid)} | ${formatNumber(p.regiedichtheid, locale, 1)} ${L(T.perThousand)} | |`, '');

  // Scores
  const sections = checklistSections(r);
  out.push(h(level + 1, L(T.scores)), '', scoreChartMarkdown(r.scores, locale), '');
  out.push(`| ${L(T.key)} | ${L(T.score)} | ${L(T.itemsMet)} |`, '| --- | ---: | ---: |');
  for (const s of sections) out.push(`| ${keyTitle(s.key, locale, 'short')} | ${s.score} | ${s.met} ${L(T.of)} ${s.applicable} |`);
  out.push('');

  // Open questions of the phase
  const { all, open } = phaseQuestions(r);
  out.push(h(level + 1, `${L(T.openQuestions)} ${L(FASE_LABEL[p.fase])}`), '');
  if (open.length === 0) out.push(L(T.allAnswered), '');
  else {
    out.push(`${L(T.openQuestionsIntro)} (${all.length - open.length} ${L(T.of)} ${all.length} ${L(T.answered)}):`, '');
    for (const q of open) out.push(`- [ ] **${q.question.key}** ${L(q.question.question)} — *${L(T.missing)}: ${q.missing.map((i) => L(i.title)).join(', ')}*`);
    out.push('');
  }

  // Checklist per key
  out.push(h(level + 1, L(T.checklist)), '');
  for (const s of sections) {
    out.push(h(level + 2, `${keyTitle(s.key, locale, 'full')} — ${s.score}/100 (${s.met} ${L(T.of)} ${s.applicable})`), '');
    for (const { item, result } of s.rows) {
      if (result.met === true) out.push(`- ✅ **${L(item.title)}** — ${evidenceList(r.file, result.evidence, opts, locale) || L(T.met)}`);
      else if (result.met === false) out.push(`- ❌ **${L(item.title)}** — ${escapeMarkdown(L(item.explanation))} *(${L(T.book)}: ${escapeMarkdown(item.book)})*`);
      else out.push(`- ➖ **${L(item.title)}** — ${L(T.notApplicable)}${result.why ? ` (${escapeMarkdown(result.why)})` : ''}`);
    }
    out.push('');
  }

  // Findings by key and rule
  out.push(h(level + 1, `${L(T.findings)} (${r.findings.length})`), '');
  if (r.findings.length === 0) out.push(L(T.noFindings), '');
  else out.push(`*${severitySummary(severityCounts(r.findings), locale)}*`, '');
  for (const g of groupFindings(r.findings)) {
    out.push(h(level + 2, `${g.key ? keyTitle(g.key, locale, 'full') : L(T.noKey)} (${g.count})`), '');
    for (const rg of g.rules) {
      const name = rg.meta ? ` · ${L(rg.meta.title)}` : '';
      out.push(h(level + 3, `\`${rg.rule}\`${name} — ${L(SEVERITY_LABEL[rg.severity])} (${rg.findings.length}×)`), '');
      if (rg.meta) {
        out.push(`${L(T.why)}: ${escapeMarkdown(L(rg.meta.explanation))}`, '');
        out.push(`${L(T.fix)}: ${escapeMarkdown(L(rg.meta.fix))}`, '');
        out.push(`*${L(T.book)}: ${escapeMarkdown(rg.meta.book)}*`, '');
      }
      const sameMessage = rg.findings.every((f) => f.message === rg.findings[0].message);
      if (sameMessage) out.push(`> ${escapeMarkdown(rg.findings[0].message)}`, '');
      for (const f of rg.findings) {
        const ex = excerpt(opts.sourceText, f);
        const shown = ex ? `${escapeMarkdown(ex.before)}**${escapeMarkdown(ex.match)}**${escapeMarkdown(ex.after)}` : quote(f.text);
        const where = f.location ? ` (${escapeMarkdown(f.location)})` : '';
        out.push(`- ${lineLink(r.file, f.line, opts, locale, f.column)}${where}: ${shown}${sameMessage ? '' : ` — ${escapeMarkdown(f.message)}`}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The folder summary: one row per document, then averages and totals. */
export function markdownFolder(results: readonly AnalysisResult[], opts: ReportOptions, level = 1): string {
  const locale = opts.locale ?? 'nl';
  const L = (s: { nl: string; en: string }): string => tr(s, locale);
  const out: string[] = [h(level, L(T.folderTitle)), ''];
  const all = results.flatMap((r) => r.findings);
  const avg = averageScores(results);
  out.push(`${results.length} ${L(T.documents).toLowerCase()} · ${all.length} ${L(T.findingsCount)} (${severitySummary(severityCounts(all), locale)}) · ${L(T.average).toLowerCase()}: ${scoresLine(avg)}`, '');
  if (level === 1) out.push(L(T.generatedBy), '');
  const sev = SEVERITIES.map((s) => L(SEVERITY_PLURAL[s]));
  out.push(`| ${L(T.document)} | ${L(T.doctype)} | ${L(T.fase)} | ${KEYS.join(' | ')} | ${L(T.topGaps)} | ${sev.join(' | ')} |`);
  out.push(`| --- | --- | --- | ${KEYS.map(() => '---:').join(' | ')} | --- | ${sev.map(() => '---:').join(' | ')} |`);
  for (const r of results) {
    const label = escapeMarkdown(baseName(r.file) || r.file);
    const name = linkable(r.file) ? `[${label}](${fileHref(r.file, opts.linkBase)})` : label;
    const c = severityCounts(r.findings);
    if (!analysed(r)) {
      out.push(`| ${name} | — | — | ${KEYS.map(() => '—').join(' | ')} | ${L(T.notAnalysed)}: ${escapeMarkdown(r.notices.map((n) => n.id).join(', '))} | ${SEVERITIES.map((s) => c[s]).join(' | ')} |`);
      continue;
    }
    const gaps = topGaps(r).map((i) => L(i.title)).join(', ') || '—';
    out.push(`| ${name} | ${L(DOCTYPE_LABEL[r.profile.doctype])} | ${r.profile.fase} | ${KEYS.map((k) => r.scores[k]).join(' | ')} | ${gaps} | ${SEVERITIES.map((s) => c[s]).join(' | ')} |`);
  }
  const total = severityCounts(all);
  out.push(`| **${L(T.average)} / ${L(T.total).toLowerCase()}** | | | ${KEYS.map((k) => `**${avg[k]}**`).join(' | ')} | | ${SEVERITIES.map((s) => `**${total[s]}**`).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}
