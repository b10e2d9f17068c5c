// Screenshots of the built app for the README and for review.
// Run: npm run build && npx tsx scripts/screenshot.ts
import { withBuiltApp } from './builtApp.ts';

const shots = [
  { file: 'docs/colah-reverse.png', hash: '#mode=reverse', keys: ['End'] },
  { file: 'docs/colah-reverse-step4.png', hash: '#mode=reverse&step=4', keys: [] },
];

await withBuiltApp(4392, async (browser, baseUrl) => {
  for (const shot of shots) {
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
});
