export { formatNumber, formatShort, SHORT_NUMBER_CHARS } from './format.ts';
export {
  adjointSymbol,
  applyOp,
  captionOf,
  displayNames,
  formulaOf,
  MAX_CAPTION_CHARS,
  type NamedNode,
  nodeCaption,
  partialSymbol,
  shorten,
  tangentSymbol,
  UNNAMED_OUTPUT,
} from './names.ts';
export { type Narration, type NarrationContext, narrateStep, notationLegend } from './narrate.ts';
export { type LocalEdge, nonFiniteReason } from './nonFinite.ts';
