import { memo } from 'react';
import {
  formatNumber,
  formatShort,
  NODE_LINE_HEIGHT,
  NODE_PADDING,
  type OpName,
  type TraceMode,
} from '../../src/index.ts';
import type { TFunction } from '../i18n/i18n.ts';
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
  /** Off every path between the chosen input and output: drawn faint. */
  readonly dimmed: boolean;
  /** Added by the derivative graph: it computes an adjoint. */
  readonly derivative?: boolean;
  readonly warning: string | undefined;
  readonly onSelect: (id: number) => void;
  /** The page's translations, from GraphContent (one hook there, not one per node). */
  readonly t: TFunction;
}

const LINE_BREAK = '\n';

/**
 * One node, as colah draws it: what it computes (`c = a + b`), its value and, in a derivative
 * mode, its running derivative in the mode's notation (`c̄` or `ċ`).
 */
export const GraphNode = memo(function GraphNode(props: GraphNodeProps) {
  const { id, label, name, caption, fullCaption, op, kind, collapsed, x, y, width, height } = props;
  const { display, mode, selected, warning, onSelect, t } = props;
  const top = -height / 2 + NODE_PADDING / 2;
  const derivative = mode !== 'values';
  const valueText = valueLine(display);
  const derivativeText = derivative
    ? derivativeLine(mode, name, props.seedName, display)
    : undefined;
  const captionText = `${caption}${warning ? ' ⚠' : ''}`;
  const shortened = fullCaption === caption ? undefined : fullCaption;
  const ariaLabel = accessibleName(
    [captionText, valueText, derivativeText],
    display,
    shortened,
    warning,
    t,
  );
  const className = `node node--${kind} node--${display.status}${selected ? ' is-selected' : ''}${warning ? ' has-warning' : ''}${collapsed ? ' is-collapsed' : ''}${props.dimmed ? ' is-dimmed' : ''}${props.derivative ? ' is-derivative' : ''}`;
  const tooltip = [
    fullCaption,
    display.value === undefined ? '' : t('node.value', { value: formatNumber(display.value) }),
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
      aria-label={ariaLabel}
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
        {captionText}
      </text>
      {/* Undrawn spaces between the lines: the text of the node reads `c = a + b = 3`, not `b= 3`. */}
      {LINE_BREAK}
      <text className="node-value" y={top + NODE_LINE_HEIGHT * 1.75}>
        {valueText}
      </text>
      {LINE_BREAK}
      {derivative && (
        <text className="node-derivative" y={top + NODE_LINE_HEIGHT * 2.75}>
          {derivativeText}
        </text>
      )}
    </g>
  );
});

/**
 * The node's name for assistive technology: its visible lines first, as drawn (WCAG 2.5.3, label
 * in name: a person who sees `c = a + b` can say it to a voice control), then what the drawing
 * leaves to the eye or the tooltip: full precision and the full caption where the box shortens
 * them, whether the step has reached the node, and the warning.
 */
function accessibleName(
  lines: readonly [caption: string, value: string, derivative: string | undefined],
  display: NodeDisplay,
  fullCaption: string | undefined,
  warning: string | undefined,
  t: TFunction,
): string {
  const [caption, valueText, derivativeText] = lines;
  const parts = [caption, valueText];
  if (derivativeText !== undefined) parts.push(derivativeText);
  if (fullCaption !== undefined) parts.push(t('node.inFull', { caption: fullCaption }));
  if (display.value === undefined) parts.push(t('node.notComputed'));
  else if (formatShort(display.value) !== formatNumber(display.value))
    parts.push(t('node.value', { value: formatNumber(display.value) }));
  if (derivativeText !== undefined) {
    const exact = formatNumber(display.derivative ?? 0);
    if (!display.touched) parts.push(t('node.noDerivative'));
    else if (formatShort(display.derivative ?? 0) !== exact)
      parts.push(t('node.derivative', { value: exact }));
  }
  if (warning) parts.push(warning);
  return parts.join(t('node.separator'));
}
