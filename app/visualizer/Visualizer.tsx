import './visualizer.css';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TRACE_EDGE_LIMIT } from '../../src/index.ts';
import { graphDisplay } from '../graph/display.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { ModePicker } from '../stepper/ModePicker.tsx';
import { NarrationPanel } from '../stepper/NarrationPanel.tsx';
import { StepperControls } from '../stepper/StepperControls.tsx';
import { useKeyboardControls } from '../stepper/useKeyboardControls.ts';
import { useStepper } from '../stepper/useStepper.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { finishedSummary, introText } from './summary.ts';
import { useReducedMotion } from './useReducedMotion.ts';

const selectVisualizer = (s: AppState) => ({
  analysis: s.analysis,
  drawing: s.drawing,
  seeds: s.seeds,
  mode: s.mode,
  sharing: s.sharing,
  setMode: s.setMode,
  chooseNode: s.chooseNode,
  setSharing: s.setSharing,
  setStep: s.setStep,
  setSpeed: s.setSpeed,
  hoveredPath: s.hoveredPath,
});

/** The graph, the mode and its seed, the stepper and the narration of the current step. */
export function Visualizer() {
  const {
    analysis,
    drawing,
    seeds,
    mode,
    sharing,
    setMode,
    chooseNode,
    setSharing,
    setStep,
    setSpeed,
    hoveredPath,
  } = useAppStore(useShallow(selectVisualizer));
  const highlightedEdges = useMemo(
    () => (hoveredPath ? new Set(hoveredPath) : undefined),
    [hoveredPath],
  );
  const stepper = useStepper();
  const reducedMotion = useReducedMotion();
  const seed = mode === 'forward' ? seeds.forward : mode === 'reverse' ? seeds.reverse : -1;
  const display = useMemo(
    () => (analysis ? graphDisplay(analysis, mode, stepper.state) : undefined),
    [analysis, mode, stepper.state],
  );
  const select = useCallback(
    (id: number) => {
      const node = analysis?.nodes[id];
      if (node && node.kind !== 'constant') chooseNode(node.name);
    },
    [analysis, chooseNode],
  );
  const { play, pause, stepBy, total, playing } = stepper;
  const keyboard = {
    togglePlay: () => (playing ? pause() : play()),
    step: stepBy,
    toStart: () => setStep(0),
    toEnd: () => setStep(null),
  };
  useKeyboardControls(keyboard, total > 0);
  if (!analysis || !display) return null;
  const seedLabel = seed >= 0 ? (analysis.nodes[seed]?.name ?? '') : '';
  const selected = mode === 'values' ? -1 : seed;
  const finished =
    stepper.trace !== undefined && stepper.step === stepper.total && stepper.total > 0;
  return (
    <section className="panel visualizer" aria-label="Graph">
      <div className="visualizer-bar">
        <ModePicker
          mode={mode}
          seed={seed}
          nodes={analysis.nodes}
          onMode={setMode}
          onSeed={select}
        />
        <label className="tree-toggle">
          <input
            type="checkbox"
            checked={!sharing}
            onChange={(event) => setSharing(!event.currentTarget.checked)}
          />{' '}
          Tree view (no sharing)
        </label>
      </div>
      {mode === 'forward' && seeds.forward < 0 && (
        <p className="muted">This program has no inputs to differentiate by.</p>
      )}
      {stepper.trace ? (
        <>
          <StepperControls
            step={stepper.step}
            total={stepper.total}
            playing={stepper.playing}
            speed={stepper.speed}
            disabled={stepper.total === 0}
            onPlay={play}
            onPause={pause}
            onStep={stepBy}
            onReset={() => setStep(0)}
            onSeek={stepper.seek}
            onSpeed={setSpeed}
          />
          <NarrationPanel
            narration={stepper.narration}
            intro={introText(mode, seedLabel)}
            finished={finished}
            summary={finishedSummary(analysis, mode, seeds, stepper.state?.shown ?? [])}
          />
        </>
      ) : (
        <p className="muted no-trace">
          This graph has more than {TRACE_EDGE_LIMIT.toLocaleString('en-US')} edges: results are
          shown without step-by-step animation.
        </p>
      )}
      {drawing?.layout ? (
        <GraphView
          analysis={analysis}
          layout={drawing.layout}
          display={display}
          mode={mode}
          seed={seed}
          selected={selected}
          onSelect={select}
          highlightedEdges={highlightedEdges}
          reducedMotion={reducedMotion}
          structureKey={drawing.structureKey}
        />
      ) : (
        <p className="muted graph-skipped">{drawing?.skipped ?? 'Laying out the graph…'}</p>
      )}
    </section>
  );
}
