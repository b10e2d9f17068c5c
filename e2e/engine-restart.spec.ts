import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

test('an engine that crashes is restarted, and the page says so', async ({ page }) => {
  // Wrap the real worker so that it crashes on any program that mentions `crash`.
  await page.route('**/assets/worker-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import ${JSON.stringify(`${route.request().url()}?real`)};
        const analyze = self.onmessage;
        self.onmessage = (event) => {
          if (event.data.source.includes('crash')) throw new Error('engine crashed');
          analyze(event);
        };`,
    }),
  );
  await page.goto('/');
  const ui = firstPage(page);
  await expect(ui.output).toHaveText('e = 6');

  await ui.program.fill('crash = 1');
  await expect(ui.status).toContainText('The engine was restarted');
  await expect(ui.status).toContainText('engine crashed');
  await expect(ui.output).toHaveText('e = 6');
  await expect(page.getByText('the last version that worked')).toBeVisible();

  await ui.program.fill('fine = 2 * 3');
  await expect(ui.output).toHaveText('fine = 6');
  await expect(ui.status).toHaveText('');
});
