import './data.css';
import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { AddColumn } from './AddColumn.tsx';
import {
  addColumn,
  addRow,
  pasteBlock,
  readGrid,
  removeColumn,
  removeRow,
  renameColumn,
  setCell,
} from './csvEdit.ts';
import { DataGrid, type GridEdits } from './DataGrid.tsx';
import { invalidPlace } from './invalid.ts';
import { PasteCsv } from './PasteCsv.tsx';

/** Rows drawn as fields; the others are edited as text in Paste CSV. */
export const SHOWN_DATA_ROWS = 200;

/** A problem with the data, as parseCsv or assignRoles give it (rows count from 1). */
export interface DataEditorError {
  readonly message: string;
  readonly row?: number;
  readonly column?: string | number;
}

export interface DataEditorProps {
  /** The data as CSV text: a header row of column names, then rows of numbers. */
  readonly text: string;
  /** Every edit, as the whole new text; nothing typed is dropped, numbers or not. */
  readonly onChange: (text: string) => void;
  /** The program's inputs: a column named otherwise is marked. */
  readonly inputs: readonly string[];
  /** The owner's reading of `text`; its cell or column is marked and its message shown. */
  readonly error?: DataEditorError;
}

/**
 * The training data as a table of editable cells, with its CSV text under `Paste CSV`. A
 * controlled component: it holds no data, and every edit calls `onChange` with the new text,
 * in which every other character is kept as it was.
 */
export function DataEditor({ text, onChange, inputs, error }: DataEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorId = useId();
  const grid = useMemo(() => readGrid(text, SHOWN_DATA_ROWS), [text]);
  const invalid = invalidPlace(error, grid.columns);
  // The edits read the newest text and onChange through a ref, so they stay the same object and
  // a keystroke draws only the row it changed (200 rows of fields otherwise, at every key).
  const latest = useRef({ text, onChange });
  useLayoutEffect(() => {
    latest.current = { text, onChange };
  });
  const edits = useMemo<GridEdits>(() => {
    const apply = (edit: (text: string) => string) =>
      latest.current.onChange(edit(latest.current.text));
    return {
      setCell: (row, column, value) => apply((t) => setCell(t, row, column, value)),
      pasteBlock: (row, column, block) => apply((t) => pasteBlock(t, row, column, block)),
      addRow: () => apply(addRow),
      removeRow: (row) => apply((t) => removeRow(t, row)),
      renameColumn: (column, name) => apply((t) => renameColumn(t, column, name)),
      removeColumn: (column) => apply((t) => removeColumn(t, column)),
    };
  }, []);
  const hasColumns = grid.columns.length > 0;
  return (
    <section className="data-editor" aria-labelledby={titleId}>
      <h3 id={titleId} className="data-title">
        {t('dataTable.title')}
        <span className="data-size">
          {t('dataTable.rows', { count: grid.rowCount })} ·{' '}
          {t('dataTable.columns', { count: grid.columns.length })}
        </span>
      </h3>
      {!hasColumns && <p className="muted">{t('dataTable.empty')}</p>}
      {hasColumns && (
        // biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1)
        <div className="data-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
          <DataGrid
            grid={grid}
            titleId={titleId}
            inputs={inputs}
            invalid={invalid}
            errorId={errorId}
            edits={edits}
          />
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="data-error">
          {error.message}
        </p>
      )}
      {grid.rowCount > grid.rows.length && (
        <p className="muted data-showing">
          {t('dataTable.showing', { shown: grid.rows.length, count: grid.rowCount })}
        </p>
      )}
      <div className="data-actions">
        {hasColumns && (
          <button type="button" className="data-button" onClick={edits.addRow}>
            <span aria-hidden="true">+ </span>
            {t('dataTable.addRow')}
          </button>
        )}
        <AddColumn
          columns={grid.columns}
          inputs={inputs}
          onAdd={(name) => onChange(addColumn(text, name))}
        />
      </div>
      <PasteCsv text={text} onChange={onChange} />
    </section>
  );
}
