/**
 * Output formats of the CLI. text: `file:line:col severity rule message` per finding; json: the contract's
 * array (one object per file, stable order). Report formats (markdown, html, sarif) are added by src/report.
 */
import type { AnalysisResult, Locale } from '../core/types';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'html' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'html', 'sarif'];

export interface FormatOptions { format: OutputFormat; locale: Locale; cwd: string; color?: boolean }

export function formatResults(results: AnalysisResult[], opts: FormatOptions): string {
  if (opts.format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  const lines: string[] = [];
  for (const r of results) {
    for (const n of r.notices) lines.push(`${r.file}: ${n.message}`);
    for (const f of r.findings) lines.push(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
