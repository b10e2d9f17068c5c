// Screenshots of the built app for the README and for review.
// Run: npm run build && npx tsx scripts/screenshot.ts
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4392;
const shots = [
  { file: 'docs/colah-reverse.png', hash: '#mode=reverse', keys: ['End'] },
  { file: 'docs/colah-reverse-step4.png', hash: '#mode=reverse&step=4', keys: [] },
];

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`http://localhost:${port}/${shot.hash}`);
    await page.locator('[data-node-label="e"]').waitFor();
    for (const key of shot.keys) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    await page.getByRole('region', { name: 'Graph' }).screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
