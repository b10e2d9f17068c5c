import './paths.css';
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type FamilyId, familyOf, growthSizes, PATHS_REPORT_NODE_LIMIT } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { useAppStore } from '../store/context.tsx';
import { measureKey } from '../store/paths.ts';
import type { AppState } from '../store/state.ts';
import { CostTable } from './CostTable.tsx';
import { FactoredTable } from './FactoredTable.tsx';
import { FamilyPicker } from './FamilyPicker.tsx';
import { powerForm } from './format.ts';
import { GrowthChart } from './GrowthChart.tsx';
import { NodePicker } from './NodePicker.tsx';
import { PathList } from './PathList.tsx';
import { useLab } from './useLab.ts';

const selectPanel = (s: AppState) => ({
  analysis: s.analysis,
  report: s.pathsReport,
  seeds: s.seeds,
  setHoveredPath: s.setHoveredPath,
  chooseFamily: s.chooseFamily,
  loadShared: s.loadShared,
  setForwardFrom: s.setForwardFrom,
  setReverseFrom: s.setReverseFrom,
});

/**
 * What the person's own controls show, read at once, not deferred (see PathsPanel): the
 * measuring controls, and the family and size (a deferred size arriving after the person typed
 * a new one would overwrite it).
 */
const selectMeasure = (s: AppState) => ({
  family: s.family,
  familySize: s.familySize,
  growth: s.growth,
  ready: !s.stale && s.status !== 'working',
  source: s.answeredSource,
  overrides: s.overrides,
  sharing: s.sharing,
  key: measureKey(s),
  lab: s.lab,
});

type PanelState = ReturnType<typeof selectPanel>;
type MeasureState = ReturnType<typeof selectMeasure>;

/**
 * The paths lab: every path from the chosen input to the chosen output against the factored
 * computation, each method's cost counted and measured, and how the costs grow with size.
 * Its thousands of elements follow each answer a moment after the graph (a deferred,
 * interruptible render), so that a keystroke's new drawing is not held up by them. The
 * measuring controls are not deferred: a running measurement's progress updates the store
 * many times a second, and a deferred render restarted by each would show Cancel late.
 */
export function PathsPanel() {
  // Deferred from the first answer on too: the panel mounts a moment after the graph.
  const p = useDeferredValue(useAppStore(useShallow(selectPanel)), null);
  const measure = useAppStore(useShallow(selectMeasure));
  return p ? <PathsPanelBody p={p} measure={measure} /> : null;
}

const PathsPanelBody = memo(function PathsPanelBody({
  p,
  measure: m,
}: {
  p: PanelState;
  measure: MeasureState;
}) {
  const { analysis, report, seeds, setHoveredPath } = p;
  const { lab, key } = m;
  const { t } = useTranslation();
  const say = useSay();
  const labApi = useLab();
  const family = familyOf(m.family);
  useEffect(() => {
    labApi.growth({ type: 'growth', family: m.family, sizes: growthSizes(family, m.familySize) });
  }, [labApi.growth, m.family, m.familySize, family]);
  // A measurement is of one program, inputs and seeds: stop it when they change.
  useEffect(() => {
    if (lab.status === 'running' && lab.key !== key) labApi.cancel();
  }, [lab.status, lab.key, key, labApi.cancel]);
  // Hovered edges belong to one report's graph: forget them when the report changes.
  useEffect(() => {
    if (report) return () => setHoveredPath(null);
  }, [report, setHoveredPath]);
  const nodes = analysis?.nodes;
  const name = (id: number) => (id >= 0 ? (nodes?.[id]?.name ?? '?') : '—');
  const fromName = name(seeds.forward);
  const toName = name(seeds.reverse);
  const choose = useMemo(
    () => (id: FamilyId, size: number) => {
      p.chooseFamily(id, size);
      p.loadShared({ source: familyOf(id).program(size), overrides: {} });
    },
    [p.chooseFamily, p.loadShared],
  );
  if (!analysis) return null;
  const power = report ? powerForm(report.count) : null;
  return (
    <section className="panel paths-panel" aria-label={t('paths.panel')}>
      <h2 className="panel-title">{t('paths.title')}</h2>
      <div className="paths-bar">
        <NodePicker
          label={t('paths.from')}
          name={t('paths.pathsFrom')}
          nodes={analysis.nodes}
          value={seeds.forward}
          onChange={(id) => p.setForwardFrom(analysis.nodes[id]?.name ?? '')}
        />
        <NodePicker
          label={t('paths.to')}
          name={t('paths.pathsTo')}
          nodes={analysis.nodes}
          value={seeds.reverse}
          onChange={(id) => p.setReverseFrom(analysis.nodes[id]?.name ?? '')}
        />
      </div>
      {report ? (
        <>
          <p className="paths-count">
            <Trans
              i18nKey="paths.count"
              values={{ from: fromName, to: toName }}
              components={{ var: <var /> }}
            />{' '}
            <strong data-testid="path-count" className="paths">
              {report.count}
            </strong>
            {power && <span className="muted"> = {power}</span>}
          </p>
          <p className="paths-verdict">{say(report.verdict)}</p>
          <PathList
            report={report}
            analysis={analysis}
            fromName={fromName}
            toName={toName}
            onHover={setHoveredPath}
          />
          <FactoredTable report={report} analysis={analysis} fromName={fromName} toName={toName} />
          <CostTable
            report={report}
            fromName={fromName}
            toName={toName}
            timings={lab.key === key ? lab.timings : null}
            lab={
              lab.key === key || lab.status === 'running'
                ? lab
                : { ...lab, status: 'idle', failure: null }
            }
            canMeasure={m.ready}
            onMeasure={() =>
              labApi.measure(key, {
                type: 'measure',
                source: m.source,
                inputs: m.overrides,
                sharing: m.sharing,
                from: seeds.forward,
                to: seeds.reverse,
              })
            }
            onCancel={labApi.cancel}
          />
        </>
      ) : (
        <p className="muted">{t('paths.limit', { limit: PATHS_REPORT_NODE_LIMIT })}</p>
      )}
      <section className="paths-section" aria-labelledby="growth-title">
        <h3 id="growth-title" className="paths-subtitle">
          {t('paths.growthTitle')}
        </h3>
        <FamilyPicker family={family} size={m.familySize} onChoose={choose} />
        <p className="muted">{t(`paths.families.${family.id}.claim`)}</p>
        {family.id === 'fanout' && <p className="muted">{t('paths.fanoutNote')}</p>}
        <GrowthChart family={family} size={m.familySize} growth={m.growth} />
      </section>
    </section>
  );
});
