import type { LineColumn } from './span.ts';

/**
 * A function giving the same line and column as `lineColumnAt(text, offset)` from span.ts, in
 * O(log lines) per call after an O(length) table of line starts built on first use, so that
 * many positions in a long program do not cost quadratic time.
 */
export function lineColumnFinder(text: string): (offset: number) => LineColumn {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (lineStarts === undefined) lineStarts = indexLines(text);
    const clamped = Math.max(0, Math.min(offset, text.length));
    // Binary search for the last line start <= clamped.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
  };
}

/** `formatPosition(text, offset)` of span.ts (`line:column`), at the cost of `lineColumnFinder`. */
export function positionFormatter(text: string): (offset: number) => string {
  const find = lineColumnFinder(text);
  return (offset) => {
    const { line, column } = find(offset);
    return `${line}:${column}`;
  };
}

function indexLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
