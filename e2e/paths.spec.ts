import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

/** The paths panel, found as a user finds it. */
function pathsPanel(page: Page) {
  const panel = page.getByRole('region', { name: 'Paths', exact: true });
  return {
    panel,
    count: panel.getByTestId('path-count'),
    from: panel.getByRole('combobox', { name: 'Paths from' }),
    to: panel.getByRole('combobox', { name: 'Paths to' }),
    /** The listed path whose route starts with `route`. */
    path: (route: string) => panel.getByRole('button', { name: new RegExp(`^${route}`) }),
    costs: panel.getByRole('table', { name: 'Costs' }),
    costHeader: (method: string) =>
      panel
        .getByRole('table', { name: 'Costs' })
        .getByRole('rowheader', { name: new RegExp(`^${method}`) }),
    costCells: (method: string) =>
      panel
        .getByRole('table', { name: 'Costs' })
        .getByRole('row', { name: new RegExp(`^${method}`) })
        .getByRole('cell'),
    chart: panel.getByRole('img', { name: 'Growth of costs' }),
    family: panel.getByRole('combobox', { name: 'Family' }),
    size: panel.getByRole('spinbutton', { name: 'Size' }),
    load: panel.getByRole('button', { name: 'Load' }),
    measure: panel.getByRole('button', { name: 'Measure' }),
    cancel: panel.getByRole('button', { name: 'Cancel' }),
    verdict: panel.locator('.paths-verdict'),
  };
}

test('a 100-stage ladder: 2^100 paths counted exactly, one highlighted, costs measured, growth drawn', async ({
  page,
}) => {
  await page.goto('/');
  const p = pathsPanel(page);
  const g = graphPage(page);
  await p.family.selectOption({ label: 'Ladder: x_{i+1} = sin(x_i) · cos(x_i)' });
  await p.size.fill('100');
  await p.load.click();
  await expect(g.program).toHaveValue(/x100 = sin\(x99\) \* cos\(x99\)/);
  // Drawn operation by operation (a ladder this long opens with its statements collapsed).
  await page.getByRole('checkbox', { name: 'Collapse statements' }).uncheck();
  await expect(p.count).toHaveText('1267650600228229401496703205376');
  await expect(p.panel).toContainText('= 2^100');
  await expect(p.panel).toContainText('Showing 300 of 2^100 paths.');
  // The list draws 40 of them at a time.
  const items = p.panel.locator('.path-list > li');
  await expect(items).toHaveCount(40);
  await p.panel.getByRole('button', { name: 'Show 40 more paths (40 of 300 listed)' }).click();
  await expect(items).toHaveCount(80);
  // So does the gradient table, 50 rows at a time.
  const factored = p.panel.getByRole('table', { name: 'Gradient table' }).locator('tbody tr');
  await expect(factored).toHaveCount(50);
  await p.panel.getByRole('button', { name: 'Show 50 more rows' }).click();
  await expect(factored).toHaveCount(100);

  // Hovering a path lights up its 200 edges in the graph; leaving puts them out.
  const highlighted = g.svg.locator('.edge.is-highlighted');
  const first = p.path('x0 → t1 → x1').first();
  await first.hover();
  await expect(highlighted).toHaveCount(200);
  await p.count.hover();
  await expect(highlighted).toHaveCount(0);
  // Focus does the same, for the keyboard.
  await first.focus();
  await expect(highlighted).toHaveCount(200);

  // Exact counts: 4 multiplications and one addition per stage in reverse mode, 3 op nodes each.
  await expect(p.costs.getByRole('row')).toHaveCount(6);
  await expect(p.costHeader('Reverse mode')).toContainText('1 pass');
  await expect(p.costCells('Reverse mode')).toContainText(['400', '100', '1', '800']);
  await expect(p.costCells('Sum over paths')).toContainText(['2.52 × 10^32']);

  // One line per method in the chart.
  await expect(p.chart.locator('path.growth-line')).toHaveCount(5);
  await expect(p.panel.locator('.growth-legend')).toContainText('Reverse mode: 800 at k = 100');

  // Measured in the lab worker: the naive sum only estimated past its cap.
  await p.measure.click();
  await expect(p.cancel).toBeVisible();
  await expect(p.panel.getByTestId('time-reverse')).toHaveText(/ms|s$/, { timeout: 20_000 });
  await expect(p.panel.getByTestId('time-naive')).toContainText('years estimated');
  await expect(p.measure).toBeVisible();
  await expect(p.panel).toContainText('Measured in the lab worker on this program.');
});

test("colah's example: two paths from b, 2 + 3 = 5, and choosing the ends", async ({ page }) => {
  await page.goto('/');
  const p = pathsPanel(page);
  const g = graphPage(page);
  await expect(p.from).toHaveValue('0');
  await p.from.selectOption({ label: 'b' });
  await expect(p.count).toHaveText('2');
  await expect(p.path('b → c → e')).toContainText('1 · 2 = 2');
  await expect(p.path('b → d → e')).toContainText('1 · 3 = 3');
  await expect(p.path('b → d → e')).toContainText('total 5');
  await expect(p.panel).toContainText('Sum of the products: 5 = ∂e/∂b');
  await p.path('b → d → e').hover();
  await expect(g.edges('b->d')).toHaveClass(/is-highlighted/);
  await expect(g.edges('d->e')).toHaveClass(/is-highlighted/);
  await expect(g.edges('c->e')).not.toHaveClass(/is-highlighted/);
  // The gradient table: forward mode from b and reverse mode from e, node by node.
  const table = p.panel.getByRole('table', { name: 'Gradient table' });
  await expect(table.getByRole('row', { name: /^d/ }).getByRole('cell')).toHaveText([
    '1',
    '1',
    '1',
    '3',
  ]);
  await expect(table.getByRole('row', { name: /^e/ }).getByRole('cell')).toHaveText([
    '2',
    '5',
    '1',
    '1',
  ]);
  // To c instead of e: one path.
  await p.to.selectOption({ label: 'c' });
  await expect(p.count).toHaveText('1');
});

test('a wide sum of 1,000 inputs: one reverse pass against 1,000 forward passes and 1,001 evaluations', async ({
  page,
}) => {
  await page.goto('/');
  const p = pathsPanel(page);
  await p.family.selectOption({ label: 'Wide sum: y = x1 + … + xn' });
  await p.size.fill('1000');
  await p.size.press('Enter');
  await expect(p.count).toHaveText('1');
  await expect(p.verdict).toContainText('Reverse mode is 167× cheaper here');
  await expect(p.costHeader('Forward mode, all inputs')).toContainText('1,000 passes');
  await expect(p.costCells('Forward mode, all inputs')).toContainText(['500,499', '0', '1']);
  await expect(p.costHeader('Finite differences')).toContainText('1,001 evaluations');
  await expect(p.costCells('Finite differences')).toContainText(['1,000', '1,000', '1,001']);
  // Drawn operation by operation (2,001 nodes: on the canvas), hovering the path from x1 lights
  // its 999 edges.
  await page.getByRole('checkbox', { name: 'Collapse statements' }).uncheck();
  const view = page.locator('.graph-view');
  await expect(view).toHaveAttribute('data-graph-renderer', 'canvas');
  const highlighted = {
    toHaveCount: (n: number) => expect(view).toHaveAttribute('data-highlighted-edges', String(n)),
  };
  // Hover once the page has settled: a panel that grows under a still pointer ends the hover.
  await expect(page.getByRole('status')).toHaveText('');
  await expect(async () => {
    await p.count.hover();
    await p.path('x1 → t1 →').hover();
    await highlighted.toHaveCount(999);
  }).toPass({ timeout: 15_000 });
  // While a measurement runs in the lab worker the page keeps answering; it can be cancelled.
  await p.measure.click();
  await expect(p.cancel).toBeVisible();
  await p.count.hover();
  await highlighted.toHaveCount(0);
  // The lab's progress line moves the list under a still pointer: hover again until it holds.
  await expect(async () => {
    await p.count.hover();
    await p.path('x1 → t1 →').hover();
    await highlighted.toHaveCount(999);
  }).toPass({ timeout: 15_000 });
  await p.cancel.click();
  await expect(p.panel).toContainText('Cancelled.');
  await expect(p.measure).toBeEnabled();
});

test('every example, and what the person types, gets a path count and a cost table', async ({
  page,
}) => {
  await page.goto('/');
  const p = pathsPanel(page);
  const g = graphPage(page);
  const titles = await g.examples.locator('option:not([disabled])').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  for (const title of titles) {
    await g.examples.selectOption({ label: title });
    await expect(p.count).toHaveText(/^\d+$/);
    await expect(p.costs.getByRole('row')).toHaveCount(6);
  }
  await g.examples.selectOption('ladder');
  await expect(p.count).toHaveText('256');
  await g.program.fill('x = 3\ny = x * x * x');
  await expect(p.count).toHaveText('3');
  await expect(p.panel).toContainText('Sum of the products: 27 = ∂y/∂x');
});
