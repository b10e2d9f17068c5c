import { memo, useMemo } from 'react';
import { type Analysis, captionOf, type TraceMode } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import type { GraphDisplay } from './display.ts';
import { ExpandToggle } from './ExpandToggle.tsx';
import { GraphEdge, type Point } from './GraphEdge.tsx';
import { GraphNode } from './GraphNode.tsx';

/** Node centres and edge routes, as the worker's layout gives them. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly id: number; readonly x: number; readonly y: number }[];
  readonly edges: readonly {
    readonly index: number;
    readonly points: readonly Point[];
    /** For an edge routed in a side channel: where its own branch leaves the shared lane. */
    readonly labelFrom?: number;
  }[];
  readonly orientation?: 'up' | 'right';
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
  /** Nodes on no path between the chosen input and output (pruning): drawn faint. */
  readonly dimmed?: ReadonlySet<number> | undefined;
  readonly reducedMotion: boolean;
  /** Each node's caption (`nodeCaption`) and box size (`nodeBox`), by node id. */
  readonly captions: readonly string[];
  /** Where each edge's label goes, by position in `layout.edges` (absent: no labels). */
  readonly labels?: readonly ({ readonly x: number; readonly y: number } | null)[] | undefined;
  /** Collapsed statements that can be drawn as their operations, by name (collapsed view only). */
  readonly expandable?: readonly string[] | undefined;
  /** Statements drawn as their operations inside a collapsed view. */
  readonly expanded?: readonly string[] | undefined;
  readonly onToggleExpanded?: ((name: string) => void) | undefined;
  readonly boxes: readonly { readonly width: number; readonly height: number }[];
}

/**
 * Every edge and node of the drawing. Memoised apart from the zoom transform, so that panning
 * and zooming re-render nothing but one attribute, even for thousands of nodes.
 */
export const GraphContent = memo(function GraphContent(props: GraphContentProps) {
  const { analysis, layout, display, mode, selected, onSelect, highlightedEdges, reducedMotion } =
    props;
  const { captions, boxes, expandable, expanded, onToggleExpanded, labels, dimmed } = props;
  // One subscription here, not one per node: a new language's `t` redraws the nodes and edges.
  const { t } = useTranslation();
  const say = useSay();
  const seedName = props.seed >= 0 ? (analysis.nodes[props.seed]?.name ?? '') : '';
  const toggles = useMemo(() => {
    if (!expandable || !onToggleExpanded) return [];
    const open = new Set(expanded);
    const wanted = new Set([...expandable, ...open]);
    return layout.nodes.flatMap(({ id, x, y }) => {
      const node = analysis.nodes[id];
      const box = boxes[id];
      if (!node || !box || !wanted.has(node.name)) return [];
      const corner = { x: x + box.width / 2 - 2, y: y - box.height / 2 + 2 };
      return [{ name: node.name, ...corner, expanded: open.has(node.name) }];
    });
  }, [expandable, expanded, onToggleExpanded, layout.nodes, analysis.nodes, boxes]);
  const label = (id: number) => analysis.nodes[id]?.label ?? '?';
  const showLocals = mode !== 'values';
  return (
    <>
      <g className="edges">
        {layout.edges.map(({ index, points }, position) => {
          const edge = analysis.edges[index];
          if (!edge) return null;
          return (
            <GraphEdge
              key={index}
              id={`${label(edge.from)}->${label(edge.to)}`}
              points={points}
              local={edge.local}
              nonFinite={edge.nonFinite}
              status={display.edges[index] ?? 'idle'}
              labelAt={showLocals ? (labels?.[position] ?? null) : null}
              orientation={layout.orientation ?? 'up'}
              animate={!reducedMotion}
              backwards={mode === 'reverse'}
              highlighted={highlightedEdges?.has(index) ?? false}
              dimmed={(dimmed?.has(edge.from) || dimmed?.has(edge.to)) ?? false}
              t={t}
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
              collapsed={node.collapsed === true}
              x={x}
              y={y}
              width={box.width}
              height={box.height}
              display={nodeDisplay}
              mode={mode}
              seedName={seedName}
              selected={id === selected}
              dimmed={dimmed?.has(id) ?? false}
              derivative={node.derivative === true}
              warning={node.warnings[0] && say(node.warnings[0])}
              onSelect={onSelect}
              t={t}
            />
          );
        })}
      </g>
      {toggles.length > 0 && onToggleExpanded && (
        <g className="toggles">
          {toggles.map((toggle) => (
            <ExpandToggle key={toggle.name} {...toggle} onToggle={onToggleExpanded} />
          ))}
        </g>
      )}
    </>
  );
});
