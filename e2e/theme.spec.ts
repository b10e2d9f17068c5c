import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

/** The relative luminance (0 black, 1 white) of the page's background as drawn. */
async function backgroundLuminance(page: Page): Promise<number> {
  const colour = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
}

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the page is dark and its text passes the contrast rule', async ({ page }) => {
    await page.goto('/#mode=reverse&step=4');
    await expect(graphPage(page).node('e')).toHaveAttribute('data-derivative', '1');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});

test('the Theme control switches the theme, keeps it in the URL and storage, and a reload keeps it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#mode=reverse&step=2');
  const g = graphPage(page);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(g.node('e')).toBeVisible();
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);

  await theme.selectOption({ label: 'Dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.05);
  // Only the theme's parameter is added: the rest of the link is as it was.
  await expect(page).toHaveURL(/#mode=reverse&step=2&theme=dark$/);
  // The program's own rewrites of the hash (a step) keep it.
  await g.stepForward.click();
  await expect(page).toHaveURL(/step=3/);
  await expect(page).toHaveURL(/theme=dark/);

  await page.reload();
  await expect(theme).toHaveValue('dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.05);
  expect(await axeViolations(page, ['color-contrast'])).toEqual([]);

  // A page opened without the parameter finds the choice in storage.
  await page.goto('/');
  await expect(theme).toHaveValue('dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.05);

  // Light, whatever the system says; then System again, which follows it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme.selectOption({ label: 'Light' });
  await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(0.8);
  await expect(page).toHaveURL(/theme=light/);
  await theme.selectOption({ label: 'System' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.05);
  await expect(page).not.toHaveURL(/theme=/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(0.8);
});

test('a link naming a theme applies it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#mode=forward&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => {
    window.location.hash = window.location.hash.replace('theme=dark', 'theme=light');
  });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
});
