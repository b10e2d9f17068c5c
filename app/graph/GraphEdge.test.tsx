import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GraphEdge } from './GraphEdge.tsx';

/** The edge's markup, with quotes unescaped. */
const edge = (local: number, nonFinite?: string) =>
  renderToStaticMarkup(
    <GraphEdge
      id="d->y"
      points={[
        [0, 0],
        [0, 40],
      ]}
      local={local}
      nonFinite={nonFinite}
      status="done"
      labelAt={{ x: 0, y: 20 }}
      animate={false}
      backwards={false}
      highlighted={false}
      orientation="up"
    />,
  ).replaceAll('&#x27;', "'");

describe('GraphEdge', () => {
  it('marks an edge whose local partial is not finite, and its title says why', () => {
    const html = edge(Number.POSITIVE_INFINITY, "log'(0) = ∞");
    expect(html).toContain('data-nonfinite="true"');
    expect(html).toContain(
      "<title>local partial log'(0) = ∞: not finite, so every derivative along this edge is NaN</title>",
    );
  });

  it('marks a NaN local even without a reason (a collapsed statement’s edge)', () => {
    const html = edge(Number.NaN);
    expect(html).toContain('data-nonfinite="true"');
    expect(html).toContain('<title>local partial NaN: not finite');
  });

  it('leaves a finite edge unmarked', () => {
    const html = edge(2);
    expect(html).not.toContain('data-nonfinite');
    expect(html).toContain('<title>local partial 2</title>');
  });
});
