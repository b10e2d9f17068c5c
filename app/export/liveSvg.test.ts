// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FIGURE_PADDING, TITLE_HEIGHT } from './figureSize.ts';
import { liveSvgFigure } from './liveSvg.ts';

const LIVE = `
<svg xmlns="http://www.w3.org/2000/svg" class="graph-svg" role="group" tabindex="0" aria-label="Computational graph" style="height: 300px">
  <defs><marker id="arrow"><path class="arrow-head" d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>
  <g transform="translate(120,40) scale(2)">
    <g class="edges"><g class="edge edge--active" data-edge="a->c">
      <path class="edge-line" d="M0,0L10,10" marker-end="url(#arrow)"/>
      <circle class="edge-pulse" r="5"><animateMotion dur="0.6s" path="M0,0L10,10"/></circle>
    </g></g>
    <g class="nodes"><g class="node" data-node-label="c" role="button" tabindex="0" aria-label="c = a + b">
      <rect width="60" height="40"/><text class="node-label">c = a + b</text>
    </g></g>
    <g class="toggles"><g class="expand-toggle" role="button"><circle r="8"/></g></g>
  </g>
</svg>`;

/** Computed looks by class, as a stylesheet would give them; the rest inherit or are initial. */
const LOOKS: Record<string, Record<string, string>> = {
  'arrow-head': { fill: 'rgb(154, 163, 178)' },
  'edge-line': { fill: 'none', stroke: 'rgb(47, 95, 208)', 'stroke-width': '3.5px' },
  node: { opacity: '0.55' },
};
const styleOf = (element: Element) => ({
  getPropertyValue: (name: string) => {
    for (const c of Array.from(element.classList)) if (LOOKS[c]?.[name]) return LOOKS[c][name]!;
    return '';
  },
});

const look = {
  title: 'e = (a+b)*(b+1) · Reverse mode · step 4 of 7',
  titleWidth: 100,
  background: 'rgb(251, 252, 253)',
  titleColour: 'rgb(29, 35, 48)',
  titleFont: 'sans-serif',
};

function exported() {
  document.body.innerHTML = LIVE;
  const svg = document.querySelector('svg') as unknown as SVGSVGElement;
  const { text, frame } = liveSvgFigure(
    svg,
    { x: -5, y: 0, width: 300, height: 200 },
    look,
    styleOf,
  );
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { doc, root: doc.documentElement, frame, live: svg };
}

describe('liveSvgFigure', () => {
  it('sizes the figure to the whole drawing, whatever the view, with the title above', () => {
    const { root, doc } = exported();
    expect(root.getAttribute('width')).toBe(String(300 + 2 * FIGURE_PADDING));
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 ${300 + 2 * FIGURE_PADDING} ${200 + 2 * FIGURE_PADDING + TITLE_HEIGHT}`,
    );
    expect(doc.querySelector('svg > g')?.getAttribute('transform')).toBe(
      `translate(${FIGURE_PADDING + 5},${FIGURE_PADDING + TITLE_HEIGHT})`,
    );
    expect(doc.querySelector('text.figure-title')?.textContent).toBe(look.title);
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe(look.background);
  });

  it('writes each element its computed look, the arrow marker included', () => {
    const { doc } = exported();
    const line = doc.querySelector('.edge-line');
    expect(line?.getAttribute('stroke')).toBe('rgb(47, 95, 208)');
    expect(line?.getAttribute('stroke-width')).toBe('3.5px');
    expect(line?.getAttribute('marker-end')).toBe('url(#arrow)');
    expect(doc.querySelector('marker#arrow path')?.getAttribute('fill')).toBe('rgb(154, 163, 178)');
    expect(doc.querySelector('.node')?.getAttribute('opacity')).toBe('0.55');
  });

  it('leaves out motion, controls, and what only serves the page', () => {
    const { doc, root, live } = exported();
    expect(doc.querySelector('.edge-pulse, animateMotion, .toggles')).toBeNull();
    for (const name of ['class', 'style', 'tabindex', 'role', 'aria-label'])
      expect(root.hasAttribute(name)).toBe(false);
    expect(doc.querySelector('[data-node-label="c"]')?.hasAttribute('tabindex')).toBe(false);
    // The page's own drawing is untouched.
    expect(live.querySelector('.edge-pulse')).not.toBeNull();
    expect(live.getAttribute('tabindex')).toBe('0');
  });
});
