import './training.css';
import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { FitChart, LossChart, ParameterChart, SurfaceChart } from './charts/index.ts';
import { MAX_DATA_IN_URL } from './config.ts';
import { DataEditor } from './data/DataEditor.tsx';
import { LastStep } from './LastStep.tsx';
import { NumberField } from './NumberField.tsx';
import { RolesLine } from './RolesLine.tsx';
import { ShowRow } from './ShowRow.tsx';
import { useTrainingRunner } from './useTrainingRunner.ts';

const selectPanel = (s: AppState) => ({
  training: s.training,
  status: s.trainStatus,
  history: s.trainHistory,
  stop: s.trainStop,
  error: s.trainError,
  views: s.trainViews,
  missing: s.trainDataMissing,
  // The inputs' names as one string: equal from answer to answer while typing, so the panel
  // does not render again at every keystroke.
  inputNames: s.analysis?.inputs.map((input) => input.name).join('\n') ?? '',
  setTraining: s.setTraining,
  resetParameters: s.resetParameters,
  showRowOnGraph: s.showRowOnGraph,
});

/**
 * The Training region: the data, the settings, Train step / Train / Pause / Reset parameters,
 * what the last step did, and the pictures (loss, parameters, loss surface, the model's fit).
 * Training runs in its own worker (useTrainingRunner); the parameters' new values are input
 * values, so the graph, the Inputs panel and the link follow them.
 */
export const TrainingPanel = memo(function TrainingPanel() {
  const { t } = useTranslation();
  const say = useSay();
  const p = useAppStore(useShallow(selectPanel));
  const runner = useTrainingRunner();
  const [scale, setScale] = useState<'linear' | 'log'>('log');
  const titleId = useId();
  const names = useMemo(
    () => (p.inputNames === '' ? [] : p.inputNames.split('\n')),
    [p.inputNames],
  );
  const store = useAppStoreApi();
  const running = p.status === 'running';
  const config = p.training;
  // Long data is kept in this browser's storage (trainingUrl.ts): the page says so.
  const data = config?.data;
  const stored = useMemo(
    () => data !== undefined && encodeURIComponent(data).length > MAX_DATA_IN_URL,
    [data],
  );

  if (!config)
    return (
      <section className="panel training" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('training.title')}</h2>
        {p.missing && (
          <p className="training-stop" role="alert">
            {t('training.missing')}
          </p>
        )}
        <p className="muted">{t('training.noData')}</p>
        <p className="training-noData">
          <button
            type="button"
            disabled={names.length === 0}
            onClick={() =>
              p.setTraining({ data: starterData(store.getState().analysis?.inputs ?? []) })
            }
          >
            {t('training.addData')}
          </button>{' '}
          <span className="muted">{t('training.examples')}</span>
        </p>
      </section>
    );

  const history = p.history;
  const lastLoss = history?.losses.at(-1);
  const step = config.done;
  const error = p.error
    ? {
        message: say(p.error.phrase),
        ...(p.error.row !== undefined ? { row: p.error.row } : {}),
        ...(p.error.column !== undefined ? { column: p.error.column } : {}),
      }
    : undefined;
  const pathNames = history?.names ?? [];
  const surface = p.views?.surface;
  const fit = p.views?.fit;
  return (
    <section className="panel training" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('training.title')}</h2>
      <p className="muted">
        <Trans i18nKey="training.intro" components={{ var: <var /> }} />
      </p>
      <DataEditor
        text={config.data}
        onChange={(data) => p.setTraining({ data })}
        inputs={names}
        {...(error ? { error } : {})}
      />
      {stored && (
        <p className="muted training-stored">
          {t('training.stored', { count: config.data.length })}
        </p>
      )}
      <RolesLine
        inputs={names}
        data={config.data}
        fixed={config.fixed}
        onFixed={(fixed) => p.setTraining({ fixed })}
      />
      <div className="training-settings">
        <NumberField
          label={t('training.learningRate')}
          value={config.learningRate}
          min={0}
          exclusiveMin
          onChange={(learningRate) => learningRate !== undefined && p.setTraining({ learningRate })}
        />
        <NumberField
          label={t('training.batchSize')}
          value={config.batchSize}
          min={1}
          integer
          placeholder={t('training.batchAll')}
          onChange={(batchSize) => p.setTraining({ batchSize })}
        />
        {config.batchSize !== undefined && (
          <NumberField
            label={t('training.seed')}
            value={config.seed}
            min={0}
            integer
            placeholder="1"
            onChange={(seed) => p.setTraining({ seed })}
          />
        )}
        <NumberField
          label={t('training.steps')}
          value={config.steps}
          min={1}
          integer
          onChange={(steps) => steps !== undefined && p.setTraining({ steps })}
        />
        <NumberField
          label={t('training.tolerance')}
          value={config.tolerance}
          min={0}
          exclusiveMin
          placeholder={t('training.toleranceNone')}
          onChange={(tolerance) => p.setTraining({ tolerance })}
        />
      </div>
      <div className="training-buttons">
        <button type="button" disabled={running} onClick={() => runner.train(1)}>
          {t('training.trainStep')}
        </button>
        {running ? (
          <button type="button" className="primary" onClick={runner.pause}>
            {t('training.pause')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => runner.train(config.steps)}>
            {t('training.train')}
          </button>
        )}
        <button type="button" disabled={running} onClick={p.resetParameters}>
          {t('training.resetParameters')}
        </button>
        <button type="button" disabled={running} onClick={() => p.setTraining(null)}>
          {t('training.removeData')}
        </button>
      </div>
      <p className="training-progress" role="status">
        {lastLoss === undefined
          ? step > 0
            ? t('training.resumed', { step })
            : t('training.notStarted')
          : t(running ? 'training.progressRunning' : 'training.progress', {
              step,
              loss: formatNumber(lastLoss),
            })}
        {p.status === 'paused' && ` ${t('training.paused')}`}
      </p>
      {p.stop && (
        <p className="training-stop" role="alert">
          {say(p.stop.phrase)}
        </p>
      )}
      {history?.last && <LastStep last={history.last} names={history.names} />}
      <ShowRow
        data={config.data}
        disabled={running || p.error !== null}
        onShow={p.showRowOnGraph}
      />
      {history && history.losses.length > 0 && (
        <div className="training-charts">
          <figure>
            <LossChart
              losses={history.losses}
              first={history.first}
              scale={scale}
              {...(p.stop ? { stop: { step: p.stop.step, reason: p.stop.reason } } : {})}
            />
            <fieldset className="training-scale">
              <legend>{t('training.scale')}</legend>
              {(['linear', 'log'] as const).map((s) => (
                <label key={s}>
                  <input
                    type="radio"
                    name={`${titleId}-scale`}
                    checked={scale === s}
                    onChange={() => setScale(s)}
                  />{' '}
                  {t(s === 'log' ? 'training.scaleLog' : 'training.scaleLinear')}
                </label>
              ))}
            </fieldset>
          </figure>
          <figure>
            <ParameterChart names={pathNames} path={history.path} first={history.first} />
          </figure>
        </div>
      )}
      {(surface || fit) && (
        <div className="training-charts">
          {surface && (surface.names.length === 1 || surface.names.length === 2) && (
            <figure>
              <SurfaceChart
                names={surface.names as readonly [string] | readonly [string, string]}
                grid={surface}
                path={sameNames(pathNames, surface.names) ? (history?.path ?? []) : []}
              />
            </figure>
          )}
          {fit && (
            <figure>
              <FitChart xName={fit.xName} yName={fit.yName} points={fit.points} curve={fit.curve} />
            </figure>
          )}
        </div>
      )}
    </section>
  );
});

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** A first table: the last input as the one data column, its current value as the first row. */
function starterData(inputs: readonly { name: string; value: number }[]): string {
  const last = inputs.at(-1);
  return last ? `${last.name}\n${last.value}\n` : '';
}
