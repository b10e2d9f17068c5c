/** What a key does to the focused graph: zoom by a factor, fit, or pan by screen px. */
export type ZoomKeyAction =
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'fit' }
  | { readonly type: 'pan'; readonly dx: number; readonly dy: number };

/** One key press zooms by this factor (in or out). */
export const ZOOM_STEP = 1.25;
/** One key press pans this many screen px. */
export const PAN_STEP = 80;

/**
 * The graph's own keys: `+` (or `=`, the same key unshifted) zooms in, `-` zooms out, `0` fits,
 * Shift+arrows pan, moving the view the arrow's way (the drawing slides the other way). Plain
 * arrows, Space, Home and End are left to the stepper.
 */
export function zoomKeyAction(key: string, shift: boolean): ZoomKeyAction | undefined {
  switch (key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
    case '−':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return shift ? undefined : { type: 'fit' };
  }
  if (!shift) return undefined;
  switch (key) {
    case 'ArrowLeft':
      return { type: 'pan', dx: PAN_STEP, dy: 0 };
    case 'ArrowRight':
      return { type: 'pan', dx: -PAN_STEP, dy: 0 };
    case 'ArrowUp':
      return { type: 'pan', dx: 0, dy: PAN_STEP };
    case 'ArrowDown':
      return { type: 'pan', dx: 0, dy: -PAN_STEP };
    default:
      return undefined;
  }
}

/** The keys, for `aria-keyshortcuts`. */
export const ZOOM_SHORTCUTS =
  '+ - 0 Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown';
