import { useTranslation } from '../i18n/i18n.ts';
import type { Orientation } from '../store/program.ts';
import { Toggle } from './Toggle.tsx';

interface ViewOptionsProps {
  /** The orientation chosen, or null for automatic; `shown` is the one drawn. */
  readonly orientation: Orientation | null;
  readonly shown: Orientation;
  readonly collapsed: boolean;
  /** False when no statement has more than one operation: collapsing changes nothing. */
  readonly collapsible: boolean;
  readonly tree: boolean;
  readonly follow: boolean;
  readonly onOrientation: (orientation: Orientation | null) => void;
  readonly onCollapse: (collapse: boolean) => void;
  readonly onTree: (tree: boolean) => void;
  readonly onFollow: (follow: boolean) => void;
  readonly prune: boolean;
  readonly onPrune: (prune: boolean) => void;
  readonly derivativeGraph: boolean;
  readonly onDerivativeGraph: (on: boolean) => void;
}

/** Each orientation's name, and its name inside "Automatic (…)": keys in the catalogs. */
const ORIENTATION_NAMES = { up: 'view.up', right: 'view.right' } as const;
const ORIENTATION_SHOWN = { up: 'view.upLower', right: 'view.rightLower' } as const;

/** How the graph is drawn: orientation, collapsed statements, tree view, following the step. */
export function ViewOptions(props: ViewOptionsProps) {
  const { orientation, shown, collapsed, collapsible, tree, follow } = props;
  const { t } = useTranslation();
  return (
    <div className="view-options">
      <label>
        {t('view.orientation')}{' '}
        <select
          aria-label={t('view.orientation')}
          value={orientation ?? 'auto'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            props.onOrientation(value === 'auto' ? null : (value as Orientation));
          }}
        >
          <option value="auto">
            {t('view.automatic', { shown: t(ORIENTATION_SHOWN[shown]) })}
          </option>
          <option value="up">{t(ORIENTATION_NAMES.up)}</option>
          <option value="right">{t(ORIENTATION_NAMES.right)}</option>
        </select>
      </label>
      <Toggle
        label={t('view.collapse')}
        checked={collapsed}
        disabled={!collapsible}
        title={collapsible ? '' : t('view.notCollapsible')}
        onChange={props.onCollapse}
      />
      <Toggle label={t('view.tree')} checked={tree} onChange={props.onTree} />
      <Toggle label={t('view.follow')} checked={follow} onChange={props.onFollow} />
      <Toggle label={t('view.prune')} checked={props.prune} onChange={props.onPrune} />
      <Toggle
        label={t('view.derivativeGraph')}
        checked={props.derivativeGraph}
        onChange={props.onDerivativeGraph}
      />
    </div>
  );
}
