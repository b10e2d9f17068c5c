import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  readonly min?: number;
  /** The value must be above `min`, not equal to it. */
  readonly exclusiveMin?: boolean;
  readonly integer?: boolean;
  /** Shown when empty: what no value means ("all rows"). */
  readonly placeholder?: string;
  /** A valid number, or undefined when the box was emptied. */
  readonly onChange: (value: number | undefined) => void;
}

/**
 * A labelled number box that keeps what the person types: a number out of range (or a half
 * typed `0.`) stays in the box, marked invalid, and is not applied until it is a valid value.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, exclusiveMin, integer, placeholder, onChange } = props;
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  // A value set elsewhere (an example, a link) replaces the text unless it already reads so.
  useEffect(() => {
    setText((shown) =>
      value === undefined
        ? shown.trim() === ''
          ? shown
          : ''
        : Number(shown) === value
          ? shown
          : String(value),
    );
  }, [value]);
  const read = (shown: string) => (shown.trim() === '' ? undefined : Number(shown));
  const accepts = (x: number | undefined) =>
    x === undefined ||
    (Number.isFinite(x) &&
      (min === undefined || (exclusiveMin ? x > min : x >= min)) &&
      (!integer || Number.isInteger(x)));
  const valid = accepts(read(text));
  return (
    <label className="training-number" htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        aria-invalid={!valid}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          if (accepts(read(next))) onChange(read(next));
        }}
      />
    </label>
  );
}
