import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { GraphEdge } from './GraphEdge.tsx';

/** The edge's markup, with quotes unescaped. */
const edge = (local: number, nonFinite?: string, language = 'en') =>
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
      dimmed={false}
      orientation="up"
      t={i18n.getFixedT(language)}
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

  it("words its title in the page's language", () => {
    expect(edge(2, undefined, 'ru')).toContain('<title>локальная частная производная 2</title>');
    expect(edge(2, undefined, 'zh')).toContain('<title>局部偏导数 2</title>');
  });
});
