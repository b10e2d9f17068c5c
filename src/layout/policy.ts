import type { LayoutOptions, LayoutQuality } from './types.ts';

/**
 * Largest graph laid out with `coordSimplex` (straight, short edges, no edge through a node).
 * Measured on 2 cores (bench/layout.ts): about 20 ms at 60 nodes, but its cost grows fast with
 * the dummy nodes of long edges: TOOLCHAIN.md saw 2.2 s at 200 nodes.
 */
export const SIMPLEX_COORD_MAX_NODES = 100;

/**
 * Largest graph that `auto` lays out refined in one go (`layeringSimplex` +
 * `decrossTwoLayer().passes(4)` + `coordGreedy`): tens of milliseconds at this size, fast
 * enough to run on every keystroke.
 */
export const AUTO_REFINED_MAX_NODES = 300;

/**
 * Largest graph worth a refined layout at all. Refined takes 0.4–2.7 s at 1,000 nodes and several
 * seconds at 3,000 (bench/layout.ts), so past this only the draft is computed.
 */
export const REFINED_MAX_NODES = 3000;

/** Gap between boxes: [horizontal, vertical] in px. */
export const LAYOUT_GAP: readonly [number, number] = [20, 40];

/** One set of d3-dag sugiyama operators, cheapest last. */
export type Tier = 'simplex' | 'greedy' | 'draft';

/** The quality a tier gives. */
export function tierQuality(tier: Tier): LayoutQuality {
  return tier === 'draft' ? 'draft' : 'refined';
}

/**
 * The tiers to try for a graph of `nodeCount` nodes, best first; each later one is cheaper and is
 * the fallback when the one before throws. An explicit `refined` is honoured at any size.
 */
export function tiersFor(nodeCount: number, options: LayoutOptions = {}): Tier[] {
  const quality = options.quality ?? 'auto';
  const refined =
    quality === 'refined' || (quality === 'auto' && nodeCount <= AUTO_REFINED_MAX_NODES);
  if (!refined) return ['draft'];
  return nodeCount <= SIMPLEX_COORD_MAX_NODES ? ['simplex', 'greedy', 'draft'] : ['greedy', 'draft'];
}

/**
 * True when `auto` gives only a draft for `nodeCount` nodes but a refined layout is still
 * affordable: the worker should send the draft first, then `layoutGraph(input, { quality:
 * 'refined' })` when that is done.
 */
export function needsRefinement(nodeCount: number): boolean {
  return nodeCount > AUTO_REFINED_MAX_NODES && nodeCount <= REFINED_MAX_NODES;
}
