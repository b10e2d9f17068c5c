import {
  parseChoice,
  resolveTheme,
  type Theme,
  type ThemeChoice,
  themeParam,
  withThemeParam,
} from './themeChoice.ts';

// The page's theme, live: the person's choice (URL hash, then localStorage, then the system),
// applied as `data-theme` on <html>, where the stylesheets pick their colours (and
// `color-scheme`). Not in the zustand store: it must be set before the store's first render,
// and it is a preference of the reader, not part of the program's state.

const STORAGE_KEY = 'backprop-lens:theme';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';

let choice: ThemeChoice = 'system';
let theme: Theme = 'light';
const listeners = new Set<() => void>();

export const getThemeChoice = (): ThemeChoice => choice;
export const getTheme = (): Theme => theme;

/** Calls `listener` whenever the drawn theme or the choice changes; returns the unsubscriber. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Applies the theme at once (call before the first render: no flash of the light page) and
 * follows the system's setting and the hash (a pasted link, Back). urlSync keeps `theme=` when it
 * rewrites the hash: the parameter is this module's alone.
 */
export function startTheme(): void {
  const media = window.matchMedia(SYSTEM_DARK);
  choice = themeParam(window.location.hash) ?? storedChoice();
  apply();
  media.addEventListener('change', apply);
  window.addEventListener('hashchange', () => {
    const linked = themeParam(window.location.hash);
    if (linked === undefined) writeParam();
    else if (linked !== choice) {
      choice = linked;
      apply();
    }
  });
  writeParam();
}

/** The person's choice from the Theme control: applied, kept in localStorage and in the hash. */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage refused (privacy mode, quota): the hash still carries the choice.
  }
  writeParam();
  apply();
}

function apply(): void {
  theme = resolveTheme(choice, window.matchMedia(SYSTEM_DARK).matches);
  document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}

function storedChoice(): ThemeChoice {
  try {
    return parseChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Rewrites the hash's `theme=` (only it) to the current choice, if it says otherwise. */
function writeParam(): void {
  const { pathname, search, hash } = window.location;
  const next = withThemeParam(hash, choice);
  if (next !== hash)
    window.history.replaceState(window.history.state, '', pathname + search + next);
}
