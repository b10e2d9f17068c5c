import { useEffect, useState } from 'react';

interface NumberFieldProps {
  readonly id: string;
  readonly value: number;
  /** Called with each finite number the field's text parses to. */
  readonly onValue: (value: number) => void;
}

/**
 * A number field that lets the text be incomplete while typing (`-`, `1.`, empty) and reports
 * only finite numbers; when `value` changes from outside, the text follows it.
 */
export function NumberField({ id, value, onValue }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((current) =>
      current.trim() !== '' && Number(current) === value ? current : String(value),
    );
  }, [value]);
  return (
    <input
      id={id}
      type="number"
      step="any"
      inputMode="decimal"
      className="number-field"
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = Number(next);
        if (next.trim() !== '' && Number.isFinite(parsed)) onValue(parsed);
      }}
    />
  );
}
