/**
 * The four-key score chart: horizontal bars (0–100) with gridlines at 0/50/100, drawn as plain SVG by this
 * module (no chart library, no fonts or images fetched). The same SVG is inlined in HTML reports and embedded
 * in Markdown as a `data:image/svg+xml` image (VS Code's Markdown preview allows data images).
 *
 * Colours: in HTML the bars use CSS classes so the page's light/dark palette applies; the standalone image
 * (Markdown) carries its own `<style>` with a prefers-color-scheme rule and its own background, so its text keeps
 * its contrast even when the editor theme and the system colour scheme disagree.
 */
import { KEYS, type Locale, type Scores } from '../core/types';
import { escapeHtml } from './escape';
import { keyTitle, T, tr } from './i18n';

const ROW = 34;
const TOP = 10;
const PAD = 8;
const LABEL_W = 278;
const BAR_W = 300;
const WIDTH = LABEL_W + BAR_W + 50;

/** Score band used for the bar colour: below 40 weak, below 70 partial, else strong. */
export function band(score: number): 'low' | 'mid' | 'high' {
  return score < 40 ? 'low' : score < 70 ? 'mid' : 'high';
}

const STANDALONE_STYLE =
  'text{font:13px system-ui,-apple-system,"Segoe UI",sans-serif;fill:#1b1f24}.bg{fill:#ffffff}.grid{stroke:#8c959f;stroke-width:1}' +
  '.track{fill:#eaeef2}.bar-low{fill:#cf222e}.bar-mid{fill:#bf8700}.bar-high{fill:#1a7f37}' +
  '@media (prefers-color-scheme:dark){text{fill:#e6edf3}.bg{fill:#161b22}.track{fill:#30363d}.bar-low{fill:#f85149}.bar-mid{fill:#d29922}.bar-high{fill:#3fb950}}';

export function scoreChartSvg(scores: Scores, locale: Locale, standalone: boolean): string {
  const height = TOP + KEYS.length * ROW + 24;
  const label = tr(T.chartLabel, locale);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}">`);
  parts.push(`<title>${escapeHtml(label)}</title>`);
  if (standalone) parts.push(`<style>${STANDALONE_STYLE}</style>`, `<rect class="bg" x="0" y="0" width="${WIDTH}" height="${height}" rx="6"/>`);
  KEYS.forEach((key, i) => {
    const y = TOP + i * ROW;
    const score = Math.max(0, Math.min(100, Math.round(scores[key] ?? 0)));
    const w = Math.round((BAR_W * score) / 100);
    parts.push(`<text x="${PAD}" y="${y + 17}">${escapeHtml(keyTitle(key, locale, 'short'))}</text>`);
    parts.push(`<rect class="track" x="${LABEL_W}" y="${y + 4}" width="${BAR_W}" height="18" rx="3"/>`);
    if (w > 0) parts.push(`<rect class="bar-${band(score)}" x="${LABEL_W}" y="${y + 4}" width="${w}" height="18" rx="3"/>`);
    parts.push(`<text x="${LABEL_W + BAR_W + 8}" y="${y + 17}">${score}</text>`);
  });
  const axisY = TOP + KEYS.length * ROW;
  for (const v of [0, 50, 100]) {
    const x = LABEL_W + (BAR_W * v) / 100;
    parts.push(`<line class="grid" x1="${x}" y1="${TOP}" x2="${x}" y2="${axisY + 2}"${v === 0 ? '' : ' stroke-dasharray="3 3"'}/>`);
    parts.push(`<text x="${x}" y="${axisY + 16}" text-anchor="middle">${v}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The chart as a Markdown image (base64 data URI, so no file has to travel with the report). */
export function scoreChartMarkdown(scores: Scores, locale: Locale): string {
  const svg = scoreChartSvg(scores, locale, true);
  return `![${tr(T.chartLabel, locale)}](data:image/svg+xml;base64,${base64(svg)})`;
}

/** UTF-8 base64 without Buffer/btoa, so the report module runs in Node and in a browser webview alike. */
function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += abc[(n >> 18) & 63] + abc[(n >> 12) & 63] + (i + 1 < bytes.length ? abc[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? abc[n & 63] : '=');
  }
  return out;
}
