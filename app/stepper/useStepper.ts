import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  type Analysis,
  type Narration,
  type NarrationContext,
  narrateStep,
  type ReplayState,
  replay,
  type Trace,
} from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { checkpointedSchedule, narrateRecompute } from './checkpointSteps.ts';
import { stepInterval } from './speed.ts';
import { narrateUpdate, updateHighlight, updateSteps } from './updateSteps.ts';

const selectStepper = (s: AppState) => ({
  // The graph panel steps what it draws: the collapsed statements, or the whole graph.
  analysis: s.viewInfo?.drawn ?? s.analysis,
  seeds: s.viewInfo?.seeds ?? s.seeds,
  mode: s.mode,
  requestedStep: s.step,
  playing: s.playing,
  speed: s.speed,
  setStep: s.setStep,
  setPlaying: s.setPlaying,
  training: s.training,
  checkpointed: s.checkpointed,
});

const contexts = new WeakMap<Analysis, NarrationContext>();

/** What narration needs from an analysis, made once per analysis. */
function narrationContextOf(analysis: Analysis): NarrationContext {
  let context = contexts.get(analysis);
  if (!context) {
    context = {
      nodes: analysis.nodes,
      values: analysis.nodes.map((n) => n.value),
      edges: analysis.edges,
      names: analysis.nodes.map((n) => n.name),
    };
    contexts.set(analysis, context);
  }
  return context;
}

/** The trace the current mode replays, if the graph was small enough to record one. */
export function traceFor(analysis: Analysis | null, mode: AppState['mode']): Trace | undefined {
  return analysis?.traces?.[mode];
}

export interface Stepper {
  readonly trace: Trace | undefined;
  readonly total: number;
  /** The step shown, clamped to the trace. */
  readonly step: number;
  readonly state: ReplayState | undefined;
  readonly narration: Narration | undefined;
  readonly playing: boolean;
  readonly speed: number;
  play(): void;
  pause(): void;
  stepBy(delta: number): void;
  seek(step: number): void;
}

/**
 * The stepper over the current mode's trace: the replayed state at the current step, its
 * narration, and the actions. While playing, a timer advances one step per interval and stops
 * at the end. Play at the end starts again from the beginning.
 */
export function useStepper(): Stepper {
  const { analysis, seeds, mode, requestedStep, playing, speed, setStep, setPlaying } = useAppStore(
    useShallow(selectStepper),
  );
  const { training, checkpointed } = useAppStore(useShallow(selectStepper));
  const say = useSay();
  const { t } = useTranslation();
  const trace = traceFor(analysis, mode);
  // When the program trains, reverse mode from the loss ends with each parameter's update.
  const updates = useMemo(
    () =>
      analysis && trace && mode === 'reverse' ? updateSteps(analysis, training, seeds.reverse) : [],
    [analysis, trace, mode, training, seeds.reverse],
  );
  // With checkpoints (the store-or-recompute panel's Play on the graph), reverse mode
  // recomputes each dropped segment before its backward steps.
  const schedule = useMemo(
    () =>
      analysis && trace && mode === 'reverse' && checkpointed !== null
        ? checkpointedSchedule(trace, analysis, checkpointed)
        : undefined,
    [analysis, trace, mode, checkpointed],
  );
  const traced = schedule?.length ?? trace?.steps.length ?? 0;
  const total = traced + updates.length;
  const step = Math.min(requestedStep ?? total, total);
  const update = step > traced ? updates[step - traced - 1] : undefined;
  const item = schedule && step > 0 && step <= traced ? schedule[step - 1] : undefined;
  const recompute = item?.kind === 'recompute' ? item : undefined;
  // The trace steps done by `step`: all of them past the schedule, else those it has reached.
  const traceSteps = schedule
    ? step > traced
      ? (trace?.steps.length ?? 0)
      : schedule.slice(0, step).filter((i) => i.kind === 'trace').length
    : Math.min(step, traced);
  const state = useMemo(() => {
    if (!trace || !analysis) return undefined;
    const replayed = replay(trace, analysis.nodes.length, traceSteps);
    if (update) return { ...replayed, step, current: updateHighlight(update) };
    if (recompute)
      return {
        ...replayed,
        step,
        current: { kind: 'value' as const, node: recompute.node, value: recompute.value },
      };
    return replayed;
  }, [trace, analysis, step, traceSteps, update, recompute]);
  const narration = useMemo(() => {
    if (update) return narrateUpdate(update, t);
    if (recompute && analysis) return narrateRecompute(recompute, analysis, t);
    if (!analysis || !state?.current || !trace) return undefined;
    const seed = mode === 'forward' ? seeds.forward : mode === 'reverse' ? seeds.reverse : -1;
    return narrateStep(state.current, mode, seed, narrationContextOf(analysis), say);
  }, [analysis, state, trace, mode, seeds, say, update, recompute, t]);

  useEffect(() => {
    if (!playing) return;
    if (step >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setStep(step + 1), stepInterval(speed));
    return () => clearTimeout(timer);
  }, [playing, step, total, speed, setStep, setPlaying]);

  return {
    trace,
    total,
    step,
    state,
    narration,
    playing,
    speed,
    play: () => {
      if (total === 0) return;
      if (step >= total) setStep(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    stepBy: (delta) => {
      setPlaying(false);
      setStep(Math.max(0, Math.min(total, step + delta)));
    },
    seek: (target) => {
      setPlaying(false);
      setStep(Math.max(0, Math.min(total, target)));
    },
  };
}
