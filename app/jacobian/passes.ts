import type { JacobianInfo } from '../../src/index.ts';

/** How many passes a mode takes for this Jacobian: one per input forward, one per output back. */
export const passCount = (jacobian: JacobianInfo, mode: 'forward' | 'reverse'): number =>
  mode === 'forward' ? jacobian.columns.length : jacobian.rows.length;

/**
 * Which cells `done` passes of a mode have filled: forward mode's pass j fills column j,
 * reverse mode's pass i fills row i.
 */
export function filledCells(
  jacobian: JacobianInfo,
  mode: 'forward' | 'reverse',
  done: number,
): (row: number, column: number) => boolean {
  const passes = Math.max(0, Math.min(done, passCount(jacobian, mode)));
  return mode === 'forward' ? (_row, column) => column < passes : (row) => row < passes;
}
