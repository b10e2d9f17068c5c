import { METHODS, type Method, type PathsReport } from '../../src/index.ts';
import type { Timing } from '../../src/protocol.ts';
import { type TFunction, Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { Num } from '../results/Num.tsx';
import type { LabState } from '../store/paths.ts';
import { countText, durationText } from './format.ts';

interface CostTableProps {
  readonly report: PathsReport;
  readonly fromName: string;
  readonly toName: string;
  /** Times measured for this program, or null. */
  readonly timings: readonly Timing[] | null;
  readonly lab: LabState;
  /** False while the program has errors or the engine is busy. */
  readonly canMeasure: boolean;
  readonly onMeasure: () => void;
  readonly onCancel: () => void;
}

/** How many passes or evaluations a method makes, in words. */
function passesText(method: Method, n: number, t: TFunction): string {
  if (method === 'naive') return t('paths.everyPath');
  if (method === 'forwardAll') return t('paths.passes', { count: n });
  if (method === 'finiteDifferences') return t('paths.evaluationCount', { count: n + 1 });
  return t('paths.passes', { count: 1 });
}

function Count({ decimal, locale }: { decimal: string; locale: string }) {
  return <span title={decimal}>{countText(decimal, locale)}</span>;
}

/** Every method's exact operation counts and, once measured, its median time in the lab. */
export function CostTable(props: CostTableProps) {
  const { report, fromName, toName, timings, lab, canMeasure, onMeasure, onCancel } = props;
  const { t, i18n } = useTranslation();
  const say = useSay();
  const locale = i18n.language;
  const n = report.inputCount;
  const running = lab.status === 'running';
  const progress = lab.progress;
  return (
    <section className="paths-section" aria-labelledby="costs-title">
      <h3 id="costs-title" className="paths-subtitle">
        {t('paths.costsTitle')}
      </h3>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="costs-title" tabIndex={0}>
        <table aria-label={t('paths.costs')} className="cost-table">
          <thead>
            <tr>
              <th scope="col">{t('paths.method')}</th>
              <th scope="col" className="numeric">
                {t('paths.multiplications')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.additions')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.evaluations')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.operations')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.time')}
              </th>
              <th scope="col" className="numeric">
                {t('paths.runs')}
              </th>
              <th scope="col" className="numeric">
                ∂{toName}/∂{fromName}
              </th>
            </tr>
          </thead>
          <tbody>
            {METHODS.map((method) => {
              const row = report.costs.find((c) => c.method === method);
              const timing = timings?.find((t) => t.method === method);
              return (
                <tr key={method} data-method={method}>
                  <th scope="row">
                    {t(`paths.methods.${method}`)}
                    <span className="cost-work">{passesText(method, n, t)}</span>
                  </th>
                  {row?.counted ? (
                    <>
                      <td className="numeric">
                        <Count decimal={row.multiplications} locale={locale} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.additions} locale={locale} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.evaluations} locale={locale} />
                      </td>
                      <td className="numeric">
                        <Count decimal={row.total} locale={locale} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} className="muted">
                      {t('paths.notCounted')}
                    </td>
                  )}
                  <td className="numeric" data-testid={`time-${method}`}>
                    {timing ? durationText(timing.medianMs, t, locale) : '—'}
                    {timing?.estimated && (
                      <span className="estimated"> {t('paths.estimated')}</span>
                    )}
                  </td>
                  <td className="numeric">
                    {timing ? `${timing.runs} × ${timing.callsPerRun.toLocaleString(locale)}` : ''}
                  </td>
                  <td className="numeric">
                    {timing && !Number.isNaN(timing.result) ? <Num value={timing.result} /> : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="lab-controls">
        {running ? (
          <button type="button" onClick={onCancel}>
            {t('paths.cancel')}
          </button>
        ) : (
          <button type="button" onClick={onMeasure} disabled={!canMeasure}>
            {t('paths.measure')}
          </button>
        )}
        {running && (
          <progress
            aria-label={t('paths.measuring')}
            max={progress?.methods ?? 1}
            value={progress ? progress.index + Math.min(1, progress.runs / 31) : 0}
          />
        )}
        <span className="muted lab-status" aria-live="polite">
          {running
            ? progress
              ? t('paths.timing', {
                  method: t(`paths.methods.${progress.method}`).toLowerCase(),
                  run: progress.runs,
                  index: progress.index + 1,
                  methods: progress.methods,
                })
              : t('paths.starting')
            : lab.status === 'done' && timings
              ? t('paths.measured')
              : lab.status === 'cancelled'
                ? t('paths.cancelled')
                : lab.failure
                  ? say(lab.failure)
                  : ''}
        </span>
      </div>
      <p className="muted">
        <Trans
          i18nKey="paths.costsNote"
          components={{ estimated: <span className="estimated" /> }}
        />
      </p>
    </section>
  );
}
