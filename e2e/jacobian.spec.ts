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
