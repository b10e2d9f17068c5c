import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

/** The Training region and what a person reads and presses in it. */
function trainingPanel(page: Page) {
  const region = page.getByRole('region', { name: 'Training', exact: true });
  return {
    region,
    progress: region.getByRole('status'),
    train: region.getByRole('button', { name: 'Train', exact: true }),
    trainStep: region.getByRole('button', { name: 'Train step', exact: true }),
    pause: region.getByRole('button', { name: 'Pause', exact: true }),
    reset: region.getByRole('button', { name: 'Reset parameters', exact: true }),
    learningRate: region.getByRole('textbox', { name: 'Learning rate', exact: true }),
    lossChart: region.locator('svg[data-chart="loss"]'),
  };
}

/** The mean loss the progress line reports (`Step 200: mean loss 0.0256`). */
async function reportedLoss(progress: ReturnType<typeof trainingPanel>['progress']) {
  const text = (await progress.textContent()) ?? '';
  const match = /mean loss (\S+)/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

test('fit a line: Train brings the loss down, the line swings into place, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('fitLine');
  const t = trainingPanel(page);
  const ui = firstPage(page);
  await expect(t.region).toBeVisible();
  await expect(t.progress).toContainText('Not trained yet');
  await expect(ui.inputField('w')).toHaveValue('0.5');

  // One step: the worked update of every parameter, with its numbers.
  await t.trainStep.click();
  await expect(t.progress).toContainText('Step 1: mean loss');
  // The mean loss at w = 0.5, b = 0 over the five rows is 103.64 / 5.
  await expect(t.lossChart).toHaveAttribute('aria-label', /from 20\.728 /);
  await expect(
    t.region.getByText(/Last step \(step 0, η = 0\.05, mean over 5 rows\)/),
  ).toBeVisible();
  await expect(t.region.locator('.training-last li')).toHaveCount(2);

  await t.train.click();
  await expect(t.progress).toContainText('Step 201: mean loss', { timeout: 20_000 });
  const loss = await reportedLoss(t.progress);
  expect(loss).toBeLessThan(0.05);
  // The data lie near y = 2x + 1: the parameters are input values, in the Inputs panel too.
  const w = Number(await ui.inputField('w').inputValue());
  const b = Number(await ui.inputField('b').inputValue());
  expect(w).toBeGreaterThan(1.8);
  expect(w).toBeLessThan(2.2);
  expect(b).toBeGreaterThan(0.7);
  expect(b).toBeLessThan(1.4);
  await expect(t.region.locator('svg[data-chart="surface"]')).toBeVisible();
  await expect(t.region.locator('svg[data-chart="fit"]')).toBeVisible();
  await expect(page).toHaveURL(/trained=201/);
  expect(await axeViolations(page), 'axe').toEqual([]);

  await page.reload();
  await expect(t.progress).toContainText('Steps done: 201');
  await expect(ui.inputField('w')).toHaveValue(String(w));
  await expect(t.region.getByRole('textbox', { name: 'y, row 5' })).toHaveValue('8.9');

  // Reset parameters: the program's values again, and the history starts over.
  await t.reset.click();
  await expect(ui.inputField('w')).toHaveValue('0.5');
  await expect(t.progress).toContainText('Not trained yet');
});

test('a learning rate too large: the run stops with a clear message and the chart shows where', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('fitLine');
  const t = trainingPanel(page);
  await t.learningRate.fill('1');
  await t.train.click();
  const alert = t.region.getByRole('alert');
  await expect(alert).toContainText(/Training diverged at step \d+/);
  await expect(alert).toContainText('Try a smaller learning rate');
  await expect(t.train).toBeEnabled();
  await expect(t.lossChart).toHaveAttribute('aria-label', /diverged at step \d+/i);
  // The page goes on working: a smaller rate trains from where it is, after Reset.
  await t.reset.click();
  await t.learningRate.fill('0.05');
  await t.train.click();
  await expect(t.progress).toContainText('Step 200: mean loss', { timeout: 20_000 });
});

test('bad data is named by row and column, and nothing typed is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('fitLine');
  const t = trainingPanel(page);
  const cell = t.region.getByRole('textbox', { name: 'y, row 3' });
  await cell.fill('5.1x');
  const alert = t.region.getByRole('alert');
  await expect(alert).toContainText("Row 3, column 'y'");
  await expect(alert).toContainText("'5.1x' is not a number");
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(t.region.getByRole('textbox', { name: 'y, row 3' })).toHaveValue('5.1x');
  await expect(t.region.getByRole('alert')).toContainText("Row 3, column 'y'");
});

test('a program without data offers to add some, and the Training region says what it needs', async ({
  page,
}) => {
  await page.goto('/');
  const t = trainingPanel(page);
  await expect(t.region).toContainText('Training needs data');
  await t.region.getByRole('button', { name: 'Add data' }).click();
  await expect(t.region.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/data=/);
});

test('one step on the graph: a row, reverse mode from the loss, then each parameter’s update', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('fitLine');
  const t = trainingPanel(page);
  await t.region.getByRole('textbox', { name: 'Row to show on the graph' }).fill('2');
  await t.region.getByRole('button', { name: 'Show on the graph' }).click();
  const ui = firstPage(page);
  // Row 2 is x = 1, y = 2.8; the graph is at that row, in reverse mode, at its first step.
  await expect(ui.inputField('x')).toHaveValue('1');
  await expect(ui.inputField('y')).toHaveValue('2.8');
  await expect(page.getByRole('combobox', { name: 'Mode' })).toHaveValue('reverse');
  await expect(page).toHaveURL(/step=0/);
  const narration = page.locator('.narration [aria-live]');
  await page.getByRole('button', { name: 'Step forward' }).focus();
  await page.keyboard.press('End');
  // ∂loss/∂b = 2·(0.5·1 + 0 − 2.8) = −4.6, so b ← 0 − 0.05·(−4.6) = 0.23.
  await expect(narration).toContainText('Update b: 0 minus 0.05 times -4.6 gives 0.23.');
  await page.keyboard.press('ArrowLeft');
  await expect(narration).toHaveText('Update w: 0.5 minus 0.05 times -4.6 gives 0.73.');
  await expect(page.locator('.narration-equation math').first()).toBeVisible();
  // The parameter's node is the one lit.
  await expect(page.locator('[data-node-label="w"]')).toHaveClass(/node--active/);
});

test('data too long for a link is kept in this browser, the page says so, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('fitLine');
  const t = trainingPanel(page);
  const rows = Array.from({ length: 1500 }, (_, i) => `${i / 100},${(2 * i) / 100 + 1}`);
  await t.region.getByText('Paste CSV').click();
  await t.region.getByRole('textbox', { name: 'CSV text' }).fill(`x,y\n${rows.join('\n')}\n`);
  await expect(t.region).toContainText('kept in this browser’s storage');
  await expect(page).toHaveURL(/ds=/);
  await expect(page).not.toHaveURL(/data=/);
  await page.reload();
  await expect(t.region).toContainText('1,500 rows');
  await expect(t.region).toContainText('kept in this browser’s storage');
});
