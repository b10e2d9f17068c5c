import type { NodeInfo, TraceMode } from '../../src/index.ts';
import { seedCandidates } from './seedCandidates.ts';

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

/** A node in a list: its name, and what it computes when it is an unnamed operation. */
function optionText(node: NodeInfo): string {
  return node.names.length === 0 && node.formula ? `${node.name} = ${node.formula}` : node.name;
}

/** The Mode control (Values, Forward mode, Reverse mode) and the node a derivative mode starts from. */
export function ModePicker({ mode, seed, nodes, onMode, onSeed }: ModePickerProps) {
  const seedLabel = mode === 'forward' ? 'From' : 'Of';
  // Derivatives by or of a constant are not asked for: constants are not differentiated.
  const candidates = seedCandidates(nodes, seed);
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
      {/* Always laid out, hidden in values mode, so the bar does not change rows with the mode. */}
      <label
        className={mode === 'values' ? 'is-reserved' : undefined}
        aria-hidden={mode === 'values'}
      >
        {seedLabel}{' '}
        <select
          tabIndex={mode === 'values' ? -1 : 0}
          aria-label={mode === 'forward' ? 'Differentiate with respect to' : 'Differentiate'}
          value={seed}
          onChange={(event) => onSeed(Number(event.currentTarget.value))}
        >
          {candidates.map((n) => (
            <option key={n.id} value={n.id}>
              {optionText(n)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
