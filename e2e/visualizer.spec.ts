import { expect, test } from './fixtures.ts';
import { centreY, graphPage } from './graph.ts';

test('the graph appears as the person types, inputs below the output, b drawn once', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.program.fill('(a+b)*(b+1)');
  await expect(g.nodes('b')).toHaveCount(1);
  await expect(g.edges('b->+')).toHaveCount(2);
  await expect(g.node('*')).toHaveAttribute('data-value', '4');
  expect(await centreY(g.node('b'))).toBeGreaterThan(await centreY(g.node('*')));
  // x*x: two parallel edges, each with its own local partial x = 3.
  await g.program.fill('x = 3\nx*x');
  await expect(g.edges('x->*')).toHaveCount(2);
  await expect(g.edges('x->*').first()).toHaveAttribute('data-local', '3');
});

test('values fill in node by node when played', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await expect(g.node('e')).toHaveAttribute('data-value', '6');
  await g.reset.click();
  await expect(g.node('a')).not.toHaveAttribute('data-value');
  await expect(g.node('e')).not.toHaveAttribute('data-value');
  await g.speed.selectOption('8');
  await g.play.click();
  await expect(g.node('e')).toHaveAttribute('data-value', '6');
  await expect(g.play).toBeVisible();
  await expect(g.narration).toContainText('e = c · d = 3 · 2 = 6');
});

test("reverse mode on colah's example: b receives 3, then 5; step back undoes it", async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await expect(g.node('e')).toHaveAttribute('data-derivative', '0');
  await g.stepForward.click();
  await expect(g.node('e')).toHaveAttribute('data-derivative', '1');
  await expect(g.narration).toContainText('ē = ∂e/∂e = 1'.normalize('NFD'));
  // e sends 2 to c and 3 to d, then d sends 3 to b.
  for (let i = 0; i < 3; i++) await g.stepForward.click();
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
  // Adjoints (b̄ = ∂e/∂b so far) and local partials never share a symbol.
  await expect(g.narration).toContainText('b̄ += d̄ · ∂d/∂b = 3 · 1 = 3'.normalize('NFD'));
  await expect(g.narration).toContainText('d = b + 1, so ∂d/∂b = 1');
  // d sends 3 to the constant 1, then c sends 2 to a, then 2 to b: now 5.
  for (let i = 0; i < 3; i++) await g.stepForward.click();
  await expect(g.node('b')).toHaveAttribute('data-derivative', '5');
  await expect(g.narration).toContainText('now 5)');
  await g.stepBack.click();
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
  await g.stepForward.click();
  await expect(g.narration).toContainText('Reverse mode is done');
  await expect(g.node('a')).toHaveAttribute('data-derivative', '2');
  await expect(g.edges('c->e')).toHaveAttribute('data-local', '2');
  await expect(g.edges('d->e')).toHaveAttribute('data-local', '3');
});

test('the keyboard plays, pauses, steps and jumps', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await expect(g.timeline).toHaveValue('7');
  await expect(g.node('b')).toHaveAttribute('data-derivative', '5');
  await page.keyboard.press('Home');
  await expect(g.timeline).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(g.timeline).toHaveValue('2');
  await page.keyboard.press('ArrowLeft');
  await expect(g.timeline).toHaveValue('1');
  await page.keyboard.press(' ');
  await expect(g.pause).toBeVisible();
  await page.keyboard.press(' ');
  await expect(g.play).toBeVisible();
  // Scrubbing the timeline shows that step.
  await g.timeline.fill('4');
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
});

test('clicking a node and choosing forward mode differentiates by it', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.node('a').click();
  await g.mode.selectOption({ label: 'Forward mode' });
  await page.keyboard.press('End');
  await expect(g.node('c')).toHaveAttribute('data-derivative', '1');
  await expect(g.node('e')).toHaveAttribute('data-derivative', '2');
  // The legend's instance is not the seed itself: ė = ∂e/∂a, not ȧ = ∂a/∂a.
  await expect(page.locator('.graph-legend')).toContainText('e\u0307 ("e dot") = ∂e/∂a');
  await expect(g.node('b')).toHaveAttribute('data-derivative', '0');
  // From b instead, by clicking it in forward mode: ∂e/∂b = 5.
  await g.node('b').click();
  await page.keyboard.press('End');
  await expect(g.node('e')).toHaveAttribute('data-derivative', '5');
  await expect(g.node('a')).toHaveAttribute('data-derivative', '0');
});

test('changing an input keeps the mode and the step', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.mode.selectOption({ label: 'Reverse mode' });
  for (let i = 0; i < 4; i++) await g.stepForward.click();
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
  await page.getByRole('slider', { name: 'b', exact: true }).fill('2');
  await expect(g.node('b')).toHaveAttribute('data-value', '2');
  // Now c = a + b = 4, so ∂e/∂d = c = 4 is what d passes down to b first.
  await expect(g.node('b')).toHaveAttribute('data-derivative', '4');
  await expect(g.mode).toHaveValue('reverse');
  await expect(g.timeline).toHaveValue('4');
});

test('the examples menu loads the worked examples', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.examples.selectOption({ label: 'apples and tax' });
  await expect(g.program).toHaveValue(/price = apple \* count \* tax/);
  await expect(g.node('price')).toHaveAttribute('data-value', /^220(\.0+\d*)?$/);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await page.keyboard.press('End');
  await expect(g.node('tax')).toHaveAttribute('data-derivative', '200');
  await expect(g.node('count')).toHaveAttribute('data-derivative', /^110(\.0+\d*)?$/);
  await g.examples.selectOption({ label: 'colah: (a+b)*(b+1)' });
  await expect(g.node('e')).toHaveAttribute('data-value', '6');
});

test('the URL restores program, mode, chosen node and step after a reload', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.mode.selectOption({ label: 'Reverse mode' });
  for (let i = 0; i < 4; i++) await g.stepForward.click();
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
  await expect(page).toHaveURL(/mode=reverse.*step=4/);
  await page.reload();
  await expect(g.mode).toHaveValue('reverse');
  await expect(g.timeline).toHaveValue('4');
  await expect(g.node('b')).toHaveAttribute('data-derivative', '3');
  // A friend opening the same link sees the same thing.
  const url = page.url();
  const friend = await page.context().newPage();
  await friend.goto(url);
  await expect(graphPage(friend).node('b')).toHaveAttribute('data-derivative', '3');
});

test('the tree view draws shared subexpressions once per use', async ({ page }) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.program.fill('x = 0.5\ns = sin(x)\ny = s * s');
  await expect(g.nodes('s')).toHaveCount(1);
  await page.getByRole('checkbox', { name: /Tree view/ }).check();
  await expect(g.nodes('s')).toHaveCount(2);
  await expect(g.nodes('x')).toHaveCount(1);
  await expect(page).toHaveURL(/tree=1/);
});

test('the contribution travels along the edge, unless the person asked for less motion', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await g.stepForward.click();
  await g.stepForward.click();
  await expect(g.svg.locator('.edge--active')).toHaveCount(1);
  await expect(g.svg.locator('.edge-pulse')).toHaveCount(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await g.stepForward.click();
  await expect(g.svg.locator('.edge--active')).toHaveCount(1);
  await expect(g.svg.locator('.edge-pulse')).toHaveCount(0);
});
