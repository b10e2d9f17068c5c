import { expect, test } from './fixtures.ts';
import { firstPage } from './page.ts';

// A test-only hook, installed before the app runs: it wraps window.Worker, keeps the engine's
// workers (the app names them 'engine'), and when armed terminates the engine worker at the
// moment it reports that it started on a program at least `minLength` characters long, so the
// kill lands inside the synchronous analysis. The app itself has no hook for this.
const KILL_HOOK = `
(() => {
  const hook = (window.__engineKill = { armed: 0, killed: 0 });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!options || options.name !== 'engine') return;
      const lengths = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 'analyze') lengths.set(message.id, message.source.length);
        post(message, ...rest);
      };
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (!hook.armed || !data || data.type !== 'progress' || data.phase !== 'started') return;
        if ((lengths.get(data.id) ?? 0) < hook.armed) return;
        hook.armed = 0;
        hook.killed = performance.now();
        this.terminate();
      });
    }
  };
})();
`;

/** A ladder of `stages` sin·cos stages: 3 nodes a stage, about a second's analysis at 1,000. */
const ladder = (stages: number) => {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
};

test('an engine worker killed while it analyses the newest program is replaced at once, and the answer arrives', async ({
  page,
}) => {
  await page.addInitScript(KILL_HOOK);
  await page.goto('/');
  const ui = firstPage(page);
  await expect(ui.output).toHaveText('e = 6');

  const program = ladder(1000);
  await page.evaluate((length) => {
    (window as unknown as { __engineKill: { armed: number } }).__engineKill.armed = length;
  }, program.length);
  await ui.program.fill(program);

  // Before the 10 s limit: the dead worker's liveness lock tells the page at once (6 s leaves
  // room for a machine busy with other journeys; the timeout path would take 10 s).
  await expect(ui.status).toContainText('The engine was restarted. It stopped.', { timeout: 6000 });
  await expect(ui.status).toContainText('The program was sent again.');
  await expect(ui.output).toHaveText(/^x1000 = 0\.0\d+$/, { timeout: 20_000 });
  await expect(page.locator('.graph-view')).toHaveAttribute('data-graph-state', 'ready');
  await expect(ui.status).toHaveText('');
  expect(
    await page.evaluate(
      () => (window as unknown as { __engineKill: { killed: number } }).__engineKill.killed,
    ),
  ).toBeGreaterThan(0);
});
