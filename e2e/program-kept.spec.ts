import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';
import { firstPage } from './page.ts';

const TYPED = 'x = 3\ny = x * x + 1';

test('a link without a program, opened in the tab, keeps the typed program', async ({ page }) => {
  await page.goto('/');
  const ui = firstPage(page);
  await ui.program.fill(TYPED);
  await expect(ui.output).toHaveText('y = 10');
  await expect(page).toHaveURL(/#p=x/);

  for (const link of ['#mode=reverse', '#at=x:4', '#foo', '#']) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, link);
    await expect(ui.program).toHaveValue(TYPED);
    // The hash carries the program again, so a reload keeps it too.
    await expect(page).toHaveURL(/#p=x/);
  }
  await expect(graphPage(page).mode).toHaveValue('reverse');
  await expect(ui.inputField('x')).toHaveValue('4');
  await expect(ui.output).toHaveText('y = 17');
  await page.reload();
  await expect(ui.program).toHaveValue(TYPED);
});

test('a program too long for a URL is kept in the browser, the page says so, and a reload restores it', async ({
  page,
}) => {
  const huge = 'x = 2\ny = x * x\n#'.padEnd(1_500_001, 'a');
  await page.goto('/');
  const ui = firstPage(page);
  const notice = page.getByTestId('link-notice');
  await expect(ui.output).toHaveText('e = 6');
  await ui.program.fill(huge);
  await expect(ui.output).toHaveText('y = 4', { timeout: 20_000 });
  await expect(notice).toHaveText(
    "This program (1,500,001 characters) is too long for a link, so it is kept in this browser's storage: a reload restores it, but a copied link does not carry it.",
  );
  await expect(page).toHaveURL(/#s=[\w-]+$/);

  await page.reload();
  await expect(ui.output).toHaveText('y = 4', { timeout: 20_000 });
  expect((await ui.program.inputValue()) === huge, 'the whole program is back').toBe(true);
  await expect(notice).toContainText('kept in this browser');

  // Back to a short program: the link carries it again, and the notice goes.
  await ui.program.fill(TYPED);
  await expect(page).toHaveURL(/#p=x/);
  await expect(notice).toHaveCount(0);
});
