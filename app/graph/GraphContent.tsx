import { memo, useMemo } from 'react';
import { type Analysis, captionOf, nodeBox, nodeCaption, type TraceMode } from '../../src/index.ts';
import type { GraphDisplay } from './display.ts';
import { GraphEdge, type Point } from './GraphEdge.tsx';
import { GraphNode } from './GraphNode.tsx';

/** Node centres and edge routes, as the worker's layout gives them. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly id: number; readonly x: number; readonly y: number }[];
  readonly edges: readonly { readonly index: number; readonly points: readonly Point[] }[];
}

export interface GraphContentProps {
  readonly analysis: Analysis;
  readonly layout: GraphLayout;
  readonly display: GraphDisplay;
  readonly mode: TraceMode;
  /** The node derivatives are taken from (forward) or of (reverse); -1 for values. */
  readonly seed: number;
  readonly selected: number;
  readonly onSelect: (id: number) => void;
  /** Edges to highlight, e.g. a path hovered in the paths panel. */
  readonly highlightedEdges?: ReadonlySet<number> | undefined;
  readonly reducedMotion: boolean;
}

/** Edges are labelled with their local partials only while that stays readable. */
const MAX_LABELLED_EDGES = 400;

/**
 * Every edge and node of the drawing. Memoised apart from the zoom transform, so that panning
 * and zooming re-render nothing but one attribute, even for thousands of nodes.
 */
export const GraphContent = memo(function GraphContent(props: GraphContentProps) {
  const {
    analysis,
    layout,
    display,
    mode,
    selected,
    onSelect,
    highlightedEdges,
    reducedMotion,
  } = props;
  const label = (id: number) => analysis.nodes[id]?.label ?? '?';
  const captions = useMemo(() => analysis.nodes.map((n) => nodeCaption(n)), [analysis.nodes]);
  const boxes = useMemo(
    () => analysis.nodes.map((n, id) => nodeBox(captions[id]!, n.name)),
    [analysis.nodes, captions],
  );
  const showLocals = mode !== 'values' && analysis.edges.length <= MAX_LABELLED_EDGES;
  return (
    <>
      <g className="edges">
        {layout.edges.map(({ index, points }) => {
          const edge = analysis.edges[index];
          if (!edge) return null;
          return (
            <GraphEdge
              key={index}
              id={`${label(edge.from)}->${label(edge.to)}`}
              points={points}
              local={edge.local}
              status={display.edges[index] ?? 'idle'}
              showLocal={showLocals}
              animate={!reducedMotion}
              backwards={mode === 'reverse'}
              highlighted={highlightedEdges?.has(index) ?? false}
            />
          );
        })}
      </g>
      <g className="nodes">
        {layout.nodes.map(({ id, x, y }) => {
          const node = analysis.nodes[id];
          const nodeDisplay = display.nodes[id];
          const box = boxes[id];
          if (!node || !nodeDisplay || !box) return null;
          return (
            <GraphNode
              key={id}
              id={id}
              label={node.label}
              name={node.name}
              caption={captions[id]!}
              fullCaption={captionOf(node.name, node.formula)}
              op={node.op}
              kind={node.kind}
              collapsed={false}
              x={x}
              y={y}
              width={box.width}
              height={box.height}
              display={nodeDisplay}
              mode={mode}
              selected={id === selected}
              warning={node.warnings[0]}
              onSelect={onSelect}
            />
          );
        })}
      </g>
    </>
  );
});
