import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

test('an engine that crashes on a program is restarted, tries it once more, then stops and says so', async ({
  page,
}) => {
  // Wrap the real worker so that it crashes on any program that mentions `crash`.
  await page.route('**/assets/worker-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import ${JSON.stringify(`${route.request().url()}?real`)};
        const analyze = self.onmessage;
        self.onmessage = (event) => {
          if (event.data.source?.includes('crash')) throw new Error('engine crashed');
          analyze(event);
        };`,
    }),
  );
  await page.goto('/');
  const ui = firstPage(page);
  await expect(ui.output).toHaveText('e = 6');

  await ui.program.fill('crash = 1');
  // It crashes again on the program sent after the restart, so it is not sent a third time.
  await expect(ui.status).toContainText('The engine stopped working');
  await expect(ui.status).toContainText('engine crashed');
  await expect(ui.status).toContainText('made it fail twice, so it was not sent again');
  await expect(ui.output).toHaveText('e = 6');
  await expect(page.getByText('the last version that worked')).toBeVisible();

  await ui.program.fill('fine = 2 * 3');
  await expect(ui.output).toHaveText('fine = 6');
  await expect(ui.status).toHaveText('');
});
