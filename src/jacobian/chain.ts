/** The multiply-adds of the two orders of multiplying a chain of Jacobians. */
export interface ChainProductCosts {
  /** Right to left, from the input side: J₂·J₁ first, then J₃·(J₂·J₁), … (forward mode). */
  readonly forward: number;
  /** Left to right, from the output side: J_k·J_{k−1} first, then (…)·J_{k−2}, … (reverse mode). */
  readonly reverse: number;
}

/**
 * The Deep Learning book's view of the two modes: for vector functions chained with sizes
 * d₀ → d₁ → … → d_k, the Jacobian of the whole chain is J_k ⋯ J₁, where J_t is d_t × d_{t−1}.
 * Multiplying an a×b matrix by a b×c one takes a·b·c multiply-adds, so
 *   forward = Σ_{t=2..k} d_t · d_{t−1} · d₀      (each product keeps d₀ columns),
 *   reverse = Σ_{t=0..k−2} d_k · d_{t+1} · d_t   (each product keeps d_k rows).
 * With one output (d_k = 1) reverse mode is vector times matrix all the way; with one input
 * (d₀ = 1) forward mode is. A chain of fewer than two functions needs no product: 0 and 0.
 * Exact while the sums stay below 2^53.
 */
export function chainProductCosts(dimensions: readonly number[]): ChainProductCosts {
  for (const d of dimensions)
    if (!Number.isInteger(d) || d < 1) throw new Error('chainProductCosts: sizes are whole, ≥ 1');
  const k = dimensions.length - 1;
  const d = (t: number) => dimensions[t]!;
  let forward = 0;
  for (let t = 2; t <= k; t++) forward += d(t) * d(t - 1) * d(0);
  let reverse = 0;
  for (let t = 0; t <= k - 2; t++) reverse += d(k) * d(t + 1) * d(t);
  return { forward, reverse };
}
