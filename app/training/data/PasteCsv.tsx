import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { fromSemicolons, looksSemicolonSeparated } from './csvEdit.ts';

/**
 * The whole CSV text in a disclosure, to paste into (a spreadsheet's copy, with tabs, works) or
 * to edit rows the table does not show. Semicolon-separated text gets an offer to convert it.
 */
export function PasteCsv(props: {
  readonly text: string;
  readonly onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  // The text area is drawn only while open: 10,000 rows of text need not be laid out again at
  // every keystroke in the table.
  const [open, setOpen] = useState(false);
  const semicolons = looksSemicolonSeparated(props.text);
  return (
    <>
      {semicolons && (
        <p className="data-semicolons">
          {t('dataTable.semicolons')}{' '}
          <button
            type="button"
            className="data-button"
            onClick={() => props.onChange(fromSemicolons(props.text))}
          >
            {t('dataTable.useCommas')}
          </button>
        </p>
      )}
      <details className="data-paste" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('dataTable.paste')}</summary>
        <p id={hintId} className="muted">
          {t('dataTable.pasteHint')}
        </p>
        {open && (
          <textarea
            className="data-csv"
            value={props.text}
            rows={8}
            spellCheck={false}
            autoComplete="off"
            wrap="off"
            aria-label={t('dataTable.csvText')}
            aria-describedby={hintId}
            onChange={(event) => props.onChange(event.target.value)}
          />
        )}
      </details>
    </>
  );
}
