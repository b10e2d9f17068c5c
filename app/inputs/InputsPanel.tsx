import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import { selectInputsPanel } from '../store/selectors.ts';
import { InputSlider } from './InputSlider.tsx';
import { NumberField } from './NumberField.tsx';

/** Fields for more inputs than this would slow the page down more than they help. */
export const INPUT_FIELD_LIMIT = 300;

/** A number field and a slider per input of the program; a changed value is recomputed at once. */
export function InputsPanel() {
  const { ready, inputs, overrides, setInput, resetInput } = useAppStore(
    useShallow(selectInputsPanel),
  );
  const idPrefix = useId();
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`${idPrefix}title`}>
      <h2 id={`${idPrefix}title`} className="panel-title">
        {t('inputs.title')}
      </h2>
      {!ready && <p className="muted">{t('inputs.waiting')}</p>}
      {ready && inputs.length === 0 && <p className="muted">{t('inputs.none')}</p>}
      {inputs.length > 0 && (
        <ul className="input-fields">
          {inputs.slice(0, INPUT_FIELD_LIMIT).map((input, index) => {
            const id = `${idPrefix}input-${index}`;
            const overridden = Object.hasOwn(overrides, input.name);
            return (
              <li key={input.name}>
                <label htmlFor={id}>{input.name}</label>
                <NumberField
                  id={id}
                  value={overrides[input.name] ?? input.value}
                  onValue={(value) => setInput(input.name, value)}
                />
                <InputSlider
                  name={input.name}
                  value={overrides[input.name] ?? input.value}
                  onValue={(value) => setInput(input.name, value)}
                />
                {overridden && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('inputs.resetName', { name: input.name })}
                    title={t('inputs.resetTitle')}
                    onClick={() => resetInput(input.name)}
                  >
                    {t('inputs.reset')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {inputs.length > INPUT_FIELD_LIMIT && (
        <p className="muted">
          {t('inputs.limited', { shown: INPUT_FIELD_LIMIT, count: inputs.length })}
        </p>
      )}
    </section>
  );
}
