/**
 * Offset → line/column conversion. Lines end at \n, \r\n or \r (as in VS Code). Columns count UTF-16 code
 * units, which is what VS Code positions use, so tabs, emoji and combining marks map exactly.
 */
export interface LineCol { line: number; column: number }

export class LineMap {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // LF only: jump from break to break (native search) instead of visiting every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
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
