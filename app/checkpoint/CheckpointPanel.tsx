import './checkpoint.css';
import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type CheckpointCost, checkpointCosts, checkpointSweep } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { durationText } from '../paths/format.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { CheckpointChart } from './CheckpointChart.tsx';
import { nearestIndex, parseCheckpoints } from './sweep.ts';
import { useCheckpointTimes } from './useCheckpointTimes.ts';

export interface CheckpointPanelProps {
  /** The values a plain reverse pass keeps for the current program: the chain's length n. */
  readonly nodes: number;
  /** The output whose derivatives the reverse pass computes, as the program names it. */
  readonly outputName: string;
}

/**
 * Store or recompute: how many values reverse mode holds at once against how many evaluations
 * it repeats, for k checkpoints chosen with a slider or typed, beside k = 0 and k ≈ √n, and
 * the whole sweep over k as a chart. The counts are exact (src/jacobian/checkpoint.ts).
 */
/** Memoised: it changes only with the program's size and output name, not at every answer. */
export const CheckpointPanel = memo(function CheckpointPanel({
  nodes,
  outputName,
}: CheckpointPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const n = Number.isInteger(nodes) && nodes >= 1 ? nodes : 0;
  return (
    <section className="panel checkpoint-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-title">
        {t('checkpoint.title')}
      </h2>
      {n < 2 ? (
        <p className="muted">{t('checkpoint.tooSmall')}</p>
      ) : (
        <CheckpointBody n={n} outputName={outputName} />
      )}
    </section>
  );
});

function CheckpointBody({ n, outputName }: { n: number; outputName: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const labelId = useId();
  const fieldId = useId();
  // The sweep runs here on the main thread, not in the lab worker: checkpointSweep(n, 200) is
  // O(Σ k) over at most about 200 values of k, a few milliseconds even for a long program.
  const sweep = useMemo(() => checkpointSweep(n, 200), [n]);
  // The person's k, kept while the program changes (clamped to it); until they choose one,
  // the √n schedule.
  const [picked, setPicked] = useState<number | null>(null);
  // What the number field shows while it is being typed in (it may not be a valid k yet), for
  // the chain it was typed for: when the program changes, the field shows k again.
  const [typed, setTyped] = useState<{ text: string; n: number } | null>(null);
  const draft = typed?.n === n ? typed.text : null;
  const k = picked === null ? sweep.sqrtCheckpoints : Math.min(picked, n - 1);
  const chosen = useMemo(() => checkpointCosts(n, k), [n, k]);
  const plain = sweep.points[0]!;
  const sqrt =
    sweep.points.find((p) => p.checkpoints === sweep.sqrtCheckpoints) ??
    checkpointCosts(n, sweep.sqrtCheckpoints);
  const number = (v: number) => v.toLocaleString(locale);
  const share = (p: CheckpointCost, sign: boolean) =>
    (p.recomputed / (n - 1)).toLocaleString(locale, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
  const choose = (next: number) => {
    setPicked(next);
    setTyped(null);
  };
  const rows = [
    ['chosen', t('checkpoint.chosen'), chosen],
    ['plain', t('checkpoint.plain'), plain],
    ['sqrt', t('checkpoint.sqrt'), sqrt],
  ] as const;

  return (
    <>
      <p className="checkpoint-explain">
        <Trans
          i18nKey="checkpoint.explain"
          values={{ output: outputName, nodes: n }}
          components={{ var: <var /> }}
        />
      </p>
      <p className="muted">{t('checkpoint.chain')}</p>
      <div className="checkpoint-control">
        <label id={labelId} htmlFor={fieldId}>
          {t('checkpoint.checkpoints')}
        </label>
        {/* The slider moves over the sweep's values of k (every k up to 200 values, else spread
            on a log scale, where the trade-off lives); the field takes any k. */}
        <input
          type="range"
          className="checkpoint-slider"
          aria-labelledby={labelId}
          aria-valuetext={t('checkpoint.valueText', { count: k })}
          min={0}
          max={sweep.points.length - 1}
          step={1}
          value={nearestIndex(sweep.points, k)}
          onChange={(event) =>
            choose(sweep.points[Number(event.currentTarget.value)]?.checkpoints ?? k)
          }
        />
        <input
          id={fieldId}
          type="number"
          className="number-field checkpoint-field"
          inputMode="numeric"
          min={0}
          max={n - 1}
          step={1}
          value={draft ?? String(k)}
          aria-invalid={draft !== null && parseCheckpoints(draft, n - 1) === null}
          onChange={(event) => {
            const text = event.currentTarget.value;
            const next = parseCheckpoints(text, n - 1);
            setTyped({ text, n });
            if (next !== null) setPicked(next);
          }}
          onBlur={() => setTyped(null)}
        />
        <span className="muted checkpoint-range">{t('checkpoint.range', { max: n - 1 })}</span>
      </div>
      <PlayOnGraph k={k} />
      <p className="checkpoint-summary" aria-live="polite">
        {t('checkpoint.summary', {
          count: k,
          stored: number(chosen.peakStored),
          extra: number(chosen.recomputed),
          share: share(chosen, false),
        })}
      </p>
      <div className="table-scroll">
        <table className="checkpoint-table">
          <caption className="visually-hidden">{t('checkpoint.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkpoint.schedule')}</th>
              <th scope="col" aria-label={t('checkpoint.checkpoints')}>
                <var>k</var>
              </th>
              <th scope="col">{t('checkpoint.peak')}</th>
              <th scope="col">{t('checkpoint.extra')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, label, p]) => (
              <tr key={id} data-row={id} className={id === 'chosen' ? 'checkpoint-chosen-row' : ''}>
                <th scope="row">{label}</th>
                <td>{number(p.checkpoints)}</td>
                <td>{number(p.peakStored)}</td>
                <td>
                  {number(p.recomputed)}{' '}
                  <span className="muted checkpoint-share">({share(p, true)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CheckpointChart sweep={sweep} chosen={chosen} onChoose={choose} />
    </>
  );
}

const selectPlay = (s: AppState) => ({
  source: s.answeredSource,
  overrides: s.overrides,
  checkpointed: s.checkpointed,
  playing: s.mode === 'reverse' && s.checkpointed !== null,
  playCheckpointed: s.playCheckpointed,
});

/** Plays reverse mode with k checkpoints on the graph, recomputing each segment in turn. */
function PlayOnGraph({ k }: { k: number }) {
  const { t, i18n } = useTranslation();
  const { playing, checkpointed, playCheckpointed, source, overrides } = useAppStore(
    useShallow(selectPlay),
  );
  const { times, measure } = useCheckpointTimes();
  const say = useSay();
  return (
    <p className="checkpoint-play">
      <button
        type="button"
        onClick={() => {
          playCheckpointed(k);
          document.querySelector('.visualizer')?.scrollIntoView({ block: 'start' });
        }}
      >
        {t('checkpoint.playOnGraph')}
      </button>{' '}
      {playing && checkpointed !== null && (
        <>
          <button type="button" onClick={() => playCheckpointed(null)}>
            {t('checkpoint.stopOnGraph')}
          </button>{' '}
          <span className="muted">{t('checkpoint.playingOnGraph')}</span>
        </>
      )}
      <br />
      <button
        type="button"
        disabled={times.status === 'running'}
        onClick={() => measure(source, overrides, k)}
      >
        {t('checkpoint.measure')}
      </button>{' '}
      {/* A polite live region, not a status role: the page's status line is the one status. */}
      <span className="muted" aria-live="polite">
        {times.status === 'running'
          ? t('checkpoint.measuring')
          : times.status === 'failed'
            ? say(times.failure)
            : times.status === 'done'
              ? t('checkpoint.measured', {
                  plain: durationText(times.plain.medianMs, t, i18n.language),
                  checkpointed: durationText(times.checkpointed.medianMs, t, i18n.language),
                  k: times.checkpoints,
                })
              : ''}
      </span>
    </p>
  );
}
