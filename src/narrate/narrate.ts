import { OPS } from '../ops/index.ts';
import type { TraceMode, TraceStep } from '../trace/index.ts';
import { formatNumber } from './format.ts';
import { applyOp, atom, displayNames, type NamedNode } from './names.ts';

/** A step told as a teacher writes it: the chain-rule line with numbers, and the rule used. */
export interface Narration {
  /** e.g. `∂e/∂b += ∂e/∂d · ∂d/∂b = 3 · 1 = 3  (now 5)` */
  readonly equation: string;
  /** e.g. `d = b + 1, so ∂d/∂b = 1`; empty for seeds and leaves. */
  readonly rule: string;
  /** One plain sentence for screen readers and captions. */
  readonly sentence: string;
}

const partial = (top: string, bottom: string) => `∂${atom(top)}/∂${atom(bottom)}`;

/**
 * Narrates one trace step. `seed` is the trace's seed node (forward mode: the input we
 * differentiate by; reverse mode: the output being differentiated); `values` are node values.
 */
export function narrateStep(
  step: TraceStep,
  mode: TraceMode,
  seed: number,
  nodes: readonly NamedNode[],
  values: readonly number[],
  names: readonly string[] = displayNames(nodes),
): Narration {
  const n = (id: number) => names[id]!;
  const f = formatNumber;
  if (step.kind === 'value') {
    const node = nodes[step.node]!;
    if (node.kind !== 'op' || node.op === undefined) {
      const what = node.kind === 'input' ? 'input' : 'constant';
      return {
        equation: `${n(step.node)} = ${f(step.value)}`,
        rule: '',
        sentence: `The ${what} ${n(step.node)} is ${f(step.value)}.`,
      };
    }
    const symbolic = applyOp(node.op, node.operands.map(n));
    const numeric = applyOp(
      node.op,
      node.operands.map((u) => f(values[u]!)),
    );
    const lhs = node.names.length > 0 ? `${n(step.node)} = ${symbolic}` : symbolic;
    return {
      equation: `${lhs} = ${numeric} = ${f(step.value)}`,
      rule: '',
      sentence: `${n(step.node)} is computed from its operands: ${f(step.value)}.`,
    };
  }
  if (step.kind === 'seed') {
    return {
      equation: `${partial(n(step.node), n(step.node))} = 1`,
      rule: '',
      sentence: `Start at ${n(step.node)}: its derivative with respect to itself is 1.`,
    };
  }
  const { from, to } = step;
  const node = nodes[to]!;
  const operandIndex = node.operands.indexOf(from);
  let rule = '';
  if (node.op) {
    const symbolic = OPS[node.op].rule(node.operands.map(n), operandIndex);
    const value = symbolic === f(step.local) ? symbolic : `${symbolic} = ${f(step.local)}`;
    rule = `${n(to)} = ${applyOp(node.op, node.operands.map(n))}, so ${partial(n(to), n(from))} = ${value}`;
  }
  const tail = `= ${f(step.contribution)}  (now ${f(step.accumulated)})`;
  if (mode === 'forward') {
    const lhs = partial(n(to), n(seed));
    return {
      equation: `${lhs} += ${partial(n(to), n(from))} · ${partial(n(from), n(seed))} = ${f(step.local)} · ${f(step.incoming)} ${tail}`,
      rule,
      sentence: `Along the edge from ${n(from)} to ${n(to)}: ${f(step.local)} times ${f(step.incoming)} adds ${f(step.contribution)} to ${lhs}, now ${f(step.accumulated)}.`,
    };
  }
  const lhs = partial(n(seed), n(from));
  return {
    equation: `${lhs} += ${partial(n(seed), n(to))} · ${partial(n(to), n(from))} = ${f(step.incoming)} · ${f(step.local)} ${tail}`,
    rule,
    sentence: `Back along the edge from ${n(to)} to ${n(from)}: ${f(step.incoming)} times ${f(step.local)} adds ${f(step.contribution)} to ${lhs}, now ${f(step.accumulated)}.`,
  };
}
