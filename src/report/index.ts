/**
 * Reports of Regiecheck analyses: Markdown and HTML for one document or a folder, and SARIF 2.1.0. Pure
 * functions of AnalysisResult (no vscode, no fs), shared by the CLI (`--format markdown|html|sarif`) and the
 * extension's report commands. What the reports contain is described in docs/reports.md.
 */
import type { AnalysisResult, Locale } from '../core/types';
import { htmlDocumentBody, htmlFolderBody, htmlPage, SORT_SCRIPT } from './html';
import { markdownDocument, markdownFolder } from './markdown';
import { reportTitle, type ReportOptions } from './model';
import { T, tr } from './i18n';

export type { ReportOptions } from './model';
export { REPORT_CSS, SORT_SCRIPT, WEBVIEW_LINK_SCRIPT } from './html';
export { toSarif, sarifLevel, artifactUri, SARIF_SCHEMA_URI, type SarifOptions, type SarifLevel } from './sarif';
export { escapeHtml, escapeMarkdown, visibleControls, lineHref } from './escape';
export { scoreChartSvg } from './chart';

/** Options of a folder report; `sourceTexts` maps a result's `file` to its text (for titles and excerpts). */
export interface FolderReportOptions extends Omit<ReportOptions, 'sourceText'> {
  /** Also render each document's full report after the summary table (the CLI does this for several files). */
  details?: boolean;
  sourceTexts?: ReadonlyMap<string, string>;
}

/**
 * The report of one document: title and profile with its cues, the four-key scores with a chart, the open
 * questions of the document's phase, the checklist per key with evidence linked to lines, and the findings
 * grouped by key and rule with explanation and book reference. Dutch unless `locale: 'en'`.
 */
export function renderDocumentReport(result: AnalysisResult, opts: ReportOptions): string {
  const locale: Locale = opts.locale ?? 'nl';
  if (opts.format === 'markdown') return markdownDocument(result, opts);
  const body = htmlDocumentBody(result, opts);
  if (opts.fragment) return `<main class="regiecheck-report">\n${body}\n</main>\n`;
  return htmlPage(body, `${tr(T.reportTitle, locale)}: ${reportTitle(result, opts)}`, locale, opts.script ? [opts.script] : [], opts.nonce);
}

/**
 * The folder summary: one row per document (profile, four scores, top gaps, findings per severity) with
 * averages and totals; sortable by clicking a header in HTML (SORT_SCRIPT, nonce'd). With `details`, each
 * document's report follows the table.
 */
export function renderFolderReport(results: readonly AnalysisResult[], opts: FolderReportOptions): string {
  const locale: Locale = opts.locale ?? 'nl';
  const docOpts = (r: AnalysisResult): ReportOptions => ({ ...opts, title: undefined, sourceText: opts.sourceTexts?.get(r.file) });
  if (opts.format === 'markdown') {
    const parts = [markdownFolder(results, opts)];
    if (opts.details) for (const r of results) parts.push('---\n', markdownDocument(r, docOpts(r), 2));
    return parts.join('\n');
  }
  const parts = [htmlFolderBody(results, opts)];
  if (opts.details) for (const r of results) parts.push('<hr>', htmlDocumentBody(r, docOpts(r), 2));
  const body = parts.join('\n');
  if (opts.fragment) return `<main class="regiecheck-report">\n${body}\n</main>\n`;
  return htmlPage(body, opts.title ?? tr(T.folderTitle, locale), locale, [SORT_SCRIPT, ...(opts.script ? [opts.script] : [])], opts.nonce);
}
