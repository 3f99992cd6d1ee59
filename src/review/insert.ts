/**
 * Adds comment marks to a scanned WordprocessingML part by insertion only: every byte of the original part stays
 * where it was, in order; we only add `w:commentRangeStart`, `w:commentRangeEnd` and a run with the
 * `w:commentReference`, and where a mark falls inside a run, the run is closed and reopened with the same
 * properties (`</w:t></w:r>` … `<w:r …><w:rPr>…</w:rPr><w:t xml:space="preserve">`). A `w:t` whose text is split
 * also gets `xml:space="preserve"` if it did not have it, so a space at the cut is kept.
 */
import type { RunChild, ScannedPart } from './scan';

/** A position in a part: before character `offset` of child `child` of run `run` (offset may be the text length). */
export interface Cut { run: number; child: number; offset: number }

export interface Mark { at: Cut; kind: 'start' | 'end'; id: number }

export interface Insertion { offset: number; text: string }

const childLength = (c: RunChild): number => (c.t ? c.t.text.length : 1);

/** A cut as either a boundary between children (0…n) or a point inside a `w:t`. */
function normalise(part: ScannedPart, cut: Cut): { run: number; boundary?: number; child?: number; offset?: number } {
  const run = part.runs[cut.run];
  const child = run.children[cut.child];
  if (!child) return { run: cut.run, boundary: run.children.length };
  if (cut.offset <= 0) return { run: cut.run, boundary: cut.child };
  if (cut.offset >= childLength(child)) return { run: cut.run, boundary: cut.child + 1 };
  return { run: cut.run, child: cut.child, offset: cut.offset };
}

/** The raw offset in the part of decoded character `n` of a `w:t` (entities count as one character or two). */
function rawOffset(xml: string, from: number, to: number, n: number): number {
  let i = from;
  let units = 0;
  while (i < to && units < n) {
    if (xml.charCodeAt(i) === 38 /* & */) {
      const semi = xml.indexOf(';', i);
      const ref = xml.slice(i + 1, semi);
      const cp = ref[0] === '#' ? (ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : 0;
      units += cp > 0xffff ? 2 : 1;
      i = semi + 1;
    } else {
      units++;
      i++;
    }
  }
  return i;
}

/**
 * The marks, in the part's own prefix. A part that binds WordprocessingML as its default namespace (no prefix) gets
 * a local `w` prefix for the id attribute, since unprefixed attributes are in no namespace.
 */
function markXml(part: ScannedPart, mark: Mark): string {
  const p = part.prefix ? `${part.prefix}:` : '';
  const id = part.prefix ? `${p}id="${mark.id}"` : `xmlns:w="${part.namespace}" w:id="${mark.id}"`;
  if (mark.kind === 'start') return `<${p}commentRangeStart ${id}/>`;
  return `<${p}commentRangeEnd ${id}/><${p}r><${p}commentReference ${id}/></${p}r>`;
}

/** The insertions that put `marks` into the part (sorted by offset). */
export function planInsertions(part: ScannedPart, marks: readonly Mark[]): Insertion[] {
  const groups = new Map<string, { pos: ReturnType<typeof normalise>; marks: Mark[] }>();
  for (const m of marks) {
    const pos = normalise(part, m.at);
    const key = pos.boundary !== undefined ? `${pos.run}:b${pos.boundary}` : `${pos.run}:c${pos.child}:${pos.offset}`;
    const g = groups.get(key) ?? { pos, marks: [] };
    g.marks.push(m);
    groups.set(key, g);
  }
  const out: Array<Insertion & { order: number }> = [];
  let seq = 0;
  const preserved = new Set<RunChild>();
  for (const { pos, marks: ms } of groups.values()) {
    // Ends before starts at one point, so two adjacent findings do not look nested.
    ms.sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'end' ? -1 : 1));
    const marksXml = ms.map((m) => markXml(part, m)).join('');
    const run = part.runs[pos.run];
    const reopen = `${part.xml.slice(run.start, run.openEnd)}${run.rPr ?? ''}`;
    const close = `</${run.qname}>`;
    if (pos.boundary !== undefined) {
      if (pos.boundary === 0) out.push({ offset: run.start, text: marksXml, order: seq++ });
      else if (pos.boundary >= run.children.length) out.push({ offset: run.end, text: marksXml, order: seq++ });
      else out.push({ offset: run.children[pos.boundary].start, text: `${close}${marksXml}${reopen}`, order: seq++ });
      continue;
    }
    const child = run.children[pos.child!];
    const t = child.t!;
    const at = rawOffset(part.xml, t.openEnd, t.closeStart, pos.offset!);
    out.push({ offset: at, text: `</${child.qname}>${close}${marksXml}${reopen}<${child.qname} xml:space="preserve">`, order: seq++ });
    if (!t.spaceAttr && !preserved.has(child)) {
      preserved.add(child);
      // `<w:t>` → `<w:t xml:space="preserve">`: insert before the closing ">" of the open tag.
      out.push({ offset: t.openEnd - 1, text: ' xml:space="preserve"', order: -1 });
    }
  }
  out.sort((a, b) => a.offset - b.offset || a.order - b.order);
  return out.map(({ offset, text }) => ({ offset, text }));
}

export function applyInsertions(xml: string, insertions: readonly Insertion[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const ins of insertions) {
    parts.push(xml.slice(last, ins.offset), ins.text);
    last = ins.offset;
  }
  parts.push(xml.slice(last));
  return parts.join('');
}
