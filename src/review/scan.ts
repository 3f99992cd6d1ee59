/**
 * Reads one WordprocessingML part (document.xml, footnotes.xml, endnotes.xml) with a real XML parser (sax, strict,
 * namespace-aware, positions in UTF-16 code units) and records, without changing a byte:
 *
 * - every run (`w:r`) with its source range, the range of its properties (`w:rPr`) and of each child;
 * - the text "atoms" in the order the project's .docx reader (mammoth) reads them: `w:t`, `w:tab`, `w:br`,
 *   `w:noBreakHyphen`, `w:softHyphen`, `w:sym`. mammoth reads only elements it knows (a whitelist: paragraphs,
 *   runs, hyperlinks, tables, content controls, insertions, smart tags, VML text boxes, …) and skips the rest
 *   (deletions, moved-from text, DrawingML shapes, `w:fldSimple`, `mc:Choice`, deleted table rows); so do we. Text
 *   in a VML picture (`w:pict`) comes after its paragraph, as in mammoth;
 * - the note references (`w:footnoteReference`, `w:endnoteReference`) in document order, and per note its atoms;
 * - the highest annotation id in the part, so new comments get fresh ids.
 *
 * Offsets into the part's XML let the inserter (insert.ts) add comment marks at run boundaries while every other
 * byte of the part stays as it was.
 */
import * as sax from 'sax';

export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const VML_NS = 'urn:schemas-microsoft-com:vml';

/** A child element of a run (not its `w:rPr`), with its source range; `w:t` also with its text range. */
export interface RunChild {
  local: string;
  qname: string;
  start: number;
  end: number;
  /** For `w:t`: the end of the open tag, the start of the close tag, the decoded text, xml:space="preserve". */
  t?: { openEnd: number; closeStart: number; text: string; preserve: boolean; spaceAttr: boolean; selfClosing: boolean };
}

export interface RunInfo {
  /** Qualified name as written ("w:r"), reused for split runs. */
  qname: string;
  start: number;
  /** End of the open tag `<w:r …>`. */
  openEnd: number;
  end: number;
  /** Source of the `<w:rPr>…</w:rPr>` element, copied into the second half of a split run. */
  rPr?: string;
  children: RunChild[];
}

/** One piece of text as the reader sees it. `commentable` is false inside text boxes and fallbacks. */
export interface Atom {
  run: number;
  child: number;
  text: string;
  commentable: boolean;
  /** Index of the paragraph (in this part) the atom belongs to. */
  para: number;
}

export interface ScannedPart {
  path: string;
  xml: string;
  /** Prefix bound to the WordprocessingML namespace on the root element ("w" nearly always). */
  prefix: string;
  namespace: string;
  runs: RunInfo[];
  /** Atoms in reader order; for a notes part, all notes one after the other (see `notes`). */
  atoms: Atom[];
  /** Notes part: note id → [first, end) atom indices. */
  notes: Map<string, [number, number]>;
  /** Document part: the note references in document order, with the run child that holds each mark. */
  noteRefs: Array<{ kind: 'footnote' | 'endnote'; id: string; run?: number; child?: number; commentable: boolean }>;
  /** Highest numeric w:id on comment marks in this part (-1 when none). */
  maxCommentId: number;
}

export class XmlError extends Error {}

interface Frame {
  local: string;
  ns: string;
  qname: string;
  start: number;
  openEnd: number;
  /** Does the reader look inside this element? */
  reading: boolean;
  /** Inside a text box or a fallback: text is read but cannot carry a comment. */
  boxed: boolean;
  run?: number;
  tText?: string[];
  pictBuffer?: Atom[];
  para?: { index: number; extra: Atom[] };
  rowMark?: number;
  rowDeleted?: boolean;
  noteId?: string;
}

/** Elements whose content mammoth reads (body-reader.js), by local name in the WordprocessingML namespace. */
const READ_W = new Set([
  'document', 'body', 'footnotes', 'endnotes', 'footnote', 'endnote',
  'p', 'r', 't', 'tab', 'br', 'noBreakHyphen', 'softHyphen', 'sym', 'hyperlink', 'tbl', 'tr', 'tc',
  'sdt', 'customXml', 'ins', 'moveTo', 'smartTag', 'object', 'pict', 'txbxContent',
  'footnoteReference', 'endnoteReference',
]);
const READ_VML = new Set(['roundrect', 'shape', 'textbox', 'group', 'rect']);
const ATOM_CHAR: Record<string, string> = { tab: '\t', br: '\n', noBreakHyphen: '\u2011', softHyphen: '\u00ad', sym: '\ufffc' };
const COMMENT_MARKS = new Set(['commentRangeStart', 'commentRangeEnd', 'commentReference']);

function reads(f: Frame, parent: Frame | undefined, kind: 'document' | 'notes'): boolean {
  if (!parent) return true;
  if (!parent.reading) return false;
  if (parent.local === 'sdt' && W_NAMESPACES.has(parent.ns)) return f.local === 'sdtContent' && W_NAMESPACES.has(f.ns);
  if (parent.local === 'AlternateContent' && parent.ns === MC_NS) return f.local === 'Fallback' && f.ns === MC_NS;
  if (f.ns === MC_NS) return f.local === 'AlternateContent';
  if (f.ns === VML_NS) return READ_VML.has(f.local);
  if (!W_NAMESPACES.has(f.ns)) return false;
  if (kind === 'notes' && (f.local === 'footnote' || f.local === 'endnote')) return true;
  return READ_W.has(f.local);
}

/** Scans one part. Throws XmlError when the XML is not well-formed. */
export function scanPart(path: string, xml: string, kind: 'document' | 'notes'): ScannedPart {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack: Frame[] = [];
  const out: ScannedPart = { path, xml, prefix: 'w', namespace: [...W_NAMESPACES][0], runs: [], atoms: [], notes: new Map(), noteRefs: [], maxCommentId: -1 };
  /** Where atoms go: the part's list, or the buffer of the picture being read. */
  const targets: Atom[][] = [out.atoms];
  let paraCount = 0;
  const top = (): Frame | undefined => stack[stack.length - 1];
  const target = (): Atom[] => targets[targets.length - 1];
  const nearest = (pred: (f: Frame) => boolean): Frame | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (pred(stack[i])) return stack[i];
    return undefined;
  };

  parser.onerror = (e: Error) => { throw new XmlError(`${path}: ${e.message.split('\n')[0]}`); };
  parser.onopentag = (node) => {
    const n = node as sax.QualifiedTag;
    const start = parser.startTagPosition - 1;
    const openEnd = parser.position;
    const parent = top();
    const f: Frame = { local: n.local, ns: n.uri, qname: n.name, start, openEnd, reading: false, boxed: parent?.boxed ?? false };
    if (!parent) {
      if (W_NAMESPACES.has(n.uri)) { out.prefix = n.prefix; out.namespace = n.uri; }
    }
    f.reading = reads(f, parent, kind);
    const isW = W_NAMESPACES.has(n.uri);
    if (isW && COMMENT_MARKS.has(n.local)) {
      const id = Number(attr(n, 'id'));
      if (Number.isInteger(id) && id > out.maxCommentId) out.maxCommentId = id;
    }
    // A deleted table row (w:tr/w:trPr/w:del) is skipped by the reader: remember it on the row.
    if (isW && n.local === 'del' && parent?.local === 'trPr') {
      const row = stack[stack.length - 2];
      if (row?.local === 'tr') row.rowDeleted = true;
    }
    if (f.reading && isW) {
      switch (n.local) {
        case 'r':
          f.run = out.runs.length;
          out.runs.push({ qname: n.name, start, openEnd, end: openEnd, children: [] });
          break;
        case 't': f.tText = []; break;
        case 'p': f.para = { index: paraCount++, extra: [] }; break;
        case 'tr': f.rowMark = target().length; break;
        case 'pict': targets.push([]); f.pictBuffer = target(); f.boxed = true; break;
        case 'txbxContent': f.boxed = true; break;
        case 'footnote': case 'endnote': f.noteId = attr(n, 'id'); f.rowMark = out.atoms.length; break;
        case 'footnoteReference': case 'endnoteReference':
          if (kind === 'document') {
            out.noteRefs.push({ kind: n.local === 'footnoteReference' ? 'footnote' : 'endnote', id: attr(n, 'id') ?? '', run: parent?.run, child: parent?.run !== undefined ? out.runs[parent.run].children.length : undefined, commentable: !f.boxed });
          }
          break;
      }
    }
    if (f.reading && n.uri === MC_NS && n.local === 'Fallback') f.boxed = true;
    stack.push(f);
  };
  parser.ontext = (text: string) => { const f = top(); if (f?.tText) f.tText.push(text); };
  parser.oncdata = (text: string) => { const f = top(); if (f?.tText) f.tText.push(text); };
  parser.onclosetag = () => {
    const f = stack.pop()!;
    const end = parser.position;
    const closeStart = parser.startTagPosition - 1;
    const selfClosing = end === f.openEnd;
    const parent = top();
    const isW = W_NAMESPACES.has(f.ns);
    // Direct children of a run: remember their ranges (the rPr as source text).
    if (parent?.run !== undefined) {
      const run = out.runs[parent.run];
      if (isW && f.local === 'rPr') {
        run.rPr = xml.slice(f.start, end);
      } else {
        const child: RunChild = { local: f.local, qname: f.qname, start: f.start, end };
        if (isW && f.local === 't') {
          child.t = {
            openEnd: f.openEnd, closeStart: selfClosing ? end : closeStart, text: (f.tText ?? []).join(''),
            preserve: /\bxml:space\s*=\s*["']preserve["']/.test(xml.slice(f.start, f.openEnd)),
            spaceAttr: /\bxml:space\s*=/.test(xml.slice(f.start, f.openEnd)), selfClosing,
          };
        }
        run.children.push(child);
        const text = isW && f.reading ? (f.local === 't' ? child.t!.text : ATOM_CHAR[f.local]) : undefined;
        if (text !== undefined && text !== '') {
          const para = nearest((x) => x.para !== undefined)?.para?.index ?? -1;
          target().push({ run: parent.run, child: run.children.length - 1, text, commentable: !f.boxed, para });
        }
      }
    }
    if (f.run !== undefined) out.runs[f.run].end = end;
    if (f.pictBuffer) {
      targets.pop();
      const p = nearest((x) => x.para !== undefined)?.para;
      if (p) p.extra.push(...f.pictBuffer); else target().push(...f.pictBuffer);
    }
    if (f.para && f.para.extra.length) target().push(...f.para.extra);
    if (f.rowDeleted && f.rowMark !== undefined) target().length = f.rowMark;
    if (f.noteId !== undefined && f.rowMark !== undefined) out.notes.set(f.noteId, [f.rowMark, out.atoms.length]);
  };
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof XmlError) throw e;
    throw new XmlError(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (stack.length) throw new XmlError(`${path}: onvolledige XML (niet afgesloten <${stack[stack.length - 1].qname}>)`);
  return out;
}

function attr(n: sax.QualifiedTag, local: string): string | undefined {
  for (const a of Object.values(n.attributes)) {
    if (a.local === local && (W_NAMESPACES.has(a.uri) || a.uri === '')) return a.value;
  }
  return undefined;
}

/** The prefix and namespace URI bound on the root element of a part (for comments.xml, rels, content types). */
export function rootInfo(path: string, xml: string): { prefix: string; uri: string; local: string; closeStart: number; selfClosing: boolean; openEnd: number } {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let info: { prefix: string; uri: string; local: string; closeStart: number; selfClosing: boolean; openEnd: number } | undefined;
  let depth = 0;
  parser.onerror = (e: Error) => { throw new XmlError(`${path}: ${e.message.split('\n')[0]}`); };
  parser.onopentag = (node) => {
    const n = node as sax.QualifiedTag;
    if (depth === 0) info = { prefix: n.prefix, uri: n.uri, local: n.local, closeStart: -1, selfClosing: n.isSelfClosing, openEnd: parser.position };
    depth++;
  };
  parser.onclosetag = () => {
    depth--;
    if (depth === 0 && info) info.closeStart = info.selfClosing ? parser.position : parser.startTagPosition - 1;
  };
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof XmlError) throw e;
    throw new XmlError(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (!info || info.closeStart < 0) throw new XmlError(`${path}: geen XML-element gevonden`);
  return info;
}

/** Every element of a part with its attributes by local name (for .rels and [Content_Types].xml). */
export function listElements(path: string, xml: string): Array<{ local: string; attrs: Record<string, string> }> {
  const parser = sax.parser(true, { xmlns: true });
  const out: Array<{ local: string; attrs: Record<string, string> }> = [];
  parser.onerror = (e: Error) => { throw new XmlError(`${path}: ${e.message.split('\n')[0]}`); };
  parser.onopentag = (node) => {
    const n = node as sax.QualifiedTag;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(n.attributes)) attrs[a.local] = a.value;
    out.push({ local: n.local, attrs });
  };
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof XmlError) throw e;
    throw new XmlError(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  return out;
}
