import { OPS } from '../ops/index.ts';
import type { TraceMode, TraceStep } from '../trace/index.ts';
import { formatNumber } from './format.ts';
import {
  adjointSymbol,
  applyOp,
  displayNames,
  type NamedNode,
  operandPosition,
  partialSymbol,
  tangentSymbol,
} from './names.ts';
import { nonFiniteReason } from './nonFinite.ts';

/** A step told as a teacher writes it: the chain-rule line with numbers, and the rule used. */
export interface Narration {
  /** e.g. `b̄ += ē · ∂e/∂b = 3 · 1 = 3   (b̄ now 5)` */
  readonly equation: string;
  /** e.g. `d = b + 1, so ∂d/∂b = 1`; empty for seeds and leaves. */
  readonly rule: string;
  /** One plain sentence for screen readers and captions, without notation. */
  readonly sentence: string;
}

/** What narration needs to know about the graph. */
export interface NarrationContext {
  readonly nodes: readonly NamedNode[];
  /** Node values by id. */
  readonly values: readonly number[];
  /** By edge id: which operand of its operation the edge feeds. */
  readonly edges: readonly { readonly operandIndex: number }[];
  /** Display names by node id (`displayNames`). */
  readonly names?: readonly string[];
}

/**
 * Narrates one trace step. `seed` is the trace's seed node (forward mode: the input we
 * differentiate by; reverse mode: the output being differentiated).
 *
 * Notation: reverse mode's running sums are adjoints `x̄` (= ∂seed/∂x so far), forward mode's are
 * tangents `ẋ` (= ∂x/∂seed so far); local partials are always `∂to/∂from`, with the operand's
 * position when the same node is both operands (`x · x`). So no symbol names two quantities,
 * and every name is one drawn on the graph.
 */
export function narrateStep(
  step: TraceStep,
  mode: TraceMode,
  seed: number,
  context: NarrationContext,
): Narration {
  const { nodes, values } = context;
  const names = context.names ?? displayNames(nodes);
  const n = (id: number) => names[id] ?? '?';
  const f = formatNumber;
  if (step.kind === 'value') {
    const node = nodes[step.node]!;
    if (node.kind !== 'op' || node.op === undefined) {
      const what = node.kind === 'input' ? 'input' : 'constant';
      return {
        equation: node.kind === 'input' ? `${n(step.node)} = ${f(step.value)}` : f(step.value),
        rule: '',
        sentence: `The ${what} ${n(step.node)} is ${f(step.value)}.`,
      };
    }
    if (node.collapsed && node.formula)
      return {
        equation: `${n(step.node)} = ${node.formula} = ${f(step.value)}`,
        rule: 'One statement, drawn as one node: its operations are computed in turn.',
        sentence: `${n(step.node)} is computed from its statement: ${f(step.value)}.`,
      };
    const symbolic = applyOp(node.op, node.operands.map(n));
    const numeric = applyOp(
      node.op,
      node.operands.map((u) => f(values[u]!)),
    );
    return {
      equation: `${n(step.node)} = ${symbolic} = ${numeric} = ${f(step.value)}`,
      rule: '',
      sentence: `${n(step.node)} is computed from its operands: ${f(step.value)}.`,
    };
  }
  if (step.kind === 'seed') {
    const s = n(step.node);
    const symbol = mode === 'forward' ? tangentSymbol(s) : adjointSymbol(s, s);
    return {
      equation: `${symbol} = ${partialSymbol(s, s)} = 1`,
      rule: `${mode === 'forward' ? 'Forward' : 'Reverse'} mode starts at ${s}, which changes one for one with itself.`,
      sentence: `Start at ${s}: its derivative with respect to itself is 1.`,
    };
  }
  const { from, to } = step;
  const node = nodes[to]!;
  const operandIndex = context.edges[step.edge]?.operandIndex ?? node.operands.indexOf(from);
  const local = `${partialSymbol(n(to), n(from))}${operandPosition(node, operandIndex)}`;
  let rule = '';
  if (node.collapsed && node.formula) {
    rule = `${n(to)} = ${node.formula}, so ${local} = ${f(step.local)}, through the statement's operations`;
  } else if (node.op) {
    const symbolic = OPS[node.op].rule(node.operands.map(n), operandIndex);
    const value = symbolic === f(step.local) ? symbolic : `${symbolic} = ${f(step.local)}`;
    rule = `${n(to)} = ${applyOp(node.op, node.operands.map(n))}, so ${local} = ${value}`;
  }
  // LANGUAGE.md, "Derivatives that are not finite": say why a step gives NaN.
  const why = nonFiniteReason({ to, operandIndex, local: step.local }, nodes, names, values);
  if (why) rule = `${rule}${rule ? '. ' : ''}${POISON_RULE(why)}`;
  const because = why
    ? ` The local partial ${why} is not finite, so the contribution is NaN.`
    : Number.isNaN(step.incoming)
      ? ' NaN arrives: an edge earlier on the path has a local partial that is not finite.'
      : '';
  if (mode === 'forward') {
    const sum = tangentSymbol(n(to));
    return {
      equation: `${sum} += ${local} · ${tangentSymbol(n(from))} = ${f(step.local)} · ${f(step.incoming)} = ${f(step.contribution)}   (${sum} now ${f(step.accumulated)})`,
      rule,
      sentence: `Along the edge from ${n(from)} to ${n(to)}: ${f(step.local)} times ${f(step.incoming)} adds ${f(step.contribution)} to the derivative of ${n(to)} with respect to ${n(seed)}, now ${f(step.accumulated)}.${because}`,
    };
  }
  const sum = adjointSymbol(n(from), n(seed));
  return {
    equation: `${sum} += ${adjointSymbol(n(to), n(seed))} · ${local} = ${f(step.incoming)} · ${f(step.local)} = ${f(step.contribution)}   (${sum} now ${f(step.accumulated)})`,
    rule,
    sentence: `Back along the edge from ${n(to)} to ${n(from)}: ${f(step.incoming)} times ${f(step.local)} adds ${f(step.contribution)} to the derivative of ${n(seed)} with respect to ${n(from)}, now ${f(step.accumulated)}.${because}`,
  };
}

/** The rule's note on an edge whose local partial is not finite (`why`: `log'(0) = ∞`). */
const POISON_RULE = (why: string): string =>
  `${why} is not finite, so every derivative along this edge is NaN, even where 0 arrives`;

/**
 * The legend of a mode's notation in one line, with `example` (a node drawn on the graph) as
 * the instance; for values, what the numbers are.
 */
export function notationLegend(mode: TraceMode, seedName: string, example: string): string {
  if (mode === 'reverse')
    return `${adjointSymbol(example)} ("${example} bar") = ∂${seedName}/∂${example}, summed over the edges leaving ${example} as they are reached. Edge labels are local partials.`;
  if (mode === 'forward')
    return `${tangentSymbol(example)} ("${example} dot") = ∂${example}/∂${seedName}, summed over the edges into ${example} as they are reached. Edge labels are local partials.`;
  return 'Each node shows what it computes and its value; values flow from the inputs to the output.';
}
