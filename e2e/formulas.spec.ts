import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

// Records every Content-Security-Policy violation the page reports, from before the app runs.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  });
`;
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('formulas are typeset as MathML in every mode and in the tables, and still read as text', async ({
  page,
}) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto('/');
  const g = graphPage(page);
  const equation = g.narration.locator('.narration-equation');
  const rule = g.narration.locator('.narration-rule');

  // Values, shown to the end: e = c · d = 3 · 2 = 6, one MathML element per relation.
  await expect(g.node('e')).toHaveAttribute('data-value', '6');
  await expect(equation.locator('math')).toHaveCount(4);
  await expect(equation.locator('math').first()).toBeVisible();
  await expect(g.narration).toContainText('e = c · d = 3 · 2 = 6');

  // Reverse mode: the adjoint has a bar (an mover), the partial is a fraction (an mfrac).
  await g.mode.selectOption({ label: 'Reverse mode' });
  await g.stepForward.click();
  await g.stepForward.click();
  await expect(equation.locator('math mover').first()).toBeVisible();
  await expect(equation.locator('math mfrac')).toHaveCount(1);
  await expect(rule.locator('math mfrac')).toHaveCount(1);
  await expect(rule).toContainText(', so ');
  // The accessible form is the plain text: the typeset copy is hidden from assistive technology.
  const spoken = await g.narration.ariaSnapshot();
  expect(spoken).toContain('∂e/∂');
  expect(spoken).not.toMatch(/⋅|‾/);
  await expect(g.narration.locator('[aria-hidden="true"] math').first()).toBeAttached();

  // Forward mode: the tangent has a dot, and the partial is a fraction.
  await g.mode.selectOption({ label: 'Forward mode' });
  await g.stepForward.click();
  await g.stepForward.click();
  await expect(equation.locator('math mover').first()).toBeVisible();
  await expect(equation.locator('math mfrac')).toHaveCount(1);
  await expect(g.narration).toContainText('∂c/∂a');

  // Table headers: the column's name reads the derivative, its drawing is a fraction.
  const nodes = page.getByRole('table', { name: 'Nodes' });
  await expect(nodes.getByRole('columnheader', { name: '∂output/∂node' })).toBeVisible();
  await expect(nodes.getByRole('columnheader').locator('math mfrac')).toHaveCount(1);
  const inputs = page.getByRole('table', { name: /Derivatives of/ });
  await expect(inputs.getByRole('columnheader', { name: '∂ by reverse mode' })).toBeVisible();
  await expect(inputs.getByRole('columnheader').locator('math')).toHaveCount(2);
  const paths = page.getByRole('region', { name: 'Paths', exact: true });
  await paths.getByRole('combobox', { name: 'Paths from' }).selectOption({ label: 'b' });
  const gradients = paths.getByRole('table', { name: 'Gradient table' });
  await expect(gradients.getByRole('columnheader', { name: '∂node/∂b (forward)' })).toBeVisible();
  await expect(gradients.getByRole('columnheader', { name: '∂e/∂node (reverse)' })).toBeVisible();
  await expect(gradients.getByRole('columnheader').locator('math mfrac')).toHaveCount(2);

  expect(await violations(page)).toEqual([]);
});
