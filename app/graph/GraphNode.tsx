import { memo } from 'react';
import {
  formatNumber,
  NODE_LINE_HEIGHT,
  NODE_PADDING,
  type OpName,
  type TraceMode,
} from '../../src/index.ts';
import type { NodeDisplay } from './display.ts';
import { derivativeLine, valueLine } from './nodeText.ts';

interface GraphNodeProps {
  readonly id: number;
  /** The parser's label, kept in `data-node-label` for tests and links. */
  readonly label: string;
  /** The display name: `c`, `t3`, `output`. */
  readonly name: string;
  /** What is drawn on the first line: `c = a + b`, shortened. */
  readonly caption: string;
  /** The caption unshortened, for the tooltip. */
  readonly fullCaption: string;
  readonly op: OpName | undefined;
  readonly kind: 'input' | 'constant' | 'op';
  /** True for a statement drawn as one node (`Collapse statements`). */
  readonly collapsed: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly display: NodeDisplay;
  readonly mode: TraceMode;
  /** The node derivatives are taken of (reverse) or by (forward), for constants' symbols. */
  readonly seedName: string;
  readonly selected: boolean;
  readonly warning: string | undefined;
  readonly onSelect: (id: number) => void;
}

/**
 * One node, as colah draws it: what it computes (`c = a + b`), its value and, in a derivative
 * mode, its running derivative in the mode's notation (`c̄` or `ċ`).
 */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const { id, label, name, caption, fullCaption, op, kind, collapsed, x, y, width, height } = props;
  const { display, mode, selected, warning, onSelect } = props;
  const top = -height / 2 + NODE_PADDING / 2;
  const derivative = mode !== 'values';
  const valueText = valueLine(display);
  const ariaParts = [
    caption,
    display.value === undefined ? 'not computed yet' : `value ${formatNumber(display.value)}`,
  ];
  if (derivative)
    ariaParts.push(
      display.touched ? `derivative ${formatNumber(display.derivative ?? 0)}` : 'no derivative yet',
    );
  if (warning) ariaParts.push(warning);
  const className = `node node--${kind} node--${display.status}${selected ? ' is-selected' : ''}${warning ? ' has-warning' : ''}${collapsed ? ' is-collapsed' : ''}`;
  const tooltip = [
    fullCaption,
    display.value === undefined ? '' : `value ${formatNumber(display.value)}`,
    warning ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>
    <g
      className={className}
      transform={`translate(${x},${y})`}
      data-node-label={label}
      data-node-name={name}
      data-node-id={id}
      {...(op ? { 'data-node-op': op } : {})}
      {...(collapsed ? { 'data-collapsed': 'true' } : {})}
      {...(display.status === 'active' ? { 'data-active': 'true' } : {})}
      {...(display.value !== undefined ? { 'data-value': String(display.value) } : {})}
      {...(derivative ? { 'data-derivative': String(display.derivative ?? 0) } : {})}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={ariaParts.join(', ')}
      onClick={() => onSelect(id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSelect(id);
      }}
    >
      <title>{tooltip}</title>
      <rect
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={kind === 'op' ? 6 : height / 2}
      />
      <text className="node-label" y={top + NODE_LINE_HEIGHT * 0.75}>
        {caption}
        {warning ? ' ⚠' : ''}
      </text>
      <text className="node-value" y={top + NODE_LINE_HEIGHT * 1.75}>
        {valueText}
      </text>
      {derivative && (
        <text className="node-derivative" y={top + NODE_LINE_HEIGHT * 2.75}>
          {derivativeLine(mode, name, props.seedName, display)}
        </text>
      )}
    </g>
  );
});
