import {
  contours,
  geoPath,
  geoTransform,
  line,
  type ScaleContinuousNumeric,
  scaleLinear,
  scaleLog,
} from 'd3';
import { memo, type ReactNode, useId } from 'react';
import { formatNumber } from '../../../src/index.ts';
import { useTranslation } from '../../i18n/i18n.ts';
import { Axes, leftMargin, WIDTH } from './frame.tsx';
import { formatTick, logLevelsFit, logTicks, segments, valueDomain } from './scales.ts';
import { BANDS, bandLevels, cleanGrid, interpolate, strided } from './surface.ts';

const HEIGHT = 280;
const TOP = 26;
const RIGHT = 14;
const BOTTOM = 42;
/** The most visited points drawn (the path is strided beyond that). */
const MAX_VISITS = 1500;
const BAND_SLOTS = Array.from({ length: BANDS }, (_, k) => k);

type Point = readonly [number, number];
const linePath = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

export interface SurfaceChartProps {
  /** The one or two parameters on the axes. */
  readonly names: readonly [string] | readonly [string, string];
  /**
   * The mean loss on a grid: values[j * xs.length + i] at (xs[i], ys[j]); with one parameter,
   * values[i] at xs[i]. NaN and infinite cells are drawn as the highest loss.
   */
  readonly grid: {
    readonly xs: Float64Array;
    readonly ys?: Float64Array;
    readonly values: Float64Array;
  };
  /** The visited parameter values, records of names.length numbers, oldest first. */
  readonly path: ArrayLike<number>;
}

/**
 * The loss surface: with two parameters, filled contours (bands on a log scale when the loss
 * spans orders of magnitude) with the descent's path over them; with one parameter, the loss
 * curve L(w) with the visited points on it. The path's start is a ring, its current point a
 * filled dot.
 */
export const SurfaceChart = memo(function SurfaceChart({ names, grid, path }: SurfaceChartProps) {
  const { t } = useTranslation();
  const clip = useId();
  const clean = cleanGrid(grid.values);
  const two = names.length === 2 && grid.ys !== undefined;
  const width = two ? 2 : 1;
  const visits = Math.floor(path.length / width);
  const at = (k: number, i: number) => path[k * width + i] as number;
  const xName = names[0];
  const yName = names[1] ?? '';

  const parts: string[] = [];
  if (clean === undefined) parts.push(t('charts.surfaceEmpty'));
  else if (two)
    parts.push(
      t('charts.surface2', {
        x: xName,
        y: yName,
        min: formatNumber(clean.lo),
        max: formatNumber(clean.hi),
      }),
    );
  else
    parts.push(
      t('charts.surface1', { x: xName, min: formatNumber(clean.lo), max: formatNumber(clean.hi) }),
    );
  if (visits > 1 && two)
    parts.push(
      t('charts.descent2', {
        count: visits - 1,
        x0: formatNumber(at(0, 0)),
        y0: formatNumber(at(0, 1)),
        x1: formatNumber(at(visits - 1, 0)),
        y1: formatNumber(at(visits - 1, 1)),
      }),
    );
  else if (visits > 1)
    parts.push(
      t('charts.descent1', {
        count: visits - 1,
        x: xName,
        from: formatNumber(at(0, 0)),
        to: formatNumber(at(visits - 1, 0)),
      }),
    );

  const frame = (body: ReactNode, caption?: ReactNode) => (
    <figure className="chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={parts.join(' ')}
        data-chart="surface"
      >
        <title>{t('charts.surfaceTitle')}</title>
        {body}
      </svg>
      {caption}
    </figure>
  );
  const xs = grid.xs;
  if (clean === undefined || xs.length < 2)
    return frame(
      <text className="chart-empty" x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle">
        {t('charts.surfaceEmpty')}
      </text>,
    );

  const kept = strided(visits, MAX_VISITS);
  const first = kept[0];
  const lastVisit = kept[kept.length - 1];
  const key = (
    <Key
      start={t('charts.start')}
      now={t('charts.now')}
      bands={two ? bandLevels(clean.lo, clean.hi) : undefined}
      lower={t('charts.lower')}
      higher={t('charts.higher')}
      logNote={t('charts.logColours')}
      lo={clean.lo}
      hi={clean.hi}
    />
  );

  if (two) {
    // 1. Axes over the grid's extent; value i of a row lies at grid coordinate i + 0.5.
    const ys = grid.ys as Float64Array;
    const x = scaleLinear().domain([xs[0]!, xs[xs.length - 1]!]);
    const y = scaleLinear().domain([ys[0]!, ys[ys.length - 1]!]);
    const yTicks = y.ticks(5);
    const left = leftMargin(yTicks.map(formatTick));
    const margin = { top: TOP, right: RIGHT, bottom: BOTTOM, left };
    x.range([left, WIDTH - RIGHT]);
    y.range([HEIGHT - BOTTOM, TOP]);
    const dx = (xs[xs.length - 1]! - xs[0]!) / (xs.length - 1);
    const dy = ys.length > 1 ? (ys[ys.length - 1]! - ys[0]!) / (ys.length - 1) : 1;
    const toScreen = geoTransform({
      point(gx, gy) {
        this.stream.point(x(xs[0]! + (gx - 0.5) * dx), y(ys[0]! + (gy - 0.5) * dy));
      },
    });
    // 2. Filled bands: band k is every cell at or above levels[k].
    const { levels } = bandLevels(clean.lo, clean.hi);
    const bands = contours().size([xs.length, ys.length]).thresholds(levels)(
      Array.from(clean.values),
    );
    const draw = geoPath(toScreen);
    const screen = kept.map((k): Point => [x(at(k, 0)), y(at(k, 1))]);
    const runs = segments(screen);
    return frame(
      <>
        <defs>
          <clipPath id={clip}>
            <rect x={left} y={TOP} width={WIDTH - RIGHT - left} height={HEIGHT - BOTTOM - TOP} />
          </clipPath>
        </defs>
        <g className="chart-bands" clipPath={`url(#${clip})`}>
          {bands.map((band, k) => (
            <path
              key={band.value}
              className={`chart-band-${Math.round((k * (BANDS - 1)) / Math.max(1, levels.length - 1))}`}
              d={draw(band) ?? ''}
            />
          ))}
        </g>
        <Axes
          height={HEIGHT}
          margin={margin}
          x={x}
          y={y}
          xTicks={x.ticks(5)}
          yTicks={yTicks}
          grid={false}
          xLabel={<tspan className="chart-var">{xName}</tspan>}
          yLabel={<tspan className="chart-var">{yName}</tspan>}
        />
        <g clipPath={`url(#${clip})`}>
          <Descent
            runs={runs}
            start={first === undefined ? undefined : screen[0]}
            now={lastVisit === undefined ? undefined : screen[screen.length - 1]}
          />
        </g>
      </>,
      key,
    );
  }

  // One parameter: the curve L(w), on a log axis when it spans orders of magnitude.
  const log = logLevelsFit(clean.lo, clean.hi);
  const [lo, hi] = valueDomain([clean.lo, clean.hi], log ? 'log' : 'linear');
  const y: ScaleContinuousNumeric<number, number> = (log ? scaleLog() : scaleLinear())
    .domain([lo, hi])
    .range([HEIGHT - BOTTOM, TOP]);
  if (!log) y.nice();
  const yTicks = log ? logTicks(lo, hi, 6) : y.ticks(5);
  const left = leftMargin(yTicks.map(formatTick));
  const margin = { top: TOP, right: RIGHT, bottom: BOTTOM, left };
  const x = scaleLinear()
    .domain([xs[0]!, xs[xs.length - 1]!])
    .range([left, WIDTH - RIGHT]);
  const curve = segments(Array.from(xs, (w, i): Point => [x(w), y(clean.values[i]!)]));
  // The visited points sit on the drawn polyline: interpolated in screen space, not in loss.
  const curveY = Float64Array.from(clean.values, (v) => y(v));
  const screen = kept.map((k): Point => [x(at(k, 0)), interpolate(xs, curveY, at(k, 0))]);
  return frame(
    <>
      <defs>
        <clipPath id={clip}>
          <rect
            x={left}
            y={TOP - 6}
            width={WIDTH - RIGHT - left}
            height={HEIGHT - BOTTOM - TOP + 12}
          />
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
        yLabel={log ? t('charts.lossLog') : t('charts.loss')}
      />
      <g clipPath={`url(#${clip})`}>
        <path
          className="chart-line chart-line--surface"
          d={curve.map((r) => linePath(r)).join('')}
        />
        {screen.map(([px, py], k) =>
          Number.isFinite(px) && Number.isFinite(py) ? (
            <circle key={kept[k]} className="chart-visit" cx={px} cy={py} r={2} />
          ) : null,
        )}
        <Descent runs={[]} start={screen[0]} now={screen[screen.length - 1]} />
      </g>
    </>,
    key,
  );
});

interface DescentProps {
  readonly runs: readonly (readonly Point[])[];
  readonly start: Point | undefined;
  readonly now: Point | undefined;
}

/** The descent's polyline on a casing, a ring at its start and a dot at its current point. */
function Descent({ runs, start, now }: DescentProps) {
  const d = runs.map((r) => linePath(r)).join('');
  const finite = (p: Point | undefined): p is Point =>
    p !== undefined && Number.isFinite(p[0]) && Number.isFinite(p[1]);
  return (
    <g data-descent="">
      {d && <path className="chart-descent-casing" d={d} />}
      {d && <path className="chart-descent" d={d} />}
      {finite(start) && <circle className="chart-start" cx={start[0]} cy={start[1]} r={5} />}
      {finite(now) && <circle className="chart-now" cx={now[0]} cy={now[1]} r={5.5} />}
    </g>
  );
}

interface KeyProps {
  readonly start: string;
  readonly now: string;
  readonly bands: { levels: number[]; log: boolean } | undefined;
  readonly lower: string;
  readonly higher: string;
  readonly logNote: string;
  readonly lo: number;
  readonly hi: number;
}

/** What the marks mean, and for contours the colour ramp from the lowest loss to the highest. */
function Key({ start, now, bands, lower, higher, logNote, lo, hi }: KeyProps) {
  return (
    <figcaption>
      <ul className="chart-legend">
        <li>
          <svg className="chart-mark" viewBox="0 0 14 14" aria-hidden="true">
            <circle className="chart-start" cx="7" cy="7" r="5" />
          </svg>
          {start}
        </li>
        <li>
          <svg className="chart-mark" viewBox="0 0 14 14" aria-hidden="true">
            <circle className="chart-now" cx="7" cy="7" r="5.5" />
          </svg>
          {now}
        </li>
        {bands && (
          <li>
            {lower} <span className="muted">{formatTick(lo)}</span>
            <svg className="chart-ramp" viewBox={`0 0 ${BANDS * 10} 10`} aria-hidden="true">
              {BAND_SLOTS.map((k) => (
                <rect
                  key={k}
                  className={`chart-band-${k}`}
                  x={k * 10}
                  y="0"
                  width="10"
                  height="10"
                />
              ))}
            </svg>
            <span className="muted">{formatTick(hi)}</span> {higher}
            {bands.log && <span className="muted"> ({logNote})</span>}
          </li>
        )}
      </ul>
    </figcaption>
  );
}
