import { i18n } from './i18n.ts';
import {
  type Language,
  langParam,
  parseLanguage,
  pickLanguage,
  withLangParam,
} from './language.ts';

// The page's language, live: the URL hash, then localStorage, then the browser's languages, then
// English; applied to i18next and to <html lang> (screen readers and fonts follow it). Not in the
// zustand store, like the theme: it is the reader's preference, not part of the program's state.

const STORAGE_KEY = 'backprop-lens:lang';

/**
 * Applies the language before the first render and follows the hash (a pasted link, Back).
 * urlSync keeps `lang=` when it rewrites the hash: the parameter is this module's alone.
 */
export function startLanguage(): void {
  apply(
    pickLanguage({
      hash: window.location.hash,
      stored: storedLanguage(),
      browser: navigator.languages,
    }),
  );
  window.addEventListener('hashchange', () => {
    const linked = langParam(window.location.hash);
    if (linked === undefined) writeParam();
    else if (linked !== currentLanguage()) apply(linked);
  });
  writeParam();
}

/** The language shown now. */
export const currentLanguage = (): Language => parseLanguage(i18n.language) ?? 'en';

/** The person's choice from the Language control: applied, kept in localStorage and the hash. */
export function setLanguage(next: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage refused (privacy mode, quota): the hash still carries the choice.
  }
  apply(next);
  writeParam();
}

function apply(language: Language): void {
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
  void i18n.changeLanguage(language);
  // The tab's title and history entries are read too; index.html keeps the English one.
  document.title = i18n.getFixedT(language)('page.title');
}

function storedLanguage(): Language | undefined {
  try {
    return parseLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Rewrites the hash's `lang=` (only it) to the current language, if it says otherwise. */
function writeParam(): void {
  const { pathname, search, hash } = window.location;
  const next = withLangParam(hash, currentLanguage());
  if (next !== hash)
    window.history.replaceState(window.history.state, '', pathname + search + next);
}
