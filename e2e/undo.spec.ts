import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';
import { firstPage } from './page.ts';

const TYPED = 'x = 3\ny = x * x + 1';

test('Undo after loading an example brings back the typed program; Redo the example', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  const ui = firstPage(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await g.program.fill(TYPED);
  await expect(g.node('y')).toHaveAttribute('data-value', '10');
  await g.examples.selectOption({ label: 'a circuit: (x + y) * z' });
  await expect(g.node('g')).toHaveAttribute('data-value', '-12');
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(g.program).toHaveValue(TYPED);
  await expect(g.node('y')).toHaveAttribute('data-value', '10');
  await expect(g.nodes('g')).toHaveCount(0);
  await expect(redo).toBeEnabled();

  await redo.click();
  await expect(g.program).toHaveValue(/^# An add gate/);
  await expect(g.node('g')).toHaveAttribute('data-value', '-12');
  await expect(redo).toBeDisabled();

  // Typing was one step: one more Undo after the typed program is the first page's program.
  await undo.click();
  await undo.click();
  await expect(ui.output).toHaveText('e = 6');
  await expect(undo).toBeDisabled();
});

test("the browser's Back after loading an example returns to what the person had, Forward to the example", async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  await g.program.fill(TYPED);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await expect(g.node('y')).toHaveAttribute('data-value', '10');
  await g.examples.selectOption({ label: 'apples and tax' });
  await expect(g.nodes('price')).toHaveCount(1);
  await expect(g.mode).toHaveValue('values');

  await page.goBack();
  await expect(g.program).toHaveValue(TYPED);
  await expect(g.mode).toHaveValue('reverse');
  await expect(g.node('y')).toHaveAttribute('data-value', '10');
  await expect(g.nodes('price')).toHaveCount(0);

  await page.goForward();
  await expect(g.program).toHaveValue(/^# 2 apples/);
  await expect(g.mode).toHaveValue('values');
  await expect(g.nodes('price')).toHaveCount(1);
});

test('Ctrl+Z outside the editor undoes an input change and a slider drag; inside, the editor undoes its own typing', async ({
  page,
}) => {
  await page.goto('/');
  const g = graphPage(page);
  const ui = firstPage(page);
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(ui.output).toHaveText('e = 6');

  await ui.inputField('a').fill('4');
  await expect(ui.output).toHaveText('e = 10');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(ui.inputField('a')).toHaveValue('2');
  await expect(ui.output).toHaveText('e = 6');
  await page.keyboard.press('Control+Shift+z');
  await expect(ui.output).toHaveText('e = 10');
  await page.keyboard.press('Control+z');
  await expect(ui.output).toHaveText('e = 6');

  // A drag across b's slider passes through many values: one Undo returns to the first.
  const slider = page.getByRole('slider', { name: 'b', exact: true });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2);
  await page.mouse.up();
  await expect(ui.inputField('b')).not.toHaveValue('1');
  await page.keyboard.press('Control+z');
  await expect(ui.inputField('b')).toHaveValue('1');
  await expect(ui.output).toHaveText('e = 6');

  // In the editor the keys are the browser's: its undo takes back the typing, and the page's
  // history, which would have offered a Redo, is not used.
  await g.program.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# note');
  await expect(g.program).toHaveValue(/# note$/);
  await page.keyboard.press('Control+z');
  await expect(g.program).not.toHaveValue(/# note$/);
  await expect(redo).toBeDisabled();
  await expect(ui.inputField('b')).toHaveValue('1');
});
