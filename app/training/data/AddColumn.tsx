import { useState } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { NameForm } from './NameForm.tsx';

/**
 * `Add column`, which asks for the name inline and suggests the program's inputs that are not yet
 * columns (none filled in: which of them are data, and which parameters, is the person's choice).
 */
export function AddColumn(props: {
  readonly columns: readonly string[];
  readonly inputs: readonly string[];
  readonly onAdd: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const unused = props.inputs.filter((name) => !props.columns.includes(name));
  if (!adding)
    return (
      <button type="button" className="data-button" onClick={() => setAdding(true)}>
        <span aria-hidden="true">+ </span>
        {t('dataTable.addColumn')}
      </button>
    );
  return (
    <NameForm
      initial=""
      taken={props.columns}
      suggestions={unused}
      label={t('dataTable.newColumnName')}
      submitLabel={t('dataTable.add')}
      onSubmit={(name) => {
        setAdding(false);
        props.onAdd(name);
      }}
      onCancel={() => setAdding(false)}
    />
  );
}
