import { line, type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3';
import { memo, type ReactNode } from 'react';
import { formatNumber } from '../../../src/index.ts';
import { useTranslation } from '../../i18n/i18n.ts';
import { downsample } from './downsample.ts';
import { Axes, leftMargin, textWidth, WIDTH } from './frame.tsx';
import { type Box, placeLabel } from './place.ts';
import {
  drawable,
  extentOf,
  formatTick,
  logTicks,
  segments,
  stepTicks,
  type ValueScale,
  valueDomain,
} from './scales.ts';

const HEIGHT = 220;
const TOP = 26;
const RIGHT = 14;
const BOTTOM = 42;

type Point = readonly [number, number];
const linePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

/** Why and where a run stopped, as the trainer reports it. */
export interface LossChartStop {
  readonly step: number;
  readonly reason: 'steps' | 'tolerance' | 'diverged';
}

export interface LossChartProps {
  /** The mean loss before step k, for k = first, first + 1, …. */
  readonly losses: ArrayLike<number>;
  /** The step of losses[0]. */
  readonly first: number;
  readonly scale: ValueScale;
  /** Where the run stopped: marked at the last finite loss, with a label. */
  readonly stop?: LossChartStop;
  /** A step to highlight (the one the stepper shows). */
  readonly current?: number;
}

/**
 * The mean loss over the steps, on a linear or a log axis. Values that cannot be drawn (not
 * finite, or not positive on a log axis) cut the line; long runs are downsampled to about one
 * sample per pixel, keeping each pixel's smallest and largest loss.
 */
export const LossChart = memo(function LossChart({
  losses,
  first,
  scale,
  stop,
  current,
}: LossChartProps) {
  const { t } = useTranslation();
  const n = losses.length;
  const at = (k: number) => losses[k] as number;
  const extent = extentOf(n, at, scale);
  const yLabel = scale === 'log' ? t('charts.lossLog') : t('charts.loss');
  const summary = describe();

  function describe(): string {
    if (n === 0) return t('charts.lossEmpty');
    const parts: string[] =
      n === 1
        ? [t('charts.lossOne', { value: formatNumber(at(0)) })]
        : [
            t('charts.lossSummary', {
              count: n - 1,
              from: formatNumber(at(0)),
              to: formatNumber(at(n - 1)),
            }),
          ];
    const lastFinite = lastIndex(n - 1, (k) => Number.isFinite(at(k)));
    if (lastFinite < n - 1) parts.push(t('charts.lossLeft', { step: first + lastFinite + 1 }));
    if (stop?.reason === 'diverged' && lastFinite >= 0)
      parts.push(
        t('charts.stopDivergedSummary', { step: stop.step, value: formatNumber(at(lastFinite)) }),
      );
    if (current !== undefined && current >= first && current < first + n)
      parts.push(
        t('charts.currentStep', { step: current, value: formatNumber(at(current - first)) }),
      );
    return parts.join(' ');
  }

  const frame = (children: ReactNode) => (
    <figure className="chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-chart="loss"
      >
        <title>{t('charts.lossTitle')}</title>
        {children}
      </svg>
    </figure>
  );
  if (extent === undefined)
    return frame(
      <text className="chart-empty" x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle">
        {t('charts.lossEmpty')}
      </text>,
    );

  // 1. Scales: the value axis first, since its tick labels decide the left margin.
  const [lo, hi] = valueDomain(extent, scale);
  const y: ScaleContinuousNumeric<number, number> = (scale === 'log' ? scaleLog() : scaleLinear())
    .domain([lo, hi])
    .range([HEIGHT - BOTTOM, TOP]);
  if (scale === 'linear') y.nice();
  const yTicks = scale === 'log' ? logTicks(lo, hi, 6) : y.ticks(5);
  const margin = {
    top: TOP,
    right: RIGHT,
    bottom: BOTTOM,
    left: leftMargin(yTicks.map(formatTick)),
  };
  const last = first + Math.max(1, n - 1);
  const x = scaleLinear()
    .domain([first, last])
    .range([margin.left, WIDTH - RIGHT]);

  // 2. The samples to draw, about one per pixel; undrawable ones become gaps.
  const kept = downsample(n, at, Math.round(WIDTH - RIGHT - margin.left), (v) =>
    drawable(v, scale),
  );
  const points = kept.map(
    (k): Point => [x(first + k), drawable(at(k), scale) ? y(at(k)) : Number.NaN],
  );
  const runs = segments(points);

  // 3. Where the run stopped: the last drawable loss at or before the stop.
  const stopAt =
    stop === undefined
      ? -1
      : lastIndex(Math.min(n - 1, stop.step - first), (k) => drawable(at(k), scale));
  const currentAt = current === undefined ? -1 : current - first;
  const showCurrent = currentAt >= 0 && currentAt < n;

  return frame(
    <>
      <Axes
        height={HEIGHT}
        margin={margin}
        x={x}
        y={y}
        xTicks={stepTicks(first, last, 5)}
        yTicks={yTicks}
        xLabel={t('charts.step')}
        yLabel={yLabel}
        xFormat={String}
      />
      {showCurrent && (
        <line
          className="chart-current"
          x1={x(current as number)}
          x2={x(current as number)}
          y1={TOP}
          y2={HEIGHT - BOTTOM}
        />
      )}
      <path className="chart-line chart-line--loss" d={runs.map((r) => linePath(r)).join('')} />
      {runs
        .filter((r) => r.length === 1)
        .map(([p]) => (
          <circle key={p![0]} className="chart-dot chart-dot--loss" cx={p![0]} cy={p![1]} r={2} />
        ))}
      {showCurrent && drawable(at(currentAt), scale) && (
        <circle
          className="chart-dot chart-dot--current"
          cx={x(current as number)}
          cy={y(at(currentAt))}
          r={4}
        />
      )}
      {stop !== undefined && stopAt >= 0 && (
        <StopMark
          x={x(first + stopAt)}
          y={y(at(stopAt))}
          reason={stop.reason}
          label={t(STOP_LABEL[stop.reason], { step: stop.step })}
          lines={
            showCurrent
              ? [
                  ...runs,
                  [
                    [x(current as number), TOP],
                    [x(current as number), HEIGHT - BOTTOM],
                  ],
                ]
              : runs
          }
          bounds={{
            x: margin.left,
            y: TOP - 4,
            width: WIDTH - margin.left,
            height: HEIGHT - BOTTOM - TOP + 4,
          }}
        />
      )}
    </>,
  );
});

const STOP_LABEL = {
  steps: 'charts.stopSteps',
  tolerance: 'charts.stopTolerance',
  diverged: 'charts.stopDiverged',
} as const;

/** The largest k <= from with ok(k), or -1. */
function lastIndex(from: number, ok: (k: number) => boolean): number {
  for (let k = from; k >= 0; k--) if (ok(k)) return k;
  return -1;
}

interface StopMarkProps {
  readonly x: number;
  readonly y: number;
  readonly reason: LossChartStop['reason'];
  readonly label: string;
  readonly lines: readonly (readonly Point[])[];
  readonly bounds: Box;
}

/** A ring at the last point of the run and its label, placed clear of the line. */
function StopMark({ x, y, reason, label, lines, bounds }: StopMarkProps) {
  const box = placeLabel([x, y], { width: textWidth(label), height: 14 }, lines, bounds);
  return (
    <g className={`chart-stop chart-stop--${reason}`} data-stop={reason}>
      <circle cx={x} cy={y} r={5} />
      <text x={box.x} y={box.y + 11}>
        {label}
      </text>
    </g>
  );
}
