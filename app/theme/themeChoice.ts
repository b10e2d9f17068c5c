// The theme a person chose, and how it is written in the URL hash (`theme=light|dark`; absent
// means the system's). Pure functions: the live state is in themeState.ts.

/** What the Theme control offers. */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** What the page is drawn in. */
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const PARAM = 'theme';

/** `light` or `dark` from a stored or written value; anything else is the system's choice. */
export function parseChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme a choice draws in, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** The `theme=` parameter of a hash (`#p=…&theme=dark`), or undefined when it has none. */
export function themeParam(hash: string): ThemeChoice | undefined {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(`${PARAM}=`));
  return part === undefined ? undefined : parseChoice(part.slice(PARAM.length + 1));
}

/**
 * `hash` with its `theme=` parameter set to `choice` (removed for `system`), every other
 * parameter kept exactly as written: their order and encoding are urlSync's business.
 */
export function withThemeParam(hash: string, choice: ThemeChoice): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith(`${PARAM}=`));
  if (choice !== 'system') parts.push(`${PARAM}=${choice}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
