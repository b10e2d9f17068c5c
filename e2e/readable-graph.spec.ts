import { hashOf, measureDrawing, mlpProgram, overlaps, stepShown } from './drawing.ts';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

// "The graph teaches at every size": what a student sees, measured on the page.

test('nodes say what they compute, under names the whole page uses, and never an internal id', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  const container = page.locator('.graph-view');
  await expect(container).toHaveAttribute('data-graph-state', 'ready');
  await expect(container).toHaveAttribute('data-graph-renderer', 'svg');
  await expect(container).toHaveAttribute('data-graph-nodes', '6');
  await expect(g.node('c')).toContainText('c = a + b');
  await expect(g.node('c')).toHaveAttribute('data-node-op', 'add');
  await expect(g.node('e')).toContainText('e = c · d');
  await expect(g.node('e')).toHaveAttribute('data-node-op', 'mul');
  await g.program.fill('(a+b)*(b+1)');
  const t1 = g.svg.locator('[data-node-name="t1"]');
  await expect(t1).toContainText('t1 = a + b');
  await expect(g.svg.locator('[data-node-name="output"]')).toContainText('output = t1 · t2');
  await g.mode.selectOption({ label: 'Reverse mode' });
  await page.keyboard.press('End');
  // The node table and the menus say t1 too; nothing says "node #".
  await expect(page.getByRole('table', { name: 'Nodes' })).toContainText('t1');
  await expect(page.locator('body')).not.toContainText('node #');
  const options = await page.locator('option').allTextContents();
  expect(options.filter((o) => o.includes('#'))).toEqual([]);
});

test('x · x: each edge is named by its operand position, and the end of a pass is one line', async ({
  page,
}) => {
  await page.goto(hashOf('x = 3\ny = x * x', 'mode=reverse&step=1'));
  const g = graphPage(page);
  await expect(g.narration).toContainText('ȳ = ∂y/∂y = 1'.normalize('NFD'));
  const told: string[] = [];
  for (let i = 0; i < 2; i++) {
    await g.stepForward.click();
    told.push((await g.narration.locator('.narration-equation').textContent()) ?? '');
  }
  expect(told.some((t) => t.includes('∂y/∂x (left)'))).toBe(true);
  expect(told.some((t) => t.includes('∂y/∂x (right)'))).toBe(true);
  expect(told[1]).toContain('x̄ now 6)'.normalize('NFD'));
  // One short closing line, not a list of every gradient.
  const summary = g.narration.locator('.narration-summary');
  await expect(summary).toContainText('Reverse mode is done in one pass');
  expect(((await summary.textContent()) ?? '').length).toBeLessThan(120);
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

const PROGRAMS = [
  { name: 'the two-layer network', example: 'a two-layer network with a loss' },
  { name: 'a 3-layer MLP with 3 units a layer', source: mlpProgram() },
];

for (const size of SIZES)
  for (const program of PROGRAMS)
    test(`${program.name} reads at ${size.width}×${size.height}: text ≥ 11 px, nothing overlaps, the step in view`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const g = graphPage(page);
      if (program.source) await page.goto(hashOf(program.source, 'mode=reverse'));
      else {
        await page.goto('/');
        await g.examples.selectOption({ label: program.example! });
        await g.mode.selectOption({ label: 'Reverse mode' });
      }
      // Half-way through reverse mode, scrolled to the drawing as a student reads it, one step on
      // with the keyboard (the timeline has the focus, so the page does not scroll).
      const total = Number(await g.timeline.getAttribute('max'));
      const half = Math.floor(total / 2);
      await g.timeline.fill(String(half - 1));
      await g.svg.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.keyboard.press('ArrowRight');
      await expect(g.timeline).toHaveValue(String(half));
      await expect(g.svg.locator('.edge[data-active="true"]')).toHaveCount(1);
      await page.waitForTimeout(600);
      const d = await measureDrawing(page);
      expect(d.visibleNodes.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...d.textPx)).toBeGreaterThanOrEqual(10.99);
      expect(overlaps(d.nodeBoxes)).toEqual([]);
      expect(overlaps(d.labels)).toEqual([]);
      expect(overlaps(d.labels, d.nodeBoxes)).toEqual([]);
      expect(await stepShown(page, d.frame)).toBe(true);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(size.width);
    });

test('Orientation: left to right or bottom to top, kept in the URL', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  const orientation = page.getByRole('combobox', { name: 'Orientation' });
  await orientation.selectOption({ label: 'Left to right' });
  await expect(g.svg).toHaveAttribute('data-orientation', 'right');
  const centre = async (label: string) => {
    const box = (await g.node(label).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  expect((await centre('a')).x).toBeLessThan((await centre('e')).x);
  await expect(page).toHaveURL(/orient=right/);
  await page.reload();
  await expect(g.svg).toHaveAttribute('data-orientation', 'right');
  await orientation.selectOption({ label: 'Bottom to top' });
  await expect(g.svg).toHaveAttribute('data-orientation', 'up');
  expect((await centre('b')).y).toBeGreaterThan((await centre('e')).y);
  // Inputs are drawn in the order the program declares them.
  expect((await centre('a')).x).toBeLessThan((await centre('b')).x);
});

test('a program with many statements opens collapsed; one expands alone; derivatives agree', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const g = graphPage(page);
  await g.examples.selectOption({ label: 'a two-layer network with a loss' });
  const collapse = page.getByRole('checkbox', { name: 'Collapse statements' });
  await expect(collapse).toBeChecked();
  await expect(g.svg.locator('[data-node-name="h1"]')).toHaveAttribute('data-collapsed', 'true');
  await expect(g.svg.locator('[data-node-name="t1"]')).toHaveCount(0);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await page.keyboard.press('End');
  const w11 = g.svg.locator('[data-node-name="w11"]');
  const gradient = await w11.getAttribute('data-derivative');
  const table = page.getByRole('table', { name: /Derivatives of/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'w11' }) });
  const reverse = Number(
    (await row.getByRole('cell').nth(1).locator('[title]').getAttribute('title'))!,
  );
  expect(Number(gradient)).toBeCloseTo(reverse, 12);
  // Expand h1 alone: its operations appear, h2 stays one node, and w11's derivative is the same.
  await page.getByRole('button', { name: 'Expand h1' }).click();
  await expect(g.svg.locator('[data-node-name="h1"]')).not.toHaveAttribute('data-collapsed');
  await expect(g.svg.locator('[data-node-name="h2"]')).toHaveAttribute('data-collapsed', 'true');
  await expect(g.svg.locator('[data-node-op="mul"]').first()).toBeVisible();
  await page.keyboard.press('End');
  await expect
    .poll(async () => Number(await w11.getAttribute('data-derivative')))
    .toBeCloseTo(reverse, 12);
  await expect(page).toHaveURL(/open=h1/);
  // The operation view: every node.
  await collapse.uncheck();
  await expect(g.svg.locator('g.node')).toHaveCount(29);
  await page.keyboard.press('End');
  await expect
    .poll(async () => Number(await w11.getAttribute('data-derivative')))
    .toBeCloseTo(reverse, 12);
});

test('zoomed in on the MLP, the view follows each step of reverse mode; it can be told not to', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(hashOf(mlpProgram(), 'mode=reverse&step=0&collapse=0'));
  const g = graphPage(page);
  await expect.poll(() => g.svg.locator('g.node').count()).toBeGreaterThan(100);
  const whole = (await g.svg.boundingBox())!;
  // What shows of the drawing inside the 900 px high window.
  const frame = { ...whole, height: Math.min(whole.y + whole.height, 900) - whole.y };
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  const active = g.svg.locator('.edge[data-active="true"] .edge-line');
  for (let step = 0; step < 12; step++) {
    await g.stepForward.click();
    await page.waitForTimeout(80);
    if ((await active.count()) === 0) continue; // the seed step has no edge
    expect(await stepShown(page, { ...frame, what: 'frame' }), `step ${step}`).toBe(true);
  }
  await expect(g.svg.locator('g.node[data-active="true"]')).toHaveCount(1);
  // Following off: a step off screen does not move the view.
  await page.getByRole('checkbox', { name: 'Follow the step' }).uncheck();
  await expect(page).toHaveURL(/follow=0/);
  const before = await g.svg.locator(':scope > g').getAttribute('transform');
  await page.keyboard.press('End');
  await expect(g.svg.locator(':scope > g')).toHaveAttribute('transform', before!);
});

test('the page holds still: the graph does not move as the mode and the narration change', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const g = graphPage(page);
  const top = async () => (await g.svg.boundingBox())!.y;
  const start = await top();
  await g.mode.selectOption({ label: 'Reverse mode' });
  expect(await top()).toBeCloseTo(start, 0);
  for (let i = 0; i < 7; i++) {
    await g.stepForward.click();
    expect(await top(), `step ${i + 1}`).toBeCloseTo(start, 0);
  }
  await page.getByRole('checkbox', { name: 'Tree view (no sharing)' }).check();
  await g.mode.selectOption({ label: 'Forward mode' });
  expect(await top()).toBeCloseTo(start, 0);
});

test('tree view says when it changes nothing; the examples menu names what is loaded', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  const tree = page.getByRole('checkbox', { name: 'Tree view (no sharing)' });
  await tree.check();
  await expect(page.getByRole('note')).toContainText('No subexpression is shared here');
  await g.program.fill('s = a * b\ny = sin(s) + cos(s)');
  await expect(page.getByRole('note')).toHaveCount(0);
  await g.examples.selectOption({ label: 'a max gate routes the gradient' });
  await expect(g.examples).toHaveValue('max');
  await g.program.fill('x = 3\ny = -1\nm = max(x * y, 2)');
  await expect(g.examples).toHaveValue('');
});

test('on a phone: one column, the graph after the program, readable, a swipe scrolls the page', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/#mode=reverse&step=4');
  const g = graphPage(page);
  await expect(g.node('e')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const editor = (await g.program.boundingBox())!;
  const graph = (await page.getByRole('region', { name: 'Graph' }).boundingBox())!;
  const inputs = (await page.getByRole('heading', { name: 'Inputs' }).boundingBox())!;
  expect(graph.y).toBeGreaterThan(editor.y + editor.height);
  expect(graph.y).toBeLessThan(inputs.y);
  await expect(g.svg).toHaveCSS('touch-action', 'pan-y');
  await g.svg.scrollIntoViewIfNeeded();
  const d = await measureDrawing(page);
  expect(Math.min(...d.textPx)).toBeGreaterThanOrEqual(10.99);
  // A one-finger upward swipe on the graph scrolls the page and leaves the graph where it was.
  const box = (await g.svg.boundingBox())!;
  // The view may still be gliding to the step: take its transform once it has settled.
  const group = g.svg.locator(':scope > g');
  let transform = await group.getAttribute('transform');
  for (let settled = false; !settled; ) {
    await page.waitForTimeout(400);
    const now = await group.getAttribute('transform');
    settled = now === transform;
    transform = now;
  }
  const scrolled = await page.evaluate(() => window.scrollY);
  const cdp = await context.newCDPSession(page);
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + 80);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x, y }]);
  for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x, y: y - 20 * i }]);
  await touch('touchEnd', []);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
  await expect(g.svg.locator(':scope > g')).toHaveAttribute('transform', transform!);
  // Two fingers moving apart zoom the graph in.
  const now = (await g.svg.boundingBox())!;
  const [cx, cy] = [Math.round(now.x + now.width / 2), Math.round(now.y + 100)];
  await touch('touchStart', [
    { x: cx - 20, y: cy },
    { x: cx + 20, y: cy },
  ]);
  for (let i = 1; i <= 5; i++)
    await touch('touchMove', [
      { x: cx - 20 - 10 * i, y: cy },
      { x: cx + 20 + 10 * i, y: cy },
    ]);
  await touch('touchEnd', []);
  await expect(g.svg.locator(':scope > g')).not.toHaveAttribute('transform', transform!);
  const zoomed = (await g.svg.locator(':scope > g').getAttribute('transform')) ?? '';
  expect(Number(/scale\(([\d.]+)\)/.exec(zoomed)?.[1])).toBeGreaterThan(1.5);
  await context.close();
});
