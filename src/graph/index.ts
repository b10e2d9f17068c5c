export { type BuildOptions, type BuildResult, buildGraph, DEFAULT_MAX_NODES } from './build.ts';
export { nodesBetween, type PrunedNodes } from './prune.ts';
export { ancestorsOf, descendantsOf } from './reach.ts';
export type { Graph, GraphEdge, GraphNode, NodeKind } from './types.ts';
