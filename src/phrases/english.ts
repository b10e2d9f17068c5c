import { ENGINE_EN } from './en.ts';
import type { Phrase } from './phrase.ts';
import { type Lookup, renderPhrase } from './render.ts';

const COUNT = new Intl.NumberFormat('en-US');
const formatCount = (x: number | bigint) => COUNT.format(x);
const PLURAL = new Intl.PluralRules('en-US');

/** The English template of `key` (`group.name`), its plural form chosen by `count`. */
function template(key: string, count: number | undefined): string {
  let node: unknown = ENGINE_EN;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  if (typeof node === 'string') return node;
  const [group, name] = [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)];
  let parent: unknown = ENGINE_EN;
  for (const part of group.split('.')) parent = (parent as Record<string, unknown>)?.[part];
  const form = count === undefined ? 'other' : PLURAL.select(count);
  const text = (parent as Record<string, unknown> | undefined)?.[`${name}_${form}`];
  if (typeof text === 'string') return text;
  throw new Error(`No English message for ${key}`);
}

/** Fills `{{name}}` and `{{name, number}}` the way i18next does, for the English catalog. */
const lookupEnglish: Lookup = (key, values) =>
  template(key, typeof values.count === 'number' ? values.count : undefined).replace(
    /\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g,
    (_, name: string, number: string | undefined) => {
      const value = values[name];
      if (value === undefined) return `{{${name}}}`;
      return number && typeof value === 'number' ? formatCount(value) : String(value);
    },
  );

/** A phrase in English: what the CLI prints and the engine's tests read. */
export const sayEnglish = (phrase: Phrase): string =>
  renderPhrase(phrase, lookupEnglish, formatCount);
