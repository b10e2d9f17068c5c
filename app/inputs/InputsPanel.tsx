import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
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
  return (
    <section className="panel" aria-labelledby={`${idPrefix}title`}>
      <h2 id={`${idPrefix}title`} className="panel-title">
        Inputs
      </h2>
      {!ready && <p className="muted">The inputs appear once the program runs.</p>}
      {ready && inputs.length === 0 && <p className="muted">This program has no inputs.</p>}
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
                    aria-label={`Reset ${input.name}`}
                    title="Use the value the program gives"
                    onClick={() => resetInput(input.name)}
                  >
                    reset
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {inputs.length > INPUT_FIELD_LIMIT && (
        <p className="muted">
          Showing the first {INPUT_FIELD_LIMIT} of {inputs.length.toLocaleString('en-US')} inputs;
          edit the others in the program.
        </p>
      )}
    </section>
  );
}
