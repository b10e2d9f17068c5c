// Screenshots of the built app for the README and for review: colah's example, and the
// two-layer network and a 3-layer MLP in reverse mode, mid-way, at three screen sizes; and two
// steps of two lessons.
// Run: npm run build && npx tsx scripts/screenshot.ts
import { EXAMPLES } from '../app/examples/examples.ts';
import { mlpProgram } from '../e2e/drawing.ts';
import { withBuiltApp } from './builtApp.ts';

const network = EXAMPLES.find((e) => e.id === 'network')!.source;
const programs = [
  { name: 'network', source: network },
  { name: 'mlp', source: mlpProgram() },
];
const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

await withBuiltApp(4392, async (browser, baseUrl) => {
  // colah's example, whole graph only (the README's picture).
  for (const shot of [
    { file: 'docs/colah-reverse.png', hash: '#mode=reverse', keys: ['End'] },
    { file: 'docs/colah-reverse-step4.png', hash: '#mode=reverse&step=4', keys: [] },
  ]) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${baseUrl}${shot.hash}`);
    await page.locator('[data-node-label="e"]').waitFor();
    for (const key of shot.keys) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    await page.getByRole('region', { name: 'Graph' }).screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  // The page as a student sees it, reverse mode half-way through.
  for (const { name, source } of programs)
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}#p=${encodeURIComponent(source)}&mode=reverse`);
      const timeline = page.getByRole('slider', { name: 'Timeline' });
      await timeline.waitFor();
      const total = Number(await timeline.getAttribute('max'));
      await timeline.fill(String(Math.floor(total / 2) - 1));
      // Scrolled as a student reads it (on a desktop the panel's top: stepper, narration and
      // graph; on a phone the drawing itself), then one step on with the keyboard.
      const phone = size.width < 600;
      await page.evaluate((end) => {
        const target = document.querySelector(end ? 'svg.graph-svg' : '.visualizer');
        target?.scrollIntoView({ block: end ? 'end' : 'start' });
      }, phone);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      const file = `docs/${name}-reverse-${size.width}x${size.height}.png`;
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
  // Two steps of two lessons, in three languages: the lesson panel above the graph it lights.
  for (const shot of [
    { file: 'docs/lesson-factoring-step5.png', hash: '#lesson=factoring&ls=5' },
    { file: 'docs/lesson-factoring-step7.png', hash: '#lesson=factoring&ls=7' },
    { file: 'docs/lesson-apples-step3-zh.png', hash: '#lesson=apples&ls=3&lang=zh' },
    { file: 'docs/lesson-apples-step6-ru.png', hash: '#lesson=apples&ls=6&lang=ru' },
  ]) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 1500 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${baseUrl}${shot.hash}`);
    await page.locator('section.lesson').waitFor();
    await page.locator('[data-node-label]').first().waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
});
