import type { Method, MethodCost } from './methods.ts';

/** How many times `a` is `b`, for reading: 1 decimal below 10 (2.5), else whole (167). */
export function ratioText(a: bigint, b: bigint): string {
  if (b === 0n) return '∞';
  // Scale before dividing so that huge counts keep three significant digits.
  const r = Number((a * 1000n) / b) / 1000;
  if (!Number.isFinite(r)) return '∞';
  return r < 10 ? String(Math.round(r * 10) / 10) : Math.round(r).toLocaleString('en-US');
}

const ops = (x: bigint) => `${x.toLocaleString('en-US')} operations`;
const passes = (n: number) => (n === 1 ? '1 pass' : `${n.toLocaleString('en-US')} passes`);
const derivatives = (n: number) =>
  n === 1 ? 'the derivative' : `all ${n.toLocaleString('en-US')} derivatives`;

/**
 * One sentence on which mode is cheaper for the whole gradient of this program and by how much,
 * from the exact totals: n forward passes against one reverse pass. Within 10% they are "about
 * the same".
 */
export function verdict(
  costs: Readonly<Record<Method, MethodCost | null>>,
  inputs: number,
): string {
  if (inputs === 0) return 'This program has no inputs, so there is nothing to differentiate.';
  const reverse = costs.reverse;
  const forward = costs.forwardAll;
  if (!reverse) return 'Nothing to compare here.';
  if (!forward)
    return `Reverse mode is far cheaper here: one pass gives ${derivatives(inputs)}, while forward mode needs ${passes(inputs)}, too many to count here.`;
  const F = forward.total;
  const R = reverse.total;
  if (F * 10n > R * 11n)
    return `Reverse mode is ${ratioText(F, R)}× cheaper here: one pass gives ${derivatives(inputs)}, forward mode needs ${passes(inputs)} (${ops(R)} against ${ops(F)}).`;
  if (R * 10n > F * 11n)
    return `Forward mode is ${ratioText(R, F)}× cheaper here: ${ops(F)} for ${passes(inputs)} forward against ${ops(R)} for one reverse pass.`;
  return `Forward and reverse mode cost about the same here: ${ops(F)} for ${passes(inputs)} forward, ${ops(R)} for one reverse pass.`;
}
