import { line, scaleLog } from 'd3';
import { memo } from 'react';
import { type Family, METHODS, type Method } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import type { GrowthData } from '../store/paths.ts';
import { countText } from './format.ts';

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 16, bottom: 34, left: 56 };

type Point = readonly [number, number];
const path = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1]);

/** Powers of ten in [lo, hi], thinned to about `most` of them. */
function powersOfTen(lo: number, hi: number, most: number): number[] {
  const first = Math.ceil(Math.log10(lo));
  const last = Math.floor(Math.log10(hi));
  const step = Math.max(1, Math.ceil((last - first + 1) / most));
  const result: number[] = [];
  for (let e = first; e <= last; e += step) result.push(10 ** e);
  return result;
}

const powerLabel = (x: number, locale: string) => {
  const e = Math.round(Math.log10(x));
  return e <= 4 ? x.toLocaleString(locale) : `10^${e}`;
};

interface GrowthChartProps {
  readonly family: Family;
  readonly size: number;
  /** The family's counts; null (or another family's) while they are being counted. */
  readonly growth: GrowthData | null;
}

/** Total operations of every method against the family's size, both axes on log scales. */
export const GrowthChart = memo(function GrowthChart({ family, size, growth }: GrowthChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = growth?.family === family.id ? growth.points : [];
  if (points.length === 0) return <p className="muted">{t('paths.counting')}</p>;
  const sizes = points.map((p) => p.size);
  const totals = points.flatMap((p) => METHODS.map((m) => p.totals[m] ?? 0));
  const x = scaleLog()
    .domain([Math.min(...sizes), Math.max(...sizes, Math.min(...sizes) * 2)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLog()
    .domain([1, Math.max(10, ...totals)])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const [yLo, yHi] = y.domain() as [number, number];
  const xTicks = [
    ...new Set([
      x.domain()[0]!,
      ...powersOfTen(...(x.domain() as [number, number]), 4),
      x.domain()[1]!,
    ]),
  ];
  const lineOf = (method: Method) =>
    path(
      points.flatMap((p) => {
        const total = p.totals[method];
        return total === null ? [] : [[x(p.size), y(Math.max(1, total))] as Point];
      }),
    ) ?? '';
  const chosen = points.find((p) => p.size === size);
  return (
    <figure className="growth">
      <svg
        className="growth-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('paths.chart')}
      >
        {powersOfTen(yLo, yHi, 6).map((tick) => (
          <g key={tick} className="growth-tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {powerLabel(tick, locale)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text
            key={tick}
            className="growth-tick"
            x={x(tick)}
            y={HEIGHT - MARGIN.bottom + 16}
            textAnchor="middle"
          >
            {tick.toLocaleString(locale)}
          </text>
        ))}
        <text className="growth-axis" x={WIDTH - MARGIN.right} y={HEIGHT - 4} textAnchor="end">
          {t('paths.axis', {
            name: family.sizeName,
            unit: t(`paths.families.${family.id}.unit`),
          })}
        </text>
        {chosen && (
          <line
            className="growth-marker"
            x1={x(size)}
            x2={x(size)}
            y1={MARGIN.top}
            y2={HEIGHT - MARGIN.bottom}
          />
        )}
        {METHODS.map((method) => (
          <path
            key={method}
            className={`growth-line growth-line--${method}`}
            data-method={method}
            d={lineOf(method)}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="growth-legend">
          {METHODS.map((method) => {
            const total = chosen?.totals[method];
            return (
              <li key={method}>
                <svg className="growth-swatch" viewBox="0 0 24 8" aria-hidden="true">
                  <line
                    className={`growth-line growth-line--${method}`}
                    x1="0"
                    x2="24"
                    y1="4"
                    y2="4"
                  />
                </svg>
                {t(`paths.methods.${method}`)}
                {total != null && (
                  <span className="muted">
                    {t('paths.legendAt', {
                      total: countText(BigInt(Math.round(total)).toString(), locale),
                      name: family.sizeName,
                      size,
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {chosen && (
          <p className="muted">
            {t('paths.caption', {
              name: family.sizeName,
              size,
              paths: countText(chosen.paths, locale),
            })}
          </p>
        )}
      </figcaption>
    </figure>
  );
});
