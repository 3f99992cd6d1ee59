/// <reference lib="dom" />
/**
 * The sidebar's browser script (bundled to dist/webview/sidebar.js, loaded with the CSP nonce).
 * It only renders the view model the extension sends, using DOM APIs and textContent, so no document text is
 * ever interpreted as HTML. Evidence entries are buttons (keyboard reachable) that ask the extension to select
 * the span in the editor.
 */
import type { FromWebview, KeyView, ToWebview, ViewModel } from './protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG_NS = 'http://www.w3.org/2000/svg';
const CHART = { width: 260, rowHeight: 26, labelWidth: 34, valueWidth: 34 };

type Attrs = Record<string, string | number | boolean | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') e.className = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function svg(tag: string, attrs: Attrs = {}, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Score band for the colour: low / mid / high. */
function band(score: number): string {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
}

/** Horizontal bars, one per key, drawn as SVG (no remote resources, themed through CSS classes). */
function chart(keys: KeyView[], label: string): SVGElement {
  const h = keys.length * CHART.rowHeight + 4;
  const barMax = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const root = svg('svg', { viewBox: `0 0 ${CHART.width} ${h}`, width: '100%', role: 'img', 'aria-label': label, class: 'chart' });
  root.append(svg('title', {}, label));
  keys.forEach((k, i) => {
    const y = i * CHART.rowHeight + 4;
    const g = svg('g', { class: `bar ${band(k.score)}`, 'data-key': k.id });
    g.append(svg('text', { x: 0, y: y + 14, class: 'bar-label' }, k.id));
    g.append(svg('rect', { x: CHART.labelWidth, y, width: barMax, height: 18, rx: 3, class: 'bar-track' }));
    g.append(svg('rect', { x: CHART.labelWidth, y, width: Math.max(2, (barMax * k.score) / 100), height: 18, rx: 3, class: 'bar-fill' }));
    g.append(svg('text', { x: CHART.width, y: y + 14, class: 'bar-value', 'text-anchor': 'end' }, String(k.score)));
    root.append(g);
  });
  return root;
}

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function section(title: string, id: string, ...children: (Node | undefined)[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-h` }, el('h2', { id: `${id}-h` }, title), ...children);
}

function renderResult(m: Extract<ViewModel, { kind: 'result' }>): HTMLElement[] {
  const header = el('header', {}, el('h1', { title: m.fileName }, m.fileName), el('p', { class: 'muted' }, m.words));
  const scoreList = el('ul', { class: 'scores', id: 'scores' }, ...m.keys.map((k) =>
    el('li', { class: `score ${band(k.score)}`, 'data-key': k.id },
      el('span', { class: 'score-value' }, String(k.score)), el('span', { class: 'score-title' }, `${k.id} · ${k.title}`))));
  const scores = section(m.labels.scores, 'keys', chart(m.keys, m.labels.chart), scoreList);

  const checklist = section(m.labels.checklist, 'checklist', ...m.keys.map((k) => {
    const items = el('ul', { class: 'items' }, ...k.items.map((i) => el('li', { class: `item ${i.state}`, 'data-item': i.id },
      el('div', { class: 'item-head' },
        el('span', { class: `badge ${i.state}`, 'aria-label': i.stateLabel }, i.stateLabel),
        el('span', { class: 'item-title', title: i.explanation }, i.title)),
      i.evidence.length ? el('ul', { class: 'evidence' }, ...i.evidence.map((e) => el('li', {},
        (() => {
          const b = el('button', { class: 'evidence-link', type: 'button', title: m.labels.evidence, 'data-start': e.start, 'data-end': e.end },
            el('span', { class: 'line' }, `r. ${e.line}`), ' ', el('q', {}, e.text));
          b.addEventListener('click', () => post({ type: 'reveal', uri: m.uri, start: e.start, end: e.end }));
          return b;
        })()))) : undefined)));
    return el('details', { open: true, class: 'key', 'data-key': k.id }, el('summary', {}, `${k.id} · ${k.title} (${k.score})`), items);
  }));

  const profile = section(m.labels.profile, 'profile', el('dl', { class: 'profile' },
    ...m.profile.flatMap((p) => [el('dt', {}, p.label), el('dd', {}, p.value)])));

  const questions = section(m.labels.openQuestions, 'questions', m.openQuestions.length
    ? el('ul', { class: 'questions' }, ...m.openQuestions.map((q) => el('li', {}, q)))
    : el('p', { class: 'muted' }, m.labels.noOpenQuestions));

  const rules = section(m.labels.rules, 'rules', m.rules.length
    ? el('ul', { class: 'rules' }, ...m.rules.map((r) => {
      const b = el('button', { type: 'button', class: 'rule-link', title: r.id }, el('code', {}, r.id), ' ', r.title);
      b.addEventListener('click', () => post({ type: 'command', command: 'ruleDoc', arg: r.id }));
      return el('li', { 'data-rule': r.id }, el('span', { class: 'count' }, String(r.count)), b);
    }))
    : el('p', { class: 'muted' }, m.labels.noFindings));

  const analyse = el('button', { type: 'button', class: 'action' }, m.labels.reanalyse);
  analyse.addEventListener('click', () => post({ type: 'command', command: 'analyse' }));
  const report = el('button', { type: 'button', class: 'action' }, m.labels.report);
  report.addEventListener('click', () => post({ type: 'command', command: 'report' }));
  return [header, scores, checklist, profile, questions, rules, el('footer', {}, analyse, report)];
}

function render(model: ViewModel): void {
  const root = document.getElementById('root');
  if (!root) return;
  const content = model.kind === 'result'
    ? renderResult(model)
    : [el('div', { class: `empty ${model.kind}`, id: 'empty' }, el('h1', {}, model.title), el('p', {}, model.text))];
  root.replaceChildren(...content);
  root.dataset.kind = model.kind;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const msg = event.data;
  if (msg?.type !== 'model') return;
  vscode.setState({ model: msg.model });
  render(msg.model);
});

// Show the last model at once when the view is re-created, then ask for a fresh one.
const saved = vscode.getState() as { model?: ViewModel } | undefined;
if (saved?.model) render(saved.model);
post({ type: 'ready' });
