import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

test('a broken program shows where it is broken, keeps the last results, and recovers', async ({
  page,
}) => {
  await page.goto('/');
  const ui = firstPage(page);
  await expect(ui.output).toHaveText('e = 6');

  await ui.program.fill('(a+b');
  await expect(ui.alert).toContainText('1:5');
  await expect(ui.alert).toContainText(')');
  await expect(ui.program).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.output).toHaveText('e = 6');
  await expect(page.getByText('the last version that worked')).toBeVisible();

  await ui.program.press('End');
  await ui.program.pressSequentially(')*b');
  await expect(ui.alert).toHaveCount(0);
  await expect(ui.output).toHaveText('output = 2');
  await expect(ui.program).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('the last version that worked')).toHaveCount(0);
});

test('each problem is listed with its line and column', async ({ page }) => {
  await page.goto('/');
  const ui = firstPage(page);
  await ui.program.fill('x = 1\ny = x +* 2');
  await expect(ui.alert).toContainText('2:8');
  await expect(ui.alert).toContainText('*');
});
