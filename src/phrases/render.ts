import { isPhrase, type Phrase, type PhraseParam } from './phrase.ts';

/** Looks a key up in a language's catalog and fills it in (i18next's `t`, or english.ts's). */
export type Lookup = (key: string, values: Record<string, string | number>) => string;

/**
 * Says `phrase` with `lookup`: nested phrases are said first, numbers and bigints written with
 * `formatCount` (the language's digit grouping and decimal sign), strings put in as they are.
 * `count` goes to `lookup` as a number too, to choose the plural form.
 */
export function renderPhrase(
  phrase: Phrase,
  lookup: Lookup,
  formatCount: (x: number | bigint) => string,
): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {}))
    values[name] = name === 'count' ? Number(value) : said(value, lookup, formatCount);
  return lookup(phrase.key, values);
}

function said(
  value: PhraseParam,
  lookup: Lookup,
  formatCount: (x: number | bigint) => string,
): string {
  if (typeof value === 'string') return value;
  if (isPhrase(value)) return renderPhrase(value, lookup, formatCount);
  return formatCount(value);
}
