import type { Locator, Page } from '@playwright/test';

/** The graph and the stepper, found as a user (or a screen reader) finds them. */
export function graphPage(page: Page) {
  const svg = page.getByRole('group', { name: 'Computational graph' });
  return {
    svg,
    /** The drawn node labelled `label` (the n-th if several share it). */
    node: (label: string, n = 0): Locator => svg.locator(`[data-node-label="${label}"]`).nth(n),
    nodes: (label: string): Locator => svg.locator(`[data-node-label="${label}"]`),
    edges: (id: string): Locator => svg.locator(`[data-edge="${id}"]`),
    mode: page.getByRole('combobox', { name: 'Mode' }),
    play: page.getByRole('button', { name: 'Play', exact: true }),
    pause: page.getByRole('button', { name: 'Pause', exact: true }),
    stepForward: page.getByRole('button', { name: 'Step forward' }),
    stepBack: page.getByRole('button', { name: 'Step back' }),
    reset: page.getByRole('button', { name: 'Reset' }),
    timeline: page.getByRole('slider', { name: 'Timeline' }),
    speed: page.getByRole('combobox', { name: 'Speed' }),
    narration: page.getByRole('region', { name: 'Current step' }),
    examples: page.getByRole('combobox', { name: 'Examples' }),
    program: page.getByRole('textbox', { name: 'Program' }),
  };
}

/** The vertical centre of an element on screen. */
export async function centreY(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return box.y + box.height / 2;
}
