import { describe, expect, it } from 'vitest';
import { countText, durationText, powerForm } from './format.ts';

describe('powerForm', () => {
  it.each([
    ['1267650600228229401496703205376', '2^100'],
    ['1024', '2^10'],
    ['243', '3^5'],
    ['8', null],
    ['1000', null],
    ['0', null],
    ['not a number', null],
  ])('%s → %s', (decimal, expected) => {
    expect(powerForm(decimal)).toBe(expected);
  });
});

describe('countText', () => {
  it('groups up to 15 digits and goes scientific past that', () => {
    expect(countText('1234567')).toBe('1,234,567');
    expect(countText('999999999999999')).toBe('999,999,999,999,999');
    expect(countText('252264942045389594897810264473600')).toBe('2.52 × 10^32');
    expect(countText('1000000000000000000')).toBe('1 × 10^18');
  });
});

describe('durationText', () => {
  it.each([
    [0.018345, '0.0183 ms'],
    [12.34, '12.3 ms'],
    [3250, '3.25 s'],
    [90_000, '1.5 min'],
    [1000 * 60 * 60 * 24 * 12, '12 days'],
    [4.37e26, '1.38 × 10^16 years'],
    [Number.NaN, '—'],
  ])('%s ms → %s', (ms, expected) => {
    expect(durationText(ms)).toBe(expected);
  });
});
