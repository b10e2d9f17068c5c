import type { NodeInfo, TraceMode } from '../../src/index.ts';

export const MODE_NAMES: Readonly<Record<TraceMode, string>> = {
  values: 'Values',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
};

interface ModePickerProps {
  readonly mode: TraceMode;
  readonly seed: number;
  readonly nodes: readonly NodeInfo[];
  readonly onMode: (mode: TraceMode) => void;
  readonly onSeed: (node: number) => void;
}

/** A node's name in a list: its label, and its expression position when labels repeat. */
function optionText(node: NodeInfo, nodes: readonly NodeInfo[]): string {
  const twins = nodes.filter((n) => n.label === node.label).length;
  return twins > 1 ? `${node.label} (node #${node.id})` : node.label;
}

/** The Mode control (Values, Forward mode, Reverse mode) and the node a derivative mode starts from. */
export function ModePicker({ mode, seed, nodes, onMode, onSeed }: ModePickerProps) {
  const seedLabel = mode === 'forward' ? 'From' : 'Of output';
  // Derivatives by or of a constant are not asked for: constants are not differentiated.
  const candidates = nodes.filter((n) => n.kind !== 'constant');
  return (
    <div className="mode-picker">
      <label>
        Mode{' '}
        <select
          aria-label="Mode"
          value={mode}
          onChange={(event) => onMode(event.currentTarget.value as TraceMode)}
        >
          {(Object.keys(MODE_NAMES) as TraceMode[]).map((m) => (
            <option key={m} value={m}>
              {MODE_NAMES[m]}
            </option>
          ))}
        </select>
      </label>
      {mode !== 'values' && (
        <label>
          {seedLabel}{' '}
          <select
            aria-label={mode === 'forward' ? 'Differentiate with respect to' : 'Differentiate'}
            value={seed}
            onChange={(event) => onSeed(Number(event.currentTarget.value))}
          >
            {candidates.map((n) => (
              <option key={n.id} value={n.id}>
                {optionText(n, nodes)}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="muted mode-hint">
        {mode === 'values' ? '' : 'or click a node in the graph'}
      </span>
    </div>
  );
}
