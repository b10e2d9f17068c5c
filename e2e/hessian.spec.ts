import { expect, test } from './fixtures.ts';

test('the Hessian of colah’s e = (a+b)(b+1), a Hessian-vector product’s cost, and a Newton step beside a gradient step', async ({
  page,
}) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Hessian', exact: true });
  const cell = (row: string, column: string) => panel.locator(`[data-cell="${row},${column}"]`);
  // ∂²e/∂a² = 0, ∂²e/∂a∂b = 1, ∂²e/∂b² = 2: symmetric.
  await expect(cell('a', 'a')).toHaveText('0');
  await expect(cell('a', 'b')).toHaveText('1');
  await expect(cell('b', 'a')).toHaveText('1');
  await expect(cell('b', 'b')).toHaveText('2');
  await expect(panel).toContainText(
    /one such pass: \d+ multiply-adds, against \d+ for the whole Hessian/,
  );
  // From (2, 1) the gradient is (2, 5); H⁻¹∇ = (1, 2), so Newton goes to (1, -1).
  await expect(panel.locator('figcaption')).toContainText(
    'a gradient step (η = 0.1) goes to (1.8, 0.5); a Newton step, −H⁻¹∇, goes to (1, -1).',
  );
});
