import { useState } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { NameForm } from './NameForm.tsx';

/**
 * A column's header: its name (a button that renames it), a button that removes it, and under
 * them whether the program has an input of that name; a column that is not an input is marked.
 */
export function ColumnHeader(props: {
  readonly name: string;
  readonly index: number;
  readonly columns: readonly string[];
  readonly isInput: boolean;
  readonly invalid: boolean;
  readonly suggestions: readonly string[];
  readonly onRename: (column: number, name: string) => void;
  readonly onRemove: (column: number) => void;
}) {
  const { t } = useTranslation();
  const { name, index } = props;
  const [renaming, setRenaming] = useState(false);
  const classes = ['data-col', props.isInput ? 'is-input' : 'is-not-input'];
  if (props.invalid) classes.push('is-invalid');
  return (
    <th scope="col" className={classes.join(' ')}>
      {renaming ? (
        <NameForm
          initial={name}
          taken={props.columns.filter((_, c) => c !== index)}
          suggestions={props.suggestions}
          label={t('dataTable.columnName', { name })}
          submitLabel={t('dataTable.rename')}
          onSubmit={(next) => {
            setRenaming(false);
            if (next !== name) props.onRename(index, next);
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <span className="data-col-head">
          <button
            type="button"
            className="data-col-name"
            aria-label={t('dataTable.renameColumn', { name })}
            title={t('dataTable.renameColumn', { name })}
            onClick={() => setRenaming(true)}
          >
            {name}
          </button>
          <button
            type="button"
            className="data-icon-button"
            aria-label={t('dataTable.removeColumn', { name })}
            title={t('dataTable.removeColumn', { name })}
            onClick={() => props.onRemove(index)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
      <span
        className="data-col-role"
        title={t(props.isInput ? 'dataTable.isInputTitle' : 'dataTable.notInputTitle', { name })}
      >
        {props.isInput ? t('dataTable.isInput') : `⚠ ${t('dataTable.notInput')}`}
      </span>
    </th>
  );
}
