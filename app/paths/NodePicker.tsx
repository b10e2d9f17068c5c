import { memo, useMemo } from 'react';
import type { NodeInfo } from '../../src/index.ts';
import { optionListKey } from '../stepper/optionListKey.ts';
import { seedCandidates } from '../stepper/seedCandidates.ts';

interface NodePickerProps {
  /** The visible label (`From`). */
  readonly label: string;
  /** The menu's accessible name (`Paths from`): the label alone would not say what it picks. */
  readonly name: string;
  readonly nodes: readonly NodeInfo[];
  readonly value: number;
  readonly onChange: (node: number) => void;
}

/** A menu of the nodes a derivative can be taken by or of (not constants), by label. */
export const NodePicker = memo(function NodePicker({
  label,
  name,
  nodes,
  value,
  onChange,
}: NodePickerProps) {
  const options = useMemo(
    () =>
      seedCandidates(nodes, value).map((n) => ({
        id: n.id,
        text: n.names.length === 0 && n.formula ? `${n.name} = ${n.formula}` : n.name,
      })),
    [nodes, value],
  );
  const listKey = useMemo(() => optionListKey(options), [options]);
  return (
    <label>
      {label}{' '}
      <select
        key={listKey}
        aria-label={name}
        value={value}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {value < 0 && <option value={-1}>—</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
});
