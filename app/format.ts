// Numbers for display. The page uses the engine's rule (src/narrate/format.ts), which the
// narration and the graph's node boxes use too, so a number reads the same everywhere:
// exact integers stay integers, others show 6 significant digits (2.2000000000000006 → 2.2).
// Components show the exact value, `String(x)`, on hover.
export { formatNumber } from '../src/index.ts';
