import type { ENGINE_EN } from './en.ts';

/**
 * A sentence the engine says, kept as a key of its English catalog (`en.ts`) and the values to
 * put in it, so that the page can say it in the reader's language (the app's i18next catalogs
 * have the same keys under `engine.`) while the CLI and the tests read the English text.
 *
 * A parameter is a string put in as it is (a name, a formula, a number in the engine's notation,
 * `formatNumber`), a number or bigint written the language's way (a count, a ratio), or another
 * phrase said first. `count` also chooses the plural form; a template shows it as
 * `{{count, number}}`.
 */
export interface Phrase {
  readonly key: PhraseKey;
  readonly params?: Readonly<Record<string, PhraseParam>>;
}

export type PhraseParam = string | number | bigint | Phrase;

/** Says a phrase: the English default is `sayEnglish` (english.ts); the page has its own. */
export type Say = (phrase: Phrase) => string;

/** `group.key` for every message of the English catalog, plural suffixes left out. */
export type PhraseKey = KeysOf<typeof ENGINE_EN>;

type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${'one' | 'other'}`
      ? Base
      : K
    : `${K}.${KeysOf<T[K]>}`;
}[keyof T & string];

/** A phrase; `phrase('narrate.inputValue', { name: 'a', value: '2' })`. */
export const phrase = (key: PhraseKey, params?: Phrase['params']): Phrase =>
  params === undefined ? { key } : { key, params };

export const isPhrase = (x: PhraseParam): x is Phrase => typeof x === 'object';
