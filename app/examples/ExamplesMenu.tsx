import { useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { EXAMPLES } from './examples.ts';

const selectLoad = (s: AppState) => s.loadShared;
const selectSetTraining = (s: AppState) => s.setTraining;
const selectSource = (s: AppState) => s.source;

/**
 * The Examples menu: choosing one replaces the program, its input values and the view. It shows
 * the example the program is, while the program is one unchanged (the default program is colah's).
 * A load is an undo step and a new browser history entry (`loadShared`): Undo or Back returns to
 * what the person had.
 */
export function ExamplesMenu() {
  const { t } = useTranslation();
  const loadShared = useAppStore(selectLoad);
  const setTraining = useAppStore(selectSetTraining);
  const source = useAppStore(selectSource);
  const current = EXAMPLES.find((e) => e.source.trim() === source.trim())?.id ?? '';
  return (
    <label className="examples-menu">
      {t('examples.label')}{' '}
      <select
        aria-label={t('examples.label')}
        value={current}
        onChange={(event) => {
          const example = EXAMPLES.find((e) => e.id === event.currentTarget.value);
          if (!example) return;
          loadShared({
            source: example.source,
            overrides: {},
            ...(example.view ? { view: example.view } : {}),
          });
          // A training example brings its data and settings; any other has none.
          setTraining(
            example.training
              ? { batchSize: undefined, seed: undefined, tolerance: undefined, ...example.training }
              : null,
          );
        }}
      >
        <option value="" disabled>
          {current ? t('examples.load') : t('examples.yours')}
        </option>
        {EXAMPLES.map((e) => (
          <option key={e.id} value={e.id}>
            {t(`examples.${e.id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
