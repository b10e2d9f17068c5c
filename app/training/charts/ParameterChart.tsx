import { line, scaleLinear } from 'd3';
import { memo } from 'react';
import { formatNumber, formatShort } from '../../../src/index.ts';
import { useTranslation } from '../../i18n/i18n.ts';
import { downsample } from './downsample.ts';
import { Axes, leftMargin, WIDTH } from './frame.tsx';
import { formatTick, segments, stepTicks, valueDomain } from './scales.ts';

const HEIGHT = 220;
const TOP = 26;
const RIGHT = 14;
const BOTTOM = 42;
/** The most lines drawn: the palette's size (charts.css, --series-1 … --series-8). */
export const MAX_LINES = 8;

type Point = readonly [number, number];
const linePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

export interface ParameterChartProps {
  /** The parameters' names, in the order of each record of `path`. */
  readonly names: readonly string[];
  /** Records in name order: path[k * names.length + i] is parameter i before step first + k. */
  readonly path: ArrayLike<number>;
  /** The step of the first record. */
  readonly first: number;
}

/**
 * Which parameters to draw: all of them up to `most`, otherwise the `most` whose finite values
 * spread widest (the ones that moved), in name order.
 */
export function parametersToDraw(
  count: number,
  steps: number,
  valueAt: (k: number, i: number) => number,
  most: number,
): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= most) return all;
  const spread = all.map((i) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < steps; k++) {
      const v = valueAt(k, i);
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return hi >= lo ? hi - lo : -1;
  });
  return all
    .sort((a, b) => spread[b]! - spread[a]! || a - b)
    .slice(0, most)
    .sort((a, b) => a - b);
}

/** Each parameter's value over the steps, one line and one colour each, with a legend. */
export const ParameterChart = memo(function ParameterChart({
  names,
  path,
  first,
}: ParameterChartProps) {
  const { t } = useTranslation();
  const width = names.length;
  const steps = width === 0 ? 0 : Math.floor(path.length / width);
  const at = (k: number, i: number) => path[k * width + i] as number;
  const drawn = parametersToDraw(width, steps, at, MAX_LINES);

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const i of drawn)
    for (let k = 0; k < steps; k++) {
      const v = at(k, i);
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }

  const summary =
    steps === 0
      ? t('charts.parametersEmpty')
      : t('charts.parametersSummary', {
          from: first,
          to: first + steps - 1,
          list: names
            .map((name, i) =>
              t('charts.parameterChange', {
                name,
                from: formatNumber(at(0, i)),
                to: formatNumber(at(steps - 1, i)),
              }),
            )
            .join('; '),
        });

  const svg = (children: React.ReactNode) => (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={summary}
      data-chart="parameters"
    >
      <title>{t('charts.parametersTitle')}</title>
      {children}
    </svg>
  );
  if (steps === 0 || !(hi >= lo))
    return (
      <figure className="chart">
        {svg(
          <text className="chart-empty" x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle">
            {t('charts.parametersEmpty')}
          </text>,
        )}
      </figure>
    );

  const y = scaleLinear()
    .domain(valueDomain([lo, hi], 'linear'))
    .range([HEIGHT - BOTTOM, TOP])
    .nice();
  const yTicks = y.ticks(5);
  const margin = {
    top: TOP,
    right: RIGHT,
    bottom: BOTTOM,
    left: leftMargin(yTicks.map(formatTick)),
  };
  const last = first + Math.max(1, steps - 1);
  const x = scaleLinear()
    .domain([first, last])
    .range([margin.left, WIDTH - RIGHT]);
  const buckets = Math.round(WIDTH - RIGHT - margin.left);

  return (
    <figure className="chart">
      {svg(
        <>
          <Axes
            height={HEIGHT}
            margin={margin}
            x={x}
            y={y}
            xTicks={stepTicks(first, last, 5)}
            yTicks={yTicks}
            xLabel={t('charts.step')}
            yLabel={t('charts.parameter')}
            xFormat={String}
          />
          {drawn.map((i, slot) => {
            const kept = downsample(steps, (k) => at(k, i), buckets);
            const runs = segments(
              kept.map(
                (k): Point => [x(first + k), Number.isFinite(at(k, i)) ? y(at(k, i)) : Number.NaN],
              ),
            );
            return (
              <path
                key={names[i]}
                className={`chart-line chart-line--series chart-series-${slot + 1}`}
                data-parameter={names[i]}
                d={runs
                  .map((r) => (r.length === 1 ? `M${r[0]![0]},${r[0]![1]}h0` : linePath(r)))
                  .join('')}
              />
            );
          })}
        </>,
      )}
      <figcaption>
        <ul className="chart-legend">
          {drawn.map((i, slot) => (
            <li key={names[i]} className={`chart-series-${slot + 1}`}>
              <svg className="chart-swatch" viewBox="0 0 22 8" aria-hidden="true">
                <line x1="0" x2="22" y1="4" y2="4" />
              </svg>
              <var>{names[i]}</var> <span className="muted">= {formatShort(at(steps - 1, i))}</span>
            </li>
          ))}
        </ul>
        {drawn.length < width && (
          <p className="chart-note">
            {t('charts.parametersMore', { shown: drawn.length, count: width - drawn.length })}
          </p>
        )}
      </figcaption>
    </figure>
  );
});
