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

test('the derivative graph: the nodes computing the adjoints are drawn with the program’s, set apart, and Values mode steps through them', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Show the derivative graph' }).check();
  // colah's adjoints share the program's nodes (∂e/∂c is d, ∂e/∂d is c); ∂e/∂b = c + d is new.
  const added = page.locator('.node.is-derivative');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('∂e/∂b = c + d');
  await expect(added).toContainText('5');
  // Values mode has one step more than colah's six nodes: the added node's.
  await expect(page.getByText(/^Step \d+ of 7$/)).toBeVisible();
  await page.getByRole('button', { name: 'Step forward' }).focus();
  await page.keyboard.press('End');
  await expect(page.locator('.narration [aria-live]')).toContainText(
    '∂e/∂b is computed from its operands: 5.',
  );
  await page.getByRole('checkbox', { name: 'Show the derivative graph' }).uncheck();
  await expect(page.locator('.node.is-derivative')).toHaveCount(0);
});

test('diff in a program: the second derivative of x^3 at 1.5 is 6x = 9', async ({ page }) => {
  await page.goto('/');
  const program = page.getByRole('textbox', { name: 'Program' });
  await program.fill('x = 1.5\ny = x^3\ndy = diff(y, x)\nd2y = diff(dy, x)\nd2y');
  await expect(page.getByTestId('output-value')).toHaveText('d2y = 9');
});
