import type { LineColumn } from './span.ts';

/**
 * A function giving the same line and column as `lineColumnAt(text, offset)` from span.ts, in
 * O(log lines) per call plus a table of line starts that grows as far as the largest offset
 * asked: O(length) in all, and usually much less, since the positions asked for are those of
 * the first diagnostics. So many positions in a long program do not cost quadratic time, and a
 * few near its start do not cost a scan of all of it.
 */
export function lineColumnFinder(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  /** The first newline not yet in `lineStarts` (-1: there is none). */
  let nextNewline = text.indexOf('\n');
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    // 1. Extend the table to every line start at or before `clamped`.
    while (nextNewline !== -1 && nextNewline < clamped) {
      lineStarts.push(nextNewline + 1);
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    // 2. Binary search for the last line start <= clamped.
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
