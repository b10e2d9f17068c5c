import './graph.css';
import { useCallback, useMemo, useRef } from 'react';
import { type Analysis, nodeBox, type TraceMode } from '../../src/index.ts';
import type { GraphDisplay } from './display.ts';
import { GraphEdge, type Point } from './GraphEdge.tsx';
import { GraphNode } from './GraphNode.tsx';
import { useZoom } from './useZoom.ts';

/** Node centres and edge routes, as the worker's layout gives them. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly id: number; readonly x: number; readonly y: number }[];
  readonly edges: readonly { readonly index: number; readonly points: readonly Point[] }[];
}

interface GraphViewProps {
  readonly analysis: Analysis;
  readonly layout: GraphLayout;
  readonly display: GraphDisplay;
  readonly mode: TraceMode;
  /** The node derivatives are taken from (forward) or of (reverse); -1 for values. */
  readonly seed: number;
  readonly selected: number;
  readonly onSelect: (id: number) => void;
  /** Edges to highlight, e.g. a path hovered in the paths panel. */
  readonly highlightedEdges?: ReadonlySet<number>;
  readonly reducedMotion: boolean;
  /** Changes when the graph's structure changes: the view is fitted again then. */
  readonly structureKey: string;
}

/** The computational graph: React renders every element, d3-zoom pans and zooms the group. */
export function GraphView(props: GraphViewProps) {
  const {
    analysis,
    layout,
    display,
    mode,
    seed,
    selected,
    onSelect,
    highlightedEdges,
    reducedMotion,
    structureKey,
  } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const { transform, fitToView } = useZoom(svgRef, layout, structureKey);
  const label = (id: number) => analysis.nodes[id]?.label ?? '?';
  const seedName = seed >= 0 ? label(seed) : '';
  const derivativeSymbol =
    mode === 'forward' ? `∂·/∂${seedName}` : mode === 'reverse' ? `∂${seedName}/∂·` : undefined;
  const boxes = useMemo(() => analysis.nodes.map((n) => nodeBox(n.label)), [analysis.nodes]);
  const select = useCallback((id: number) => onSelect(id), [onSelect]);
  const showLocals = mode !== 'values' && analysis.edges.length <= 400;
  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <button type="button" onClick={fitToView}>
          Fit
        </button>
        <span className="muted graph-legend">
          {mode === 'values' && 'Values flow up from the inputs.'}
          {mode === 'forward' && `Each node shows ∂node/∂${seedName}; each edge its local partial.`}
          {mode === 'reverse' && `Each node shows ∂${seedName}/∂node; each edge its local partial.`}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing whose nodes are buttons is a group, not a fieldset */}
      <svg ref={svgRef} className="graph-svg" role="group" aria-label="Computational graph">
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="9"
            markerHeight="9"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
          </marker>
        </defs>
        <g transform={transform.toString()}>
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
              if (!node || !nodeDisplay) return null;
              const box = boxes[id]!;
              return (
                <GraphNode
                  key={id}
                  id={id}
                  label={node.label}
                  kind={node.kind}
                  x={x}
                  y={y}
                  width={box.width}
                  height={box.height}
                  display={nodeDisplay}
                  derivativeSymbol={derivativeSymbol}
                  selected={id === selected}
                  warning={node.warnings[0]}
                  onSelect={select}
                />
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
