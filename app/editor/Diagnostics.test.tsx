import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { DiagnosticList } from './Diagnostics.tsx';

/** The alert for `source` as the engine answers it: its list items and closing line. */
function alertFor(source: string) {
  const result = analyze(source);
  if (result.ok) throw new Error('expected diagnostics');
  const html = renderToStaticMarkup(
    <DiagnosticList
      diagnostics={result.diagnostics}
      count={result.diagnosticCount}
      source={source}
    />,
  ).replaceAll('&#x27;', "'");
  return {
    html,
    items: html.match(/<li>/g)?.length ?? 0,
    positions: [...html.matchAll(/class="position">(\d+):(\d+)</g)].map((m) => `${m[1]}:${m[2]}`),
  };
}

describe('Diagnostics', () => {
  it('shows the first 100 of 30,000 problems, in order, and says how many more', () => {
    const { html, items, positions } = alertFor('$\n'.repeat(30_000));
    expect(html).toContain('role="alert"');
    expect(items).toBe(100);
    expect(positions.slice(0, 3)).toEqual(['1:1', '2:1', '3:1']);
    expect(positions.at(-1)).toBe('100:1');
    expect(html).toContain('…and 29,900 more.');
  });

  it('lists every problem when there are few, with no summary line', () => {
    const { html, items } = alertFor('x = y + 1\ny = 2\nfoo(x)');
    expect(items).toBe(2);
    expect(html).toContain("'y' is used at 1:5 before it is assigned at 2:1");
    expect(html).not.toContain('more.');
  });
});
