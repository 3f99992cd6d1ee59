/**
 * Escaping for everything that comes from a document (quotes, file names, messages that quote the text).
 * Reports are forwarded and opened in browsers and webviews, so document text must never become markup:
 * HTML gets entity escaping for text and attributes; Markdown gets entity + backslash escaping so no
 * link, image, HTML tag or emphasis can be formed. Bidi controls (the "Trojan source" trick: U+202E can
 * make a quote read differently from what it says) and other invisible controls are replaced by a visible
 * `⟦U+202E⟧` marker in both formats, so the reader sees exactly what the document contains.
 */

/** Bidi embedding/override/isolate controls and marks, plus C0/C1 controls other than tab and newline. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces bidi and control characters with a visible code-point marker. */
export function visibleControls(s: string): string {
  return s.replace(INVISIBLE, (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text or attribute value for HTML (quotes escaped too, so it is safe in either position). */
export function escapeHtml(s: string): string {
  return visibleControls(s).replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Inline text for Markdown (CommonMark/GFM as rendered by VS Code and GitHub). `&`, `<`, `>` become
 * entities (no raw HTML, no autolinks); the inline markup characters (emphasis, code, links and
 * images via `[`, tables, strike-through, math) are backslash-escaped; newlines become spaces so a quote
 * cannot open a block (heading, list, table row). Quotes always follow other text on their line, so the
 * block-start characters (`#`, `-`, `1.`) stay readable and unescaped.
 */
export function escapeMarkdown(s: string): string {
  return visibleControls(s)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}

/** Percent-encodes a file path for a URL (relative links in reports), keeping `/` as separator. */
export function encodePath(file: string): string {
  const p = file.replace(/\\/g, '/');
  const abs = /^[A-Za-z]:\//.test(p) ? `/${p}` : p;
  // encodeURIComponent keeps ( and ): an unbalanced one would end a Markdown link early.
  const encode = (seg: string): string => encodeURIComponent(seg).replace(/\(/g, '%28').replace(/\)/g, '%29');
  const encoded = abs.split('/').map((seg, i) => (i === 1 && /^[A-Za-z]:$/.test(seg) ? seg : encode(seg))).join('/');
  return abs.startsWith('/') ? `file://${encoded}` : encoded;
}

/** A file name that can be linked: not empty and not a stand-in such as `<stdin>`. */
export const linkable = (file: string): boolean => file !== '' && !/^<.*>$/.test(file);

/** A link target for the file itself (`<linkBase><file>`). */
export function fileHref(file: string, linkBase = ''): string {
  const target = encodePath(file);
  return target.startsWith('file://') ? target : `${linkBase}${target}`;
}

/** A link target for line `line` of `file`: `<linkBase><file>#L12` (the form VS Code's Markdown preview opens). */
export function lineHref(file: string, line: number, linkBase = ''): string {
  return `${fileHref(file, linkBase)}#L${line}`;
}
