import { type Analysis, analyze, formatNumber, parseCsv } from '../../src/index.ts';

// What a training lesson's paragraph reads off the program run on every row of its data. The
// live analysis is the program at one row; the training cost is the mean over all rows, which
// no analysis holds, so the program is analyzed again at each row (cheap for a few rows), with
// the parameters at their current values (those of the live analysis).

/** The program at one data row: the row's values, its loss and ∂loss/∂input by name. */
export interface RowResult {
  readonly row: Readonly<Record<string, number>>;
  readonly loss: number;
  readonly gradient: Readonly<Record<string, number>>;
}

/** Every row's result, and the means: the training cost and its gradient by input name. */
export interface OverRows {
  readonly rows: readonly RowResult[];
  readonly loss: number;
  readonly gradient: Readonly<Record<string, number>>;
}

/** The last few answers (a paragraph asks on every render, often twice). */
const cache = new Map<string, OverRows | undefined>();
const CACHED = 8;

/**
 * `source` (its first output the loss of one row) on every row of `csv`, every other input at
 * its value in `analysis` or, for those named in `at`, at that value (the parameters after an
 * update); undefined when the data cannot be read, a row's program does not compile, or there
 * are no rows.
 */
export function overRows(
  source: string,
  csv: string,
  analysis: Analysis,
  at: Readonly<Record<string, number>> = {},
): OverRows | undefined {
  const rest: Record<string, number> = {};
  for (const input of analysis.inputs) rest[input.name] = at[input.name] ?? input.value;
  const key = JSON.stringify([source, csv, rest]);
  if (!cache.has(key)) {
    if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, compute(source, csv, rest));
  }
  return cache.get(key);
}

function compute(
  source: string,
  csv: string,
  rest: Readonly<Record<string, number>>,
): OverRows | undefined {
  const parsed = parseCsv(csv);
  if (!parsed.ok || parsed.data.rows === 0) return undefined;
  const { columns, values, rows: count } = parsed.data;
  const rows: RowResult[] = [];
  for (let r = 0; r < count; r++) {
    const row: Record<string, number> = {};
    columns.forEach((name, c) => {
      row[name] = values[c]![r]!;
    });
    const result = analyze(source, { inputs: { ...rest, ...row } });
    if (!result.ok) return undefined;
    const gradient: Record<string, number> = {};
    for (const input of result.analysis.inputs) gradient[input.name] = input.gradient;
    rows.push({ row, loss: result.analysis.value, gradient });
  }
  const mean = (of: (row: RowResult) => number) =>
    rows.reduce((sum, row) => sum + of(row), 0) / rows.length;
  const gradient: Record<string, number> = {};
  for (const name of Object.keys(rows[0]!.gradient))
    gradient[name] = mean((row) => row.gradient[name] ?? Number.NaN);
  return { rows, loss: mean((row) => row.loss), gradient };
}

/** The rows as a reader writes them: `(1, 3), (2, 5), (3, 7)`, columns in header order. */
export const rowList = (over: OverRows): string =>
  over.rows.map(({ row }) => `(${Object.values(row).map(formatNumber).join(', ')})`).join(', ');
