import { useCallback, useEffect, useRef } from 'react';
import type { TrainResponse, TrainSettings } from '../../src/index.ts';
import { TrainClient } from '../engine/trainClient.ts';
import { useAppStoreApi } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import type { TrainingConfig } from './config.ts';

/** Every input's value now: the person's (or training's) value, else the program's. */
export function currentInputs(state: AppState): Record<string, number> {
  const values: Record<string, number> = {};
  for (const input of state.analysis?.inputs ?? []) values[input.name] = input.value;
  return { ...values, ...state.overrides };
}

export const settingsOf = (config: TrainingConfig): TrainSettings => ({
  learningRate: config.learningRate,
  ...(config.batchSize !== undefined ? { batchSize: config.batchSize } : {}),
  ...(config.seed !== undefined ? { seed: config.seed } : {}),
  ...(config.tolerance !== undefined ? { tolerance: config.tolerance } : {}),
  fixed: config.fixed,
});

/** The pictures follow this long after the last change (an edit, a run's end). */
const VIEWS_DELAY_MS = 250;

export interface TrainingRunner {
  /** Runs `steps` steps (Train step: 1; Train: the set-up's number) in the training worker. */
  train(steps: number): void;
  pause(): void;
}

/**
 * Runs training in its worker for the Training panel: sends runs and pauses, puts the reports
 * in the store, pauses a run when the program or the training set-up changes (an edit cancels
 * it), and asks for the loss surface and the model's fit whenever no run is going.
 */
export function useTrainingRunner(): TrainingRunner {
  const store = useAppStoreApi();
  const client = useRef<TrainClient | null>(null);

  useEffect(() => {
    const listener = (response: TrainResponse) => {
      const state = store.getState();
      if (response.type === 'progress') state.trainingProgress(response);
      else if (response.type === 'refused') state.trainingRefused(response.error);
      else state.trainViewsReceived(response);
    };
    const c = new TrainClient(listener);
    client.current = c;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const askViews = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const state = store.getState();
        if (!state.training || state.trainStatus === 'running' || state.stale) return;
        const visited = state.trainHistory?.path ?? [];
        c.views({
          type: 'views',
          source: state.source,
          data: state.training.data,
          start: currentInputs(state),
          fixed: state.training.fixed,
          visited: Float64Array.from(visited),
        });
      }, VIEWS_DELAY_MS);
    };
    askViews();
    const unsubscribe = store.subscribe((state, before) => {
      const edited =
        state.source !== before.source ||
        state.training?.data !== before.training?.data ||
        state.training?.learningRate !== before.training?.learningRate ||
        state.training?.batchSize !== before.training?.batchSize ||
        state.training?.seed !== before.training?.seed ||
        state.training?.fixed !== before.training?.fixed;
      if (edited && state.trainStatus === 'running') {
        c.pause();
        state.trainingPaused();
      }
      const settled = state.trainStatus !== 'running';
      if (
        settled &&
        (edited ||
          state.analysis !== before.analysis ||
          state.trainStatus !== before.trainStatus ||
          state.training !== before.training)
      )
        askViews();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      c.dispose();
      client.current = null;
    };
  }, [store]);

  const train = useCallback(
    (steps: number) => {
      const state = store.getState();
      const config = state.training;
      if (!config || !client.current) return;
      state.trainingStarted();
      client.current.train({
        type: 'train',
        source: state.source,
        data: config.data,
        start: currentInputs(state),
        settings: settingsOf(config),
        done: config.done,
        steps,
      });
    },
    [store],
  );
  const pause = useCallback(() => {
    client.current?.pause();
    store.getState().trainingPaused();
  }, [store]);
  return { train, pause };
}
