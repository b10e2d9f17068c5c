import { describe, expect, it } from 'vitest';
import {
  clampToBounds,
  fitView,
  followView,
  isInView,
  MAX_FIT_SCALE,
  onScreen,
  READABLE_SCALE,
  union,
} from './viewport.ts';

const viewport = { width: 800, height: 600 };

describe('fitView', () => {
  it('shows a small graph whole, centred, not blown up past MAX_FIT_SCALE', () => {
    const view = fitView({ x: 0, y: 0, width: 200, height: 100 }, viewport, undefined);
    expect(view.k).toBe(MAX_FIT_SCALE);
    expect(onScreen({ x: 0, y: 0, width: 200, height: 100 }, view)).toEqual({
      x: 400 - 100 * MAX_FIT_SCALE,
      y: 300 - 50 * MAX_FIT_SCALE,
      width: 200 * MAX_FIT_SCALE,
      height: 100 * MAX_FIT_SCALE,
    });
  });

  it('never makes text smaller than readable: a huge graph is shown around the focus', () => {
    const bounds = { x: 0, y: 0, width: 5000, height: 3000 };
    const focus = { x: 2400, y: 1400, width: 100, height: 60 };
    const view = fitView(bounds, viewport, focus);
    expect(view.k).toBe(READABLE_SCALE);
    expect(isInView(focus, view, viewport)).toBe(true);
  });

  it('keeps the view on the drawing when the focus is at its corner', () => {
    const bounds = { x: 0, y: 0, width: 5000, height: 3000 };
    const view = fitView(bounds, viewport, { x: 0, y: 0, width: 50, height: 50 });
    // The drawing's top-left corner sits MARGIN px in, not in the middle of empty space.
    expect(view.x).toBeCloseTo(24);
    expect(view.y).toBeCloseTo(24);
  });
});

describe('followView', () => {
  const bounds = { x: 0, y: 0, width: 4000, height: 4000 };
  it('leaves the view alone while the step is in it', () => {
    const view = { x: 0, y: 0, k: 1 };
    expect(followView(view, { x: 100, y: 100, width: 50, height: 20 }, bounds, viewport)).toBe(
      view,
    );
  });

  it('pans, at the same zoom, to a step outside the view', () => {
    const view = { x: 0, y: 0, k: 2 };
    const target = { x: 1500, y: 900, width: 40, height: 20 };
    const next = followView(view, target, bounds, viewport);
    expect(next.k).toBe(2);
    expect(isInView(target, next, viewport)).toBe(true);
  });
});

describe('clampToBounds and union', () => {
  it('centres an axis along which the drawing fits', () => {
    const view = clampToBounds(
      { x: -500, y: 0, k: 1 },
      { x: 0, y: 0, width: 400, height: 5000 },
      viewport,
    );
    expect(view.x).toBe(200);
  });

  it('union holds every rectangle, and is undefined for none', () => {
    expect(union([])).toBeUndefined();
    expect(
      union([
        { x: 0, y: 5, width: 10, height: 10 },
        { x: -5, y: 0, width: 1, height: 1 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 15 });
  });
});
