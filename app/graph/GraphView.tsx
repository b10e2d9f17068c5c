import './graph.css';
import { useRef } from 'react';
import { GraphContent, type GraphContentProps } from './GraphContent.tsx';
import { useZoom } from './useZoom.ts';

export type { GraphLayout } from './GraphContent.tsx';

interface GraphViewProps extends GraphContentProps {
  /** Changes when the graph's structure changes: the view is fitted again then. */
  readonly structureKey: string;
}

/** The computational graph: React renders every element, d3-zoom pans and zooms the group. */
export function GraphView({ structureKey, ...content }: GraphViewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { transform, fitToView } = useZoom(svgRef, content.layout, structureKey);
  const seedName = content.seed >= 0 ? (content.analysis.nodes[content.seed]?.name ?? '') : '';
  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <button type="button" onClick={fitToView}>
          Fit
        </button>
        <span className="muted graph-legend">
          {content.mode === 'values' &&
            'Values flow up from the inputs. Drag to pan, scroll to zoom.'}
          {content.mode === 'forward' &&
            `Each node shows ∂node/∂${seedName}; each edge its local partial.`}
          {content.mode === 'reverse' &&
            `Each node shows ∂${seedName}/∂node; each edge its local partial.`}
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
          <GraphContent {...content} />
        </g>
      </svg>
    </div>
  );
}
