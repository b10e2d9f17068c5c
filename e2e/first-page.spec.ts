import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

test('a first visit shows colah’s example with its value, derivatives and paths', async ({
  page,
}) => {
  await page.goto('/');
  const ui = firstPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backprop Lens');
  await expect(ui.program).toHaveValue(/e = c \* d/);
  await expect(ui.output).toHaveText('e = 6');
  await expect(ui.inputCells('a')).toHaveText(['2', '2', '2', '1']);
  await expect(ui.inputCells('b')).toHaveText(['1', '5', '5', '2']);
  await expect(ui.nodeCells('c')).toHaveText(['a + b', '3', '2']);
  await expect(ui.nodeCells('d')).toHaveText(['b + 1', '2', '3']);
  await expect(ui.nodeCells('e')).toHaveText(['c · d', '6', '1']);
  await expect(ui.nodesTable.getByRole('row')).toHaveCount(7);
  await expect(ui.alert).toHaveCount(0);
});

test('typing an expression and setting its inputs by the number fields recomputes it', async ({
  page,
}) => {
  await page.goto('/');
  const ui = firstPage(page);
  await expect(ui.output).toHaveText('e = 6');
  await ui.program.clear();
  await ui.program.pressSequentially('(a+b)*(b+1)');
  await expect(ui.output).toHaveText('output = 4');
  await expect(ui.inputField('a')).toHaveValue('1');
  await expect(ui.inputField('b')).toHaveValue('1');

  await ui.inputField('a').fill('2');
  await ui.inputField('b').fill('1');
  await expect(ui.output).toHaveText('output = 6');
  await expect(ui.inputCells('a')).toHaveText(['2', '2', '2', '1']);
  await expect(ui.inputCells('b')).toHaveText(['1', '5', '5', '2']);
  await expect(ui.nodeCells('output')).toHaveText(['t1 · t2', '6', '1']);

  await ui.inputField('b').fill('-3.5');
  await expect(ui.output).toHaveText('output = 3.75');
  await page.getByRole('button', { name: 'Reset b' }).click();
  await expect(ui.inputField('b')).toHaveValue('1');
  await expect(ui.output).toHaveText('output = 6');
});

test('the apples-and-tax example shows rounded values and derivatives', async ({ page }) => {
  await page.goto('/');
  const ui = firstPage(page);
  await ui.program.fill('apple = 100\ncount = 2\ntax = 1.1\nprice = apple * count * tax');
  await expect(ui.output).toHaveText('price = 220');
  await expect(ui.inputCells('apple')).toHaveText(['100', '2.2', '2.2', '1']);
  await expect(ui.inputCells('count')).toHaveText(['2', '110', '110', '1']);
  await expect(ui.inputCells('tax')).toHaveText(['1.1', '200', '200', '1']);
  await expect(ui.nodeCells('price')).toHaveText(['t1 · tax', '220', '1']);
});

test('nodes outside their domain or at a kink carry a warning in the node table', async ({
  page,
}) => {
  await page.goto('/');
  const ui = firstPage(page);
  await ui.program.fill('x = 0\nr = relu(x)\nl = log(x - 1)\ny = r + l');
  await expect(ui.output).toHaveText('y = NaN');
  await expect(ui.nodeCells('r').last()).toContainText('Not differentiable');
  await expect(ui.nodeCells('l').last()).toContainText('outside its domain');
});
