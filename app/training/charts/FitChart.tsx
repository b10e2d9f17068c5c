import { line, scaleLinear } from 'd3';
import { memo, useId } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { Axes, leftMargin, WIDTH } from './frame.tsx';
import { formatTick, segments, valueDomain } from './scales.ts';

const HEIGHT = 240;
const TOP = 26;
const RIGHT = 14;
const BOTTOM = 42;

type Point = readonly [number, number];
const linePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

interface Series {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

export interface FitChartProps {
  /** The data input on the horizontal axis. */
  readonly xName: string;
  /** The target (or the output) on the vertical axis. */
  readonly yName: string;
  /** The data rows. */
  readonly points: Series;
  /** The model's prediction at increasing x; non-finite values cut the curve. */
  readonly curve: Series;
}

/** The finite [lo, hi] over some coordinate lists, or undefined. */
function extent(...lists: ArrayLike<number>[]): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return hi >= lo ? [lo, hi] : undefined;
}

/** The data as dots and the model's curve through them: one data input against one output. */
export const FitChart = memo(function FitChart({ xName, yName, points, curve }: FitChartProps) {
  const { t } = useTranslation();
  const clip = useId();
  const count = Math.min(points.x.length, points.y.length);
  const summary =
    count === 0 ? t('charts.fitEmpty') : t('charts.fitSummary', { count, x: xName, y: yName });
  const xExtent = extent(points.x, curve.x);
  // The curve may shoot far off while training diverges: the data decide the vertical range.
  const yExtent = extent(points.y) ?? extent(curve.y);
  const body = () => {
    if (xExtent === undefined || yExtent === undefined)
      return (
        <text className="chart-empty" x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle">
          {t('charts.fitEmpty')}
        </text>
      );
    const [ylo, yhi] = valueDomain(yExtent, 'linear');
    const pad = (yhi - ylo) * 0.08;
    const y = scaleLinear()
      .domain([ylo - pad, yhi + pad])
      .range([HEIGHT - BOTTOM, TOP])
      .nice();
    const yTicks = y.ticks(5);
    const left = leftMargin(yTicks.map(formatTick));
    const margin = { top: TOP, right: RIGHT, bottom: BOTTOM, left };
    const x = scaleLinear()
      .domain(valueDomain(xExtent, 'linear'))
      .range([left, WIDTH - RIGHT])
      .nice();
    const order = Array.from(
      { length: Math.min(curve.x.length, curve.y.length) },
      (_, i) => i,
    ).sort((a, b) => curve.x[a]! - curve.x[b]!);
    const runs = segments(order.map((i): Point => [x(curve.x[i]!), y(curve.y[i]!)]));
    const [top, bottom] = [TOP - 4, HEIGHT - BOTTOM + 4];
    return (
      <>
        <defs>
          <clipPath id={clip}>
            <rect x={left} y={top} width={WIDTH - RIGHT - left} height={bottom - top} />
          </clipPath>
        </defs>
        <Axes
          height={HEIGHT}
          margin={margin}
          x={x}
          y={y}
          xTicks={x.ticks(5)}
          yTicks={yTicks}
          xLabel={<tspan className="chart-var">{xName}</tspan>}
          yLabel={<tspan className="chart-var">{yName}</tspan>}
        />
        <path
          className="chart-line chart-line--model"
          clipPath={`url(#${clip})`}
          d={runs.map((r) => linePath(r)).join('')}
        />
        {Array.from({ length: count }, (_, i) =>
          Number.isFinite(points.x[i]!) && Number.isFinite(points.y[i]!) ? (
            <circle
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's place is its identity
              key={i}
              className="chart-point"
              cx={x(points.x[i]!)}
              cy={y(points.y[i]!)}
              r={4.5}
            />
          ) : null,
        )}
      </>
    );
  };
  return (
    <figure className="chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-chart="fit"
      >
        <title>{t('charts.fitTitle')}</title>
        {body()}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <svg className="chart-mark" viewBox="0 0 14 14" aria-hidden="true">
              <circle className="chart-point" cx="7" cy="7" r="4.5" />
            </svg>
            {t('charts.data')}
          </li>
          <li>
            <svg className="chart-swatch" viewBox="0 0 22 8" aria-hidden="true">
              <line className="chart-line chart-line--model" x1="0" x2="22" y1="4" y2="4" />
            </svg>
            {t('charts.model')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
});
