import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

// Why i18next with react-i18next, and not Lingui: Lingui compiles its catalogs through a Babel
// or SWC macro, and @vitejs/plugin-react 6 no longer runs Babel (it would take
// @rolldown/plugin-babel and @babel/core, or swapping in the SWC plugin and its wasm plugin).
// i18next needs no build step: the catalogs are TypeScript objects, their keys are typed (a
// missing or misspelt key fails `tsc -b`), plurals come from Intl.PluralRules (Russian's
// one/few/many) and `{{n, number}}` formats with Intl.NumberFormat in the page's language.

/** The page's i18next instance: English until languageState.ts applies the reader's language. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh', 'ru'],
  // The catalogs are bundled: initialise synchronously, so the first render is translated.
  initAsync: false,
  // React escapes what it renders; escaping here too would show `&amp;`.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type { TFunction } from 'i18next';
export { Trans, useTranslation } from 'react-i18next';
