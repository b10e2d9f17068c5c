import { formatNumber } from '../format.ts';

/** A number rounded for reading, with its exact value on hover. */
export function Num({ value }: { value: number }) {
  return (
    <span className="num" title={String(value)}>
      {formatNumber(value)}
    </span>
  );
}
