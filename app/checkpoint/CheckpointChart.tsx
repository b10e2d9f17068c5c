import '../training/charts/charts.css';
import { line, type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3';
import { memo, type PointerEvent } from 'react';
import type { CheckpointCost, CheckpointSweep } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { Axes, leftMargin, textWidth, WIDTH } from '../training/charts/frame.tsx';
import { type Box, placeLabel } from '../training/charts/place.ts';
import { formatTick, stepTicks } from '../training/charts/scales.ts';
import { frontier, LOG_FROM, logTicks125 } from './sweep.ts';

const HEIGHT = 230;
const TOP = 26;
const RIGHT = 16;
const BOTTOM = 42;

type Point = readonly [number, number];
const linePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

export interface CheckpointChartProps {
  readonly sweep: CheckpointSweep;
  /** The costs at the chosen k (it need not be one of the sweep's points). */
  readonly chosen: CheckpointCost;
  /** A point of the chart was pressed: the k of the sweep point nearest the pointer. */
  readonly onChoose?: (checkpoints: number) => void;
}

/**
 * Peak stored values (up) against extra evaluations (across), one dot per k of the sweep, the
 * k ≈ √n point ringed and the chosen k marked with guides to both axes. The peak axis is
 * logarithmic from LOG_FROM values on (it runs from about 2√n to n); the extra-work axis stays
 * linear, since it starts at 0 (k = 0) and never passes n − 1, one more forward pass.
 */
export const CheckpointChart = memo(function CheckpointChart({
  sweep,
  chosen,
  onChoose,
}: CheckpointChartProps) {
  const { t, i18n } = useTranslation();
  const { n, points, sqrtCheckpoints } = sweep;
  const number = (v: number) => v.toLocaleString(i18n.language);
  const log = n >= LOG_FROM;

  // 1. Scales: the peak axis first, since its tick labels decide the left margin.
  const peaks = points.map((p) => p.peakStored);
  const least = points.reduce((a, b) => (b.peakStored < a.peakStored ? b : a));
  const lo = Math.min(...peaks);
  const hi = Math.max(...peaks);
  const y: ScaleContinuousNumeric<number, number> = log
    ? scaleLog()
        .domain([lo / 1.15, hi * 1.1])
        .range([HEIGHT - BOTTOM, TOP])
    : scaleLinear()
        .domain([0, hi * 1.05])
        .range([HEIGHT - BOTTOM, TOP])
        .nice();
  const [yLo, yHi] = y.domain() as [number, number];
  const yTicks = log ? logTicks125(yLo, yHi) : y.ticks(5).filter((v) => Number.isInteger(v));
  const margin = {
    top: TOP,
    right: RIGHT,
    bottom: BOTTOM,
    left: leftMargin(yTicks.map(formatTick)),
  };
  const extraMax = Math.max(1, ...points.map((p) => p.recomputed));
  const x = scaleLinear()
    .domain([0, extraMax])
    .range([margin.left, WIDTH - RIGHT])
    .nice();
  const xTicks = stepTicks(...(x.domain() as [number, number]), 4);
  const at = (p: CheckpointCost): Point => [x(p.recomputed), y(p.peakStored)];

  // 2. The sweep's line, the √n point and the chosen one with its guides.
  const run = frontier(points).map(at);
  const sqrt = points.find((p) => p.checkpoints === sqrtCheckpoints);
  const [cx, cy] = at(chosen);
  const guides: [Point, Point][] = [
    [
      [cx, cy],
      [cx, HEIGHT - BOTTOM],
    ],
    [
      [margin.left, cy],
      [cx, cy],
    ],
  ];
  const bounds: Box = {
    x: margin.left + 2,
    y: TOP - 4,
    width: WIDTH - RIGHT - margin.left - 2,
    height: HEIGHT - BOTTOM - TOP + 4,
  };
  const same = chosen.checkpoints === sqrtCheckpoints;
  const chosenLabel = same
    ? t('checkpoint.markBoth', { k: number(chosen.checkpoints) })
    : t('checkpoint.markChosen', { k: number(chosen.checkpoints) });
  // Labels keep clear of a coarse copy of the line (about 12 pieces), so that crossing the
  // curve counts about as much as crossing a guide, not once per dot.
  const coarse = run.filter((_, i) => i % Math.ceil(run.length / 12) === 0 || i === run.length - 1);
  const chosenBox = placeLabel(
    [cx, cy],
    { width: textWidth(chosenLabel), height: 14 },
    [coarse, ...guides],
    bounds,
  );
  const sqrtLabel = t('checkpoint.markSqrt');
  const sqrtAt = sqrt && !same ? at(sqrt) : undefined;
  const sqrtBox =
    sqrtAt &&
    placeLabel(
      sqrtAt,
      { width: textWidth(sqrtLabel), height: 14 },
      [coarse, ...guides, boxOutline(chosenBox)],
      bounds,
    );

  // 3. A press picks the sweep point nearest the pointer, in the drawing's units.
  const choose = (event: PointerEvent<SVGSVGElement>) => {
    if (!onChoose || (event.type === 'pointermove' && event.buttons !== 1)) return;
    const matrix = event.currentTarget.getScreenCTM()?.inverse();
    if (!matrix) return;
    const svgPoint = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    // Points of both branches (k below and above √n) lie almost on each other: of those within
    // 3 units of the nearest, the smallest k, the one reached by adding checkpoints from 0.
    const distance = (p: CheckpointCost) => {
      const [px, py] = at(p);
      return Math.hypot(px - svgPoint.x, py - svgPoint.y);
    };
    const nearest = Math.min(...points.map(distance));
    const best = points.find((p) => distance(p) <= nearest + 3) ?? points[0]!;
    onChoose(best.checkpoints);
  };

  return (
    <figure className="chart checkpoint-figure">
      <svg
        className="chart-svg checkpoint-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('checkpoint.chartSummary', {
          plain: number(n),
          least: number(least.peakStored),
          extra: number(least.recomputed),
          k: number(least.checkpoints),
        })}
        data-chart="checkpoint"
        onPointerDown={choose}
        onPointerMove={choose}
      >
        <title>{t('checkpoint.chartTitle')}</title>
        <Axes
          height={HEIGHT}
          margin={margin}
          x={x}
          y={y}
          xTicks={xTicks}
          yTicks={yTicks}
          xLabel={t('checkpoint.axisExtra')}
          yLabel={log ? t('checkpoint.axisPeakLog') : t('checkpoint.axisPeak')}
        />
        <path className="checkpoint-line" d={linePath(run) ?? ''} />
        <g className="checkpoint-dots">
          {points.map((p) => {
            const [px, py] = at(p);
            return <circle key={p.checkpoints} cx={px} cy={py} r={2} />;
          })}
        </g>
        <line className="checkpoint-guide" x1={cx} y1={cy} x2={cx} y2={HEIGHT - BOTTOM} />
        <line className="checkpoint-guide" x1={margin.left} y1={cy} x2={cx} y2={cy} />
        {sqrtAt && sqrtBox && (
          <g className="checkpoint-sqrt" data-mark="sqrt">
            <circle cx={sqrtAt[0]} cy={sqrtAt[1]} r={5.5} />
            <text x={sqrtBox.x} y={sqrtBox.y + 11}>
              {sqrtLabel}
            </text>
          </g>
        )}
        <g className="checkpoint-chosen" data-mark="chosen">
          {same && <circle className="checkpoint-ring" cx={cx} cy={cy} r={7} />}
          <circle cx={cx} cy={cy} r={4.5} />
          <text x={chosenBox.x} y={chosenBox.y + 11}>
            {chosenLabel}
          </text>
        </g>
      </svg>
      <figcaption className="chart-note">{t('checkpoint.caption')}</figcaption>
    </figure>
  );
});

/** A box's outline as a closed polyline, so that another label keeps clear of it. */
const boxOutline = (b: Box): Point[] => [
  [b.x, b.y],
  [b.x + b.width, b.y],
  [b.x + b.width, b.y + b.height],
  [b.x, b.y + b.height],
  [b.x, b.y],
];
