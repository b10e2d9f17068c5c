import { memo } from 'react';
import { useTranslation } from '../i18n/i18n.ts';

interface ExpandToggleProps {
  readonly name: string;
  /** The top-right corner of the node's box. */
  readonly x: number;
  readonly y: number;
  /** True when the statement is drawn as its operations (the toggle collapses it). */
  readonly expanded: boolean;
  readonly onToggle: (name: string) => void;
}

/** The small ± on a statement's node that draws it as its operations, or as one node again. */
export const ExpandToggle = memo(function ExpandToggle(props: ExpandToggleProps) {
  const { name, x, y, expanded, onToggle } = props;
  const { t } = useTranslation();
  const label = expanded ? t('graph.collapse', { name }) : t('graph.expand', { name });
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>
    <g
      className="expand-toggle"
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      data-expand={name}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(name);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onToggle(name);
        }
      }}
    >
      <title>{label}</title>
      <circle r={9} />
      <text dy="0.35em">{expanded ? '−' : '+'}</text>
    </g>
  );
});
