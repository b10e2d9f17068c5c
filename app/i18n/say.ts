import { useMemo } from 'react';
import { type Phrase, renderPhrase, type Say } from '../../src/index.ts';
import { type TFunction, useTranslation } from './i18n.ts';

/**
 * The engine's phrases in the page's language: the key under `engine.` in the catalogs,
 * counts and ratios written with the language's digit grouping and decimal sign (1 234,5 in
 * Russian). Names, formulas and values come in the engine's notation, the one a person types.
 */
export function sayIn(t: TFunction, language: string): Say {
  const numbers = new Intl.NumberFormat(language);
  // The key is built from the phrase: i18next's typed keys cannot follow it, catalogs.test.ts does.
  const lookup = (key: string, values: Record<string, string | number>) =>
    t(`engine.${key}` as never, values as never) as unknown as string;
  return (phrase: Phrase) => renderPhrase(phrase, lookup, (x) => numbers.format(x));
}

/** `sayIn` for the current language; a new function when the language changes. */
export function useSay(): Say {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => sayIn(t, language), [t, language]);
}
