// Big counts and long durations, written for reading. Counts arrive as decimal strings (they
// pass 2^53); the path count itself is always shown in full.

/** `b^k` when the count is an exact power of 2 or 3 with k ≥ 4 (1024 → "2^10"), else null. */
export function powerForm(decimal: string): string | null {
  let n: bigint;
  try {
    n = BigInt(decimal);
  } catch {
    return null;
  }
  for (const base of [2n, 3n]) {
    let k = 0;
    let rest = n;
    while (rest > 1n && rest % base === 0n) {
      rest /= base;
      k++;
    }
    if (rest === 1n && k >= 4) return `${base}^${k}`;
  }
  return null;
}

/** A count with thousands separators up to 15 digits, else "2.54 × 10^32". */
export function countText(decimal: string): string {
  const digits = decimal.replace(/^-/, '');
  if (digits.length <= 15) return BigInt(decimal).toLocaleString('en-US');
  const mantissa = `${digits[0]}.${digits.slice(1, 3)}`.replace(/\.?0+$/, '');
  return `${decimal.startsWith('-') ? '-' : ''}${mantissa} × 10^${digits.length - 1}`;
}

/** A number in scientific form for very large values: 4.4 × 10^26. */
function scientific(x: number): string {
  const [m, e] = x.toExponential(2).split('e');
  return `${Number(m)} × 10^${Number(e)}`;
}

const UNITS: readonly [number, string][] = [
  [1000 * 60 * 60 * 24 * 365.25, 'years'],
  [1000 * 60 * 60 * 24, 'days'],
  [1000 * 60 * 60, 'h'],
  [1000 * 60, 'min'],
  [1000, 's'],
];

/** A duration: "0.0183 ms", "12.3 ms", "3.25 s", "12 days", "1.4 × 10^16 years". */
export function durationText(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  for (const [size, unit] of UNITS) {
    if (ms < size) continue;
    const value = ms / size;
    if (value >= 1e6) return `${scientific(value)} ${unit}`;
    return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : Number(value.toPrecision(3))} ${unit}`;
  }
  return `${Number(ms.toPrecision(3))} ms`;
}
