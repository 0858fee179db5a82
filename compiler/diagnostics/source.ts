// Source files and positions: text in, 1-based line/column positions out.
// Offsets are UTF-16 code-unit offsets into the text, as JavaScript strings index them.

export interface Span {
  /** Display path of the file (relative to the package root where possible). */
  file: string;
  /** Start offset, inclusive. */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in characters of the line. */
  column: number;
}

export class SourceFile {
  readonly lineStarts: number[];

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** Line and column of an offset; offsets past the end clamp to the end of the text. */
  position(offset: number): Position {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - this.lineStarts[lo]! + 1 };
  }

  /** Text of a 1-based line without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** A registry of the files a compilation saw, so diagnostics can be rendered later. */
export class SourceMap {
  private readonly files = new Map<string, SourceFile>();

  add(file: SourceFile): SourceFile {
    this.files.set(file.name, file);
    return file;
  }

  get(name: string): SourceFile | undefined {
    return this.files.get(name);
  }
}
