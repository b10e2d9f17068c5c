/** A half-open range of 0-based UTF-16 offsets into the program text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 1-based line and column of an offset, for display only. Columns count UTF-16 code units. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Line and column (1-based) of `offset` in `text`; offsets past the end map to the end. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}

/** `line:column` of an offset, as users read positions in messages. */
export function formatPosition(text: string, offset: number): string {
  const { line, column } = lineColumnAt(text, offset);
  return `${line}:${column}`;
}
