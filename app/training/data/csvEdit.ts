// Edits to CSV text as the data editor makes them: one cell, one row, one column at a time, each
// touching only what it edits. Every other character of the text (other cells' spacing, `\r\n`
// or `\n`, blank lines, a missing or present final newline, the separator) is kept as it was.
// The text is read the way `parseCsv` (src/train/data.ts) reads it: lines split on `\n` or
// `\r\n`, blank lines skipped, the first non-blank line is the header, and the separator is a
// tab when the header has tabs and no comma, else a comma. Rows and columns count from 0 here.

/** Where the header and each data row sit in the text. */
export interface CsvLayout {
  readonly separator: ',' | '\t';
  /** The line break new lines get: the text's own (`\r\n` if it has one), else `\n`. */
  readonly eol: '\n' | '\r\n';
  /** Start and end (line break excluded) of the header line; -1 when the text is blank. */
  readonly headerStart: number;
  readonly headerEnd: number;
  /** Start and end of each data row's line, in order. */
  readonly rowStarts: readonly number[];
  readonly rowEnds: readonly number[];
}

/** What the table shows: column names, and each shown row's cells, as text. */
export interface CsvGrid {
  readonly separator: ',' | '\t';
  /** Header names, trimmed and unquoted as parseCsv reads them. */
  readonly columns: readonly string[];
  /** The first `limit` rows' cells, trimmed; a short row has fewer cells than `columns`. */
  readonly rows: readonly (readonly string[])[];
  /** Data rows in the whole text. */
  readonly rowCount: number;
}

/**
 * A row's line is never blank (parseCsv would skip it, and a tab is blank too): when all its
 * cells are empty, the first is written `""`, which the table shows as empty.
 */
export const EMPTY_CELL = '""';

/**
 * Finds the header and the data rows. A line ends before `\n` or `\r\n`; a line of spaces only
 * is blank and belongs to no row.
 */
export function csvLayout(text: string): CsvLayout {
  let headerStart = -1;
  let headerEnd = -1;
  const rowStarts: number[] = [];
  const rowEnds: number[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' && newline !== -1 ? stop - 1 : stop;
    if (text.slice(start, end).trim() !== '') {
      if (headerStart === -1) {
        headerStart = start;
        headerEnd = end;
      } else {
        rowStarts.push(start);
        rowEnds.push(end);
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const header = headerStart === -1 ? '' : text.slice(headerStart, headerEnd);
  return {
    separator: header.includes('\t') && !header.includes(',') ? '\t' : ',',
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    headerStart,
    headerEnd,
    rowStarts,
    rowEnds,
  };
}

/** The header's names and the first `limit` rows' cells, for display. */
export function readGrid(text: string, limit = Number.POSITIVE_INFINITY): CsvGrid {
  const layout = csvLayout(text);
  const { separator } = layout;
  const columns =
    layout.headerStart === -1
      ? []
      : text
          .slice(layout.headerStart, layout.headerEnd)
          .split(separator)
          .map((cell) => unquoted(cell.trim()));
  const shown = Math.min(limit, layout.rowStarts.length);
  const rows: string[][] = [];
  for (let r = 0; r < shown; r++)
    rows.push(
      text
        .slice(layout.rowStarts[r], layout.rowEnds[r])
        .split(separator)
        .map((cell) => (cell.trim() === EMPTY_CELL ? '' : cell.trim())),
    );
  return { separator, columns, rows, rowCount: layout.rowStarts.length };
}

/**
 * Writes `value` into row `row`, column `column`, keeping the spaces around the old cell. A
 * separator or line break in `value` becomes a space (the row keeps its width, and the cell then
 * reads as not a number, which parseCsv names); a short row gets empty cells up to `column`.
 */
export function setCell(text: string, row: number, column: number, value: string): string {
  const layout = csvLayout(text);
  const start = layout.rowStarts[row];
  const end = layout.rowEnds[row];
  if (start === undefined || end === undefined) return text;
  const cells = text.slice(start, end).split(layout.separator);
  while (cells.length <= column) cells.push('');
  const [, lead, , trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(cells[column]!)!;
  cells[column] = lead + cellText(value, layout.separator) + trail;
  return text.slice(0, start) + rowLine(cells, layout.separator) + text.slice(end);
}

/**
 * Adds a row of empty cells after the last row (before any blank lines that end the text); the
 * text needs a header. `removeRow` of that row gives the text back.
 */
export function addRow(text: string): string {
  const layout = csvLayout(text);
  if (layout.headerStart === -1) return text;
  const width = columnCount(text, layout);
  const at = layout.rowEnds.at(-1) ?? layout.headerEnd;
  const line = rowLine(new Array<string>(width).fill(''), layout.separator);
  return text.slice(0, at) + layout.eol + line + text.slice(at);
}

/** Removes row `row` with its line break (the one before it, on the last line of the text). */
export function removeRow(text: string, row: number): string {
  const layout = csvLayout(text);
  const start = layout.rowStarts[row];
  const end = layout.rowEnds[row];
  if (start === undefined || end === undefined) return text;
  const newline = text.indexOf('\n', end);
  if (newline !== -1) return text.slice(0, start) + text.slice(newline + 1);
  const before = start > 0 && text[start - 2] === '\r' ? start - 2 : start - 1;
  return text.slice(0, Math.max(before, 0)) + text.slice(end);
}

/**
 * Adds a column named `name` at the end: the header gets the name, every row an empty cell. A
 * blank text becomes a header of that one name. `removeColumn` of it gives the text back.
 */
export function addColumn(text: string, name: string): string {
  const layout = csvLayout(text);
  const clean = cellText(name, layout.separator);
  if (layout.headerStart === -1) {
    const gap = text === '' || text.endsWith('\n') ? '' : layout.eol;
    return text + gap + clean + layout.eol;
  }
  const { separator } = layout;
  let out = `${text.slice(0, layout.headerEnd)}${separator}${clean}`;
  let from = layout.headerEnd;
  for (let r = 0; r < layout.rowStarts.length; r++) {
    const cells = text.slice(layout.rowStarts[r], layout.rowEnds[r]).split(separator);
    if (cells[0]!.trim() === EMPTY_CELL && cells.every((cell, c) => c === 0 || cell.trim() === ''))
      cells[0] = '';
    out += text.slice(from, layout.rowStarts[r]) + rowLine([...cells, ''], separator);
    from = layout.rowEnds[r]!;
  }
  return out + text.slice(from);
}

/** Removes column `column` from the header and every row; removing the only column empties it. */
export function removeColumn(text: string, column: number): string {
  const layout = csvLayout(text);
  if (layout.headerStart === -1) return text;
  const width = columnCount(text, layout);
  if (column < 0 || column >= width) return text;
  if (width === 1) return '';
  const { separator } = layout;
  const without = (start: number, end: number) => {
    const cells = text.slice(start, end).split(separator);
    if (column < cells.length) cells.splice(column, 1);
    return rowLine(cells, separator);
  };
  let out = text.slice(0, layout.headerStart) + without(layout.headerStart, layout.headerEnd);
  let from = layout.headerEnd;
  for (let r = 0; r < layout.rowStarts.length; r++) {
    out +=
      text.slice(from, layout.rowStarts[r]) + without(layout.rowStarts[r]!, layout.rowEnds[r]!);
    from = layout.rowEnds[r]!;
  }
  return out + text.slice(from);
}

/** Renames column `column`, keeping its spaces and its double quotes if it had them. */
export function renameColumn(text: string, column: number, name: string): string {
  const layout = csvLayout(text);
  if (layout.headerStart === -1) return text;
  const cells = text.slice(layout.headerStart, layout.headerEnd).split(layout.separator);
  if (column < 0 || column >= cells.length) return text;
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(cells[column]!)!;
  const clean = cellText(name, layout.separator).trim();
  const quoted = core!.length >= 2 && core!.startsWith('"') && core!.endsWith('"');
  cells[column] = lead + (quoted ? `"${clean}"` : clean) + trail;
  return (
    text.slice(0, layout.headerStart) + cells.join(layout.separator) + text.slice(layout.headerEnd)
  );
}

/**
 * Whether the header seems to be separated by semicolons, as spreadsheets write CSV where the
 * decimal mark is a comma: parseCsv reads commas and tabs only.
 */
export function looksSemicolonSeparated(text: string): boolean {
  const layout = csvLayout(text);
  if (layout.headerStart === -1) return false;
  const header = text.slice(layout.headerStart, layout.headerEnd);
  return header.includes(';') && !header.includes(',') && !header.includes('\t');
}

/** Semicolon-separated text with decimal commas (`1,5;2`) as parseCsv reads it (`1.5,2`). */
export function fromSemicolons(text: string): string {
  return text.replaceAll(',', '.').replaceAll(';', ',');
}

/** Cells in the header, the number of columns every row should have. */
function columnCount(text: string, layout: CsvLayout): number {
  return text.slice(layout.headerStart, layout.headerEnd).split(layout.separator).length;
}

/** What a cell may hold: no separator and no line break. */
function cellText(value: string, separator: string): string {
  return value.replace(/\r\n|[\r\n]/g, ' ').replaceAll(separator, ' ');
}

/** Cells joined; when the line would be blank, its first cell is `""`, so it stays a row. */
function rowLine(cells: readonly string[], separator: string): string {
  const line = cells.join(separator);
  return line.trim() === '' ? [EMPTY_CELL, ...cells.slice(1)].join(separator) : line;
}

function unquoted(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')
    ? cell.slice(1, -1).trim()
    : cell;
}

/**
 * Pastes a block of cells (a spreadsheet's copy: rows on lines, cells split by tabs, or by
 * commas when there is no tab) with its top left at `row`, `column`; rows are added as needed,
 * cells past the last column are left out.
 */
export function pasteBlock(text: string, row: number, column: number, block: string): string {
  const lines = block.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  const separator = block.includes('\t') ? '\t' : ',';
  let out = text;
  let rows = csvLayout(out).rowStarts.length;
  const width = readGrid(out, 0).columns.length;
  lines.forEach((line, r) => {
    while (rows <= row + r) {
      out = addRow(out);
      rows++;
    }
    line.split(separator).forEach((cell, c) => {
      if (column + c < width) out = setCell(out, row + r, column + c, cell.trim());
    });
  });
  return out;
}
