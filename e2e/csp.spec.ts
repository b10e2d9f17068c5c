import { expect, test } from './fixtures.ts';
import { graphPage } from './graph.ts';
import { firstPage } from './page.ts';

// Records every Content-Security-Policy violation the page reports, from before the app runs.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  });
`;

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('the built page runs under its Content-Security-Policy without a single violation', async ({
  page,
  pageErrors,
}) => {
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
  });
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto('/');
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute('content', /default-src 'self'; script-src 'self';/);

  // A tour of what runs code, styles or workers: the engine, the graph, the stepper, the lab.
  const ui = firstPage(page);
  const g = graphPage(page);
  await expect(ui.output).toHaveText('e = 6');
  await ui.program.fill('x = 0.5\ny = tanh(x) * x + sin(x)');
  await expect(ui.output).toHaveText(/^y = /);
  await g.mode.selectOption({ label: 'Reverse mode' });
  await g.stepForward.click();
  await expect(g.node('y')).toHaveAttribute('data-derivative', '1');
  await g.speed.selectOption('8');
  await g.play.click();
  await expect(g.narration).toContainText('Reverse mode is done');
  const paths = page.getByRole('region', { name: 'Paths' });
  await paths.getByRole('button', { name: 'Measure' }).click();
  await expect(paths.getByTestId('time-reverse')).toHaveText(/ms|s$/, { timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
  expect(cspMessages).toEqual([]);

  // The policy is in force, not merely present: an injected inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual(['script-src-elem inline']);
  expect(await page.evaluate(() => '__injected' in window)).toBe(false);
  // That refusal is logged as a console error, which the fixture would report: it was expected.
  const refused = pageErrors.findIndex((error) => error.includes('Executing inline script'));
  expect(refused).toBeGreaterThanOrEqual(0);
  pageErrors.splice(refused, 1);
});
