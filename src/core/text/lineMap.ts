/**
 * Offset → line/column conversion. Lines end at \n, \r\n or \r (as in VS Code). Columns count UTF-16 code
 * units, which is what VS Code positions use, so tabs, emoji and combining marks map exactly.
 */
export interface LineCol { line: number; column: number }

export class LineMap {
  private readonly starts: number[];
  /** The text has no CR: every line ends at a LF (see `edited`). */
  private readonly lfOnly: boolean;

  constructor(private readonly text: string, starts0?: number[]) {
    if (starts0) {
      this.starts = starts0;
      this.lfOnly = true;
      return;
    }
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // LF only: jump from break to break (native search) instead of visiting every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      this.lfOnly = true;
      return;
    }
    this.lfOnly = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The line map of `text` from the map of the text before an edit (`prev`, of `prevText`), which `text` equals in its
   * first `pre` and last `suf` code units: the line starts in the unchanged start as they are, those in the unchanged end
   * shifted by the change in length, and the changed middle read again. The same array of starts when no line break
   * changed and the length is the same (a keystroke inside a line). Line breaks with CR in either text: built anew.
   */
  static edited(prev: LineMap, prevText: string, text: string, pre: number, suf: number): LineMap {
    const oldEnd = prevText.length - suf, newEnd = text.length - suf;
    if (prev.text !== prevText || !prev.lfOnly || pre > oldEnd || pre > newEnd) return new LineMap(text);
    for (let i = pre; i < newEnd; i++) if (text.charCodeAt(i) === 13) return new LineMap(text);
    const nl = text.indexOf('\n', pre);
    const starts = prev.starts;
    // The first start whose line break lies in the changed middle or the unchanged end (break at s - 1 ≥ pre).
    let lo = 1, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] - 1 >= pre) hi = mid; else lo = mid + 1;
    }
    const k = lo;
    const oldMiddle = k < starts.length && starts[k] - 1 < oldEnd;
    const newMiddle = nl >= 0 && nl < newEnd;
    const delta = text.length - prevText.length;
    if (!oldMiddle && !newMiddle && delta === 0) return new LineMap(text, starts);
    const out = starts.slice(0, k);
    for (let i = nl; i >= 0 && i < newEnd; i = text.indexOf('\n', i + 1)) out.push(i + 1);
    let j = k;
    while (j < starts.length && starts[j] - 1 < oldEnd) j++;
    for (; j < starts.length; j++) out.push(starts[j] + delta);
    return new LineMap(text, out);
  }

  get lineCount(): number { return this.starts.length; }

  /** 1-based line and column of a UTF-16 offset (clamped to the text). */
  at(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineIndex(o);
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** The 1-based line of a UTF-16 offset (clamped to the text): `at(offset).line` without an object. */
  lineOf(offset: number): number {
    return this.lineIndex(Math.max(0, Math.min(offset, this.text.length))) + 1;
  }

  private lineIndex(o: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of a 1-based line's first character. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  /** Offset just after a 1-based line's last character (before its line break). */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] : this.text.length + 1;
    let end = Math.min(next, this.text.length);
    if (line < this.starts.length) {
      end = next - 1;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }
}
