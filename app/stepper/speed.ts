/** Playback speeds offered, as multiples of one step per BASE_STEP_MS. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export const BASE_STEP_MS = 900;

/** Milliseconds between steps at a speed. */
export function stepInterval(speed: number): number {
  return BASE_STEP_MS / Math.max(0.01, speed);
}
