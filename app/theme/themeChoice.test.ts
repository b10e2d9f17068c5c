import { describe, expect, it } from 'vitest';
import { parseChoice, resolveTheme, themeParam, withThemeParam } from './themeChoice.ts';

describe('themeParam', () => {
  it('reads theme= wherever it stands in the hash', () => {
    expect(themeParam('#p=a%2Bb&theme=dark&mode=reverse')).toBe('dark');
    expect(themeParam('#theme=light')).toBe('light');
  });
  it('is undefined without the parameter, and system for a value it does not know', () => {
    expect(themeParam('#p=a%2Bb&mode=reverse')).toBeUndefined();
    expect(themeParam('')).toBeUndefined();
    expect(themeParam('#theme=sepia')).toBe('system');
  });
  it('does not mistake a parameter that ends in theme for it', () => {
    expect(themeParam('#xtheme=dark')).toBeUndefined();
  });
});

describe('withThemeParam', () => {
  it('replaces only the theme and keeps the other parameters exactly', () => {
    const hash = '#p=x%20%3D%201%0Ay%20%3D%20x*x&theme=light&at=x:2';
    expect(withThemeParam(hash, 'dark')).toBe('#p=x%20%3D%201%0Ay%20%3D%20x*x&at=x:2&theme=dark');
  });
  it('removes the parameter for the system choice', () => {
    expect(withThemeParam('#p=a&theme=dark', 'system')).toBe('#p=a');
    expect(withThemeParam('#theme=dark', 'system')).toBe('');
  });
  it('adds it to an empty hash', () => {
    expect(withThemeParam('', 'light')).toBe('#theme=light');
  });
  it('round-trips through themeParam', () => {
    for (const choice of ['light', 'dark'] as const)
      expect(themeParam(withThemeParam('#p=1&mode=forward', choice))).toBe(choice);
  });
});

describe('parseChoice and resolveTheme', () => {
  it('falls back to the system for missing or unknown values', () => {
    expect(parseChoice(null)).toBe('system');
    expect(parseChoice('Dark')).toBe('system');
  });
  it('follows the system only for the system choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
