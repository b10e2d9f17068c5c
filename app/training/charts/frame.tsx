import type { ReactNode } from 'react';
import { formatTick } from './scales.ts';

/** The charts' drawing size in SVG units; the SVG scales to its box's width (see charts.css). */
export const WIDTH = 360;

/** Space around a chart's plot: room for the value axis label above, tick labels left and below. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * About the width in SVG units of `text` at the charts' 13px size: 0.6 em a character, a full
 * em for CJK ideographs and punctuation. An estimate for placing labels, on the wide side.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += c.codePointAt(0)! >= 0x2e80 ? 13 : 7.8;
  return width;
}

/** A left margin wide enough for the widest of these tick labels. */
export const leftMargin = (labels: readonly string[]) =>
  Math.ceil(12 + Math.max(16, ...labels.map(textWidth)));

type Scale = (value: number) => number;

interface AxesProps {
  readonly height: number;
  readonly margin: Margin;
  readonly x: Scale;
  readonly y: Scale;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  readonly xLabel: ReactNode;
  readonly yLabel: ReactNode;
  /** Whether to draw grid lines at the ticks (not over a surface's bands). */
  readonly grid?: boolean;
  /** Tick text for the horizontal axis (steps are plain integers). */
  readonly xFormat?: (value: number) => string;
}

/**
 * Grid lines at the value ticks, the two axis lines, tick labels, and the axis names: the value
 * axis's name above its top-left corner, the horizontal axis's at the bottom right.
 */
export function Axes({
  height,
  margin,
  x,
  y,
  xTicks,
  yTicks,
  xLabel,
  yLabel,
  grid = true,
  xFormat = formatTick,
}: AxesProps) {
  const left = margin.left;
  const right = WIDTH - margin.right;
  const bottom = height - margin.bottom;
  return (
    <g className="chart-axes">
      {yTicks.map((tick) => (
        <g key={tick} className="chart-tick">
          {grid && <line className="chart-grid" x1={left} x2={right} y1={y(tick)} y2={y(tick)} />}
          <text x={left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={tick} className="chart-tick">
          {grid && (
            <line className="chart-grid" x1={x(tick)} x2={x(tick)} y1={margin.top} y2={bottom} />
          )}
          <text x={x(tick)} y={bottom + 17} textAnchor="middle">
            {xFormat(tick)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1={left} x2={right} y1={bottom} y2={bottom} />
      <line className="chart-axis" x1={left} x2={left} y1={margin.top} y2={bottom} />
      <text className="chart-axis-label" x={4} y={margin.top - 9} textAnchor="start">
        {yLabel}
      </text>
      <text className="chart-axis-label" x={right} y={bottom + 36} textAnchor="end">
        {xLabel}
      </text>
    </g>
  );
}
