import { type Phrase, phrase, sayEnglish } from '../phrases/index.ts';
/**
 * A data table for training: named columns of numbers, held column-wise (one Float64Array per
 * column, no object per row), so 100,000 rows cost a few arrays, not 100,000 objects.
 */
export interface DataTable {
  /** Column names, in header order; no two equal. */
  readonly columns: readonly string[];
  /** One array per column, in `columns` order, each `rows` long; every value finite. */
  readonly values: readonly Float64Array[];
  readonly rows: number;
}

/**
 * Why a data text or table was refused: a sentence for people, plus where, so a table editor can
 * mark the cell. `row` counts data rows from 1 (the row under the header is row 1); `line` is
 * the line of the text (the header is line 1); `column` is the column's name, or its 1-based
 * position when the header cell has no usable name.
 */
export interface DataError {
  readonly message: string;
  /** `message` as a phrase, for the page to say in the reader's language. */
  readonly phrase: Phrase;
  readonly row?: number;
  readonly line?: number;
  readonly column?: string | number;
}

export type DataResult =
  | { readonly ok: true; readonly data: DataTable }
  | { readonly ok: false; readonly error: DataError };

/** A decimal number as people write it: `3`, `-0.5`, `.5`, `1e-3`; no hex, no `Infinity`. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Longest cell text quoted in a message. */
const QUOTE_LIMIT = 20;

/**
 * Reads CSV text: a header row of column names, then one row of numbers per example.
 * 1. Lines split on `\n` or `\r\n`; blank lines are skipped (they still count for `line`).
 * 2. The separator is a comma, or a tab when the header has tabs and no comma (what a
 *    spreadsheet puts on the clipboard).
 * 3. Cells are trimmed; header names may be in double quotes; every data cell must be a
 *    decimal number, and every row must have as many cells as the header.
 * Never throws on any text; the first problem found comes back as a `DataError`.
 */
export function parseCsv(text: string): DataResult {
  const lines = text.split(/\r?\n/);
  let headerLine = 0;
  while (headerLine < lines.length && lines[headerLine]!.trim() === '') headerLine++;
  if (headerLine === lines.length) return fail(phrase('train.dataEmpty'));
  const separator = separatorOf(lines[headerLine]!);
  const header = readHeader(lines[headerLine]!.split(separator), headerLine + 1);
  if ('error' in header) return { ok: false, error: header.error };
  const columns = header.names;
  const width = columns.length;
  const capacity = lines.length - headerLine - 1;
  const values = columns.map(() => new Float64Array(capacity));
  let rows = 0;
  for (let l = headerLine + 1; l < lines.length; l++) {
    const lineText = lines[l]!;
    if (lineText.trim() === '') continue;
    const row = rows + 1;
    const at = { row, line: l + 1 };
    const cells = lineText.split(separator);
    if (cells.length !== width) {
      const ragged = phrase('train.raggedRow', {
        row,
        line: l + 1,
        cells: phrase('train.cells', { count: cells.length }),
        columns: phrase('train.columns', { count: width }),
      });
      return fail(ragged, cells.length > width ? { ...at, column: width + 1 } : at);
    }
    for (let c = 0; c < width; c++) {
      // A quoted cell (`""`, what an editor writes for an empty cell of one column) is read unquoted.
      const cell = unquoted(cells[c]!.trim());
      if (DECIMAL.test(cell)) {
        values[c]![rows] = Number(cell);
        continue;
      }
      const where = { row, column: columns[c]!, line: l + 1 };
      const problem =
        cell === ''
          ? phrase('train.emptyCell', where)
          : phrase('train.notANumber', { ...where, cell: quoted(cell) });
      return fail(problem, { ...at, column: columns[c]! });
    }
    rows++;
  }
  if (rows === 0) return fail(phrase('train.noRows'), { line: headerLine + 1 });
  return {
    ok: true,
    data: { columns, values: values.map((v) => (rows === capacity ? v : v.slice(0, rows))), rows },
  };
}

/**
 * A table from columns of numbers (what a cell editor holds), checked as `parseCsv` checks
 * text: at least one column and one row, names non-empty and distinct, columns of equal
 * length, every value finite.
 */
export function dataFromColumns(columns: Readonly<Record<string, ArrayLike<number>>>): DataResult {
  const names = Object.keys(columns);
  if (names.length === 0) return fail(phrase('train.noColumns'));
  const header = readHeader(names, 1);
  if ('error' in header) return { ok: false, error: header.error };
  const rows = columns[names[0]!]!.length;
  if (rows === 0) return fail(phrase('train.noRows'));
  const values: Float64Array[] = [];
  for (const name of names) {
    const column = columns[name]!;
    if (column.length !== rows)
      return fail(
        phrase('train.columnLength', {
          name,
          rows: phrase('train.rows', { count: column.length }),
          first: names[0]!,
          firstRows: rows,
        }),
        { column: name },
      );
    const copy = Float64Array.from(column);
    const bad = copy.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0)
      return fail(
        phrase('train.notFinite', { row: bad + 1, column: name, value: String(copy[bad]) }),
        { row: bad + 1, column: name },
      );
    values.push(copy);
  }
  return { ok: true, data: { columns: header.names, values, rows } };
}

/** The table as CSV text with a header row; `parseCsv(formatCsv(d))` gives `d` back. */
export function formatCsv(data: DataTable): string {
  const lines = [data.columns.join(',')];
  for (let r = 0; r < data.rows; r++)
    lines.push(data.values.map((v) => numberText(v[r]!)).join(','));
  return `${lines.join('\n')}\n`;
}

/** Shortest text that reads back as the same double, the sign of -0 included. */
function numberText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

function separatorOf(header: string): string {
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}

/** Column names from header cells: trimmed, unquoted, non-empty and distinct. */
function readHeader(
  cells: readonly string[],
  line: number,
): { readonly names: string[] } | { readonly error: DataError } {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < cells.length; c++) {
    const name = unquoted(cells[c]!.trim());
    if (name === '')
      return {
        error: dataError(phrase('train.unnamedColumn', { column: c + 1, line }), {
          line,
          column: c + 1,
        }),
      };
    const first = seen.get(name);
    if (first !== undefined)
      return {
        error: dataError(
          phrase('train.duplicateColumn', {
            line,
            name: quoted(name),
            first: first + 1,
            second: c + 1,
          }),
          { line, column: name },
        ),
      };
    seen.set(name, c);
    names.push(name);
  }
  return { names };
}

function unquoted(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')
    ? cell.slice(1, -1).trim()
    : cell;
}

function quoted(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/** A data error saying `problem`, in English in `message`. */
export function dataError(
  problem: Phrase,
  where: Omit<DataError, 'message' | 'phrase'> = {},
): DataError {
  return { message: sayEnglish(problem), phrase: problem, ...where };
}

function fail(problem: Phrase, where: Omit<DataError, 'message' | 'phrase'> = {}): DataResult {
  return { ok: false, error: dataError(problem, where) };
}
