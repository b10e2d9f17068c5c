// The language a person reads the page in, and how it is written in the URL hash (`lang=zh|ru`;
// absent means English or the reader's own choice). Pure functions: the live state is in
// languageState.ts, as the theme's is in theme/themeState.ts.

/** The languages the page is translated into. */
export type Language = 'en' | 'zh' | 'ru';

export const LANGUAGES: readonly Language[] = ['en', 'zh', 'ru'];

/** Each language in its own words: what the Language control offers, in every language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  zh: '简体中文',
  ru: 'Русский',
};

const PARAM = 'lang';

/** A language from a stored or written value (`zh`, `ru-RU`, `zh-Hans-CN`), or undefined. */
export function parseLanguage(value: string | null | undefined): Language | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
}

/** The first of the browser's languages (`navigator.languages`) the page speaks, or undefined. */
export function browserLanguage(preferred: readonly string[]): Language | undefined {
  for (const tag of preferred) {
    const language = parseLanguage(tag);
    if (language) return language;
  }
  return undefined;
}

/**
 * The language to open the page in: a link's `lang=` first (it was chosen for this page), then
 * the reader's stored choice, then the browser's languages, then English.
 */
export function pickLanguage(from: {
  readonly hash: string;
  readonly stored: string | null | undefined;
  readonly browser: readonly string[];
}): Language {
  return (
    langParam(from.hash) ?? parseLanguage(from.stored) ?? browserLanguage(from.browser) ?? 'en'
  );
}

/** The `lang=` parameter of a hash (`#p=…&lang=ru`), or undefined when it has none. */
export function langParam(hash: string): Language | undefined {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(`${PARAM}=`));
  return part === undefined ? undefined : parseLanguage(part.slice(PARAM.length + 1));
}

/**
 * `hash` with its `lang=` parameter set to `language`, every other parameter kept exactly as
 * written. English, the default, is left out, so English links look as they always did.
 */
export function withLangParam(hash: string, language: Language): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith(`${PARAM}=`));
  if (language !== 'en') parts.push(`${PARAM}=${language}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
