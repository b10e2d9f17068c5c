import { describe, expect, it } from 'vitest';
import { PAN_STEP, ZOOM_STEP, zoomKeyAction } from './zoomKeys.ts';

describe('zoomKeyAction', () => {
  it('zooms in on + and =, out on -, and fits on 0', () => {
    expect(zoomKeyAction('+', true)).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(zoomKeyAction('=', false)).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(zoomKeyAction('-', false)).toEqual({ type: 'zoom', factor: 1 / ZOOM_STEP });
    expect(zoomKeyAction('0', false)).toEqual({ type: 'fit' });
  });

  it('pans with Shift and an arrow, the drawing sliding against the arrow', () => {
    expect(zoomKeyAction('ArrowRight', true)).toEqual({ type: 'pan', dx: -PAN_STEP, dy: 0 });
    expect(zoomKeyAction('ArrowUp', true)).toEqual({ type: 'pan', dx: 0, dy: PAN_STEP });
  });

  it('leaves plain arrows and Space to the stepper', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', ' ', 'Home', 'End'])
      expect(zoomKeyAction(key, false)).toBeUndefined();
  });
});
