import { subscribeTheme } from './themeState.ts';

// Canvas drawings cannot use CSS variables: they read the theme's colours here, from the
// custom properties the stylesheets define on <html> for the current `data-theme`.

const cache = new Map<string, string>();
subscribeTheme(() => cache.clear());

/** The value of the custom property `name` (`--node-fill`) in the current theme. */
export function cssColour(name: string): string {
  let value = cache.get(name);
  if (value === undefined) {
    value =
      typeof document === 'undefined'
        ? ''
        : getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    cache.set(name, value);
  }
  return value;
}
