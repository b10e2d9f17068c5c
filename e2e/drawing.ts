import type { Page } from '@playwright/test';

const MARGIN = 24;

/** A rectangle on screen. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly what: string;
}

/** Programs people try that the examples menu does not hold. */
export function mlpProgram(layers = 3, units = 3): string {
  const lines = [
    `# A ${layers}-layer MLP, ${units} units a layer`,
    'x1 = 0.5',
    'x2 = -1',
    'x3 = 0.25',
  ];
  let previous = ['x1', 'x2', 'x3'];
  for (let l = 1; l <= layers; l++) {
    const current: string[] = [];
    for (let u = 1; u <= units; u++) {
      const terms = previous.map((p, i) => `w${l}${u}${i + 1}*${p}`).join(' + ');
      lines.push(`h${l}${u} = tanh(${terms} + b${l}${u})`);
      current.push(`h${l}${u}`);
    }
    previous = current;
  }
  lines.push(`y = ${previous.map((p, i) => `v${i + 1}*${p}`).join(' + ')}`, 'loss = (y - 1)^2');
  return `${lines.join('\n')}\n`;
}

/** The URL hash that opens `source` with view settings (`mode=reverse&step=4`, …). */
export const hashOf = (source: string, view = ''): string =>
  `/#p=${encodeURIComponent(source)}${view ? `&${view}` : ''}`;

/**
 * What the graph shows inside its frame: node boxes, edge labels, and the size on screen of
 * each node text (its font size times the drawing's scale), for the nodes in view.
 */
export async function measureDrawing(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.graph-svg') as SVGSVGElement;
    // The part of the drawing inside the window: what the person sees without scrolling.
    const whole = svg.getBoundingClientRect();
    const frame = new DOMRect(
      Math.max(whole.left, 0),
      Math.max(whole.top, 0),
      Math.min(whole.right, window.innerWidth) - Math.max(whole.left, 0),
      Math.min(whole.bottom, window.innerHeight) - Math.max(whole.top, 0),
    );
    const inView = (r: DOMRect) =>
      r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
    const box = (r: DOMRect, what: string) => ({
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      what,
    });
    const nodes = Array.from(svg.querySelectorAll<SVGGElement>('g.node'));
    const nodeBoxes = nodes.map((g) =>
      box(g.querySelector('rect')!.getBoundingClientRect(), g.dataset.nodeName ?? '?'),
    );
    const labels = Array.from(svg.querySelectorAll<SVGTextElement>('.edge-local')).map((t) =>
      box(
        t.getBoundingClientRect(),
        `label of ${t.closest('[data-edge]')?.getAttribute('data-edge')}`,
      ),
    );
    const textPx: number[] = [];
    for (const text of Array.from(svg.querySelectorAll<SVGTextElement>('g.node text'))) {
      const r = text.getBoundingClientRect();
      if (!inView(r) || r.width === 0) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      textPx.push(Number.parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    const visibleNodes = nodeBoxes.filter((b) => inView(new DOMRect(b.x, b.y, b.width, b.height)));
    return { frame: box(frame, 'frame'), nodeBoxes, visibleNodes, labels, textPx };
  });
}

/** Pairs of boxes that overlap by more than `slack` px each way. */
export function overlaps(boxes: readonly Box[], others: readonly Box[] = boxes, slack = 0.5) {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    others.forEach((b, j) => {
      if (others === boxes && j <= i) return;
      const apart =
        a.x + a.width <= b.x + slack ||
        b.x + b.width <= a.x + slack ||
        a.y + a.height <= b.y + slack ||
        b.y + b.height <= a.y + slack;
      if (!apart) found.push(`${a.what} overlaps ${b.what}`);
    });
  });
  return found;
}

/** True when `inner` lies inside `outer`. */
export const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/**
 * True when the current step is in `frame`: its edge, or, for an edge longer than the frame
 * (less its margins) at the current zoom, the node the step changes.
 */
export async function stepShown(page: Page, frame: Box): Promise<boolean> {
  const svg = page.getByRole('group', { name: 'Computational graph' });
  const edge = await svg.locator('.edge[data-active="true"] .edge-line').boundingBox();
  const node = await svg.locator('g.node[data-active="true"] rect').boundingBox();
  if (!edge || !node) throw new Error('no step is drawn');
  const fits = edge.width <= frame.width - 2 * MARGIN && edge.height <= frame.height - 2 * MARGIN;
  return inside({ ...(fits ? edge : node), what: 'step' }, frame);
}
