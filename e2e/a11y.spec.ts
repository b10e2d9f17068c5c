import { axeViolations } from './axe.ts';
import { hashOf } from './drawing.ts';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

/** A ladder of sin·cos stages: 3 nodes a stage, so 210 stages pass the canvas's 600 nodes. */
const ladder = (stages: number) => {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test("colah's example passes axe in every mode, mid-trace and at the end", async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      const g = graphPage(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      for (const mode of ['Values', 'Forward mode', 'Reverse mode']) {
        await g.mode.selectOption({ label: mode });
        await g.timeline.focus();
        await page.keyboard.press('Home');
        await g.stepForward.click();
        await g.stepForward.click();
        await expect(g.svg.locator('[data-active="true"]').first()).toBeVisible();
        expect(await axeViolations(page), `${mode}, mid-trace`).toEqual([]);
        await g.timeline.focus();
        await page.keyboard.press('End');
        await expect(g.stepForward).toBeDisabled();
        expect(await axeViolations(page), `${mode}, at the end`).toEqual([]);
      }
    });

    test('the error state, with the last results kept, passes axe at phone width', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/#mode=reverse&step=4');
      const g = graphPage(page);
      await expect(g.node('e')).toHaveAttribute('data-derivative', '1');
      await g.program.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' + (');
      await expect(page.getByRole('alert')).toContainText('expected an expression');
      await expect(
        page.getByText('These are the results of the last version that worked.'),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a graph drawn on the canvas (over 600 nodes) passes axe', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(hashOf(ladder(210), 'collapse=0&mode=reverse&step=5'));
      const view = page.locator('.graph-view');
      await expect(view).toHaveAttribute('data-graph-state', 'ready', { timeout: 20_000 });
      await expect(view).toHaveAttribute('data-graph-renderer', 'canvas');
      expect(Number(await view.getAttribute('data-graph-nodes'))).toBeGreaterThan(600);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('a focused node shows a solid ring standing off its box, unlike any node style', async ({
  page,
}) => {
  await page.goto('/#mode=reverse&step=4');
  const g = graphPage(page);
  const constant = g.node('1');
  // A constant's own frame is dashed: the focus ring must not look like it.
  await expect(constant.locator('rect')).toHaveCSS('stroke-dasharray', /\d/);
  await g.node('d').focus();
  const focused = g.node('d');
  await expect(focused).toBeFocused();
  expect(await focused.evaluate((n) => n.matches(':focus-visible'))).toBe(true);
  await expect(focused).toHaveCSS('outline-style', 'solid');
  expect(
    Number.parseFloat(await focused.evaluate((n) => getComputedStyle(n).outlineWidth)),
  ).toBeGreaterThanOrEqual(3);
  expect(
    Number.parseFloat(await focused.evaluate((n) => getComputedStyle(n).outlineOffset)),
  ).toBeGreaterThan(0);
  // The ring leaves the node's own frame as it was.
  await expect(focused.locator('rect')).not.toHaveCSS('stroke-dasharray', /\d/);
});
