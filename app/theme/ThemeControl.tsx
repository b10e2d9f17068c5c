import { useTranslation } from '../i18n/i18n.ts';
import { THEME_CHOICES, type ThemeChoice } from './themeChoice.ts';
import { setThemeChoice } from './themeState.ts';
import { useThemeChoice } from './useTheme.ts';

const LABELS = {
  system: 'bar.themeSystem',
  light: 'bar.themeLight',
  dark: 'bar.themeDark',
} as const;

/** The Theme control of the page's bar: System (follows the device), Light or Dark. */
export function ThemeControl() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  return (
    <label className="theme-control">
      {t('bar.theme')}
      <select
        value={choice}
        onChange={(event) => setThemeChoice(event.currentTarget.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {t(LABELS[value])}
          </option>
        ))}
      </select>
    </label>
  );
}
