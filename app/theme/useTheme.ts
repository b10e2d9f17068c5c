import { useSyncExternalStore } from 'react';
import { getTheme, getThemeChoice, subscribeTheme } from './themeState.ts';

/** The Theme control's choice: system, light or dark. */
export const useThemeChoice = () => useSyncExternalStore(subscribeTheme, getThemeChoice);

/** The theme drawn (light or dark): a dependency for drawings that read colours themselves. */
export const useTheme = () => useSyncExternalStore(subscribeTheme, getTheme);
