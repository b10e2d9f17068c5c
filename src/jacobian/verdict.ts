import { ratio } from '../paths/index.ts';
import { type Phrase, phrase } from '../phrases/index.ts';
import type { JacobianCosts } from './cost.ts';

/**
 * One sentence on which mode fills the Jacobian more cheaply and by how much, from the exact
 * multiply-adds: forward mode's n passes against reverse mode's m. Within 10% they are "about
 * the same" (the threshold of the paths verdict).
 */
export function jacobianVerdict(costs: JacobianCosts): Phrase {
  const { forward, reverse } = costs;
  if (forward.passes === 0) return phrase('jacobian.noInputs');
  const F = BigInt(forward.multiplyAdds);
  const R = BigInt(reverse.multiplyAdds);
  const figures = {
    forward: phrase('jacobian.multiplyAdds', { count: forward.multiplyAdds }),
    reverse: phrase('jacobian.multiplyAdds', { count: reverse.multiplyAdds }),
    forwardPasses: phrase('paths.passes', { count: forward.passes }),
    reversePasses: phrase('paths.passes', { count: reverse.passes }),
  };
  const times = (a: bigint, b: bigint) => {
    const r = ratio(a, b);
    return Number.isFinite(r) ? r : '∞';
  };
  if (F * 10n > R * 11n)
    return phrase('jacobian.reverseCheaper', { ...figures, ratio: times(F, R) });
  if (R * 10n > F * 11n)
    return phrase('jacobian.forwardCheaper', { ...figures, ratio: times(R, F) });
  return phrase('jacobian.aboutTheSame', figures);
}
