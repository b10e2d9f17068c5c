import { useState } from 'react';
import { parseCsv } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { NumberField } from './NumberField.tsx';

interface ShowRowProps {
  readonly data: string;
  readonly disabled: boolean;
  readonly onShow: (row: Record<string, number>) => void;
}

/**
 * A row number and `Show on the graph`: the row's values go into the data inputs, and the graph
 * steps through reverse mode from the loss, then each parameter's update.
 */
export function ShowRow({ data, disabled, onShow }: ShowRowProps) {
  const { t } = useTranslation();
  const [row, setRow] = useState(1);
  return (
    <div className="training-show-row">
      <NumberField
        label={t('training.showRow')}
        value={row}
        min={1}
        integer
        onChange={(next) => next !== undefined && setRow(next)}
      />
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          const parsed = parseCsv(data);
          if (!parsed.ok) return;
          const r = Math.min(row, parsed.data.rows) - 1;
          onShow(
            Object.fromEntries(
              parsed.data.columns.map((name, c) => [name, parsed.data.values[c]![r]!]),
            ),
          );
          document.querySelector('.visualizer')?.scrollIntoView({ block: 'start' });
        }}
      >
        {t('training.showOnGraph')}
      </button>
    </div>
  );
}
