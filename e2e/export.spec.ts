import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { hashOf } from './drawing.ts';
import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';

/** The bytes of a download, and the name it was saved under. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return bytesOf(download);
}

async function bytesOf(download: Download) {
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which comes first after the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'the PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses SVG text as XML in the page; what a figure shows, or the parser's error. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent;
    const root = doc.documentElement;
    return {
      error: error ?? null,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      labels: Array.from(doc.querySelectorAll('[data-node-label]'), (g) =>
        g.getAttribute('data-node-label'),
      ),
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent),
      // Anything that would load from elsewhere, or need the page's stylesheet.
      external: Array.from(doc.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /href$/.test(a.name) || /url\((?!#)/.test(a.value))
          .map((a) => `${e.localName} ${a.name}=${a.value}`),
      ),
      classesStyled: doc.querySelectorAll('style, link').length,
      marker: doc.querySelector('marker#arrow path')?.getAttribute('fill') ?? null,
      nodeFill: doc.querySelector('[data-node-label="e"] rect')?.getAttribute('fill') ?? null,
    };
  }, text);
}

test("colah's example exports as an SVG that stands alone and a PNG at twice its size, with the title line", async ({
  page,
}) => {
  await page.goto('/#mode=reverse&step=4');
  const g = graphPage(page);
  await expect(g.node('e')).toHaveAttribute('data-derivative', '1');
  // Zoomed in and panned: the export is the whole drawing, not the view.
  await g.svg.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  // colah's example in reverse mode: the seed, then a contribution per edge (6 edges).
  await expect(page.getByText('Step 4 of 7')).toBeVisible();
  const title = 'e = (a+b)*(b+1) · Reverse mode · step 4 of 7';

  const svgFile = await downloaded(page, 'Export SVG');
  expect(svgFile.name).toBe('backprop-lens-reverse-step-4.svg');
  await expect(page.getByText('Saved backprop-lens-reverse-step-4.svg')).toBeVisible();
  const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  const live = await g.svg
    .locator('[data-node-label]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node-label')));
  expect(svg.labels.sort()).toEqual(live.sort());
  // Every caption, value and derivative line drawn on the page is in the figure.
  const lines = await g.svg
    .locator('g.node text')
    .evaluateAll((texts) => texts.map((t) => t.textContent));
  expect(lines.length).toBeGreaterThan(10);
  for (const line of lines) expect(svg.texts).toContain(line);
  expect(svg.texts).toContain(title);
  expect(svg.external).toEqual([]);
  expect(svg.classesStyled).toBe(0);
  // The look is carried by the elements themselves: the arrow head, the output's active box.
  expect(svg.marker).toMatch(/^rgb/);
  expect(svg.nodeFill).toMatch(/^rgb/);
  // The whole drawing: every node inside the figure, whatever the zoom on screen.
  const drawn = await g.svg.locator(':scope > g').evaluate((group) => {
    const box = (group as SVGGraphicsElement).getBBox();
    return { width: box.width, height: box.height };
  });
  expect(svg.width).toBeGreaterThan(drawn.width);
  expect(svg.height).toBeGreaterThan(drawn.height);

  const pngFile = await downloaded(page, 'Export PNG');
  expect(pngFile.name).toBe('backprop-lens-reverse-step-4.png');
  expect(pngSize(pngFile.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  const px = (n: number) => n.toLocaleString('en-US');
  await expect(page.getByText(`(${px(2 * svg.width)} × ${px(2 * svg.height)} px)`)).toBeVisible();
});

test('a figure exported just after a step shows the step finished, not a colour half-way', async ({
  page,
}) => {
  await page.goto('/#mode=reverse&step=0');
  const g = graphPage(page);
  await expect(g.node('e')).toHaveAttribute('data-derivative', '0');
  await g.stepForward.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const { bytes } = await bytesOf(download);
  const exported = await readSvg(page, bytes.toString('utf8'));
  // The live box once its transition is over.
  await page.waitForTimeout(400);
  const live = await g
    .node('e')
    .locator('rect')
    .evaluate((r) => getComputedStyle(r).fill);
  expect(exported.nodeFill).toBe(live);
});

test('Copy link puts the page link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#mode=forward&step=0');
  const g = graphPage(page);
  await g.stepForward.click();
  await expect(page).toHaveURL(/step=1/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/mode=forward.*step=1/);
});

test('when the clipboard is refused, Copy link shows the link selected', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/#mode=reverse');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  expect(await field.evaluate((f: HTMLInputElement) => f.selectionEnd! - f.selectionStart!)).toBe(
    page.url().length,
  );
});

/** 334 stages of 3 nodes: over the canvas threshold. */
const ladder = (stages: number) => {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
};

test('a 1,000-node graph on the canvas exports whole, as PNG and as SVG', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(hashOf(ladder(333), 'collapse=0&mode=reverse&step=10'));
  const view = page.locator('.graph-view');
  await expect(view).toHaveAttribute('data-graph-state', 'ready', { timeout: 20_000 });
  await expect(view).toHaveAttribute('data-graph-renderer', 'canvas');
  await expect(view).toHaveAttribute('data-graph-nodes', '1000');

  const svgFile = await downloaded(page, 'Export SVG');
  expect(svgFile.name).toBe('backprop-lens-reverse-step-10.svg');
  const svgText = svgFile.bytes.toString('utf8');
  const svg = await readSvg(page, svgText);
  expect(svg.error).toBeNull();
  expect(svg.texts[0]).toMatch(/^x333 \(334 lines: x0 = 0\.5 …\) · Reverse mode · step 10 of \d+/);
  expect(svg.texts.some((t) => t?.startsWith('x333 ='))).toBe(true);
  const boxes = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('g[data-node-id]')
        .length,
    svgText,
  );
  expect(boxes).toBe(1000);

  // The ladder is taller than a browser's largest canvas at 2 px a unit: the PNG is scaled
  // down to fit, keeps the figure's proportions, and the page says so.
  expect(2 * svg.height).toBeGreaterThan(16_384);
  const pngFile = await downloaded(page, 'Export PNG');
  expect(pngFile.name).toBe('backprop-lens-reverse-step-10.png');
  const { width, height } = pngSize(pngFile.bytes);
  expect(height).toBeLessThanOrEqual(16_384);
  expect(height).toBeGreaterThan(16_000);
  expect(width / height).toBeCloseTo(svg.width / svg.height, 2);
  const size = `${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px`;
  await expect(page.getByText(/^Saved backprop-lens-reverse-step-10\.png/)).toHaveText(
    `Saved backprop-lens-reverse-step-10.png (${size}: scaled down, as browsers refuse larger images)`,
  );
});
