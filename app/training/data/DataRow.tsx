import { memo } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { DataCell } from './DataCell.tsx';
import type { GridEdits } from './DataGrid.tsx';

interface DataRowProps {
  readonly row: number;
  readonly cells: readonly string[];
  readonly columns: readonly string[];
  /** The error's place in this row: a column, every cell (`'row'`), or none. */
  readonly invalid: number | 'row' | undefined;
  readonly errorId: string;
  /** Stable across edits (they read the newest text), so an unchanged row is not drawn again. */
  readonly edits: GridEdits;
}

/** One row: its number, a field per column, and a button that removes it. */
export const DataRow = memo(function DataRow(props: DataRowProps) {
  const { t } = useTranslation();
  const { row, cells, invalid, edits } = props;
  return (
    <tr className={invalid === undefined ? undefined : 'is-invalid'}>
      <th scope="row" className="data-rownum">
        {row + 1}
      </th>
      {props.columns.map((name, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its position
        <td key={c}>
          <DataCell
            value={cells[c] ?? ''}
            row={row}
            column={c}
            label={t('dataTable.cell', { column: name, row: row + 1 })}
            invalid={invalid === 'row' || invalid === c}
            missing={c >= cells.length}
            describedBy={props.errorId}
            onEdit={edits.setCell}
            onPasteBlock={edits.pasteBlock}
          />
        </td>
      ))}
      <td className="data-row-actions">
        <button
          type="button"
          className="data-icon-button"
          aria-label={t('dataTable.removeRow', { row: row + 1 })}
          title={t('dataTable.removeRow', { row: row + 1 })}
          onClick={() => edits.removeRow(row)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </td>
    </tr>
  );
}, sameRow);

/** Rows are read afresh from the text at every edit: compare what they hold, not their arrays. */
function sameRow(a: DataRowProps, b: DataRowProps): boolean {
  return (
    a.row === b.row &&
    a.invalid === b.invalid &&
    a.errorId === b.errorId &&
    a.edits === b.edits &&
    sameStrings(a.cells, b.cells) &&
    sameStrings(a.columns, b.columns)
  );
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
