import { useMemo } from 'react';
import type { NodeInfo, TraceMode } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { optionListKey } from './optionListKey.ts';
import { seedCandidates } from './seedCandidates.ts';

/** Each mode's name: its key in the catalogs. */
export const MODE_NAMES = {
  values: 'mode.values',
  forward: 'mode.forward',
  reverse: 'mode.reverse',
} as const satisfies Record<TraceMode, string>;

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
  const { t } = useTranslation();
  const seedLabel = mode === 'forward' ? t('mode.from') : t('mode.of');
  // Derivatives by or of a constant are not asked for: constants are not differentiated.
  const options = useMemo(
    () => seedCandidates(nodes, seed).map((n) => ({ id: n.id, text: optionText(n) })),
    [nodes, seed],
  );
  const listKey = useMemo(() => optionListKey(options), [options]);
  return (
    <div className="mode-picker">
      <label>
        {t('mode.label')}{' '}
        <select
          aria-label={t('mode.label')}
          value={mode}
          onChange={(event) => onMode(event.currentTarget.value as TraceMode)}
        >
          {(Object.keys(MODE_NAMES) as TraceMode[]).map((m) => (
            <option key={m} value={m}>
              {t(MODE_NAMES[m])}
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
          key={listKey}
          tabIndex={mode === 'values' ? -1 : 0}
          aria-label={mode === 'forward' ? t('mode.withRespectTo') : t('mode.differentiate')}
          value={seed}
          onChange={(event) => onSeed(Number(event.currentTarget.value))}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
