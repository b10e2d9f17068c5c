// Serves the built app (dist/) with vite preview and opens Debian's Chromium on it, for scripts
// that measure or photograph what a person sees.
import { spawn } from 'node:child_process';
import { type Browser, chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs `use` with a browser and the base URL of the served build; stops both afterwards. */
export async function withBuiltApp(
  port: number,
  use: (browser: Browser, baseUrl: string) => Promise<void>,
): Promise<void> {
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      await use(browser, `http://localhost:${port}/`);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
