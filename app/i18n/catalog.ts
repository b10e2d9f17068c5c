// The shape every language's catalog has: English's keys, each a string. Plural keys follow
// i18next's suffixes (Intl.PluralRules categories): English writes `_one` and `_other`, Chinese
// only `_other`, Russian `_one`, `_few`, `_many` and `_other`; catalogs.test.ts checks each has
// exactly the categories its language uses.

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many';
type PluralExtras<K> = K extends `${infer Base}_other` ? `${Base}_${PluralForm}` : never;

/** A catalog with `T`'s keys; the plural forms besides `_other` are per language. */
export type Catalog<T> = {
  readonly [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string
    ? string
    : Catalog<T[K]>;
} & { readonly [K in PluralExtras<keyof T & string>]?: string };
