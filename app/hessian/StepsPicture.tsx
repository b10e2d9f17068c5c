import { scaleLinear } from 'd3';
import { formatNumber } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';

interface StepsPictureProps {
  readonly newton: {
    readonly learningRate: number;
    readonly point: readonly number[];
    readonly gradientStep: readonly number[];
    readonly newtonStep: readonly number[] | null;
  };
  readonly names: readonly string[];
}

const WIDTH = 320;
const HEIGHT = 200;
const PAD = 28;

const pointText = (p: readonly number[]) => `(${p.map(formatNumber).join(', ')})`;

/**
 * Where one gradient step and one Newton step go from the current point: two arrows in the
 * plane of the two inputs (on a line for one input), with the points written out below.
 */
export function StepsPicture({ newton, names }: StepsPictureProps) {
  const { t } = useTranslation();
  const { point, gradientStep, newtonStep } = newton;
  const two = point.length === 2;
  const all = [point, gradientStep, ...(newtonStep ? [newtonStep] : [])];
  const xs = all.map((p) => p[0]!).filter(Number.isFinite);
  const ys = two ? all.map((p) => p[1]!).filter(Number.isFinite) : [0];
  const span = (values: number[]) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max((hi - lo) * 0.15, 0.5);
    return [lo - pad, hi + pad] as const;
  };
  const x = scaleLinear()
    .domain(span(xs))
    .range([PAD, WIDTH - PAD]);
  const y = scaleLinear()
    .domain(span(ys))
    .range([HEIGHT - PAD, PAD]);
  const at = (p: readonly number[]) => [x(p[0]!), two ? y(p[1]!) : HEIGHT / 2] as const;
  const [px, py] = at(point);
  const arrow = (to: readonly number[], kind: 'gradient' | 'newton') => {
    const [tx, ty] = at(to);
    if (![tx, ty].every(Number.isFinite)) return null;
    return (
      <line
        className={`steps-${kind}`}
        x1={px}
        y1={py}
        x2={tx}
        y2={ty}
        markerEnd={`url(#steps-arrow-${kind})`}
      />
    );
  };
  const summary = t('hessian.steps', {
    point: pointText(point),
    rate: formatNumber(newton.learningRate),
    gradient: pointText(gradientStep),
    newton: newtonStep ? pointText(newtonStep) : t('hessian.singular'),
  });
  return (
    <figure className="steps-picture">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <defs>
          {(['gradient', 'newton'] as const).map((kind) => (
            <marker
              key={kind}
              id={`steps-arrow-${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={`steps-${kind}-head`} />
            </marker>
          ))}
        </defs>
        <line
          className="steps-axis"
          x1={PAD}
          x2={WIDTH - PAD}
          y1={HEIGHT - PAD / 2}
          y2={HEIGHT - PAD / 2}
        />
        <text className="steps-label" x={WIDTH - PAD} y={HEIGHT - 4} textAnchor="end">
          {names[0]}
        </text>
        {two && (
          <text className="steps-label" x={6} y={PAD - 8}>
            {names[1]}
          </text>
        )}
        {arrow(gradientStep, 'gradient')}
        {newtonStep && arrow(newtonStep, 'newton')}
        <circle className="steps-point" cx={px} cy={py} r={4} />
      </svg>
      <figcaption>
        <span className="steps-key steps-key-gradient">{t('hessian.gradientStep')}</span>{' '}
        <span className="steps-key steps-key-newton">{t('hessian.newtonStep')}</span>
        <br />
        {summary}
      </figcaption>
    </figure>
  );
}
