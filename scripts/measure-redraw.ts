// How long a keystroke takes to become a redrawn graph, measured in the built app in Chromium.
// Run: npm run build && npx tsx scripts/measure-redraw.ts [nodes=60] [runs=15]
// The time includes the editor's debounce (150 ms of quiet before the program is sent).
import { withBuiltApp } from './builtApp.ts';

const targetNodes = Number(process.argv[2] ?? 60);
const runs = Number(process.argv[3] ?? 15);

/** A program of about `n` nodes: a chain of mixed stages over three inputs. */
function program(n: number): string {
  const lines = ['x = 0.5', 'y = -1.2', 'z = 2'];
  let nodes = 3;
  let i = 0;
  let previous = 'x';
  while (nodes < n - 2) {
    const op = ['sin', 'tanh', 'exp', 'cos'][i % 4];
    lines.push(`h${i} = ${op}(${previous}) * ${i % 2 ? 'y' : 'z'} + ${previous}`);
    previous = `h${i}`;
    nodes += 3;
    i++;
  }
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await withBuiltApp(4391, async (browser, baseUrl) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const source = program(targetNodes);
  await page.goto(`${baseUrl}#p=${encodeURIComponent(source)}`);
  await page.locator('[data-node-label="x"]').waitFor();
  const count = await page.locator('[data-node-label]').count();
  const editor = page.getByRole('textbox', { name: 'Program' });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    await editor.focus();
    await page.keyboard.press('End');
    const before = await page.locator('[data-node-label]').count();
    // Each run appends a statement that adds new nodes, then waits for the drawing to show them.
    const elapsed = await page.evaluate(
      ([expected]: readonly [number]) =>
        new Promise<number>((resolve) => {
          const svg = document.querySelector('svg[aria-label="Computational graph"]')!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (svg.querySelectorAll('[data-node-label]').length > expected) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(svg, { childList: true, subtree: true });
          const textarea = document.querySelector('textarea')!;
          textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
          const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!
            .set!;
          setter.call(
            textarea,
            `${textarea.value}\nq${Math.random().toString(36).slice(2, 8)} = sin(x) * ${Math.random()}`,
          );
          textarea.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      [before] as const,
    );
    times.push(elapsed);
  }
  console.log(`graph: ${count} nodes at start; ${runs} edits, each adding nodes`);
  console.log(
    `keystroke to redrawn graph: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), including the 150 ms typing debounce`,
  );
  console.log(`without the debounce: median ${(median(times) - 150).toFixed(0)} ms`);
});
