import { type ClipboardEvent, useState } from 'react';

/**
 * One editable cell. What the person types is shown exactly while they type (a trailing space
 * included), as long as the text read back from the CSV still agrees with it; a change from
 * elsewhere (undo, Paste CSV) shows at once.
 */
export function DataCell(props: {
  readonly value: string;
  readonly row: number;
  readonly column: number;
  readonly label: string;
  readonly invalid: boolean;
  readonly missing: boolean;
  readonly describedBy: string | undefined;
  readonly onEdit: (row: number, column: number, value: string) => void;
  /** A copy of several cells pasted here (it has a tab or a line break). */
  readonly onPasteBlock: (row: number, column: number, block: string) => void;
}) {
  const { value, row, column } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && draft.trim() === value ? draft : value;
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const block = event.clipboardData.getData('text/plain');
    if (!/[\t\n\r]/.test(block.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    props.onPasteBlock(row, column, block);
  };
  return (
    <input
      className={props.missing ? 'data-cell is-missing' : 'data-cell'}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={shown}
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.invalid ? props.describedBy : undefined}
      data-row={row}
      data-column={column}
      onChange={(event) => {
        setDraft(event.target.value);
        props.onEdit(row, column, event.target.value);
      }}
      onBlur={() => setDraft(null)}
      onPaste={onPaste}
    />
  );
}
