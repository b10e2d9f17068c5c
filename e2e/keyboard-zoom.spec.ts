import { hashOf } from './drawing.ts';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

/** The drawing's transform on screen: translate (x, y), scale k. */
async function transformOf(page: import('@playwright/test').Page) {
  return page.locator('svg.graph-svg > g').evaluate((g) => {
    const m = (g as SVGGElement).transform.baseVal.consolidate()?.matrix;
    return { x: m?.e ?? 0, y: m?.f ?? 0, k: m?.a ?? 1 };
  });
}

test('the focused graph zooms with + and -, fits with 0, pans with Shift+arrows, and still steps with arrows', async ({
  page,
}) => {
  await page.goto('/#mode=reverse&step=2');
  const g = graphPage(page);
  const view = page.locator('.graph-view');
  await expect(g.node('e')).toHaveAttribute('data-derivative', '1');
  const zoom = async () => Number(await view.getAttribute('data-zoom'));
  // colah's small graph is fitted at Fit's largest scale once drawn.
  await expect(view).toHaveAttribute('data-graph-state', 'ready');
  const fitted = 1.25;
  await expect.poll(zoom).toBe(fitted);

  // Tab reaches the drawing, which shows a focus ring.
  await g.svg.focus();
  await expect(g.svg).toBeFocused();
  expect(await g.svg.evaluate((svg) => getComputedStyle(svg).outlineStyle)).not.toBe('none');

  await page.keyboard.press('+');
  await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 2);
  await page.keyboard.press('=');
  await expect.poll(zoom).toBeCloseTo(fitted * 1.25 * 1.25, 2);
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeCloseTo(fitted * 1.25, 2);

  // Shift+ArrowRight moves the view right: the drawing slides left, at the same zoom, and the
  // step stays where it was.
  const before = await transformOf(page);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await transformOf(page)).x).toBeCloseTo(before.x - 80, 0);
  expect((await transformOf(page)).y).toBeCloseTo(before.y, 3);
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await transformOf(page)).y).toBeCloseTo(before.y - 80, 0);

  await page.keyboard.press('0');
  await expect.poll(zoom).toBeCloseTo(fitted, 3);

  // Plain arrows and Space are still the stepper's while the graph has focus.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=3/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/step=2/);
  await expect(g.svg).toBeFocused();
  await page.keyboard.press(' ');
  await expect(g.pause).toBeVisible();
  await page.keyboard.press(' ');
  await expect(g.play).toBeVisible();
});

test('the graph drawn on a canvas takes the same keys', async ({ page }) => {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < 240; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  await page.goto(hashOf(lines.join('\n'), 'collapse=0'));
  const view = page.locator('.graph-view');
  await expect(view).toHaveAttribute('data-graph-state', 'ready', { timeout: 20_000 });
  await expect(view).toHaveAttribute('data-graph-renderer', 'canvas');
  const zoom = async () => Number(await view.getAttribute('data-zoom'));
  const canvas = page.getByRole('img', { name: /Computational graph of 721 nodes/ });
  await canvas.focus();
  await expect(canvas).toBeFocused();
  // Too tall to show whole at a readable size: fitted around the output, below scale 1.
  await page.keyboard.press('0');
  await expect.poll(zoom).toBeLessThan(1);
  const fitted = await zoom();
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeCloseTo(fitted / 1.25, 2);
  await page.keyboard.press('0');
  await expect.poll(zoom).toBeCloseTo(fitted, 2);
});
