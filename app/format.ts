/** Significant digits shown for numbers that are not exact integers. */
export const DISPLAY_DIGITS = 6;

/**
 * A number for display: exact integers as JavaScript prints them, anything else rounded to
 * 6 significant digits (so 2.2000000000000006 shows as 2.2), in exponent form from a million
 * up; NaN and ±Infinity as JavaScript prints them. The exact value is `String(x)`.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  if (Math.abs(x) >= 1e6) return x.toExponential(DISPLAY_DIGITS - 1).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(DISPLAY_DIGITS)));
}
