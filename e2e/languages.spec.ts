import type { Locator } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/**
 * The English words (three letters or more) in what a person sees of `area`, leaving out what is
 * written in a language of its own (the Language menu names English in English).
 */
function englishWords(area: Locator): Promise<string[]> {
  return area.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const own of copy.querySelectorAll('[lang]')) own.remove();
    const options = [...copy.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return `${copy.textContent} ${options.join(' ')}`.match(/[A-Za-z]{3,}/g) ?? [];
  });
}

const LANGUAGES = [
  {
    label: '简体中文',
    code: 'zh',
    html: 'zh-Hans',
    names: {
      language: '语言',
      mode: '模式',
      forward: '前进一步',
      play: '播放',
      reverse: '反向模式',
    },
    headings: ['输入', '节点'],
    program: '程序',
  },
  {
    label: 'Русский',
    code: 'ru',
    html: 'ru',
    names: {
      language: 'Язык',
      mode: 'Режим',
      forward: 'Вперёд',
      play: 'Пуск',
      reverse: 'Обратный режим',
    },
    headings: ['Входы', 'Узлы'],
    program: 'Программа',
  },
] as const;

for (const l of LANGUAGES) {
  test(`choosing ${l.label} translates the controls, keeps lang=${l.code} in the URL, and a reload keeps it`, async ({
    page,
  }) => {
    await page.goto('/#mode=reverse&step=2');
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: l.label });
    await expect(page.locator('html')).toHaveAttribute('lang', l.html);
    await expect(page).toHaveURL(new RegExp(`#mode=reverse&step=2&lang=${l.code}$`));

    const check = async () => {
      await expect(page.getByRole('combobox', { name: l.names.language })).toHaveValue(l.code);
      const mode = page.getByRole('combobox', { name: l.names.mode });
      await expect(mode).toHaveValue('reverse');
      await expect(mode.locator('option:checked')).toHaveText(l.names.reverse);
      await expect(page.getByRole('button', { name: l.names.forward, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: l.names.play, exact: true })).toBeVisible();
      await expect(page.getByRole('textbox', { name: l.program })).toBeVisible();
      for (const heading of l.headings)
        await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      expect(await englishWords(page.locator('.app-bar')), 'the bar').toEqual([]);
      expect(await englishWords(page.locator('.stepper-controls')), 'the stepper').toEqual([]);
      expect(await englishWords(page.locator('.mode-picker label').first()), 'Mode').toEqual([]);
      await expect(page.getByRole('button', { name: 'Step forward' })).toHaveCount(0);
    };
    await check();

    // A step (urlSync rewrites the hash) keeps the language's parameter.
    await page.getByRole('button', { name: l.names.forward, exact: true }).click();
    await expect(page).toHaveURL(/step=3/);
    await expect(page).toHaveURL(new RegExp(`lang=${l.code}`));

    await page.reload();
    await check();
    expect(await axeViolations(page), 'axe').toEqual([]);

    // Opened without the parameter, the page finds the choice in storage; English again is kept.
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: l.names.language })).toHaveValue(l.code);
    await page.getByRole('combobox', { name: l.names.language }).selectOption({ label: 'English' });
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveURL(/lang=/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
}

test('a link with lang=ru opens in Russian, and a changed hash switches the language', async ({
  page,
}) => {
  await page.goto('/#mode=forward&lang=ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Вперёд', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Выход', exact: true })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = window.location.hash.replace('lang=ru', 'lang=zh');
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('button', { name: '前进一步', exact: true })).toBeVisible();
});

test.describe('with the browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the page opens in Russian, and says its size with Russian plurals', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    // colah's example: 2 inputs, 5 nodes, 5 edges (два входа, пять узлов).
    await expect(page.getByText(/^2 входа, \d+ (узла|узлов), \d+ (ребра|рёбер)$/)).toBeVisible();
  });
});
