import { describe, expect, it } from 'vitest';
import { ENGINE_EN } from './en.ts';
import { sayEnglish } from './english.ts';
import { type PhraseKey, phrase } from './phrase.ts';

describe('sayEnglish', () => {
  it('fills names and formulas as given, and writes counts with grouping', () => {
    expect(sayEnglish(phrase('narrate.inputValue', { name: 'a', value: '2.5' }))).toBe(
      'The input a is 2.5.',
    );
    expect(sayEnglish(phrase('syntax.tooLong', { length: 2_000_001, limit: 2_000_000 }))).toBe(
      'The program is 2,000,001 characters long; the limit is 2,000,000 characters',
    );
  });

  it('chooses the plural form by count, bigints included', () => {
    expect(sayEnglish(phrase('paths.passes', { count: 1 }))).toBe('1 pass');
    expect(sayEnglish(phrase('paths.passes', { count: 1000 }))).toBe('1,000 passes');
    expect(sayEnglish(phrase('paths.operations', { count: 12_345_678n }))).toBe(
      '12,345,678 operations',
    );
    expect(sayEnglish(phrase('paths.derivatives', { count: 1 }))).toBe('the derivative');
  });

  it('says nested phrases first', () => {
    const reason = phrase('engine.timedOut', { seconds: 10 });
    expect(sayEnglish(phrase('engine.sentAgain', { reason }))).toBe(
      'It did not answer within 10 s. The program was sent again.',
    );
  });

  it('leaves no placeholder unfilled in any message given its parameters', () => {
    const messages = Object.entries(ENGINE_EN).flatMap(([group, byName]) =>
      Object.entries(byName).map(([name, template]) => ({
        key: `${group}.${name.replace(/_(one|other)$/, '')}` as PhraseKey,
        names: [...(template as string).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!),
        count: name.endsWith('_one') ? 1 : 2,
      })),
    );
    expect(messages.length).toBeGreaterThan(60);
    for (const { key, names, count } of messages) {
      // A plural message is chosen by `count` even where it does not show it.
      const params = { count, ...Object.fromEntries(names.map((name) => [name, 'X'])) };
      expect(sayEnglish(phrase(key, params)), key).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('refuses a key the catalog does not have', () => {
    expect(() => sayEnglish({ key: 'narrate.nothing' as PhraseKey })).toThrow(/narrate\.nothing/);
  });
});
