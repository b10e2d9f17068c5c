import { ticks as linearTicks } from 'd3';

/** A chart's value axis: linear, or logarithmic (where only positive values can be drawn). */
export type ValueScale = 'linear' | 'log';

/** Whether `value` has a place on a `scale` axis: finite, and positive on a log axis. */
export function drawable(value: number, scale: ValueScale): boolean {
  return Number.isFinite(value) && (scale === 'linear' || value > 0);
}

/** The smallest and largest of the `count` values drawable on `scale`; undefined if none is. */
export function extentOf(
  count: number,
  valueAt: (k: number) => number,
  scale: ValueScale,
): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    const v = valueAt(k);
    if (!drawable(v, scale)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/**
 * A domain for a value axis that holds [lo, hi] with a little room: on a log axis, whole powers
 * of ten around them; on a linear axis, d3's nice bounds, widened when lo = hi.
 */
export function valueDomain([lo, hi]: [number, number], scale: ValueScale): [number, number] {
  if (scale === 'log') {
    const a = powerOfTen(Math.floor(Math.log10(lo)));
    const b = powerOfTen(Math.ceil(Math.log10(hi)));
    return a === b ? [a / 10, b * 10] : [a, b];
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** 10^e exactly as a literal would be (10 ** -5 is 0.000009999999999999999). */
const powerOfTen = (e: number) => Number(`1e${e}`);

/** Powers of ten in [lo, hi], thinned to at most `most` of them (evenly spaced exponents). */
export function logTicks(lo: number, hi: number, most: number): number[] {
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const step = Math.max(1, Math.ceil((last - first + 1) / most));
  const result: number[] = [];
  for (let e = first; e <= last; e += step) result.push(powerOfTen(e));
  return result;
}

/** Integer ticks for a step axis over [lo, hi], about `most` of them. */
export function stepTicks(lo: number, hi: number, most: number): number[] {
  return linearTicks(lo, hi, most).filter((t) => Number.isInteger(t));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A short tick label: plain decimals from 0.001 to below 100,000 (at most 3 significant
 * digits), otherwise a power of ten written with superscripts, `10⁻⁶` or `2.5×10⁸`.
 */
export function formatTick(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value === 0 ? 0 : value);
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e5) return String(Number(value.toPrecision(3))).replace('-', '−');
  const exponent = Math.floor(Math.log10(abs) + 1e-9);
  const mantissa = Number((value / powerOfTen(exponent)).toPrecision(2));
  const power = `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  const sign = value < 0 ? '−' : '';
  return Math.abs(mantissa) === 1 ? `${sign}${power}` : `${mantissa}×${power}`.replace('-', '−');
}

/**
 * The levels at which to cut a surface whose finite values lie in [lo, hi] into filled bands:
 * about `count` of them, spaced evenly in the logarithm when the values are positive and span
 * more than two orders of magnitude (a bowl's floor would otherwise be one band), evenly
 * otherwise. Every level is > lo and <= hi, ascending, so each band is drawn.
 */
export function contourThresholds(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [hi];
  if (logLevelsFit(lo, hi)) {
    const a = Math.log(lo);
    const b = Math.log(hi);
    return Array.from({ length: count }, (_, i) => Math.exp(a + ((b - a) * (i + 1)) / count));
  }
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 1)) / count);
}

/** Whether values in [lo, hi] are better shown on a logarithmic scale. */
export function logLevelsFit(lo: number, hi: number): boolean {
  return lo > 0 && hi / lo > 100;
}

/**
 * The points of a polyline, cut into runs where a point cannot be drawn: each run is a list of
 * consecutive drawable points, in order. A point that cannot be drawn (a coordinate not
 * finite) breaks the line and is itself left out.
 */
export function segments<P extends readonly [number, number]>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  for (const p of points) {
    if (Number.isFinite(p[0]) && Number.isFinite(p[1])) run.push(p);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
