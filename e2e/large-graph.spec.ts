import { hashOf } from './drawing.ts';
import { expect, test } from './fixtures.ts';

/** A ladder of `stages` sin·cos stages: 3 nodes a stage. */
const ladder = (stages: number) => {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
};

test('a 10,000-node program is drawn on a canvas; the page answers while it loads; a click chooses a node; zoom works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(hashOf(ladder(3334), 'collapse=0&mode=reverse'));
  // While the engine works, the page says on what, and answers a click at once.
  await expect(page.getByRole('status')).toContainText('Analysing and laying out 3,335 statements');
  const follow = page.getByRole('checkbox', { name: 'Follow the step' });
  await follow.click();
  await expect(follow).not.toBeChecked({ timeout: 1000 });
  const view = page.locator('.graph-view');
  await expect(view).toHaveAttribute('data-graph-state', 'ready', { timeout: 20_000 });
  await expect(view).toHaveAttribute('data-graph-renderer', 'canvas');
  await expect(view).toHaveAttribute('data-graph-nodes', '10003');
  const canvas = page.getByRole('img', { name: /Computational graph of 10,003 nodes/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // Find a node under the pointer (the canvas names it in its tooltip), then click it.
  let found = '';
  for (let dy = 0; dy < Math.min(box.height, 500) && !found; dy += 12) {
    await page.mouse.move(box.x + box.width / 2, box.y + 40 + dy);
    found = (await canvas.getAttribute('title')) ?? '';
  }
  expect(found).not.toBe('');
  await page.mouse.down();
  await page.mouse.up();
  const name = found.split(' = ')[0]!;
  await expect(page).toHaveURL(new RegExp(`of=${name}(&|$)`));
  // The wheel zooms out; past legibility, text is left out, and the page still answers.
  const before = Number(await view.getAttribute('data-zoom'));
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
  await expect
    .poll(async () => Number(await view.getAttribute('data-zoom')))
    .toBeLessThan(before / 4);
  // The Nodes table draws 100 rows at a time, up to 500.
  const rows = page.getByRole('table', { name: 'Nodes' }).locator('tbody tr');
  await expect(rows).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more nodes' }).click();
  await expect(rows).toHaveCount(200);
  await expect(page.getByText('Showing the first 200 of 10,003 nodes.')).toBeVisible();
});

test('a 60-node program is still drawn as SVG, with the attributes the contracts name', async ({
  page,
}) => {
  await page.goto(hashOf(ladder(20), 'collapse=0'));
  const view = page.locator('.graph-view');
  await expect(view).toHaveAttribute('data-graph-state', 'ready');
  await expect(view).toHaveAttribute('data-graph-renderer', 'svg');
  await expect(view).toHaveAttribute('data-graph-nodes', '61');
  const svg = page.getByRole('group', { name: 'Computational graph' });
  await expect(svg.locator('[data-node-label="x20"]')).toHaveAttribute('data-node-op', 'mul');
  await expect(svg.locator('[data-edge="x0->sin"]')).toHaveAttribute('data-local', /\d/);
});
