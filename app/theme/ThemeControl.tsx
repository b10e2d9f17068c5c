import { THEME_CHOICES, type ThemeChoice } from './themeChoice.ts';
import { setThemeChoice } from './themeState.ts';
import { useThemeChoice } from './useTheme.ts';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The Theme control of the page's bar: System (follows the device), Light or Dark. */
export function ThemeControl() {
  const choice = useThemeChoice();
  return (
    <label className="theme-control">
      Theme
      <select
        value={choice}
        onChange={(event) => setThemeChoice(event.currentTarget.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
