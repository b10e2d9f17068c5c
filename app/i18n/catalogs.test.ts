import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples/examples.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

const CATALOGS = { en, zh, ru } as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a catalog as `path.to.key` → its string. */
function leaves(catalog: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

/** The keys a person can ask for: a plural key counts once, without its suffix. */
const baseKeys = (catalog: object) =>
  new Set([...leaves(catalog).keys()].map((key) => key.replace(PLURAL, '')));

/** The `{{name}}` and `<tag>` placeholders of a message, sorted. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

/** The app's source files, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('catalogs', () => {
  const english = baseKeys(en);

  it.each(['zh', 'ru'] as const)('%s has exactly the keys English has', (language) => {
    const keys = baseKeys(CATALOGS[language]);
    expect(
      [...english].filter((k) => !keys.has(k)),
      'missing',
    ).toEqual([]);
    expect(
      [...keys].filter((k) => !english.has(k)),
      'not in English',
    ).toEqual([]);
  });

  it.each(['en', 'zh', 'ru'] as const)(
    '%s writes each plural in exactly the forms its language uses',
    (language) => {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const keys = [...leaves(CATALOGS[language]).keys()];
      for (const base of new Set(
        keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      ))
        expect(
          keys
            .filter((k) => k.replace(PLURAL, '') === base && k !== base)
            .map((k) => k.slice(base.length + 1))
            .sort(),
          base,
        ).toEqual([...forms].sort());
    },
  );

  it.each(['zh', 'ru'] as const)(
    '%s keeps every placeholder of the English message',
    (language) => {
      const english = leaves(en);
      for (const [key, text] of leaves(CATALOGS[language])) {
        const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
        expect(placeholders(text), key).toEqual(placeholders(source ?? ''));
      }
    },
  );

  it('has every key the code asks for', () => {
    // tsc checks `t('…')` against English's keys; this also catches keys built from strings.
    const asked = new Set<string>();
    for (const file of sourceFiles('app')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /\bt\(\s*'([\w.]+)'|i18nKey="([\w.]+)"|:\s*'((?:bar|mode|view)\.\w+)'/g,
      ))
        asked.add(m[1] ?? m[2] ?? m[3] ?? '');
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !english.has(key))).toEqual([]);
  });

  it('names every example', () => {
    expect(EXAMPLES.map((e) => `examples.${e.id}`).filter((key) => !english.has(key))).toEqual([]);
  });
});
