/**
 * A deliberately small HTML reader for mammoth's output only. Mammoth writes well-formed, entity-escaped HTML
 * from a fixed set of tags (p, h1–h6, ul, ol, li, table, tr, td, th, strong, em, a, sup, sub, br, img, s, u),
 * so a tag tokenizer plus a stack is enough; we do not need (or want to ship) a general HTML parser.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col', 'input', 'meta', 'link']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let last = 0;
  const top = () => stack[stack.length - 1];
  for (const m of html.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) top().children.push(decodeEntities(html.slice(last, at)));
    last = at + m[0].length;
    if (m[2] === undefined) continue; // comment
    const tag = m[2].toLowerCase();
    if (m[1] === '/') {
      // Close the nearest matching open element; an unmatched close tag is ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].tag === tag) { stack.length = k; break; }
      }
      continue;
    }
    const el: HtmlElement = { tag, attrs: parseAttrs(m[3] ?? ''), children: [] };
    top().children.push(el);
    if (!VOID.has(tag) && m[4] !== '/') stack.push(el);
  }
  if (last < html.length) top().children.push(decodeEntities(html.slice(last)));
  return root;
}

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[name] ?? all;
  });
}
