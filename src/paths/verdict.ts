import { type Phrase, phrase } from '../phrases/index.ts';
import type { Method, MethodCost } from './methods.ts';

/**
 * How many times `a` is `b`, rounded for reading: 1 decimal below 10 (2.5), else whole (167);
 * Infinity when `b` is 0 or the ratio is past every number.
 */
export function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return Number.POSITIVE_INFINITY;
  // Scale before dividing so that huge counts keep three significant digits.
  const r = Number((a * 1000n) / b) / 1000;
  if (!Number.isFinite(r)) return Number.POSITIVE_INFINITY;
  return r < 10 ? Math.round(r * 10) / 10 : Math.round(r);
}

/** A ratio as a phrase parameter: a number the language writes, or `∞`. */
const ratioParam = (a: bigint, b: bigint) => {
  const r = ratio(a, b);
  return Number.isFinite(r) ? r : '∞';
};

const ops = (count: bigint) => phrase('paths.operations', { count });
const passes = (count: number) => phrase('paths.passes', { count });
const derivatives = (count: number) => phrase('paths.derivatives', { count });

/**
 * One sentence on which mode is cheaper for the whole gradient of this program and by how much,
 * from the exact totals: n forward passes against one reverse pass. Within 10% they are "about
 * the same".
 */
export function verdict(
  costs: Readonly<Record<Method, MethodCost | null>>,
  inputs: number,
): Phrase {
  if (inputs === 0) return phrase('paths.noInputs');
  const reverse = costs.reverse;
  const forward = costs.forwardAll;
  if (!reverse) return phrase('paths.nothingToCompare');
  if (!forward)
    return phrase('paths.reverseFar', {
      derivatives: derivatives(inputs),
      passes: passes(inputs),
    });
  const F = forward.total;
  const R = reverse.total;
  const figures = { forward: ops(F), reverse: ops(R), passes: passes(inputs) };
  if (F * 10n > R * 11n)
    return phrase('paths.reverseCheaper', {
      ...figures,
      ratio: ratioParam(F, R),
      derivatives: derivatives(inputs),
    });
  if (R * 10n > F * 11n)
    return phrase('paths.forwardCheaper', { ...figures, ratio: ratioParam(R, F) });
  return phrase('paths.aboutTheSame', figures);
}
