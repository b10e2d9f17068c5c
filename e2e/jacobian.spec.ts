import { expect, test } from './fixtures.ts';

test('pruning: for ∂e/∂a only the nodes on a path from a to e matter, the rest are faint', async ({
  page,
}) => {
  await page.goto('/#mode=reverse');
  await page.getByRole('checkbox', { name: 'Only what matters' }).check();
  // colah's graph: a → c → e is the only path; b, d and the constant 1 are off it.
  await expect(page.locator('.prune-count')).toHaveText(
    '3 of 6 nodes matter for ∂e/∂a; the others are faint.',
  );
  for (const label of ['a', 'c', 'e'])
    await expect(page.locator(`[data-node-label="${label}"]`)).not.toHaveClass(/is-dimmed/);
  for (const label of ['b', 'd'])
    await expect(page.locator(`[data-node-label="${label}"]`)).toHaveClass(/is-dimmed/);
  // From b both branches matter: b, c, d, e.
  await page.getByRole('combobox', { name: 'Paths from' }).selectOption({ label: 'b' });
  await expect(page.locator('.prune-count')).toContainText('4 of 6 nodes matter for ∂e/∂b');
  await page.getByRole('checkbox', { name: 'Only what matters' }).uncheck();
  await expect(page.locator('.prune-count')).toHaveCount(0);
  await expect(page.locator('.is-dimmed')).toHaveCount(0);
});

test('two outputs: the Jacobian of DOMAIN.md, filled column by column or row by row, each pass stepped on the graph', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('twoOutputs');
  const panel = page.getByRole('region', { name: 'Jacobian', exact: true });
  const cell = (output: string, input: string) => panel.locator(`[data-cell="${output},${input}"]`);
  // u = x·y, v = x + sin(y) at x = 2, y = 0: u = 0, v = 2, and the Jacobian's rows are
  // ∂u = (y, x) = (0, 2), ∂v = (1, cos y) = (1, 1).
  await expect(page.getByTestId('output-value')).toHaveText('u = 0');
  await expect(page.getByTestId('output-others')).toHaveText('v = 2');
  await expect(cell('u', 'x')).toHaveText('0');
  await expect(cell('u', 'y')).toHaveText('2');
  await expect(cell('v', 'x')).toHaveText('1');
  await expect(cell('v', 'y')).toHaveText('1');

  await panel.getByRole('radio', { name: /forward mode does/ }).check();
  await expect(panel).toContainText('Passes: 0 of 2');
  await expect(cell('u', 'x')).toHaveClass(/is-empty/);
  await panel.getByRole('button', { name: 'Next pass' }).click();
  // Forward mode's first pass, from x, fills the column of x.
  await expect(cell('u', 'x')).toHaveText('0');
  await expect(cell('v', 'x')).toHaveText('1');
  await expect(cell('u', 'y')).toHaveClass(/is-empty/);

  // Play fills the rest, one pass at a time.
  await panel.getByRole('button', { name: 'Play passes' }).click();
  await expect(panel).toContainText('Passes: 2 of 2');
  await expect(cell('u', 'y')).toHaveText('2');

  await panel.getByRole('button', { name: 'Step the reverse pass of v on the graph' }).click();
  await expect(page.getByRole('combobox', { name: 'Mode' })).toHaveValue('reverse');
  await expect(page).toHaveURL(/of=v/);
  await expect(page.locator('[data-node-label="v"]')).toBeVisible();
});

test('3 inputs and 50 outputs: forward mode needs 3 passes and reverse mode 50, and the page says which wins', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('manyOutputs');
  const panel = page.getByRole('region', { name: 'Jacobian', exact: true });
  const costs = panel.getByRole('table', { name: 'What each mode costs' });
  await expect(costs.getByRole('row', { name: /Forward mode/ })).toContainText('3');
  await expect(costs.getByRole('row', { name: /Reverse mode/ })).toContainText('50');
  await expect(panel.locator('.jacobian-verdict')).toContainText(/Forward mode is [\d.]+× cheaper/);
  // Measured in the lab worker: both times arrive (their ratio is for the bench, not a test).
  await panel.getByRole('button', { name: 'Measure' }).click();
  await expect(panel).toContainText('Medians of repeated runs', { timeout: 20_000 });
  for (const mode of [/Forward mode/, /Reverse mode/])
    await expect(costs.getByRole('row', { name: mode }).getByRole('cell').last()).toHaveText(
      /^[\d.,]+ (ns|µs|ms|s)$/,
    );
});

test('store or recompute: checkpoints trade stored values for recomputation, with √n marked', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('ladder');
  const panel = page.getByRole('region', { name: 'Store or recompute', exact: true });
  await expect(panel).toBeVisible();
  const field = panel.getByRole('spinbutton', { name: 'Checkpoints' });
  await field.fill('0');
  await field.press('Enter');
  // k = 0 is a plain reverse pass: every value stored, nothing recomputed.
  const summary = panel.locator('.checkpoint-summary');
  await expect(summary).toContainText('With 0 checkpoints');
  await expect(summary).toContainText('(extra evaluations: 0)');
  // About √n: the ladder of 8 stages has 25 nodes, so 4 checkpoints (5 segments of 5).
  await field.fill('4');
  await field.press('Enter');
  await expect(summary).toContainText('With 4 checkpoints');
  await expect(summary).not.toContainText('(extra evaluations: 0)');
  // Both passes timed in the lab worker.
  await panel.getByRole('button', { name: 'Measure' }).click();
  await expect(panel).toContainText(
    /every value stored [\d.,]+ (ns|µs|ms|s); with 4 checkpoints [\d.,]+ (ns|µs|ms|s)\./,
    {
      timeout: 20_000,
    },
  );
  await expect(panel.locator('svg')).toBeVisible();
});

test('store or recompute on the graph: reverse mode with checkpoints recomputes each dropped segment before its backward steps', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Examples' }).selectOption('ladder');
  await page.getByRole('combobox', { name: 'Mode' }).selectOption('reverse');
  const count = page.locator('.stepper-timeline');
  const plain = Number((await count.textContent())?.match(/of (\d+)/)?.[1]);
  const panel = page.getByRole('region', { name: 'Store or recompute', exact: true });
  await panel.getByRole('button', { name: 'Play on the graph' }).click();
  await expect(page.getByRole('combobox', { name: 'Mode' })).toHaveValue('reverse');
  await expect(count).toContainText('Step 0 of');
  const checkpointed = Number((await count.textContent())?.match(/of (\d+)/)?.[1]);
  expect(checkpointed).toBeGreaterThan(plain);
  // Step until a recomputation is told.
  const narration = page.locator('.narration [aria-live]');
  await page.getByRole('button', { name: 'Step forward' }).focus();
  for (let i = 0; i < checkpointed; i++) {
    if ((await narration.textContent())?.startsWith('Recompute')) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(narration).toContainText(
    /^Recompute \S+ = \S+ in segment \d+, from its checkpoint\.$/,
  );
  await panel.getByRole('button', { name: 'Plain reverse mode' }).click();
  await expect(count).toContainText(`of ${plain}`);
});
