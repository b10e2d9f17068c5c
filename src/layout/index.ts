export {
  boundsWithLabels,
  EDGE_LABEL,
  EXTRA_LABEL_POSITIONS,
  LABEL_OFFSET,
  LABEL_POSITIONS,
  LABEL_REACH,
  placeEdgeLabels,
} from './labels.ts';
export { layoutGraph } from './layout.ts';
export { chooseOrientation, estimateSize, type SizeEstimate } from './orientation.ts';
export {
  AUTO_REFINED_MAX_SIZE,
  DRAFT_MAX_SIZE,
  LABEL_MARGIN,
  LAYOUT_GAP,
  layeredSize,
  layoutGap,
  needsRefinement,
  REFINED_MAX_SIZE,
  SIMPLEX_COORD_MAX_SIZE,
} from './policy.ts';
export type {
  LabelBox,
  Layout,
  LayoutInput,
  LayoutOptions,
  LayoutQuality,
  Orientation,
  PlacedNode,
  PreviousLayout,
  RoutedEdge,
} from './types.ts';
