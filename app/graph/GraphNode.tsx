import { memo } from 'react';
import { drawnLabel, formatNumber, NODE_LINE_HEIGHT, NODE_PADDING } from '../../src/index.ts';
import type { NodeDisplay } from './display.ts';

interface GraphNodeProps {
  readonly id: number;
  readonly label: string;
  readonly kind: 'input' | 'constant' | 'op';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly display: NodeDisplay;
  /** The symbol of the derivative drawn, e.g. `∂e/∂·`; undefined in values mode. */
  readonly derivativeSymbol: string | undefined;
  readonly selected: boolean;
  readonly warning: string | undefined;
  readonly onSelect: (id: number) => void;
}

/** One node: a box with its label, its value and, in a derivative mode, its running derivative. */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const {
    id,
    label,
    kind,
    x,
    y,
    width,
    height,
    display,
    derivativeSymbol,
    selected,
    warning,
    onSelect,
  } = props;
  const top = -height / 2 + NODE_PADDING / 2;
  const valueText = display.value === undefined ? '…' : `= ${formatNumber(display.value)}`;
  const derivativeText = display.touched ? formatNumber(display.derivative ?? 0) : '·';
  const derivativeLine = display.touched ? `∂ ${derivativeText}` : '∂ ·';
  const ariaParts = [
    `${label}`,
    display.value === undefined ? 'not computed yet' : `value ${formatNumber(display.value)}`,
  ];
  if (derivativeSymbol) ariaParts.push(`derivative ${derivativeText}`);
  if (warning) ariaParts.push(warning);
  const className = `node node--${kind} node--${display.status}${selected ? ' is-selected' : ''}${warning ? ' has-warning' : ''}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>
    <g
      className={className}
      transform={`translate(${x},${y})`}
      data-node-label={label}
      data-node-id={id}
      {...(display.value !== undefined ? { 'data-value': String(display.value) } : {})}
      {...(derivativeSymbol ? { 'data-derivative': String(display.derivative ?? 0) } : {})}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={ariaParts.join(', ')}
      onClick={() => onSelect(id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSelect(id);
      }}
    >
      <title>{warning ? `${label}: ${warning}` : label}</title>
      <rect
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={kind === 'op' ? 6 : height / 2}
      />
      <text className="node-label" y={top + NODE_LINE_HEIGHT * 0.75}>
        {drawnLabel(label)}
        {warning ? ' ⚠' : ''}
      </text>
      <text className="node-value" y={top + NODE_LINE_HEIGHT * 1.75}>
        {valueText}
      </text>
      {derivativeSymbol && (
        <text className="node-derivative" y={top + NODE_LINE_HEIGHT * 2.75}>
          {derivativeLine}
        </text>
      )}
    </g>
  );
});
