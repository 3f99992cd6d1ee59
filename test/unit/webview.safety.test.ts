/**
 * Webview safety of the sidebar: the bundled browser script (dist/webview/sidebar.js) renders a view model
 * whose every string carries hostile document text. It runs in a Node `vm` with a minimal DOM that records what
 * the script builds: no element may come from the text (no <script>, <img>, <a href="javascript:">), and the
 * text must arrive as literal text nodes. A static check forbids HTML-parsing DOM APIs in the webview source.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const ROOT = path.join(__dirname, '../..');
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '</div><div id="x">', '[klik](javascript:alert(3))',
  'javascript:alert(4)', '\u202Egnitset\u202C', '&lt;b&gt;', '"><svg onload=alert(5)>',
];

interface FakeNode { nodeName: string; text?: string; attrs: Record<string, string>; children: FakeNode[]; listeners: Record<string, Array<(e: unknown) => void>> }

function fakeDom() {
  const byId = new Map<string, FakeNode>();
  const node = (nodeName: string): FakeNode & Record<string, unknown> => {
    const n: FakeNode & Record<string, unknown> = {
      nodeName, attrs: {}, children: [], listeners: {}, dataset: {},
      setAttribute(k: string, v: string) { n.attrs[k] = String(v); if (k === 'id') byId.set(String(v), n); },
      append(...cs: FakeNode[]) { n.children.push(...cs); },
      replaceChildren(...cs: FakeNode[]) { n.children = cs; },
      addEventListener(t: string, f: (e: unknown) => void) { (n.listeners[t] ??= []).push(f); },
    };
    Object.defineProperty(n, 'className', { set(v: string) { n.attrs.class = v; }, get() { return n.attrs.class; } });
    Object.defineProperty(n, 'textContent', { set(v: string) { n.children = [{ nodeName: '#text', text: String(v), attrs: {}, children: [], listeners: {} }]; } });
    return n;
  };
  const root = node('DIV');
  byId.set('root', root);
  const windowListeners: Record<string, Array<(e: unknown) => void>> = {};
  const document = {
    createElement: (t: string) => node(t.toUpperCase()),
    createElementNS: (_ns: string, t: string) => node(`svg:${t}`),
    createTextNode: (text: string) => ({ nodeName: '#text', text, attrs: {}, children: [], listeners: {} }),
    getElementById: (id: string) => byId.get(id) ?? null,
  };
  const window = { addEventListener: (t: string, f: (e: unknown) => void) => { (windowListeners[t] ??= []).push(f); } };
  const posted: unknown[] = [];
  const acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
  return { root, document, window, windowListeners, acquireVsCodeApi, posted };
}

function walk(n: FakeNode, out: FakeNode[] = []): FakeNode[] {
  out.push(n);
  for (const c of n.children) walk(c, out);
  return out;
}

function hostileModel(): unknown {
  const h = (i: number) => HOSTILE[i % HOSTILE.length];
  let i = 0;
  const s = () => h(i++);
  return {
    kind: 'result', uri: 'file:///x.md', version: 1, fileName: s(), words: s(),
    labels: { scores: s(), checklist: s(), profile: s(), openQuestions: s(), noOpenQuestions: s(), rules: s(), noFindings: s(), evidence: s(), chart: s(), report: s(), reanalyse: s() },
    keys: ['K1', 'K2', 'K3', 'K4'].map((id) => ({ id, title: s(), score: 42, items: [
      { id: `${id}.a`, title: s(), explanation: s(), state: 'met', stateLabel: s(), evidence: [{ start: 0, end: 5, line: 1, text: s() }, { start: 6, end: 9, line: 2, text: s() }] },
      { id: `${id}.b`, title: s(), explanation: s(), state: 'niet', stateLabel: s(), evidence: [] },
    ] })),
    profile: [{ label: s(), value: s() }, { label: s(), value: s() }],
    openQuestions: [s(), s()],
    rules: [{ id: 'regie/hol', title: s(), count: 2 }],
  };
}

describe('webview safety: the sidebar renders document text as text', () => {
  const bundle = path.join(ROOT, 'dist/webview/sidebar.js');
  before(function () { if (!fs.existsSync(bundle)) throw new Error('dist/webview/sidebar.js missing: run npm run build first'); });

  it('no element, attribute or URL comes from hostile text, and the text arrives literally', () => {
    const dom = fakeDom();
    vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), { document: dom.document, window: dom.window, acquireVsCodeApi: dom.acquireVsCodeApi, console });
    assert.equal(JSON.stringify(dom.posted), JSON.stringify([{ type: 'ready' }]));
    for (const f of dom.windowListeners.message ?? []) f({ data: { type: 'model', model: hostileModel() } });
    const nodes = walk(dom.root);
    assert.ok(nodes.length > 50, 'the model was rendered');
    const tags = new Set(nodes.map((n) => n.nodeName));
    for (const bad of ['SCRIPT', 'IMG', 'IFRAME', 'A', 'svg:svg#onload']) assert.ok(!tags.has(bad), `${bad} element created`);
    for (const n of nodes) {
      for (const [k, v] of Object.entries(n.attrs)) {
        assert.ok(!/^on/i.test(k), `event-handler attribute ${k}`);
        // Text in title/aria-label is inert; URL-bearing attributes must never carry document text.
        if (/^(href|src|xlink:href|action|formaction|data)$/i.test(k)) assert.ok(!/javascript:|data:text/i.test(v), `${k}="${v}"`);
      }
    }
    const texts = nodes.filter((n) => n.nodeName === '#text').map((n) => n.text ?? '').join('\n');
    for (const h of HOSTILE) assert.ok(texts.includes(h), `hostile text shown literally: ${h}`);
  });

  it('the webview source uses no HTML-parsing DOM API', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'src/webview'))) {
      const src = fs.readFileSync(path.join(ROOT, 'src/webview', f), 'utf8');
      assert.ok(!/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(src), `${f} parses strings as HTML or code`);
    }
  });
});
