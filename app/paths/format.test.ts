import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
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

  it("writes the numbers the language's way", () => {
    expect(countText('1234567', 'ru')).toBe('1\u00a0234\u00a0567');
    expect(countText('252264942045389594897810264473600', 'ru')).toBe('2,52 × 10^32');
    expect(countText('1234567', 'zh')).toBe('1,234,567');
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
    expect(durationText(ms, i18n.getFixedT('en'))).toBe(expected);
  });
});

describe('durationText in other languages', () => {
  it.each([
    ['ru', 3250, '3,25 с'],
    ['ru', 1000 * 60 * 60 * 24, '1 день'],
    ['ru', 1000 * 60 * 60 * 24 * 3, '3 дня'],
    ['ru', 1000 * 60 * 60 * 24 * 12, '12 дней'],
    ['ru', 4.37e26, '1,38 × 10^16 лет'],
    ['zh', 0.018345, '0.0183 毫秒'],
    ['zh', 1000 * 60 * 60 * 24 * 12, '12 天'],
  ] as const)('%s: %s ms → %s', (language, ms, expected) => {
    expect(durationText(ms, i18n.getFixedT(language), language)).toBe(expected);
  });
});
