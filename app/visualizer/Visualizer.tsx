import './visualizer.css';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { notationLegend, TRACE_EDGE_LIMIT } from '../../src/index.ts';
import type { ViewInfo } from '../../src/protocol.ts';
import { graphDisplay } from '../graph/display.ts';
import { GraphView, rendererFor } from '../graph/GraphView.tsx';
import { useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { CHAPTERS } from '../lessons/chapters/index.ts';
import { useLessonDimmed } from '../lessons/useLessonDimmed.ts';
import { ModePicker } from '../stepper/ModePicker.tsx';
import { NarrationPanel } from '../stepper/NarrationPanel.tsx';
import { StepperControls } from '../stepper/StepperControls.tsx';
import { useKeyboardControls } from '../stepper/useKeyboardControls.ts';
import { useStepper } from '../stepper/useStepper.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { finishedSummary, introText } from './summary.ts';
import { usePruned } from './usePruned.ts';
import { useReducedMotion } from './useReducedMotion.ts';
import { ViewOptions } from './ViewOptions.tsx';

const NO_VIEW_INFO: Omit<ViewInfo, 'drawn' | 'seeds'> = {
  collapsed: false,
  collapsible: false,
  expanded: [],
  expandable: [],
  shared: 0,
};

const selectVisualizer = (s: AppState) => ({
  analysis: s.viewInfo?.drawn ?? s.analysis,
  drawing: s.drawing,
  viewInfo: s.viewInfo ?? NO_VIEW_INFO,
  seeds: s.viewInfo?.seeds ?? s.seeds,
  mode: s.mode,
  sharing: s.sharing,
  orientation: s.orientation,
  follow: s.follow,
  prune: s.prune,
  lesson: s.lesson,
  derivativeGraph: s.derivativeGraph,
  setDerivativeGraph: s.setDerivativeGraph,
  setPrune: s.setPrune,
  collapse: s.collapse,
  setMode: s.setMode,
  chooseNode: s.chooseNode,
  setSharing: s.setSharing,
  setOrientation: s.setOrientation,
  setCollapse: s.setCollapse,
  toggleExpanded: s.toggleExpanded,
  setFollow: s.setFollow,
  setViewport: s.setViewport,
  setStep: s.setStep,
  setSpeed: s.setSpeed,
  hoveredPath: s.hoveredPath,
  ready: !s.stale && s.status === 'idle',
});

/** The graph, the mode and its seed, the stepper and the narration of the current step. */
export function Visualizer() {
  const { t } = useTranslation();
  const say = useSay();
  const v = useAppStore(useShallow(selectVisualizer));
  const { analysis, drawing, viewInfo, seeds, mode, setStep } = v;
  // A hovered path (full edge ids) is lit on the drawn graph, through collapsed statements.
  const highlightedEdges = useMemo(() => {
    if (!v.hoveredPath) return undefined;
    const edgeOf = viewInfo.edgeOf;
    if (!edgeOf) return new Set(v.hoveredPath);
    return new Set(v.hoveredPath.map((e) => edgeOf[e] ?? -1).filter((e) => e >= 0));
  }, [v.hoveredPath, viewInfo.edgeOf]);
  const stepper = useStepper();
  const pruned = usePruned(analysis, v.prune, seeds.forward, seeds.reverse);
  const lessonDimmed = useLessonDimmed(analysis, v.lesson, CHAPTERS);
  const reducedMotion = useReducedMotion();
  const seed = mode === 'forward' ? seeds.forward : mode === 'reverse' ? seeds.reverse : -1;
  const display = useMemo(
    () => (analysis ? graphDisplay(analysis, mode, stepper.state) : undefined),
    [analysis, mode, stepper.state],
  );
  const { chooseNode } = v;
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
  const seedName = seed >= 0 ? (analysis.nodes[seed]?.name ?? '') : '';
  // The legend's instance is a node other than the seed: the output in forward mode (ẏ = ∂y/∂x),
  // the first input in reverse mode (x̄ = ∂y/∂x).
  const output = analysis.nodes[analysis.output]?.name ?? seedName;
  const example = mode === 'forward' ? output : (analysis.inputs[0]?.name ?? seedName);
  const finished =
    stepper.trace !== undefined && stepper.step === stepper.total && stepper.total > 0;
  const shownOrientation = drawing?.layout?.orientation ?? 'up';
  return (
    <section className="panel visualizer" aria-label={t('visualizer.graph')}>
      <div className="visualizer-bar">
        <ModePicker
          mode={mode}
          seed={seed}
          nodes={analysis.nodes}
          onMode={v.setMode}
          onSeed={select}
        />
        <ViewOptions
          orientation={v.orientation}
          shown={shownOrientation}
          collapsed={v.collapse ?? viewInfo.collapsed}
          collapsible={viewInfo.collapsible}
          tree={!v.sharing}
          follow={v.follow}
          onOrientation={v.setOrientation}
          onCollapse={v.setCollapse}
          onTree={(tree) => v.setSharing(!tree)}
          onFollow={v.setFollow}
          prune={v.prune}
          onPrune={v.setPrune}
          derivativeGraph={v.derivativeGraph}
          onDerivativeGraph={v.setDerivativeGraph}
        />
      </div>
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
            onSpeed={v.setSpeed}
          />
          <NarrationPanel
            narration={stepper.narration}
            intro={
              mode === 'forward' && seeds.forward < 0
                ? t('visualizer.noInputs')
                : introText(mode, seedName, t)
            }
            finished={finished}
            summary={finishedSummary(analysis, mode, seeds, stepper.state?.shown ?? [], t)}
          />
        </>
      ) : (
        <p className="muted no-trace">{t('visualizer.noTrace', { limit: TRACE_EDGE_LIMIT })}</p>
      )}
      {pruned && analysis && (
        <p className="muted prune-count" aria-live="polite">
          {t('view.pruneCount', {
            matter: pruned.count,
            total: analysis.nodes.length,
            derivative: `∂${analysis.nodes[seeds.reverse]?.name ?? ''}/∂${analysis.nodes[seeds.forward]?.name ?? ''}`,
          })}
        </p>
      )}
      {drawing?.layout ? (
        <GraphView
          // A new renderer is a new element for d3-zoom to attach to.
          key={rendererFor(drawing.layout.nodes.length)}
          analysis={analysis}
          layout={drawing.layout}
          display={display}
          mode={mode}
          seed={seed}
          selected={mode === 'values' ? -1 : seed}
          onSelect={select}
          highlightedEdges={highlightedEdges}
          reducedMotion={reducedMotion}
          structureKey={`${drawing.structureKey}:${shownOrientation}`}
          follow={v.follow}
          ready={v.ready}
          note={!v.sharing && viewInfo.shared === 0 ? t('visualizer.sameTree') : undefined}
          labels={drawing.labels}
          onResize={v.setViewport}
          expandable={viewInfo.collapsed ? viewInfo.expandable : undefined}
          expanded={viewInfo.expanded}
          onToggleExpanded={v.toggleExpanded}
          dimmed={lessonDimmed ?? pruned?.dimmed}
          legend={notationLegend(mode, seedName, example, say)}
        />
      ) : (
        <p className="muted graph-skipped">
          {drawing?.skipped ? say(drawing.skipped) : t('visualizer.layingOut')}
        </p>
      )}
    </section>
  );
}
