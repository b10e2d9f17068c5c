/** Where an error of the data points, in the table's terms (rows and columns from 0). */
export interface InvalidPlace {
  /** A data row, when the error names one. */
  readonly row?: number;
  /** A column shown in the table, when the error names one. */
  readonly column?: number;
  /** The error names the header (a column's name), not a cell. */
  readonly header: boolean;
}

/**
 * Reads a parseCsv or assignRoles error's place: `row` counts from 1; `column` is a name or a
 * 1-based position (past the last column when a row has too many cells, which marks the row).
 */
export function invalidPlace(
  error: { readonly row?: number; readonly column?: string | number } | undefined,
  columns: readonly string[],
): InvalidPlace {
  if (!error) return { header: false };
  const index =
    typeof error.column === 'string'
      ? columns.indexOf(error.column)
      : error.column === undefined
        ? -1
        : error.column - 1;
  const column = index >= 0 && index < columns.length ? index : undefined;
  if (error.row === undefined) return { column, header: column !== undefined };
  return { row: error.row - 1, column, header: false };
}
