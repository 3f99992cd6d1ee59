/**
 * HTML reports: one self-contained page (no remote resources, strict CSP, inline SVG chart, light/dark and
 * print styles) or, with `fragment: true`, only the `<main>` element for a webview that brings its own CSP,
 * REPORT_CSS and SORT_SCRIPT (both exported so the caller can put them under its own nonce).
 *
 * Every piece of document text goes through escapeHtml. Links to lines are `<a href="file#L12"
 * data-file data-line data-column data-start data-end>`: a browser follows the href; the extension's webview
 * intercepts clicks on `[data-line]` and reveals the range in the editor.
 */
import { fnv1a, KEY_TITLES } from '../core/index';
import { KEYS, SEVERITIES, type AnalysisResult, type Evidence, type Locale } from '../core/types';
import { band, scoreChartSvg } from './chart';
import { escapeHtml, fileHref, lineHref, linkable } from './escape';
import {
  COALITIETYPE_LABEL, DOCTYPE_LABEL, FASE_LABEL, formatNumber, keyTitle, REGIEROL_LABEL, SEVERITY_LABEL, SEVERITY_PLURAL, SEVERITY_SHORT, severitySummary, T, tr,
} from './i18n';
import {
  analysed, averageScores, baseName, checklistSections, clip, excerpt, groupFindings, phaseQuestions, reportTitle, scoresLine, severityCounts,
  shownEvidence, topGaps, type ReportOptions,
} from './model';

const e = escapeHtml;

const LIGHT = '--fg:#1b1f24;--muted:#57606a;--bg:#ffffff;--line:#d0d7de;--soft:#f6f8fa;--link:#0969da;' +
  '--low:#cf222e;--mid:#9a6700;--high:#1a7f37;--track:#eaeef2;--mark:#fff8c5';
const DARK = '--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--soft:#161b22;--link:#4493f8;' +
  '--low:#f85149;--mid:#d29922;--high:#3fb950;--track:#30363d;--mark:#5a4a00';

/**
 * The report stylesheet. Light/dark by prefers-color-scheme in a browser; in a VS Code webview the body's
 * vscode-light/vscode-dark class (the editor theme) wins, and the theme's own colours are used where it has them.
 */
export const REPORT_CSS = `
:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{${DARK}}}
body.vscode-light{${LIGHT}}body.vscode-dark,body.vscode-high-contrast{${DARK}}body.vscode-high-contrast-light{${LIGHT}}
body{margin:0;background:var(--vscode-editor-background,var(--bg));color:var(--vscode-foreground,var(--fg));
font:15px/1.5 var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",sans-serif)}
.regiecheck-report{max-width:66rem;margin:0 auto;padding:1.5rem}.table-wrap{overflow-x:auto}
hr{border:0;border-top:2px solid var(--line);margin:2.5rem 0}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.1rem;margin-top:1.4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
a{color:var(--vscode-textLink-foreground,var(--link))}
.meta,.muted{color:var(--vscode-descriptionForeground,var(--muted))}
.notice{border-left:4px solid var(--mid);background:var(--soft);padding:.5rem .8rem;margin:.6rem 0}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}th.num{white-space:nowrap}
.folder table{font-size:.92em}
th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:2px solid var(--link)}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
tfoot td{font-weight:600;background:var(--soft)}
q{quotes:"“" "”"}mark{background:var(--mark);color:inherit;padding:0 .1em}
.chart text{fill:currentColor;font-size:13px}.chart .grid{stroke:var(--muted)}.chart .track{fill:var(--track)}
.bar-low{fill:var(--low)}.bar-mid{fill:var(--mid)}.bar-high{fill:var(--high)}
.score-low{color:var(--low)}.score-mid{color:var(--mid)}.score-high{color:var(--high)}
ul.checklist{list-style:none;padding-left:0}ul.checklist li{margin:.35rem 0;padding-left:1.6rem;text-indent:-1.6rem}
.status{display:inline-block;width:1.6rem;text-indent:0;font-weight:700}
.met .status{color:var(--high)}.unmet .status{color:var(--low)}.na .status{color:var(--muted)}
.rule{border:1px solid var(--line);border-radius:6px;padding:.2rem .9rem .6rem;margin:.8rem 0}
.rule h4 code{font-size:.95em}.sev{font-size:.8rem;border-radius:3px;padding:0 .35rem;border:1px solid currentColor}
.sev-error{color:var(--low)}.sev-warning{color:var(--mid)}.sev-info,.sev-hint{color:var(--muted)}
ol.findings{padding-left:1.4rem}ol.findings li{margin:.25rem 0}
.questions li{margin:.3rem 0}
footer{margin-top:2.5rem;font-size:.85rem}
@media print{:root,body[class]{${LIGHT}}body{background:#fff;color:#000;font-size:11pt}.regiecheck-report{max-width:none;padding:0}
a{color:inherit;text-decoration:none}.rule,section.key,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}
th button::after{content:""!important}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`.trim();

/**
 * Sorts `table.sortable` by the clicked header (`data-type="number"` compares numbers; empty cells stay
 * last). No inline handlers, so it runs under `script-src 'nonce-…'`.
 */
export const SORT_SCRIPT = `
(function () {
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(headers, function (h) { if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var numeric = th.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute('data-value') || '';
          var y = b.cells[col].getAttribute('data-value') || '';
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, document.documentElement.lang || 'nl');
          if (c === 0) c = Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
`.trim();

/**
 * For a VS Code webview: a click on any `[data-line]` element posts
 * `{ type: 'reveal', file, line, column, start, end }` (numbers; -1 when absent) to the extension, which opens
 * the document at that range. Pass it as `script` to renderDocumentReport/renderFolderReport so it runs under
 * the page's nonce. It calls acquireVsCodeApi() once; do not add another script that calls it too.
 */
export const WEBVIEW_LINK_SCRIPT = `
(function () {
  if (typeof acquireVsCodeApi !== 'function') return;
  var vscode = acquireVsCodeApi();
  var num = function (el, name) { var v = el.getAttribute(name); return v === null ? -1 : Number(v); };
  document.addEventListener('click', function (event) {
    var el = event.target && event.target.closest ? event.target.closest('[data-line]') : null;
    if (!el) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', file: el.getAttribute('data-file') || '', line: num(el, 'data-line'),
      column: num(el, 'data-column'), start: num(el, 'data-start'), end: num(el, 'data-end') });
  });
})();
`.trim();

interface Ctx { file: string; locale: Locale; opts: ReportOptions }

function loc(c: Ctx, line: number, column: number | undefined, start: number, end: number): string {
  const label = `${tr(T.line, c.locale)} ${line}${column ? `:${column}` : ''}`;
  if (!c.file) return `<span class="loc">${label}</span>`;
  const attrs = `data-file="${e(c.file)}" data-line="${line}"${column ? ` data-column="${column}"` : ''} data-start="${start}" data-end="${end}"`;
  const href = linkable(c.file) ? `href="${e(lineHref(c.file, line, c.opts.linkBase))}" ` : '';
  return `<a class="loc" ${href}${attrs} title="${e(tr(T.lineLong, c.locale))} ${line}">${label}</a>`;
}

function evidenceHtml(c: Ctx, evidence: readonly Evidence[]): string {
  const { shown, more } = shownEvidence(evidence);
  const parts = shown.map((ev) =>
    `${loc(c, ev.line, undefined, ev.start, ev.end)}${ev.location ? ` <span class="muted">(${e(ev.location)})</span>` : ''} <q>${e(clip(ev.text))}</q>`);
  if (more) parts.push(`<span class="muted">+${more}</span>`);
  return parts.join('; ');
}

/** The `<main>` of one document's report; `level` is the heading level of its title. */
export function htmlDocumentBody(r: AnalysisResult, opts: ReportOptions, level = 1): string {
  const locale = opts.locale ?? 'nl';
  const L = (s: { nl: string; en: string }): string => tr(s, locale);
  const c: Ctx = { file: r.file, locale, opts };
  const H = (n: number, inner: string, attrs = ''): string => `<h${Math.min(6, n)}${attrs}>${inner}</h${Math.min(6, n)}>`;
  const out: string[] = [];
  const title = reportTitle(r, opts);
  out.push(`<section class="document" data-file="${e(r.file)}">`);
  out.push(H(level, level === 1 ? `${e(L(T.reportTitle))}: ${e(title)}` : e(title)));
  const fileLink = linkable(r.file) ? `<a href="${e(fileHref(r.file, opts.linkBase))}" data-file="${e(r.file)}" data-line="1">${e(r.file)}</a>` : '—';
  out.push(`<p class="meta">${e(L(T.file))}: ${fileLink} · ${formatNumber(r.words, locale)} ${e(L(T.words))}</p>`);
  for (const n of r.notices) out.push(`<div class="notice" role="note" data-notice="${e(n.id)}"><strong>${e(L(T.notices))}:</strong> ${e(n.message)}</div>`);
  if (!analysed(r)) { out.push('</section>'); return out.join('\n'); }

  // Profile
  const p = r.profile;
  const cues = (f: 'doctype' | 'fase' | 'coalitietype' | 'regierol'): string => evidenceHtml(c, p.cues[f] ?? []);
  const ct = COALITIETYPE_LABEL[p.coalitietype];
  out.push(`<section class="profile">${H(level + 1, e(L(T.profile)))}`);
  out.push(`<table><thead><tr><th scope="col">${e(L(T.property))}</th><th scope="col">${e(L(T.value))}</th><th scope="col">${e(L(T.cues))}</th></tr></thead><tbody>`);
  const row = (k: string, v: string, cue: string, id: string): string => `<tr data-profile="${id}"><th scope="row">${e(k)}</th><td>${v}</td><td>${cue}</td></tr>`;
  out.push(row(L(T.doctype), e(L(DOCTYPE_LABEL[p.doctype])), cues('doctype'), 'doctype'));
  out.push(row(L(T.fase), e(L(FASE_LABEL[p.fase])), cues('fase'), 'fase'));
  out.push(row(L(T.coalitietype), `${e(L(ct.name))} <span class="muted">(${e(L(T.strategy))}: ${e(L(ct.strategy))})</span>`, cues('coalitietype'), 'coalitietype'));
  out.push(row(L(T.regierol), e(L(REGIEROL_LABEL[p.regierol])), cues('regierol'), 'regierol'));
  out.push(row(L(T.regiedichtheid), `${formatNumber(p.regiedichtheid, locale, 1)} ${e(L(T.perThousand))}`, '', 'regiedichtheid'));
  out.push('</tbody></table></section>');

  // Scores
  const sections = checklistSections(r);
  out.push(`<section class="scores">${H(level + 1, e(L(T.scores)))}`);
  out.push(scoreChartSvg(r.scores, locale, false));
  out.push(`<table><thead><tr><th scope="col">${e(L(T.key))}</th><th scope="col" class="num">${e(L(T.score))}</th><th scope="col" class="num">${e(L(T.itemsMet))}</th></tr></thead><tbody>`);
  for (const s of sections) {
    out.push(`<tr data-key="${s.key}"><th scope="row">${e(keyTitle(s.key, locale, 'short'))}</th><td class="num score-${band(s.score)}">${s.score}</td><td class="num">${s.met} ${e(L(T.of))} ${s.applicable}</td></tr>`);
  }
  out.push('</tbody></table></section>');

  // Open questions
  const { all, open } = phaseQuestions(r);
  out.push(`<section class="questions">${H(level + 1, `${e(L(T.openQuestions))} ${e(L(FASE_LABEL[p.fase]))}`)}`);
  if (open.length === 0) out.push(`<p>${e(L(T.allAnswered))}</p>`);
  else {
    out.push(`<p>${e(L(T.openQuestionsIntro))} <span class="muted">(${all.length - open.length} ${e(L(T.of))} ${all.length} ${e(L(T.answered))})</span>:</p><ul>`);
    for (const q of open) {
      out.push(`<li data-question="${e(q.question.id)}"><strong>${q.question.key}</strong> ${e(L(q.question.question))} <span class="muted">— ${e(L(T.missing))}: ${q.missing.map((i) => e(L(i.title))).join(', ')}</span></li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');

  // Checklist per key
  out.push(`<section class="checklist">${H(level + 1, e(L(T.checklist)))}`);
  for (const s of sections) {
    out.push(`<section class="key" data-key="${s.key}">${H(level + 2, `${e(keyTitle(s.key, locale, 'full'))} <span class="score-${band(s.score)}">${s.score}/100</span> <span class="muted">(${s.met} ${e(L(T.of))} ${s.applicable})</span>`)}<ul class="checklist">`);
    for (const { item, result } of s.rows) {
      const cls = result.met === true ? 'met' : result.met === false ? 'unmet' : 'na';
      const mark = result.met === true ? '✓' : result.met === false ? '✗' : '–';
      const state = L(result.met === true ? T.met : result.met === false ? T.notMet : T.notApplicable);
      const detail = result.met === true
        ? evidenceHtml(c, result.evidence) || e(state)
        : result.met === false ? `${e(L(item.explanation))} <span class="muted">(${e(L(T.book))}: ${e(item.book)})</span>`
          : `<span class="muted">${e(state)}${result.why ? ` — ${e(result.why)}` : ''}</span>`;
      out.push(`<li class="${cls}" data-item="${e(item.id)}"><span class="status" role="img" aria-label="${e(state)}">${mark}</span><strong>${e(L(item.title))}</strong> — ${detail}</li>`);
    }
    out.push('</ul></section>');
  }
  out.push('</section>');

  // Findings
  out.push(`<section class="findings">${H(level + 1, `${e(L(T.findings))} (${r.findings.length})`)}`);
  out.push(`<p class="muted">${r.findings.length ? e(severitySummary(severityCounts(r.findings), locale)) : e(L(T.noFindings))}</p>`);
  for (const g of groupFindings(r.findings)) {
    out.push(`<section class="finding-key" data-key="${g.key ?? ''}">${H(level + 2, `${g.key ? e(keyTitle(g.key, locale, 'full')) : e(L(T.noKey))} (${g.count})`)}`);
    for (const rg of g.rules) {
      out.push(`<article class="rule" data-rule="${e(rg.rule)}">`);
      out.push(H(level + 3, `<code>${e(rg.rule)}</code>${rg.meta ? ` · ${e(L(rg.meta.title))}` : ''} <span class="sev sev-${rg.severity}">${e(L(SEVERITY_LABEL[rg.severity]))}</span> <span class="muted">(${rg.findings.length}×)</span>`));
      if (rg.meta) {
        out.push(`<p><strong>${e(L(T.why))}:</strong> ${e(L(rg.meta.explanation))}</p>`);
        out.push(`<p><strong>${e(L(T.fix))}:</strong> ${e(L(rg.meta.fix))}</p>`);
        out.push(`<p class="muted">${e(L(T.book))}: ${e(rg.meta.book)}</p>`);
      }
      const same = rg.findings.every((f) => f.message === rg.findings[0].message);
      if (same) out.push(`<blockquote>${e(rg.findings[0].message)}</blockquote>`);
      out.push('<ol class="findings">');
      for (const f of rg.findings) {
        const ex = excerpt(opts.sourceText, f);
        const shown = ex ? `${e(ex.before)}<mark>${e(ex.match)}</mark>${e(ex.after)}` : `<q>${e(clip(f.text))}</q>`;
        const where = f.location ? ` <span class="muted">(${e(f.location)})</span>` : '';
        out.push(`<li class="sev-${f.severity}-item" data-fingerprint="${e(f.fingerprint)}">${loc(c, f.line, f.column, f.start, f.end)}${where}: ${shown}${same ? '' : ` — ${e(f.message)}`}</li>`);
      }
      out.push('</ol></article>');
    }
    out.push('</section>');
  }
  out.push('</section></section>');
  return out.join('\n');
}

/** The folder summary table (sortable with SORT_SCRIPT) with averages and totals in the footer. */
export function htmlFolderBody(results: readonly AnalysisResult[], opts: ReportOptions, level = 1): string {
  const locale = opts.locale ?? 'nl';
  const L = (s: { nl: string; en: string }): string => tr(s, locale);
  const all = results.flatMap((r) => r.findings);
  const total = severityCounts(all);
  const avg = averageScores(results);
  const out: string[] = [`<section class="folder">`, `<h${level}>${e(L(T.folderTitle))}</h${level}>`];
  out.push(`<p class="meta">${results.length} ${e(L(T.documents).toLowerCase())} · ${all.length} ${e(L(T.findingsCount))} (${e(severitySummary(total, locale))}) · ${e(L(T.average).toLowerCase())}: ${scoresLine(avg)}</p>`);
  out.push(`<p class="muted">${e(L(T.sortHint))}</p>`);
  const th = (label: string, type: 'text' | 'number', extra = ''): string =>
    `<th scope="col" data-type="${type}" aria-sort="none"${type === 'number' ? ' class="num"' : ''}${extra}><button type="button">${e(label)}</button></th>`;
  out.push('<div class="table-wrap"><table class="sortable" data-sortable="true"><thead><tr>');
  out.push(th(L(T.document), 'text') + th(L(T.doctype), 'text') + th(L(T.fase), 'text'));
  out.push(KEYS.map((k) => th(k, 'number', ` title="${e(L(KEY_TITLES[k]))}"`)).join(''));
  out.push(`<th scope="col">${e(L(T.topGaps))}</th>`);
  out.push(SEVERITIES.map((s) => th(L(SEVERITY_SHORT[s]), 'number', ` title="${e(L(SEVERITY_PLURAL[s]))}"`)).join(''));
  out.push('</tr></thead><tbody>');
  results.forEach((r, i) => {
    const c = severityCounts(r.findings);
    const name = baseName(r.file) || r.file;
    const cells: string[] = [
      `<td data-value="${e(name.toLowerCase())}">${linkable(r.file) ? `<a href="${e(fileHref(r.file, opts.linkBase))}" data-file="${e(r.file)}" data-line="1" title="${e(r.file)}">${e(name)}</a>` : e(name)}</td>`,
    ];
    if (analysed(r)) {
      cells.push(`<td data-value="${r.profile.doctype}">${e(L(DOCTYPE_LABEL[r.profile.doctype]))}</td>`);
      cells.push(`<td data-value="${['zoeken', 'formeren', 'contracteren', 'uitvoering'].indexOf(r.profile.fase)}">${e(r.profile.fase)}</td>`);
      for (const k of KEYS) cells.push(`<td class="num score-${band(r.scores[k])}" data-value="${r.scores[k]}">${r.scores[k]}</td>`);
      cells.push(`<td>${topGaps(r).map((g) => e(L(g.title))).join(', ') || '—'}</td>`);
    } else {
      cells.push('<td data-value="">—</td><td data-value="">—</td>', ...KEYS.map(() => '<td class="num" data-value="">—</td>'));
      cells.push(`<td class="muted">${e(L(T.notAnalysed))}: ${e(r.notices.map((n) => n.id).join(', '))}</td>`);
    }
    for (const s of SEVERITIES) cells.push(`<td class="num" data-value="${c[s]}">${c[s]}</td>`);
    out.push(`<tr data-index="${i}" data-file="${e(r.file)}">${cells.join('')}</tr>`);
  });
  out.push('</tbody><tfoot><tr>');
  out.push(`<td colspan="3">${e(L(T.average))} / ${e(L(T.total).toLowerCase())}</td>`);
  for (const k of KEYS) out.push(`<td class="num">${avg[k]}</td>`);
  out.push('<td></td>', ...SEVERITIES.map((s) => `<td class="num">${total[s]}</td>`));
  out.push('</tr></tfoot></table></div></section>');
  return out.join('\n');
}

/**
 * Wraps a body in a self-contained page with a strict CSP; the nonce defaults to a hash of the content. `extraCss`
 * follows REPORT_CSS in the same style element (the draft comparison adds its before/after rules this way).
 */
export function htmlPage(body: string, title: string, locale: Locale, scripts: readonly string[], nonce?: string, extraCss = ''): string {
  const n = nonce ?? `rc${fnv1a(body)}${fnv1a(title)}`;
  const csp = `default-src 'none'; img-src data:; style-src 'nonce-${n}'; script-src 'nonce-${n}'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Regiecheck">',
    `<title>${e(title)}</title>`,
    `<style nonce="${n}">\n${REPORT_CSS}${extraCss ? `\n${extraCss}` : ''}\n</style>`,
    '</head>',
    '<body>',
    `<main class="regiecheck-report">\n${body}\n<footer class="muted">${e(tr(T.generatedBy, locale).replace(/\*/g, ''))}</footer>\n</main>`,
    ...scripts.map((js) => `<script nonce="${n}">\n${js}\n</script>`),
    '</body>',
    '</html>',
  ].filter((l) => l !== '').join('\n') + '\n';
}
