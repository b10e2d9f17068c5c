import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import { selectHasErrors, selectSetSource, selectSource } from '../store/selectors.ts';
import { DIAGNOSTICS_ID, Diagnostics } from './Diagnostics.tsx';

/** The program text, with its problems listed under it. */
export function ProgramEditor() {
  const { t } = useTranslation();
  const source = useAppStore(selectSource);
  const setSource = useAppStore(selectSetSource);
  const hasErrors = useAppStore(selectHasErrors);
  return (
    <section className="panel editor">
      <label htmlFor="program" className="panel-title">
        {t('program.title')}
      </label>
      <p className="hint" id="program-hint">
        <Trans i18nKey="program.hint" components={{ code: <code /> }} />
      </p>
      <textarea
        id="program"
        className="program"
        value={source}
        onChange={(event) => setSource(event.target.value)}
        rows={9}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        aria-invalid={hasErrors}
        aria-describedby={hasErrors ? `program-hint ${DIAGNOSTICS_ID}` : 'program-hint'}
      />
      <Diagnostics />
    </section>
  );
}
