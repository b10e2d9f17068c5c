/**
 * A number as people read it in a lesson: integers exactly, others to 6 significant digits
 * without trailing zeros (2.2000000000000006 → 2.2), very large or small ones in e-notation,
 * and NaN / ±Infinity by name.
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return '-∞';
  if (Object.is(x, -0)) return '0';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(4).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}

/**
 * A number short enough for a node or an edge label (at most SHORT_NUMBER_CHARS characters):
 * 4 significant digits, e-notation past 1e5 or under 1e-3. Full precision is in the narration,
 * the tables and the tooltips.
 */
export function formatShort(x: number): string {
  if (!Number.isFinite(x) || Object.is(x, -0)) return formatNumber(x);
  const abs = Math.abs(x);
  if (Number.isInteger(x) && abs < 1e5) return String(x);
  if (abs >= 1e5 || abs < 1e-3) return x.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(4)));
}

/** The longest text `formatShort` gives (`-1.23e-10`, `-0.001235`). */
export const SHORT_NUMBER_CHARS = 9;
