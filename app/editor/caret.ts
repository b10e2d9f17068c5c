import type { DiagnosticView } from '../../src/index.ts';

/** The longest stretch of a line shown on either side of a diagnostic's start. */
export const SNIPPET_CONTEXT = 60;

/** A source line and a caret line under it, pointing at a diagnostic's span. */
export interface CaretSnippet {
  readonly text: string;
  readonly caret: string;
}

/**
 * The line a diagnostic starts on, with `^` under its span (at least one; a span running onto
 * later lines is underlined to the end of the line). Tabs are kept in the caret line so that it
 * lines up; long lines are cut to SNIPPET_CONTEXT characters around the start, marked with `…`.
 */
export function caretSnippet(
  source: string,
  diagnostic: DiagnosticView,
  lineAt: (line: number) => string = sourceLines(source),
): CaretSnippet {
  const line = lineAt(diagnostic.line).replace(/\r$/, '');
  const start = Math.min(diagnostic.column - 1, line.length);
  const end =
    diagnostic.endLine === diagnostic.line
      ? Math.max(diagnostic.endColumn - 1, start + 1)
      : Math.max(line.length, start + 1);
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(line.length, start + SNIPPET_CONTEXT);
  const before = from > 0 ? '…' : '';
  const after = to < line.length ? '…' : '';
  const pad = (before + line.slice(from, start)).replace(/[^\t]/g, ' ');
  const width = Math.min(end, to + 1) - start;
  return {
    text: before + line.slice(from, to) + after,
    caret: pad + '^'.repeat(Math.max(1, width)),
  };
}

/**
 * The text of line `n` (1-based, '' past the end) of `source`, in O(1) per call after one pass
 * that finds where lines start: a hundred snippets of a long program cost one scan, not a
 * hundred splits.
 */
export function sourceLines(source: string): (line: number) => string {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line) => {
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    return source.slice(start, next === undefined ? source.length : next - 1);
  };
}
