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
}

const ORIENTATION_NAMES: Readonly<Record<Orientation, string>> = {
  up: 'Bottom to top',
  right: 'Left to right',
};

/** How the graph is drawn: orientation, collapsed statements, tree view, following the step. */
export function ViewOptions(props: ViewOptionsProps) {
  const { orientation, shown, collapsed, collapsible, tree, follow } = props;
  return (
    <div className="view-options">
      <label>
        Orientation{' '}
        <select
          aria-label="Orientation"
          value={orientation ?? 'auto'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            props.onOrientation(value === 'auto' ? null : (value as Orientation));
          }}
        >
          <option value="auto">Automatic ({ORIENTATION_NAMES[shown].toLowerCase()})</option>
          <option value="up">{ORIENTATION_NAMES.up}</option>
          <option value="right">{ORIENTATION_NAMES.right}</option>
        </select>
      </label>
      <Toggle
        label="Collapse statements"
        checked={collapsed}
        disabled={!collapsible}
        title={collapsible ? '' : 'Every statement here is a single operation'}
        onChange={props.onCollapse}
      />
      <Toggle label="Tree view (no sharing)" checked={tree} onChange={props.onTree} />
      <Toggle label="Follow the step" checked={follow} onChange={props.onFollow} />
    </div>
  );
}
