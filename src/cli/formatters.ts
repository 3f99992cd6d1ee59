/**
 * Output formats of the CLI (`--format`), in the order of the results the caller passes (main sorts them):
 * - text: `file:line:col severity rule message` per finding (plus ` (p. 3)` for .docx/.pdf), notices as
 *   `file: let op: …`, then the batch summary (documents, findings per severity, average scores).
 * - json: exactly the contract's array (spec/checklist.md): one object per file with file, words, profile,
 *   checklist (in checklist order), scores, findings, then notices and language; keys in a fixed order.
 * - markdown / html: the report of one document; for several files the folder summary followed by each
 *   document's report (src/report). Line links are relative to the directory of `--output` (or the cwd).
 * - sarif: SARIF 2.1.0 (src/report/sarif.ts), artifact URIs relative to the cwd.
 *
 * `--output FILE` (wired in main.ts) writes the same string to FILE instead of stdout.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CHECKLIST_ITEMS, KEYS, SEVERITIES, type AnalysisResult, type Locale, type Severity } from '../core/index';
import { renderDocumentReport, renderFolderReport, toSarif } from '../report/index';
import { SEVERITY_LABEL, SEVERITY_PLURAL, T, tr } from '../report/i18n';
import { analysed, averageScores, scoresLine, severityCounts } from '../report/model';
import { decodeTextFile } from '../formats/text';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'html' | 'sarif' | 'docx-review';
/** `docx-review` is no text format: main.ts hands the run to src/cli/review.ts (a Word copy with comments). */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'html', 'sarif', 'docx-review'];

declare const REGIECHECK_VERSION: string | undefined;

export interface FormatOptions {
  format: OutputFormat;
  locale: Locale;
  /** Directory the file names are relative to (SARIF's %SRCROOT%, report links). */
  cwd: string;
  /** ANSI colours for the text format (severity words and the summary). */
  color?: boolean;
  /** The `--output` file, if any: report links are made relative to its directory. */
  output?: string;
  /** Text format: print the batch summary after the findings (default true; main passes `!quiet`). */
  summary?: boolean;
  /** Analysed texts by result `file`, for report titles and excerpts; .md/.txt files are read when absent. */
  sourceTexts?: ReadonlyMap<string, string>;
  /**
   * SARIF: absolute base URI of the rule docs (ending in `/`), e.g. the docs/rules/ folder of the Regiecheck
   * repository on your Git host. Default: env REGIECHECK_DOCS_BASE, else the `docs/rules/` folder of the
   * installed package as a file:// URL.
   */
  docsBaseUri?: string;
}

const ANSI: Record<Severity | 'bold' | 'dim', string> = { error: '31', warning: '33', info: '36', hint: '2', bold: '1', dim: '2' };
const paint = (on: boolean | undefined, code: keyof typeof ANSI, s: string): string => (on ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);

export function formatResults(results: AnalysisResult[], opts: FormatOptions): string {
  switch (opts.format) {
    case 'json': return `${JSON.stringify(results.map(contractJson), null, 2)}\n`;
    case 'sarif': return `${JSON.stringify(toSarif(results, { locale: opts.locale, cwd: opts.cwd, docsBaseUri: opts.docsBaseUri ?? envDocsBase() ?? defaultDocsBase(), toolVersion: version() }), null, 2)}\n`;
    case 'markdown':
    case 'html': return formatReport(results, opts, opts.format);
    case 'docx-review': throw new Error('docx-review is written by src/cli/review.ts, not formatted as text');
    default: return formatText(results, opts);
  }
}

/** One result in the contract's shape and key order (spec/checklist.md; schemas/result.schema.json). */
export function contractJson(r: AnalysisResult): Record<string, unknown> {
  const known = new Set(CHECKLIST_ITEMS.map((i) => i.id));
  const checklist: Record<string, unknown> = {};
  for (const id of [...CHECKLIST_ITEMS.map((i) => i.id), ...Object.keys(r.checklist).filter((k) => !known.has(k)).sort()]) {
    const item = r.checklist[id];
    if (item) checklist[id] = { met: item.met, evidence: item.evidence.map((e) => ({ start: e.start, end: e.end, line: e.line, text: e.text, ...(e.location ? { location: e.location } : {}) })), ...(item.why ? { why: item.why } : {}) };
  }
  const p = r.profile;
  return {
    file: r.file,
    words: r.words,
    profile: { doctype: p.doctype, fase: p.fase, coalitietype: p.coalitietype, regierol: p.regierol, regiedichtheid: p.regiedichtheid, cues: p.cues },
    checklist,
    scores: Object.fromEntries(KEYS.map((k) => [k, r.scores[k]])),
    findings: r.findings.map((f) => ({
      rule: f.rule, severity: f.severity, start: f.start, end: f.end, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
      message: f.message, key: f.key, text: f.text, fingerprint: f.fingerprint,
      ...(f.location ? { location: f.location } : {}), ...(f.related?.length ? { related: f.related } : {}), ...(f.fixes?.length ? { fixes: f.fixes } : {}),
    })),
    notices: r.notices,
    language: r.language,
  };
}

/** The text format: one line per finding, then (unless `summary: false`) the batch summary. */
export function formatText(results: readonly AnalysisResult[], opts: Pick<FormatOptions, 'locale' | 'color' | 'summary'>): string {
  const lines: string[] = [];
  const note = tr(T.notices, opts.locale).toLowerCase();
  for (const r of results) {
    for (const n of r.notices) lines.push(`${r.file}: ${note}: ${n.message}`);
    for (const f of r.findings) {
      const where = f.location ? ` (${f.location})` : '';
      lines.push(`${r.file}:${f.line}:${f.column} ${paint(opts.color, f.severity, f.severity)} ${f.rule} ${f.message}${where}`);
    }
  }
  if (opts.summary !== false) {
    if (lines.length) lines.push('');
    // Per document: its profile and four-key scores (what the sidebar shows), then the batch totals.
    for (const r of results.filter(analysed)) lines.push(`${r.file}: ${r.profile.doctype} · ${r.profile.fase} · ${scoresLine(r.scores)}`);
    lines.push(...formatSummary(results, opts.locale, opts.color));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * The batch summary: "3 documenten, 12 bevindingen: 1 fout, 8 waarschuwingen, 3 info" and the average
 * four-key scores over the documents that were analysed (not those skipped as empty, too large or not Dutch).
 */
export function formatSummary(results: readonly AnalysisResult[], locale: Locale, color?: boolean): string[] {
  const all = results.flatMap((r) => r.findings);
  const counts = severityCounts(all);
  const judged = results.filter(analysed);
  const docs = `${results.length} ${results.length === 1 ? tr(T.document, locale).toLowerCase() : tr(T.documents, locale).toLowerCase()}`;
  const perSeverity = SEVERITIES.map((s) => paint(color && counts[s] > 0, s, `${counts[s]} ${tr(counts[s] === 1 ? SEVERITY_LABEL[s] : SEVERITY_PLURAL[s], locale)}`)).join(', ');
  const skipped = results.length - judged.length;
  const skippedNote = skipped ? ` (${skipped} ${tr(T.notAnalysed, locale)})` : '';
  const out = [paint(color, 'bold', `${docs}${skippedNote}, ${all.length} ${tr(T.findingsCount, locale)}: `) + perSeverity];
  if (judged.length) out.push(`${tr(T.averageScores, locale)}: ${scoresLine(averageScores(results))}`);
  return out;
}

function formatReport(results: AnalysisResult[], opts: FormatOptions, format: 'markdown' | 'html'): string {
  const outDir = opts.output ? path.dirname(path.resolve(opts.cwd, opts.output)) : opts.cwd;
  const rel = path.relative(outDir, opts.cwd).split(path.sep).join('/');
  const linkBase = rel ? `${rel}/` : '';
  const texts = new Map(opts.sourceTexts ?? []);
  const shown = results.map((r) => {
    const display = displayPath(r.file, opts.cwd);
    if (!texts.has(display)) {
      const t = opts.sourceTexts?.get(r.file) ?? readPlainText(r.file, opts.cwd);
      if (t !== undefined) texts.set(display, t);
    }
    return display === r.file ? r : { ...r, file: display };
  });
  if (shown.length === 1) {
    return renderDocumentReport(shown[0], { format, locale: opts.locale, linkBase, sourceText: texts.get(shown[0].file) });
  }
  return renderFolderReport(shown, { format, locale: opts.locale, linkBase, details: true, sourceTexts: texts });
}

/** A file as shown and linked in reports: relative to the cwd when inside it, with `/` separators. */
function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** The text of a .md/.txt file for titles and excerpts (reports only); undefined for .docx/.pdf or on any error. */
function readPlainText(file: string, cwd: string): string | undefined {
  if (!/\.(md|markdown|txt|text)$/i.test(file)) return undefined;
  try {
    return decodeTextFile(fs.readFileSync(path.resolve(cwd, file)), file).text;
  } catch {
    return undefined;
  }
}

function version(): string {
  return typeof REGIECHECK_VERSION === 'string' ? REGIECHECK_VERSION : 'dev';
}

/** REGIECHECK_DOCS_BASE when it is an absolute URL (SARIF requires an absolute helpUri); a trailing `/` is added. */
function envDocsBase(): string | undefined {
  const v = process.env.REGIECHECK_DOCS_BASE?.trim();
  if (!v) return undefined;
  try {
    return new URL(v.endsWith('/') ? v : `${v}/`).href;
  } catch {
    return undefined;
  }
}

/** `file:///…/docs/rules/` of the installed package (dist/cli.js → ../docs/rules; src/cli → ../../docs/rules). */
function defaultDocsBase(): string | undefined {
  for (const up of ['..', '../..']) {
    const dir = path.resolve(__dirname, up, 'docs', 'rules');
    if (fs.existsSync(dir)) return `${pathToFileURL(dir).href}/`;
  }
  return undefined;
}
