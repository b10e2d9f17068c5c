import { curveMonotoneX, curveMonotoneY, line } from 'd3';
import { memo } from 'react';
import { formatNumber, formatShort } from '../../src/index.ts';
import type { TFunction } from '../i18n/i18n.ts';
import type { EdgeStatus } from './display.ts';

export type Point = readonly [number, number];

const curveUp = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1])
  .curve(curveMonotoneY);
const curveRight = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1])
  .curve(curveMonotoneX);

interface GraphEdgeProps {
  readonly id: string;
  readonly points: readonly Point[];
  readonly local: number;
  /**
   * Why `local` is not finite (`log'(0) = ∞`, from the analysis's `EdgeInfo.nonFinite`). The
   * edge is marked whenever `local` is not finite; this only words the reason.
   */
  readonly nonFinite?: string | undefined;
  readonly status: EdgeStatus;
  /** Where the edge's local partial is written (its centre), or null to leave it out. */
  readonly labelAt: { readonly x: number; readonly y: number } | null;
  /** Animate the contribution travelling along the edge (off under reduced motion). */
  readonly animate: boolean;
  /** Reverse mode sends contributions against the edge's direction. */
  readonly backwards: boolean;
  readonly highlighted: boolean;
  /** On no path between the chosen input and output: drawn faint. */
  readonly dimmed: boolean;
  /** Edges run upwards (`up`) or rightwards (`right`): the curve is monotone that way. */
  readonly orientation: 'up' | 'right';
  /** The page's translations, from GraphContent (one hook there, not one per edge). */
  readonly t: TFunction;
}

/** One edge: a curve from operand to operation with an arrowhead, its local partial, its pulse. */
export const GraphEdge = memo(function GraphEdge(props: GraphEdgeProps) {
  const { id, points, local, status, labelAt, animate, backwards, highlighted, orientation } =
    props;
  const d = (orientation === 'right' ? curveRight : curveUp)(points as Point[]) ?? '';
  const className = `edge edge--${status}${highlighted ? ' is-highlighted' : ''}${props.dimmed ? ' is-dimmed' : ''}`;
  // LANGUAGE.md, "Derivatives that are not finite": such an edge makes every path across it NaN.
  const poisoned = props.nonFinite !== undefined || !Number.isFinite(local);
  const title = poisoned
    ? props.t('node.edgeNonFinite', { value: props.nonFinite ?? formatNumber(local) })
    : props.t('node.edgeLocal', { value: formatNumber(local) });
  return (
    <g
      className={className}
      data-edge={id}
      data-local={String(local)}
      {...(poisoned ? { 'data-nonfinite': 'true' } : {})}
      {...(status === 'active' ? { 'data-active': 'true' } : {})}
    >
      <title>{title}</title>
      <path className="edge-line" d={d} markerEnd="url(#arrow)" />
      {labelAt && (
        <text
          className="edge-local"
          x={labelAt.x}
          y={labelAt.y}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {formatShort(local)}
        </text>
      )}
      {status === 'active' && animate && (
        <circle className="edge-pulse" r={5}>
          <animateMotion
            dur="0.6s"
            fill="freeze"
            path={d}
            keyPoints={backwards ? '1;0' : '0;1'}
            keyTimes="0;1"
            calcMode="linear"
          />
        </circle>
      )}
    </g>
  );
});
