import { readFile } from 'node:fs/promises';
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

/**
 * The English words in the paths panel's controls and headings: its titles, buttons, the labels
 * of its menus and fields (not the menus' options, which name nodes and formulas such as
 * `sin(x_i)`), the cost table's method rows and the chart's legend.
 */
function pathsControlWords(panel: Locator): Promise<string[]> {
  return panel.evaluate((element) => {
    const texts: string[] = [];
    for (const e of element.querySelectorAll(
      'h2, h3, button:not(.path-item), .cost-table tbody th, .growth-legend li',
    ))
      texts.push(e.textContent ?? '');
    for (const label of element.querySelectorAll('label')) {
      const copy = label.cloneNode(true) as HTMLElement;
      for (const field of copy.querySelectorAll('select, input')) field.remove();
      texts.push(copy.textContent ?? '');
    }
    for (const e of element.querySelectorAll('[aria-label]'))
      texts.push(e.getAttribute('aria-label') ?? '');
    return texts.join(' ').match(/[A-Za-z]{3,}/g) ?? [];
  });
}

const PATHS = [
  {
    code: 'zh',
    panel: '路径',
    headings: ['逐条路径求和', '分解计算：梯度表', '各方法在这里的开销', '开销如何增长'],
    measure: '测量',
    from: '路径起点',
    exportSvg: '导出 SVG',
    title: 'e = (a+b)*(b+1) · 反向模式 · 第 4 步，共 7 步',
    file: 'backprop-lens-反向模式-第4步.svg',
  },
  {
    code: 'ru',
    panel: 'Пути',
    headings: [
      'Сумма по путям',
      'Факторизованное вычисление: таблица градиентов',
      'Во что обходится каждый метод',
      'Как растут затраты',
    ],
    measure: 'Измерить',
    from: 'Пути из',
    exportSvg: 'Экспорт SVG',
    title: 'e = (a+b)*(b+1) · Обратный режим · шаг 4 из 7',
    file: 'backprop-lens-обратный-режим-шаг-4.svg',
  },
] as const;

for (const l of PATHS) {
  test(`in lang=${l.code} the paths lab's headings and controls, the tab's title and the exported figure's title line are translated`, async ({
    page,
  }) => {
    await page.goto(`/#mode=reverse&step=4&lang=${l.code}`);
    await expect(page).not.toHaveTitle('Backprop Lens');
    await expect(page).toHaveTitle(/^Backprop Lens/);

    const panel = page.getByRole('region', { name: l.panel, exact: true });
    for (const heading of l.headings)
      await expect(panel.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: l.measure, exact: true })).toBeVisible();
    await expect(panel.getByRole('combobox', { name: l.from, exact: true })).toBeVisible();
    await expect(panel.locator('.growth-legend li')).toHaveCount(5);
    expect(await pathsControlWords(panel), 'the paths lab').toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: l.exportSvg, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(l.file);
    const svg = await readFile(await download.path(), 'utf8');
    const texts = await page.evaluate(
      (source) =>
        Array.from(
          new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('text'),
          (t) => t.textContent,
        ),
      svg,
    );
    expect(texts).toContain(l.title);
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

/**
 * The English words in `area` besides the person's own text quoted in messages ('sinn'), NaN,
 * and `bar` in how a symbol is read aloud (“ē 读作 e bar”, as Chinese lectures say it).
 */
function engineWords(area: Locator): Promise<string[]> {
  return area.evaluate((element) => {
    const text = (element.textContent ?? '').replace(/'[^']*'/g, '');
    return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => w !== 'NaN' && w !== 'bar');
  });
}

const ENGINE_TEXTS = [
  { code: 'zh', script: /\p{Script=Han}/u, forward: '前进一步' },
  { code: 'ru', script: /\p{Script=Cyrillic}/u, forward: 'Вперёд' },
] as const;

for (const l of ENGINE_TEXTS) {
  test(`in lang=${l.code} the narration, the legend, the tables, the verdict and the problems are in the language`, async ({
    page,
  }) => {
    await page.goto(`/#mode=reverse&step=4&lang=${l.code}`);
    const narration = page.locator('.narration');
    await expect(narration.locator('.narration-rule')).toContainText(l.script);
    await expect(narration.locator('.narration-equation math').first()).toBeVisible();
    await expect(narration.locator('[aria-live]')).toHaveText(l.script);
    for (const [what, area] of [
      ['narration', narration],
      ['legend', page.locator('.graph-legend')],
      ['verdict', page.locator('.paths-verdict')],
    ] as const) {
      await expect(area, what).toContainText(l.script);
      expect(await engineWords(area), what).toEqual([]);
    }
    const tables = page.locator('.table-scroll');
    // Inputs, nodes, the Hessian, the paths lab's two and store-or-recompute's.
    await expect(tables).toHaveCount(6);
    for (const table of await tables.all()) expect(await engineWords(table), 'a table').toEqual([]);

    // The rest of reverse mode: every step's words are translated.
    const forward = page.getByRole('button', { name: l.forward, exact: true });
    for (let step = 5; step <= 7; step++) {
      await forward.click();
      await expect(page).toHaveURL(new RegExp(`step=${step}`));
      expect(await engineWords(narration), `step ${step}`).toEqual([]);
    }

    const program = page.getByRole('textbox').first();
    const source = 'sinn(a) + 1.2.3 + max(a)\nc = 1\nc = 2';
    await program.fill(source);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('1:1');
    await expect(alert).toContainText(l.script);
    const messages = alert.locator('.message');
    await expect(messages).toHaveCount(4);
    // Names from the program (`max takes 2 arguments`) are the person's own words.
    const own = new Set(source.match(/[A-Za-z]+/g));
    for (const message of await messages.all())
      expect(
        (await engineWords(message)).filter((w) => !own.has(w)),
        'a problem',
      ).toEqual([]);
  });
}
