/**
 * The Word side of the review copy (bundled on its own as dist/review.js and loaded on first use, like mammoth):
 * open a .docx with jszip, find where each finding's words are in the Word XML, and write a copy with one Word
 * comment per finding. Only three kinds of part change: the parts that get comment marks (document.xml, and the
 * notes part when a finding is in a note) by insertion only (insert.ts); the comments part (new, or the existing
 * one with our comments appended); and, for a new comments part, the document's relationships and
 * [Content_Types].xml, each by one inserted element. Every other part of the zip is passed through untouched.
 *
 * For Markdown and plain text the same writer runs on a document generated from the text (fromText.ts).
 */
import JSZip from 'jszip';
import { align, atomContent, readerContent, type Alignment } from './align';
import { generateDocx, markdownBlocks, plainBlocks } from './fromText';
import { applyInsertions, planInsertions, type Cut, type Mark } from './insert';
import { listElements, rootInfo, scanPart, XmlError, type ScannedPart } from './scan';
import { xmlAttr, xmlText } from './xml';

export type ReviewErrorCode = 'encrypted' | 'corrupt' | 'macro' | 'unsupported' | 'same-file' | 'write';

/** A Dutch message that starts with the file name, and a stable code (CLI: exit 2). */
export class ReviewError extends Error {
  constructor(readonly file: string, readonly code: ReviewErrorCode, cause: string, options?: { cause?: unknown }) {
    super(`${file}: ${cause}`, options);
    this.name = 'ReviewError';
  }
}

export interface CommentRun { text: string; bold?: boolean; italic?: boolean }
export type CommentParagraph = CommentRun[];

/**
 * Where a comment goes: from `start` to `end` (exclusive) in one part. `note` is set when the flagged words are in
 * a foot- or endnote: the comment then sits on the note's mark in the text (see `locate`).
 */
export interface Anchor { part: string; start: Cut; end: Cut; note?: 'footnote' | 'endnote' }

export type Located = Anchor | { reason: 'not-found' | 'not-commentable' };

export interface CommentToWrite { anchor: Anchor; paragraphs: CommentParagraph[] }

export interface CommentMeta { author: string; initials: string; date: Date }

export interface ReviewPlan {
  /**
   * Where [start, end) of the analysed text lies in the Word document, or why no comment can go there. Words in a
   * foot- or endnote give the note's mark in the body: Word allows a comment inside a note, but LibreOffice then
   * cannot open the document at all (tested with 25.2), and a review copy must open everywhere.
   */
  locate(start: number, end: number): Located;
  /** The whole title paragraph (the first heading or paragraph of the body). */
  title(): Anchor | undefined;
  /** How well the analysed text and the Word text agreed (both 0 when they are the same text). */
  readonly alignment: { unmatchedReader: number; unmatchedWord: number };
  /** The review copy with these comments. */
  write(comments: readonly CommentToWrite[], meta: CommentMeta): Promise<Uint8Array>;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_COMMENTS = `${REL_NS}/comments`;
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// ---------------------------------------------------------------------------------------------------------------
// Opening

/** Checks the container and opens the zip; refuses encrypted, corrupt and macro-enabled files. */
export async function openPackage(bytes: Uint8Array, name: string): Promise<JSZip> {
  if (/\.(docm|dotm)$/i.test(name)) {
    throw new ReviewError(name, 'macro', 'dit is een Word-document met macro\'s (.docm). Regiecheck maakt daar geen reviewkopie van: sla het op als .docx (zonder macro\'s) en probeer het opnieuw.');
  }
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ReviewError(name, 'encrypted', 'het Word-document is versleuteld (met een wachtwoord beveiligd) of een oud .doc-bestand; Regiecheck kan het niet lezen. Sla het op als .docx zonder wachtwoord.');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReviewError(name, 'corrupt', 'het bestand is geen geldig Word-document (.docx): het is geen zip-archief.');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    throw new ReviewError(name, 'corrupt', `het Word-document is beschadigd (${describe(e)}).`, { cause: e });
  }
  const macro = Object.keys(zip.files).find((f) => /(^|\/)vbaProject\.bin$/i.test(f) || /(^|\/)vbaData\.xml$/i.test(f));
  const types = await readPart(zip, '[Content_Types].xml', name);
  if (macro || (types && /macroEnabled/i.test(types))) {
    throw new ReviewError(name, 'macro', `het Word-document bevat macro's (${macro ?? 'macroEnabled'}). Regiecheck maakt daar geen reviewkopie van: sla het op als .docx zonder macro's en probeer het opnieuw.`);
  }
  if (!types) throw new ReviewError(name, 'corrupt', 'het bestand is een zip-archief maar geen Word-document: [Content_Types].xml ontbreekt.');
  return zip;
}

async function readPart(zip: JSZip, path: string, name: string): Promise<string | undefined> {
  const f = zip.file(path);
  if (!f) return undefined;
  let s: string;
  try {
    s = await f.async('string');
  } catch (e) {
    throw new ReviewError(name, 'corrupt', `het Word-document is beschadigd: ${path} kan niet worden uitgepakt (${describe(e)}).`, { cause: e });
  }
  const decl = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(s);
  if (decl && !/^utf-?8$/i.test(decl[1])) {
    throw new ReviewError(name, 'unsupported', `${path} is gecodeerd als ${decl[1]}; Regiecheck schrijft alleen in UTF-8 opgeslagen Word-documenten. Sla het document opnieuw op in Word.`);
  }
  return s;
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const relsPathOf = (part: string): string => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

interface Rel { id: string; type: string; target: string; external: boolean }

function readRels(path: string, xml: string | undefined): Rel[] {
  if (!xml) return [];
  return listElements(path, xml).filter((e) => e.local === 'Relationship')
    .map((e) => ({ id: e.attrs.Id ?? '', type: e.attrs.Type ?? '', target: e.attrs.Target ?? '', external: e.attrs.TargetMode === 'External' }));
}

// ---------------------------------------------------------------------------------------------------------------
// The plan for a .docx

interface GlobalAtom { part: ScannedPart; index: number; /** For note text: the index of its reference in the body. */ ref?: number }

/** How offsets of the analysed text become atoms: by alignment (.docx) or by the generator's offsets (text). */
type Locator = (start: number, end: number) => { first: GlobalAtom; firstOff: number; last: GlobalAtom; lastOff: number } | undefined;

class Plan implements ReviewPlan {
  constructor(
    private readonly zip: JSZip,
    private readonly name: string,
    private readonly main: string,
    private readonly parts: Map<string, ScannedPart>,
    private readonly locator: Locator,
    private readonly titleAtoms: () => [GlobalAtom, GlobalAtom] | undefined,
    readonly alignment: { unmatchedReader: number; unmatchedWord: number },
  ) {}

  locate(start: number, end: number): Located {
    const hit = this.locator(start, end);
    if (!hit) return { reason: 'not-found' };
    const { first, last } = hit;
    if (first.ref !== undefined || last.ref !== undefined) {
      if (first.ref !== last.ref) return { reason: 'not-found' };
      const doc = this.parts.get(this.main)!;
      const ref = doc.noteRefs[first.ref!];
      if (ref.run === undefined || ref.child === undefined || !ref.commentable) return { reason: 'not-commentable' };
      return { part: this.main, start: { run: ref.run, child: ref.child, offset: 0 }, end: { run: ref.run, child: ref.child, offset: 1 }, note: ref.kind };
    }
    if (first.part !== last.part || last.index < first.index) return { reason: 'not-found' };
    for (let k = first.index; k <= last.index; k++) if (!first.part.atoms[k].commentable) return { reason: 'not-commentable' };
    return { part: first.part.path, start: cutOf(first, hit.firstOff), end: cutOf(last, hit.lastOff + 1) };
  }

  title(): Anchor | undefined {
    const t = this.titleAtoms();
    if (!t) return undefined;
    const [a, b] = t;
    return { part: a.part.path, start: cutOf(a, 0), end: cutOf(b, b.part.atoms[b.index].text.length) };
  }

  async write(comments: readonly CommentToWrite[], meta: CommentMeta): Promise<Uint8Array> {
    const zip = this.zip;
    const relsPath = relsPathOf(this.main);
    const relsXml = await readPart(zip, relsPath, this.name);
    const rels = readRels(relsPath, relsXml);
    const existing = rels.find((r) => r.type === REL_COMMENTS && !r.external);
    const commentsPath = existing ? resolveTarget(this.main, existing.target) : resolveTarget(this.main, 'comments.xml');
    const commentsXml = existing ? await readPart(zip, commentsPath, this.name) : undefined;

    // Fresh ids above every comment id already in use (marks in the parts, comments in the comments part).
    let maxId = -1;
    for (const p of this.parts.values()) maxId = Math.max(maxId, p.maxCommentId);
    if (commentsXml) {
      for (const e of listElements(commentsPath, commentsXml)) {
        const id = Number(e.attrs.id);
        if (e.local === 'comment' && Number.isInteger(id)) maxId = Math.max(maxId, id);
      }
    }
    const ids = comments.map((_, i) => maxId + 1 + i);

    // Marks per part, inserted into that part only.
    const marks = new Map<string, Mark[]>();
    comments.forEach((c, i) => {
      const list = marks.get(c.anchor.part) ?? [];
      list.push({ at: c.anchor.start, kind: 'start', id: ids[i] }, { at: c.anchor.end, kind: 'end', id: ids[i] });
      marks.set(c.anchor.part, list);
    });
    for (const [path, list] of marks) {
      const part = this.parts.get(path)!;
      zip.file(path, applyInsertions(part.xml, planInsertions(part, list)));
    }

    // The comments themselves.
    const prefixOf = commentsXml ? rootInfo(commentsPath, commentsXml) : undefined;
    const p = prefixOf ? prefixOf.prefix : 'w';
    const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const ns = prefixOf?.uri ?? this.parts.get(this.main)!.namespace;
    const body = comments.map((c, i) => commentXml(p, ids[i], c.paragraphs, meta, date, ns)).join('');
    if (commentsXml && prefixOf) {
      const out = prefixOf.selfClosing
        ? `${commentsXml.slice(0, prefixOf.openEnd - 2)}>${body}</${p ? `${p}:` : ''}comments>${commentsXml.slice(prefixOf.openEnd)}`
        : `${commentsXml.slice(0, prefixOf.closeStart)}${body}${commentsXml.slice(prefixOf.closeStart)}`;
      zip.file(commentsPath, out);
    } else {
      zip.file(commentsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${ns}">${body}</w:comments>`);
      await this.addRelationship(relsPath, relsXml, rels, commentsPath);
      await this.addContentType(commentsPath);
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  private async addRelationship(relsPath: string, relsXml: string | undefined, rels: Rel[], commentsPath: string): Promise<void> {
    const used = new Set(rels.map((r) => r.id));
    let n = 1;
    while (used.has(`rIdRegiecheck${n}`)) n++;
    const target = relativeTarget(this.main, commentsPath);
    const rel = `<Relationship Id="rIdRegiecheck${n}" Type="${REL_COMMENTS}" Target="${xmlAttr(target)}"/>`;
    if (!relsXml) {
      this.zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`);
      return;
    }
    this.zip.file(relsPath, insertBeforeRootClose(relsPath, relsXml, rel, 'Relationships'));
  }

  private async addContentType(commentsPath: string): Promise<void> {
    const xml = (await readPart(this.zip, '[Content_Types].xml', this.name))!;
    const partName = `/${commentsPath}`;
    const already = listElements('[Content_Types].xml', xml).some((e) => e.local === 'Override' && e.attrs.PartName?.toLowerCase() === partName.toLowerCase());
    if (already) return;
    this.zip.file('[Content_Types].xml', insertBeforeRootClose('[Content_Types].xml', xml, `<Override PartName="${xmlAttr(partName)}" ContentType="${CT_COMMENTS}"/>`, 'Types'));
  }
}

/** Inserts `xml` as the last child of the root element (default namespace roots: .rels, content types). */
function insertBeforeRootClose(path: string, doc: string, xml: string, local: string): string {
  const root = rootInfo(path, doc);
  if (root.selfClosing) {
    const q = root.prefix ? `${root.prefix}:${local}` : local;
    return `${doc.slice(0, root.openEnd - 2)}>${xml}</${q}>${doc.slice(root.openEnd)}`;
  }
  return `${doc.slice(0, root.closeStart)}${xml}${doc.slice(root.closeStart)}`;
}

function relativeTarget(fromPart: string, to: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const target = to.split('/');
  let k = 0;
  while (k < from.length && k < target.length - 1 && from[k] === target[k]) k++;
  return [...from.slice(k).map(() => '..'), ...target.slice(k)].join('/');
}

function cutOf(a: GlobalAtom, offset: number): Cut {
  const atom = a.part.atoms[a.index];
  return { run: atom.run, child: atom.child, offset };
}

function commentXml(prefix: string, id: number, paragraphs: readonly CommentParagraph[], meta: CommentMeta, date: string, ns: string): string {
  const w = prefix ? `${prefix}:` : '';
  // Attributes need a prefix to be in the WordprocessingML namespace; a default-namespace part gets a local one.
  const a = prefix ? w : 'w:';
  const decl = prefix ? '' : ` xmlns:w="${ns}"`;
  const paras = (paragraphs.length ? paragraphs : [[{ text: '' }]]).map((runs, i) => {
    const ref = i === 0 ? `<${w}r><${w}annotationRef/></${w}r>` : '';
    const rs = runs.map((r) => {
      const props = `${r.bold ? `<${w}b/>` : ''}${r.italic ? `<${w}i/>` : ''}`;
      const pieces = r.text.split('\n').map((line) => `<${w}t xml:space="preserve">${xmlText(line)}</${w}t>`).join(`<${w}br/>`);
      return `<${w}r>${props ? `<${w}rPr>${props}</${w}rPr>` : ''}${pieces}</${w}r>`;
    }).join('');
    return `<${w}p>${ref}${rs}</${w}p>`;
  }).join('');
  return `<${w}comment${decl} ${a}id="${id}" ${a}author="${xmlAttr(meta.author)}" ${a}date="${date}" ${a}initials="${xmlAttr(meta.initials)}">${paras}</${w}comment>`;
}

/**
 * Plans a review copy of a .docx. `analysedText` is the text the analysis ran on: the project's reader's text of
 * these same bytes (src/formats, `extractDocument`).
 */
export async function planDocx(bytes: Uint8Array, name: string, analysedText: string): Promise<ReviewPlan> {
  const zip = await openPackage(bytes, name);
  const rootRels = readRels('_rels/.rels', await readPart(zip, '_rels/.rels', name));
  const officeDoc = rootRels.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const main = officeDoc ? resolveTarget('', officeDoc.target) : 'word/document.xml';
  const mainXml = await readPart(zip, main, name);
  if (mainXml === undefined) throw new ReviewError(name, 'corrupt', `het bestand is een zip-archief maar geen Word-document: ${main} ontbreekt.`);
  const rels = readRels(relsPathOf(main), await readPart(zip, relsPathOf(main), name));

  /** The scanned parts by path, and the notes parts by kind. */
  const parts = new Map<string, ScannedPart>();
  const notesOf = new Map<'footnote' | 'endnote', ScannedPart>();
  let doc: ScannedPart;
  try {
    doc = scanPart(main, mainXml, 'document');
    parts.set(main, doc);
    for (const kind of ['footnote', 'endnote'] as const) {
      const rel = rels.find((r) => r.type.endsWith(`/${kind}s`) && !r.external);
      if (!rel) continue;
      const path = resolveTarget(main, rel.target);
      const xml = await readPart(zip, path, name);
      if (xml === undefined) continue;
      const notes = scanPart(path, xml, 'notes');
      parts.set(path, notes);
      notesOf.set(kind, notes);
    }
  } catch (e) {
    if (e instanceof XmlError) throw new ReviewError(name, 'corrupt', `het Word-document is beschadigd: de XML is ongeldig (${e.message}).`, { cause: e });
    throw e;
  }

  // The Word side in reader order: the body, then each referenced note in reference order (as mammoth does).
  const atoms: GlobalAtom[] = doc.atoms.map((_, index) => ({ part: doc, index }));
  doc.noteRefs.forEach((ref, r) => {
    const notes = notesOf.get(ref.kind);
    const range = notes?.notes.get(ref.id);
    if (notes && range) for (let k = range[0]; k < range[1]; k++) atoms.push({ part: notes, index: k, ref: r });
  });
  const word = atomContent(atoms.map((a) => a.part.atoms[a.index].text));
  const reader = readerContent(analysedText);
  const al: Alignment = align(reader.chars, word.chars);

  const locator: Locator = (start, end) => {
    let lo = 0, hi = reader.at.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (reader.at[mid] < start) lo = mid + 1; else hi = mid; }
    let first = -1, last = -1;
    for (let k = lo; k < reader.at.length && reader.at[k] < end; k++) {
      if (al.map[k] < 0) continue;
      if (first < 0) first = al.map[k];
      last = al.map[k];
    }
    if (first < 0) return undefined;
    return { first: atoms[word.at[first]], firstOff: word.off![first], last: atoms[word.at[last]], lastOff: word.off![last] };
  };
  const titleAtoms = (): [GlobalAtom, GlobalAtom] | undefined => {
    const k = al.map.findIndex((x) => x >= 0);
    if (k < 0) return undefined;
    const g = atoms[word.at[al.map[k]]];
    if (g.part !== doc) return undefined;
    const para = doc.atoms[g.index].para;
    let a = g.index, b = g.index;
    while (a > 0 && doc.atoms[a - 1].para === para && doc.atoms[a - 1].commentable) a--;
    while (b + 1 < doc.atoms.length && doc.atoms[b + 1].para === para && doc.atoms[b + 1].commentable) b++;
    if (!doc.atoms[a].commentable) return undefined;
    return [{ part: doc, index: a }, { part: doc, index: b }];
  };
  return new Plan(zip, name, main, parts, locator, titleAtoms, { unmatchedReader: al.unmatchedReader, unmatchedWord: al.unmatchedWord });
}

/** Plans a review copy of a Markdown or plain-text document: a new .docx made from the text. */
export async function planText(text: string, format: 'markdown' | 'plaintext', name: string, title: string): Promise<ReviewPlan> {
  const blocks = format === 'markdown' ? markdownBlocks(text) : plainBlocks(text);
  const gen = generateDocx(blocks, title);
  const zip = new JSZip();
  for (const [path, xml] of gen.parts) zip.file(path, xml);
  const main = 'word/document.xml';
  const doc = scanPart(main, gen.parts.get(main)!, 'document');
  if (doc.atoms.length !== gen.atomSources.length) throw new Error(`review: ${doc.atoms.length} atoms scanned, ${gen.atomSources.length} generated`);
  // Atoms with a source offset, sorted by it (the generator keeps source order, so they already are).
  const mapped = gen.atomSources.map((src, index) => ({ src, index })).filter((x) => x.src >= 0);
  const atomAt = (offset: number): { index: number; off: number } | undefined => {
    let lo = 0, hi = mapped.length - 1, found = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (mapped[mid].src <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    if (found < 0) return undefined;
    const m = mapped[found];
    const len = doc.atoms[m.index].text.length;
    return offset < m.src + len ? { index: m.index, off: offset - m.src } : undefined;
  };
  /** The first mapped character at or after `from` (before `to`), or the last one before `to` (dir -1). */
  const scan = (from: number, to: number, dir: 1 | -1): { index: number; off: number } | undefined => {
    for (let o = dir === 1 ? from : to - 1; dir === 1 ? o < to : o >= from; o += dir) {
      const hit = atomAt(o);
      if (hit && !/\s/.test(doc.atoms[hit.index].text[hit.off])) return hit;
    }
    return undefined;
  };
  const locator: Locator = (start, end) => {
    const a = scan(start, end, 1);
    const b = scan(start, end, -1);
    if (!a || !b) return undefined;
    return { first: { part: doc, index: a.index }, firstOff: a.off, last: { part: doc, index: b.index }, lastOff: b.off };
  };
  const titleAtoms = (): [GlobalAtom, GlobalAtom] | undefined => gen.title ? [{ part: doc, index: gen.title[0] }, { part: doc, index: gen.title[1] - 1 }] : undefined;
  return new Plan(zip, name, main, new Map([[main, doc]]), locator, titleAtoms, { unmatchedReader: 0, unmatchedWord: 0 });
}
