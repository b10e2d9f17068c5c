// Big counts and long durations, written for reading in the page's language (`locale`, an i18next
// language code: `en`, `zh`, `ru`). Counts arrive as decimal strings (they pass 2^53); the path
// count itself is always shown in full.

import type { TFunction } from '../i18n/i18n.ts';

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

/** A count with the language's thousands separators up to 15 digits, else "2.52 × 10^32". */
export function countText(decimal: string, locale = 'en'): string {
  const digits = decimal.replace(/^-/, '');
  if (digits.length <= 15) return BigInt(decimal).toLocaleString(locale);
  const mantissa = Number(`${digits[0]}.${digits.slice(1, 3)}`).toLocaleString(locale);
  return `${decimal.startsWith('-') ? '-' : ''}${mantissa} × 10^${digits.length - 1}`;
}

/** Three significant digits at most, the language's way (0.0183, 3,25 in Russian). */
const threeDigits = (x: number, locale: string) =>
  x.toLocaleString(locale, { maximumSignificantDigits: 3 });

const UNITS = [
  [1000 * 60 * 60 * 24 * 365.25, 'paths.units.years'],
  [1000 * 60 * 60 * 24, 'paths.units.days'],
  [1000 * 60 * 60, 'paths.units.h'],
  [1000 * 60, 'paths.units.min'],
  [1000, 'paths.units.s'],
] as const;

/** A duration: "0.0183 ms", "12.3 ms", "3.25 s", "12 days", "1.38 × 10^16 years". */
export function durationText(ms: number, t: TFunction, locale = 'en'): string {
  if (!Number.isFinite(ms)) return '—';
  for (const [size, unit] of UNITS) {
    if (ms < size) continue;
    const value = ms / size;
    // `count` picks the unit's plural form (Russian: 1 день, 3 дня, 12 дней); `value` is shown.
    if (value >= 1e6) {
      const [m, e] = value.toExponential(2).split('e');
      return t(unit, {
        count: value,
        value: `${threeDigits(Number(m), locale)} × 10^${Number(e)}`,
      });
    }
    const shown = value >= 100 ? Math.round(value) : Number(value.toPrecision(3));
    return t(unit, {
      count: shown,
      value: value >= 100 ? shown.toLocaleString(locale) : threeDigits(shown, locale),
    });
  }
  return t('paths.units.ms', { value: threeDigits(ms, locale) });
}
