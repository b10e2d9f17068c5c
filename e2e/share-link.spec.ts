import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

const program = 'x = 3\n# a comment & a + sign\ny = x * x + 1';

test('the program and the edited input values survive a reload', async ({ page }) => {
  await page.goto('/');
  const ui = firstPage(page);
  const historyLength = await page.evaluate(() => history.length);
  await ui.program.fill(program);
  await expect(ui.output).toHaveText('y = 10');
  await ui.inputField('x').fill('4');
  await expect(ui.output).toHaveText('y = 17');
  await expect(page).toHaveURL(/#p=.*&at=x:4$/);
  expect(await page.evaluate(() => history.length), 'no history entry per edit').toBe(
    historyLength,
  );

  await page.reload();
  await expect(ui.program).toHaveValue(program);
  await expect(ui.inputField('x')).toHaveValue('4');
  await expect(ui.output).toHaveText('y = 17');
});

test('a shared link opens its program with its input values', async ({ page }) => {
  await page.goto(`/#p=${encodeURIComponent('f = sin(t) * t')}&at=t:0`);
  const ui = firstPage(page);
  await expect(ui.program).toHaveValue('f = sin(t) * t');
  await expect(ui.output).toHaveText('f = 0');
  await expect(ui.inputCells('t')).toHaveText(['0', '0', '0', '2']);
});
