import { useTranslation } from './i18n.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Language, parseLanguage } from './language.ts';
import { setLanguage } from './languageState.ts';

/** The Language control of the page's bar: each language named in its own words. */
export function LanguageControl() {
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language) ?? 'en';
  return (
    <label className="theme-control">
      {t('bar.language')}
      <select
        value={language}
        onChange={(event) => setLanguage(event.currentTarget.value as Language)}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value === 'zh' ? 'zh-Hans' : value}>
            {LANGUAGE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
