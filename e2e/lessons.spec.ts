import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

test('a lesson: chosen from the list, stepped with Next and the keys, a prediction checked and revealed, kept over a reload, and left for the person’s own program', async ({
  page,
}) => {
  await page.goto('/');
  const ui = firstPage(page);
  await ui.program.fill('w = 3\nz = w * w');
  await expect(ui.output).toHaveText('z = 9');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  expect(await axeViolations(page), 'axe, the chapter list open').toEqual([]);
  await page
    .getByRole('dialog', { name: 'Chapters' })
    .getByRole('button', { name: 'Start: Factoring paths: forward and reverse mode' })
    .click();
  const lesson = page.getByRole('region', { name: 'Factoring paths: forward and reverse mode' });
  await expect(lesson).toContainText('Step 1 of 7');
  await expect(page).toHaveURL(/lesson=factoring&ls=1/);
  // The lesson's program is on the graph: colah's.
  await expect(ui.output).toHaveText('e = 6');

  await lesson.getByRole('button', { name: 'Next' }).click();
  await page.locator('body').press('n');
  await page.locator('body').press('n');
  await page.locator('body').press('n');
  await expect(lesson).toContainText('Step 5 of 7');
  await expect(lesson).toContainText('c̄ = ē · ∂e/∂c = 2 and d̄ = ē · ∂e/∂d = 3');

  // Predict ā: a wrong answer, then the right one, which reveals it.
  const answer = lesson.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('3');
  await lesson.getByRole('button', { name: 'Check' }).click();
  await expect(lesson.getByRole('status')).toHaveText('Not quite: try again, or reveal it.');
  await answer.fill('2');
  await answer.press('Enter');
  await expect(lesson.getByRole('status')).toHaveText('Right: 2.');
  expect(await axeViolations(page), 'axe').toEqual([]);

  await page.reload();
  await expect(lesson).toContainText('Step 5 of 7');
  await expect(ui.output).toHaveText('e = 6');

  await lesson.getByRole('button', { name: 'Leave the lesson' }).click();
  await expect(lesson).toHaveCount(0);
  await expect(ui.output).toHaveText('z = 9');
  await expect(page).not.toHaveURL(/lesson=/);
});

test('a lesson’s numbers come from the live graph: change an input and the paragraph follows', async ({
  page,
}) => {
  await page.goto('/#lesson=edges&ls=4');
  const lesson = page.getByRole('region', { name: /Derivatives on the edges/ });
  const text = lesson.locator('.lesson-text');
  await expect(text).toContainText('−3'.replace('−', '-'));
  const ui = firstPage(page);
  await ui.inputField('z').fill('-5');
  await expect(text).toContainText('-5');
});
