export { layoutGraph } from './layout.ts';
export {
  AUTO_REFINED_MAX_NODES,
  LAYOUT_GAP,
  needsRefinement,
  REFINED_MAX_NODES,
  SIMPLEX_COORD_MAX_NODES,
} from './policy.ts';
export type {
  Layout,
  LayoutInput,
  LayoutOptions,
  LayoutQuality,
  PlacedNode,
  RoutedEdge,
} from './types.ts';
