import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { ColumnHeader } from './ColumnHeader.tsx';
import type { CsvGrid } from './csvEdit.ts';
import { DataRow } from './DataRow.tsx';
import type { InvalidPlace } from './invalid.ts';

/** What the grid asks its owner to do to the CSV text. */
export interface GridEdits {
  readonly setCell: (row: number, column: number, value: string) => void;
  readonly pasteBlock: (row: number, column: number, block: string) => void;
  readonly addRow: () => void;
  readonly removeRow: (row: number) => void;
  readonly renameColumn: (column: number, name: string) => void;
  readonly removeColumn: (column: number) => void;
}

/**
 * The table of cells: a header of column names (rename, remove), a row number and a
 * remove button per row. Enter and ArrowDown go down a row, Shift+Enter and ArrowUp up (Tab goes
 * right, natively); Enter on the last row adds a row.
 */
export function DataGrid(props: {
  readonly grid: CsvGrid;
  readonly titleId: string;
  readonly inputs: readonly string[];
  readonly invalid: InvalidPlace;
  readonly errorId: string;
  readonly edits: GridEdits;
}) {
  const { t } = useTranslation();
  const { grid, invalid, edits } = props;
  const { columns, rows } = grid;
  const table = useRef<HTMLTableElement>(null);
  const pendingFocus = useRef<{ row: number; column: number } | null>(null);
  const unused = props.inputs.filter((name) => !columns.includes(name));

  const focusCell = (row: number, column: number) => {
    const cell = table.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-column="${column}"]`,
    );
    cell?.focus();
    cell?.select();
    return cell !== null && cell !== undefined;
  };
  // A row added by Enter on the last row is focused once it is drawn.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending && focusCell(pending.row, pending.column)) pendingFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('data-cell')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = Number(target.dataset.row);
    const column = Number(target.dataset.column);
    const enter = event.key === 'Enter';
    const down = event.key === 'ArrowDown' || (enter && !event.shiftKey);
    const up = event.key === 'ArrowUp' || (enter && event.shiftKey);
    if (!down && !up) return;
    event.preventDefault();
    const next = row + (down ? 1 : -1);
    if (next < 0) return;
    if (next < rows.length) focusCell(next, column);
    else if (enter && rows.length === grid.rowCount) {
      pendingFocus.current = { row: next, column };
      edits.addRow();
    }
  };

  return (
    <table ref={table} className="data-table" aria-labelledby={props.titleId}>
      <thead>
        <tr>
          <th scope="col" className="data-rownum">
            <span aria-hidden="true">#</span>
            <span className="data-hidden">{t('dataTable.row')}</span>
          </th>
          {columns.map((name, c) => (
            <ColumnHeader
              // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; names can repeat while being typed
              key={c}
              name={name}
              index={c}
              columns={columns}
              isInput={props.inputs.includes(name)}
              invalid={invalid.header && invalid.column === c}
              suggestions={unused}
              onRename={edits.renameColumn}
              onRemove={edits.removeColumn}
            />
          ))}
          <td className="data-row-actions" />
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {rows.map((cells, r) => (
          <DataRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position in the text
            key={r}
            row={r}
            cells={cells}
            columns={columns}
            invalid={
              invalid.row !== r ? undefined : invalid.column === undefined ? 'row' : invalid.column
            }
            errorId={props.errorId}
            edits={edits}
          />
        ))}
      </tbody>
    </table>
  );
}
