export { layoutGraph } from './layout.ts';
export {
  AUTO_REFINED_MAX_SIZE,
  LAYOUT_GAP,
  layeredSize,
  needsRefinement,
  REFINED_MAX_SIZE,
  SIMPLEX_COORD_MAX_SIZE,
} from './policy.ts';
export type {
  Layout,
  LayoutInput,
  LayoutOptions,
  LayoutQuality,
  PlacedNode,
  PreviousLayout,
  RoutedEdge,
} from './types.ts';
