/**
 * The reports (src/report) beyond the golden snapshots: escaping of hostile document text in HTML and Markdown,
 * the HTML page's self-containment and CSP, line links, the folder table's sort markup and its script (run
 * against a small DOM built from the parsed page), English output, notices, and the CLI formatters.
 *
 * HTML is parsed with parse5 and Markdown rendered with markdown-it (as VS Code's preview does, raw HTML on):
 * both come with the pinned @vscode/vsce dev dependency.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'parse5';
import { analyze, KEY_TITLES, type AnalysisResult } from '../../src/core/index';
import {
  escapeHtml, escapeMarkdown, renderDocumentReport, renderFolderReport, REPORT_CSS, SORT_SCRIPT, visibleControls, WEBVIEW_LINK_SCRIPT,
} from '../../src/report/index';
import { contractJson, formatResults, formatSummary } from '../../src/cli/formatters';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');

const ROOT = path.join(__dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/golden');
const frozen = (name: string): AnalysisResult => JSON.parse(fs.readFileSync(path.join(GOLDEN, name), 'utf8')) as AnalysisResult;

// ---- a small HTML tree walker over parse5 ----
interface Node { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; value?: string; content?: Node }
function walk(n: Node, visit: (el: Node) => void): void {
  if (n.tagName) visit(n);
  for (const c of n.childNodes ?? []) walk(c, visit);
  if (n.content) walk(n.content, visit);
}
const attr = (el: Node, name: string): string | undefined => el.attrs?.find((a) => a.name === name)?.value;
const textOf = (n: Node): string => (n.nodeName === '#text' ? n.value ?? '' : (n.childNodes ?? []).map(textOf).join(''));
function elements(html: string): Node[] {
  const out: Node[] = [];
  walk(parse(html) as unknown as Node, (el) => out.push(el));
  return out;
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'article', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'p', 'a', 'div', 'span', 'strong', 'code', 'q', 'mark', 'blockquote', 'ul', 'ol', 'li', 'hr', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'th', 'td', 'button', 'script', 'svg', 'rect', 'text', 'line',
]);

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</div></section></main><div>',
  '" onmouseover="alert(1)" x="',
  "' autofocus onfocus='alert(1)",
  'javascript:alert(1)',
  '[klik](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  '<svg onload=alert(1)>',
  '<!-- ',
  '`code` *nadruk* _ook_ ~~weg~~ | tabel | $x^2$',
  '\u202Eevil\u202C \u2066omgekeerd\u2069 \u200F',
];
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** A real analysis of Dutch text that quotes the hostile strings inside findings, evidence and the title. */
function hostileLive(): { text: string; result: AnalysisResult } {
  const text = [
    `# Convenant ${HOSTILE[0]} ${HOSTILE[12]}`,
    '',
    ...HOSTILE.map((h) => `De gemeente neemt de regie ${h} binnen bestaande middelen. Er wordt gezorgd voor ${h} een plan voor inwoners.`),
    '',
  ].join('\n');
  return { text, result: analyze(text, { file: 'stukken/<img src=x onerror=alert(1)>/[a](javascript:b) \u202E.md' }) };
}

/** A frozen result with a hostile string in every text field the reports show. */
function hostileSynthetic(): AnalysisResult {
  const r = frozen('convenant-wijkaanpak.result.json');
  const h = (i: number): string => HOSTILE[i % HOSTILE.length];
  let i = 0;
  return {
    ...r,
    file: `dir/${h(6)}/${h(1)}.md`,
    findings: r.findings.map((f) => ({ ...f, text: h(i++), message: `${f.message} ${h(i++)}`, location: h(i++), fingerprint: h(i++) })),
    checklist: Object.fromEntries(Object.entries(r.checklist).map(([id, c]) => [id, { ...c, evidence: c.evidence.map((e) => ({ ...e, text: h(i++), location: h(i++) })) }])),
    profile: { ...r.profile, cues: Object.fromEntries(Object.entries(r.profile.cues).map(([k, ev]) => [k, (ev ?? []).map((e) => ({ ...e, text: h(i++) }))])) },
    notices: [{ id: h(2), message: h(3) }],
  };
}

function assertSafeHtml(html: string, label: string): void {
  const els = elements(html);
  for (const el of els) {
    assert.ok(ALLOWED_TAGS.has(el.tagName!), `${label}: unexpected element <${el.tagName}>`);
    for (const a of el.attrs ?? []) {
      assert.ok(!/^on/i.test(a.name), `${label}: event handler attribute ${a.name} on <${el.tagName}>`);
      if (a.name === 'href' || a.name === 'src') assert.ok(!/^\s*(javascript|vbscript|data):/i.test(a.value), `${label}: ${a.name}="${a.value}"`);
    }
    assert.ok(!['autofocus', 'onfocus', 'onmouseover'].some((n) => attr(el, n) !== undefined), `${label}: injected attribute on <${el.tagName}>`);
  }
  const scripts = els.filter((el) => el.tagName === 'script');
  for (const s of scripts) assert.equal(textOf(s).trim(), SORT_SCRIPT, `${label}: a script that is not the report's own`);
  assert.ok(!BIDI.test(html), `${label}: raw bidi control in the output`);
}

/** markdown-it set up like VS Code's Markdown preview: raw HTML on, and data:image/… sources allowed. */
function vscodeMarkdown(): { render(md: string): string } {
  const md = new MarkdownIt({ html: true, linkify: true });
  const validateLink = md.validateLink;
  md.validateLink = (link: string): boolean => validateLink(link) || /^data:image\/.*?;/.test(link);
  return md;
}

function assertSafeMarkdown(md: string, label: string, charts: number): void {
  assert.ok(!md.includes('<'), `${label}: raw < in Markdown`);
  assert.ok(!BIDI.test(md), `${label}: raw bidi control in the output`);
  const html: string = vscodeMarkdown().render(md);
  const els = elements(html);
  const images = els.filter((el) => el.tagName === 'img');
  assert.equal(images.length, charts, `${label}: images other than the score chart`);
  for (const img of images) assert.match(attr(img, 'src') ?? '', /^data:image\/svg\+xml;base64,/);
  for (const el of els) {
    assert.ok(!['script', 'iframe', 'svg', 'style', 'object', 'embed'].includes(el.tagName!), `${label}: <${el.tagName}> in rendered Markdown`);
    for (const a of el.attrs ?? []) assert.ok(!/^on/i.test(a.name), `${label}: ${a.name}`);
    const href = attr(el, 'href');
    // Relative links are ours; a URL the document itself spells out may be linkified (http/https/mailto), nothing else.
    if (href !== undefined) assert.ok(!/^\s*[a-z][a-z0-9+.-]*:/i.test(href) || /^(file|https?|mailto):/i.test(href), `${label}: link to ${href}`);
  }
}

describe('reports: escaping of document text', () => {
  it('escapeHtml and escapeMarkdown neutralise markup and show bidi controls', () => {
    assert.equal(escapeHtml('<a href="x" onclick=\'y\'>&`'), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
    assert.equal(escapeMarkdown('*a* _b_ [c](d) <e> `f` | ~ $ & \\'), '\\*a\\* \\_b\\_ \\[c\\](d) &lt;e&gt; \\`f\\` \\| \\~ \\$ &amp; \\\\');
    assert.equal(escapeMarkdown('regel 1\n# kop\r\n- lijst'), 'regel 1 # kop - lijst');
    assert.equal(visibleControls('a\u202Eb\u0007c\td'), 'a⟦U+202E⟧b⟦U+0007⟧c\td');
  });

  for (const [name, make] of [['live analysis', () => hostileLive()], ['every field', () => ({ text: undefined, result: hostileSynthetic() })]] as const) {
    it(`HTML report: no markup, handler, link scheme or bidi control from the document (${name})`, () => {
      const { text, result } = make();
      const html = renderDocumentReport(result, { format: 'html', sourceText: text, title: text ? undefined : HOSTILE.join(' ') });
      assertSafeHtml(html, name);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the hostile text is shown, escaped');
      assert.ok(html.includes('⟦U+202E⟧'), 'bidi controls are shown as markers');
      const folder = renderFolderReport([result, result], { format: 'html', details: true, sourceTexts: new Map(text ? [[result.file, text]] : []) });
      assertSafeHtml(folder, `${name} (folder)`);
    });

    it(`Markdown report: no HTML, image, link or math from the document (${name})`, () => {
      const { text, result } = make();
      const md = renderDocumentReport(result, { format: 'markdown', sourceText: text, title: text ? undefined : HOSTILE.join(' ') });
      assertSafeMarkdown(md, name, 1);
      assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      const folder = renderFolderReport([result, result], { format: 'markdown', details: true });
      assertSafeMarkdown(folder, `${name} (folder)`, 2);
    });
  }

  it('the live hostile text really reaches findings, evidence and the title', () => {
    const { text, result } = hostileLive();
    assert.ok(result.findings.length >= HOSTILE.length, 'findings on every hostile line');
    const md = renderDocumentReport(result, { format: 'markdown', sourceText: text });
    assert.match(md.split('\n')[0], /^# Regiecheck-rapport: Convenant &lt;script&gt;/);
    assert.ok(md.includes('\\[klik\\](javascript:alert(1))'));
  });
});

describe('reports: HTML page', () => {
  const r = frozen('convenant-wijkaanpak.result.json');
  const text = fs.readFileSync(path.join(GOLDEN, 'convenant-wijkaanpak.md'), 'utf8');
  const html = renderDocumentReport(r, { format: 'html', sourceText: text });
  const els = elements(html);

  it('is self-contained under a strict CSP with one nonce', () => {
    const csp = attr(els.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'Content-Security-Policy')!, 'content')!;
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
    assert.match(csp, new RegExp(`style-src 'nonce-${nonce}'`));
    for (const el of els.filter((e) => e.tagName === 'style' || e.tagName === 'script')) assert.equal(attr(el, 'nonce'), nonce);
    assert.ok(!els.some((el) => el.tagName === 'link' || el.tagName === 'img' || el.tagName === 'iframe'));
    assert.ok(!els.some((el) => attr(el, 'src') !== undefined), 'no src attributes: nothing is loaded');
    assert.ok(!/url\(|@import/.test(REPORT_CSS), 'the CSS loads nothing');
    assert.match(REPORT_CSS, /prefers-color-scheme:dark/);
    assert.match(REPORT_CSS, /@media print/);
    assert.equal(attr(els.find((el) => el.tagName === 'html')!, 'lang'), 'nl');
  });

  it('takes a caller nonce, and renders a bare fragment for webviews', () => {
    const withNonce = renderDocumentReport(r, { format: 'html', nonce: 'abc123' });
    assert.match(withNonce, /script-src 'nonce-abc123'/);
    assert.match(withNonce, /<style nonce="abc123">/);
    const fragment = renderDocumentReport(r, { format: 'html', fragment: true });
    assert.match(fragment, /^<main class="regiecheck-report">/);
    assert.ok(!/<html|<style|<script|<meta/.test(fragment));
  });

  it('webview: the link script runs under the page nonce and posts reveal messages for [data-line] clicks', () => {
    const page = renderDocumentReport(r, { format: 'html', nonce: 'n0nce', script: WEBVIEW_LINK_SCRIPT });
    assert.equal((page.match(/<script nonce="n0nce">/g) ?? []).length, 1);
    const posted: unknown[] = [];
    let onClick: ((ev: unknown) => void) | undefined;
    const document = { addEventListener: (_: string, f: (ev: unknown) => void) => { onClick = f; } };
    vm.runInNewContext(WEBVIEW_LINK_SCRIPT, { document, Number, acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(m) }) });
    const attrs: Record<string, string> = { 'data-file': 'a.md', 'data-line': '12', 'data-column': '22', 'data-start': '300', 'data-end': '305' };
    const link = { getAttribute: (n: string) => attrs[n] ?? null };
    let prevented = false;
    onClick!({ target: { closest: () => link }, preventDefault: () => { prevented = true; } });
    onClick!({ target: { closest: () => null }, preventDefault: () => assert.fail('only [data-line] clicks are taken') });
    assert.ok(prevented);
    assert.deepEqual(JSON.parse(JSON.stringify(posted)), [{ type: 'reveal', file: 'a.md', line: 12, column: 22, start: 300, end: 305 }]);
  });

  it('links every evidence quote and finding to its line (href file#L and data-line for the extension)', () => {
    const links = els.filter((el) => attr(el, 'data-line') !== undefined && attr(el, 'data-start') !== undefined);
    assert.ok(links.length >= r.findings.length);
    for (const f of r.findings) {
      assert.ok(links.some((a) => attr(a, 'data-line') === String(f.line) && attr(a, 'data-start') === String(f.start) && attr(a, 'data-end') === String(f.end)
        && attr(a, 'href') === `test/golden/convenant-wijkaanpak.md#L${f.line}` && attr(a, 'data-file') === r.file), `${f.rule} at ${f.line}`);
    }
    const withBase = renderDocumentReport(r, { format: 'html', linkBase: '../' });
    assert.ok(withBase.includes('href="../test/golden/convenant-wijkaanpak.md#L12"'));
  });

  it('shows the chart, the four scores, the open phase questions and the findings by key and rule', () => {
    assert.equal(els.filter((el) => el.tagName === 'svg').length, 1);
    assert.equal(els.filter((el) => el.tagName === 'rect' && /^bar-/.test(attr(el, 'class') ?? '')).length, Object.values(r.scores).filter((s) => s > 0).length);
    const questions = els.filter((el) => attr(el, 'data-question') !== undefined);
    assert.ok(questions.length > 0 && questions.every((q) => attr(q, 'data-question')!.startsWith(`${r.profile.fase}.`)));
    const rules = new Set(r.findings.map((f) => f.rule));
    assert.deepEqual(new Set(els.filter((el) => el.tagName === 'article').map((el) => attr(el, 'data-rule'))), rules);
    assert.equal(els.filter((el) => attr(el, 'data-item') !== undefined).length, 24);
  });

  it('a stand-in name such as <stdin> is shown but not linked', () => {
    const stdin = { ...r, file: '<stdin>' };
    const md = renderDocumentReport(stdin, { format: 'markdown' });
    assert.ok(md.includes('**Bestand:** &lt;stdin&gt;') && !/\]\(%3Cstdin/.test(md));
    const html = renderDocumentReport(stdin, { format: 'html' });
    assert.ok(!html.includes('href="%3Cstdin'));
    assert.ok(html.includes('data-file="&lt;stdin&gt;" data-line="12"'), 'the extension can still locate the place');
  });

  it('English when locale is en', () => {
    const en = renderDocumentReport(r, { format: 'html', locale: 'en' });
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Scores on the four keys/);
    assert.match(en, /Open questions for the phase contracting/);
    assert.ok(!/Scores op de vier sleutels/.test(en));
    assert.match(renderDocumentReport(r, { format: 'markdown', locale: 'en' }), /^# Regiecheck report: /);
  });

  it('shows notices plainly and skips profile and scores for a document that was not analysed', () => {
    const notDutch: AnalysisResult = { ...r, findings: [], notices: [{ id: 'not-dutch', message: 'Deze tekst lijkt niet Nederlands.' }], language: { dutch: false, confidence: 0.1 } };
    const md = renderDocumentReport(notDutch, { format: 'markdown' });
    assert.match(md, /> \*\*Let op:\*\* Deze tekst lijkt niet Nederlands\./);
    assert.ok(!/## Profiel|## Scores/.test(md));
    const html = renderDocumentReport(notDutch, { format: 'html' });
    assert.match(html, /<div class="notice" role="note" data-notice="not-dutch">/);
  });
});

// ---- the folder table and its sort script, run against a minimal DOM ----
class El {
  attrs = new Map<string, string>();
  children: El[] = [];
  listeners: Array<() => void> = [];
  parent?: El;
  constructor(public tag: string) {}
  getAttribute(n: string): string | null { return this.attrs.get(n) ?? null; }
  setAttribute(n: string, v: string): void { this.attrs.set(n, v); }
  hasAttribute(n: string): boolean { return this.attrs.has(n); }
  addEventListener(_: string, f: () => void): void { this.listeners.push(f); }
  click(): void { for (const f of this.listeners) f(); }
  all(pred: (e: El) => boolean): El[] { return this.children.flatMap((c) => [...(pred(c) ? [c] : []), ...c.all(pred)]); }
  querySelector(sel: string): El | null { return this.all((e) => e.tag === sel)[0] ?? null; }
  appendChild(c: El): void { c.parent?.children.splice(c.parent.children.indexOf(c), 1); this.children.push(c); c.parent = this; }
  get rows(): El[] { return this.children.filter((c) => c.tag === 'tr'); }
  get cells(): El[] { return this.children.filter((c) => c.tag === 'td' || c.tag === 'th'); }
  get tHead(): El { return this.children.find((c) => c.tag === 'thead')!; }
  get tBodies(): El[] { return this.children.filter((c) => c.tag === 'tbody'); }
}
function toDom(n: Node, parent?: El): El {
  const el = new El(n.tagName ?? '#document');
  for (const a of n.attrs ?? []) el.attrs.set(a.name, a.value);
  if (parent) { parent.children.push(el); el.parent = parent; }
  for (const c of n.childNodes ?? []) if (c.tagName) toDom(c, el);
  return el;
}

describe('reports: folder summary', () => {
  const a = frozen('convenant-wijkaanpak.result.json');
  const b = frozen('nota-verkenning-jeugd.result.json');
  const c: AnalysisResult = { ...a, file: 'x/leeg.md', words: 0, findings: [], notices: [{ id: 'empty', message: 'Het document is leeg.' }] };
  const html = renderFolderReport([a, b, c], { format: 'html' });

  it('marks up a sortable table: buttons in headers, typed columns, data-value cells, row index, totals in the footer', () => {
    const els = elements(html);
    const table = els.find((el) => el.tagName === 'table')!;
    assert.match(attr(table, 'class')!, /\bsortable\b/);
    const ths = els.filter((el) => el.tagName === 'th' && attr(el, 'data-type'));
    assert.deepEqual(ths.map((t) => attr(t, 'data-type')), ['text', 'text', 'text', 'number', 'number', 'number', 'number', 'number', 'number', 'number', 'number']);
    assert.ok(ths.every((t) => attr(t, 'aria-sort') === 'none' && (t.childNodes ?? []).some((n) => n.tagName === 'button')));
    const rows = els.filter((el) => el.tagName === 'tr' && attr(el, 'data-index') !== undefined);
    assert.deepEqual(rows.map((row) => attr(row, 'data-file')), [a.file, b.file, c.file]);
    assert.ok(els.some((el) => el.tagName === 'tfoot'));
    const scripts = els.filter((el) => el.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(textOf(scripts[0]).trim(), SORT_SCRIPT);
  });

  it('the sort script orders rows by the clicked column, numbers numerically, both directions, empty cells last', () => {
    const doc = toDom(parse(html) as unknown as Node);
    const table = doc.all((e) => e.tag === 'table')[0];
    const document = { querySelectorAll: () => [table], documentElement: { lang: 'nl' } };
    vm.runInNewContext(SORT_SCRIPT, { document, Array, Number, parseFloat });
    const headers = table.tHead.rows[0].cells;
    const order = (): string[] => table.tBodies[0].rows.map((r) => r.getAttribute('data-file')!);
    const k1 = headers.findIndex((h) => h.querySelector('button') && h.getAttribute('title') === KEY_TITLES.K1.nl);
    assert.ok(k1 > 0);
    const button = headers[k1].querySelector('button')!;
    const asc = [a, b].sort((x, y) => x.scores.K1 - y.scores.K1).map((x) => x.file);
    button.click();
    assert.equal(headers[k1].getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(order(), [...asc, c.file]);
    button.click();
    assert.equal(headers[k1].getAttribute('aria-sort'), 'descending');
    assert.deepEqual(order(), [...asc.reverse(), c.file]);
    headers[0].querySelector('button')!.click();
    assert.equal(headers[k1].getAttribute('aria-sort'), 'none');
    assert.deepEqual(order(), [a.file, c.file, b.file].sort((x, y) => path.basename(x).localeCompare(path.basename(y))));
  });

  it('Markdown: one row per document with profile, four scores, top gaps and counts, then averages', () => {
    const md = renderFolderReport([a, b, c], { format: 'markdown' });
    const rows = md.split('\n').filter((l) => l.startsWith('| ['));
    assert.equal(rows.length, 3);
    assert.ok(rows[0].includes(`| ${a.scores.K1} | ${a.scores.K2} | ${a.scores.K3} | ${a.scores.K4} |`));
    assert.ok(rows[2].includes('niet geanalyseerd: empty'));
    const avg = Math.round((a.scores.K1 + b.scores.K1) / 2);
    assert.match(md, new RegExp(`\\| \\*\\*Gemiddeld / totaal\\*\\* \\| \\| \\| \\*\\*${avg}\\*\\*`));
  });
});

describe('CLI formatters', () => {
  const text = fs.readFileSync(path.join(GOLDEN, 'convenant-wijkaanpak.md'), 'utf8');
  const r = analyze(text, { file: 'test/golden/convenant-wijkaanpak.md' });
  const empty = analyze('', { file: 'leeg.md' });

  it('text: file:line:col severity rule message, notices, then the batch summary', () => {
    const out = formatResults([r, empty], { format: 'text', locale: 'nl', cwd: ROOT });
    const lines = out.trimEnd().split('\n');
    for (const [i, f] of r.findings.entries()) assert.equal(lines[i], `${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
    assert.ok(lines.includes('leeg.md: let op: Het document is leeg; er is niets te controleren.'));
    const counts = { warning: r.findings.filter((f) => f.severity === 'warning').length, info: r.findings.filter((f) => f.severity === 'info').length };
    assert.match(out, new RegExp(`2 documenten \\(1 niet geanalyseerd\\), ${r.findings.length} bevindingen: 0 fouten, ${counts.warning} waarschuwing(en)?, ${counts.info} info, 0 hints`));
    assert.match(out, new RegExp(`Gemiddelde scores: K1 ${r.scores.K1} · K2 ${r.scores.K2} · K3 ${r.scores.K3} · K4 ${r.scores.K4}\\n$`));
    assert.ok(!formatResults([r], { format: 'text', locale: 'nl', cwd: ROOT, summary: false }).includes('Gemiddelde'));
    assert.match(formatResults([r], { format: 'text', locale: 'nl', cwd: ROOT, color: true }), /\u001b\[33mwarning\u001b\[0m/);
    assert.deepEqual(formatSummary([r], 'en'), [`1 document, ${r.findings.length} findings: 0 errors, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, 0 hints`,
      `Average scores: K1 ${r.scores.K1} · K2 ${r.scores.K2} · K3 ${r.scores.K3} · K4 ${r.scores.K4}`]);
  });

  it('text: a finding in a converted document names its page or paragraph', () => {
    const docx = { ...r, file: 'a.docx', findings: r.findings.slice(0, 1).map((f) => ({ ...f, location: 'p. 3' })) };
    assert.match(formatResults([docx], { format: 'text', locale: 'nl', cwd: ROOT, summary: false }), / \(p\. 3\)\n$/);
  });

  it('json: one array in the contract shape, keys in a fixed order, checklist in checklist order', () => {
    const out = formatResults([r, empty], { format: 'json', locale: 'nl', cwd: ROOT });
    const data = JSON.parse(out) as Array<Record<string, unknown>>;
    assert.equal(data.length, 2);
    assert.deepEqual(Object.keys(data[0]), ['file', 'words', 'profile', 'checklist', 'scores', 'findings', 'notices', 'language']);
    assert.deepEqual(Object.keys(data[0].scores as object), ['K1', 'K2', 'K3', 'K4']);
    assert.equal(Object.keys(data[0].checklist as object)[0], 'K1.opgave');
    assert.deepEqual(data[0], JSON.parse(JSON.stringify(contractJson(r))));
    assert.equal(formatResults([r, empty], { format: 'json', locale: 'nl', cwd: ROOT }), out, 'deterministic');
  });

  it('markdown/html: one file gives its report; several give the folder summary then each document', () => {
    const one = formatResults([r], { format: 'markdown', locale: 'nl', cwd: ROOT });
    assert.match(one, /^# Regiecheck-rapport: Convenant Samen Sterk in de Wijk 2027–2030\n/, 'title read from the file');
    assert.match(one, /\*\*binnen bestaande middelen\*\*/, 'excerpts from the file');
    const many = formatResults([r, empty], { format: 'html', locale: 'nl', cwd: ROOT });
    assert.ok(many.indexOf('<table class="sortable"') < many.indexOf('<section class="document"'));
    assert.equal((many.match(/<section class="document"/g) ?? []).length, 2);
  });

  it('markdown with --output: line links are relative to the report file', () => {
    const md = formatResults([r], { format: 'markdown', locale: 'nl', cwd: ROOT, output: 'rapporten/week1/r.md' });
    assert.ok(md.includes('](../../test/golden/convenant-wijkaanpak.md#L12)'));
    const abs = formatResults([{ ...r, file: path.join(ROOT, r.file) }], { format: 'markdown', locale: 'nl', cwd: ROOT });
    assert.ok(abs.includes('](test/golden/convenant-wijkaanpak.md#L12)'), 'absolute paths inside the cwd are shown relative');
  });
});
