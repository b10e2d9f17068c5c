import { useState } from 'react';

/** A range around `value` wide enough to explore: ±max(5, 2|value|), rounded to a nice number. */
export function sliderRange(value: number): { min: number; max: number; step: number } {
  const span = 10 ** Math.ceil(Math.log10(Math.max(5, 2 * Math.abs(value))));
  const half = span / 2 >= Math.abs(value) ? span / 2 : span;
  return { min: -half, max: half, step: half / 200 };
}

interface InputSliderProps {
  readonly name: string;
  readonly value: number;
  readonly onValue: (value: number) => void;
}

/**
 * A slider for one input. Its range is chosen once from the value and kept while dragging,
 * so that the thumb does not run away; it is widened only when the value leaves it.
 */
export function InputSlider({ name, value, onValue }: InputSliderProps) {
  const [range, setRange] = useState(() => sliderRange(value));
  if (Number.isFinite(value) && (value < range.min || value > range.max))
    setRange(sliderRange(value));
  return (
    <input
      type="range"
      className="input-slider"
      aria-label={name}
      min={range.min}
      max={range.max}
      step={range.step}
      value={Number.isFinite(value) ? value : 0}
      onChange={(event) => onValue(Number(event.currentTarget.value))}
    />
  );
}
