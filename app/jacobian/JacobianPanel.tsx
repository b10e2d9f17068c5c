import './jacobian.css';
import { memo, useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JacobianInfo } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { durationText } from '../paths/format.ts';
import { Num } from '../results/Num.tsx';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { ChainView } from './ChainView.tsx';
import { filledCells, passCount } from './passes.ts';
import { type JacobianTimes, useJacobianTimes } from './useJacobianTimes.ts';

const selectJacobian = (s: AppState) => ({
  jacobian: s.analysis?.jacobian,
  setMode: s.setMode,
  setForwardFrom: s.setForwardFrom,
  setReverseFrom: s.setReverseFrom,
});

type FillMode = 'forward' | 'reverse';

/** One pass a step when playing: long enough to see which cells it fills. */
const PASS_INTERVAL_MS = 700;

/**
 * The Jacobian of a program with several outputs: the m×n table of ∂output_i/∂input_j, filled
 * pass by pass as forward mode (a column a pass) or reverse mode (a row a pass) would fill it,
 * each pass one click from being stepped on the graph; both modes' exact costs and the verdict;
 * and the chain view of the two orders of multiplying Jacobians.
 */
export const JacobianPanel = memo(function JacobianPanel() {
  const { t } = useTranslation();
  const say = useSay();
  const { jacobian, ...actions } = useAppStore(useShallow(selectJacobian));
  // The times are of the Jacobian on screen: a new answer's is a new one.
  const { times, measure } = useJacobianTimes(jacobian);
  const store = useAppStoreApi();
  const [fill, setFill] = useState<FillMode>('reverse');
  const [passes, setPasses] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const total = jacobian ? passCount(jacobian, fill) : 0;
  const done = Math.min(passes ?? total, total);
  // Play fills one more pass every PASS_INTERVAL_MS, from the start when all are done.
  useEffect(() => {
    if (!playing) return;
    if (done >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setPasses(done + 1), PASS_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, done, total]);
  const titleId = useId();
  if (!jacobian) return null;
  const filled = filledCells(jacobian, fill, done);
  const current = done > 0 ? done - 1 : -1;
  const stepForward = (input: string) => {
    actions.setForwardFrom(input);
    actions.setMode('forward');
  };
  const stepReverse = (output: string) => {
    actions.setReverseFrom(output);
    actions.setMode('reverse');
  };
  return (
    <section className="panel jacobian" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('jacobian.title')}</h2>
      <p className="muted">
        <Trans
          i18nKey="jacobian.intro"
          values={{ m: jacobian.rows.length, n: jacobian.columns.length }}
          components={{ b: <strong /> }}
        />
      </p>
      <div className="jacobian-controls">
        <fieldset>
          <legend>{t('jacobian.fillBy')}</legend>
          {(['forward', 'reverse'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${titleId}-fill`}
                checked={fill === mode}
                onChange={() => {
                  setFill(mode);
                  setPasses(0);
                }}
              />{' '}
              {t(mode === 'forward' ? 'jacobian.byColumns' : 'jacobian.byRows')}
            </label>
          ))}
        </fieldset>
        <label className="jacobian-passes">
          {t('jacobian.passes', { done, total })}
          <input
            type="range"
            min={0}
            max={total}
            value={done}
            aria-label={t('jacobian.passesLabel')}
            onChange={(event) => setPasses(Number(event.currentTarget.value))}
          />
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => {
            if (playing) setPlaying(false);
            else {
              if (done >= total) setPasses(0);
              setPlaying(true);
            }
          }}
        >
          {playing ? t('jacobian.pause') : t('jacobian.play')}
        </button>
        <button type="button" disabled={done === 0} onClick={() => setPasses(done - 1)}>
          {t('jacobian.previousPass')}
        </button>
        <button type="button" disabled={done >= total} onClick={() => setPasses(done + 1)}>
          {t('jacobian.nextPass')}
        </button>
      </div>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-label={t('jacobian.table')} tabIndex={0}>
        <table className="jacobian-table" aria-label={t('jacobian.table')}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('jacobian.corner')}</span>
              </th>
              {jacobian.columns.map((input, j) => (
                <th
                  key={input}
                  scope="col"
                  className={fill === 'forward' && j === current ? 'is-current' : undefined}
                >
                  <button
                    type="button"
                    className="jacobian-pass"
                    title={t('jacobian.stepForward', { input })}
                    aria-label={t('jacobian.stepForward', { input })}
                    onClick={() => stepForward(input)}
                  >
                    ∂/∂<var>{input}</var>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jacobian.rows.map((output, i) => (
              <tr
                key={output}
                className={fill === 'reverse' && i === current ? 'is-current' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="jacobian-pass"
                    title={t('jacobian.stepReverse', { output })}
                    aria-label={t('jacobian.stepReverse', { output })}
                    onClick={() => stepReverse(output)}
                  >
                    ∂<var>{output}</var>
                  </button>
                </th>
                {jacobian.columns.map((input, j) => {
                  const here = filled(i, j);
                  const now =
                    (fill === 'forward' && j === current) || (fill === 'reverse' && i === current);
                  return (
                    <td
                      key={input}
                      className={`numeric${here ? '' : ' is-empty'}${now ? ' is-current' : ''}`}
                      data-cell={`${output},${input}`}
                    >
                      {here ? (
                        <Num value={jacobian.values[i]![j]!} />
                      ) : (
                        <span aria-hidden="true">·</span>
                      )}
                      {!here && <span className="visually-hidden">{t('jacobian.notYet')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CostTable jacobian={jacobian} times={times} />
      <p className="jacobian-measure">
        <button
          type="button"
          disabled={times.status === 'running'}
          onClick={() => {
            const { answeredSource, overrides } = store.getState();
            measure(answeredSource, overrides);
          }}
        >
          {t('jacobian.measure')}
        </button>{' '}
        <span className="muted" aria-live="polite">
          {times.status === 'running'
            ? t('jacobian.measuring')
            : times.status === 'failed'
              ? say(times.failure)
              : times.status === 'done'
                ? t('jacobian.measured')
                : ''}
        </span>
      </p>
      <p className="jacobian-verdict">{say(jacobian.verdict)}</p>
      <ChainView />
    </section>
  );
});

/** Passes and multiply-adds of each mode, counted exactly. */
function CostTable({ jacobian, times }: { jacobian: JacobianInfo; times: JacobianTimes }) {
  const { t, i18n } = useTranslation();
  const { forward, reverse } = jacobian.costs;
  const count = (x: number) => new Intl.NumberFormat(i18n.language).format(x);
  return (
    <table className="jacobian-costs" aria-label={t('jacobian.costs')}>
      <thead>
        <tr>
          <th scope="col">{t('jacobian.mode')}</th>
          <th scope="col">{t('jacobian.passCount')}</th>
          <th scope="col">{t('jacobian.multiplyAdds')}</th>
          <th scope="col">{t('jacobian.time')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('jacobian.forward')}</th>
          <td className="numeric">{count(forward.passes)}</td>
          <td className="numeric">{count(forward.multiplyAdds)}</td>
          <td className="numeric">
            {times.status === 'done' ? durationText(times.forward.medianMs, t, i18n.language) : '—'}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('jacobian.reverse')}</th>
          <td className="numeric">{count(reverse.passes)}</td>
          <td className="numeric">{count(reverse.multiplyAdds)}</td>
          <td className="numeric">
            {times.status === 'done' ? durationText(times.reverse.medianMs, t, i18n.language) : '—'}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
