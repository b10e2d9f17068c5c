import { OPS } from '../ops/index.ts';
import { phrase, type Say, sayEnglish } from '../phrases/index.ts';
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
 * differentiate by; reverse mode: the output being differentiated). `say` puts the words in
 * the reader's language; formulas and numbers are the same in every language.
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
  say: Say = sayEnglish,
): Narration {
  const { nodes, values } = context;
  const names = context.names ?? displayNames(nodes);
  const n = (id: number) => names[id] ?? '?';
  const f = formatNumber;
  if (step.kind === 'value') {
    const node = nodes[step.node]!;
    const name = n(step.node);
    const value = f(step.value);
    if (node.kind !== 'op' || node.op === undefined) {
      const isInput = node.kind === 'input';
      return {
        equation: isInput ? `${name} = ${value}` : value,
        rule: '',
        sentence: say(
          phrase(isInput ? 'narrate.inputValue' : 'narrate.constantValue', { name, value }),
        ),
      };
    }
    if (node.collapsed && node.formula)
      return {
        equation: `${name} = ${node.formula} = ${value}`,
        rule: say(phrase('narrate.statementRule')),
        sentence: say(phrase('narrate.statementSentence', { name, value })),
      };
    const symbolic = applyOp(node.op, node.operands.map(n));
    const numeric = applyOp(
      node.op,
      node.operands.map((u) => f(values[u]!)),
    );
    return {
      equation: `${name} = ${symbolic} = ${numeric} = ${value}`,
      rule: '',
      sentence: say(phrase('narrate.operationSentence', { name, value })),
    };
  }
  if (step.kind === 'seed') {
    const name = n(step.node);
    const symbol = mode === 'forward' ? tangentSymbol(name) : adjointSymbol(name, name);
    return {
      equation: `${symbol} = ${partialSymbol(name, name)} = 1`,
      rule: say(
        phrase(mode === 'forward' ? 'narrate.seedRuleForward' : 'narrate.seedRuleReverse', {
          name,
        }),
      ),
      sentence: say(phrase('narrate.seedSentence', { name })),
    };
  }
  const { from, to } = step;
  const node = nodes[to]!;
  const operandIndex = context.edges[step.edge]?.operandIndex ?? node.operands.indexOf(from);
  const local = `${partialSymbol(n(to), n(from))}${operandPosition(node, operandIndex)}`;
  let rule = '';
  if (node.collapsed && node.formula) {
    const definition = `${n(to)} = ${node.formula}`;
    rule = say(phrase('narrate.statementEdgeRule', { definition, local, value: f(step.local) }));
  } else if (node.op) {
    const symbolic = OPS[node.op].rule(node.operands.map(n), operandIndex);
    const value = symbolic === f(step.local) ? symbolic : `${symbolic} = ${f(step.local)}`;
    const definition = `${n(to)} = ${applyOp(node.op, node.operands.map(n))}`;
    rule = say(phrase('narrate.rule', { definition, local, value }));
  }
  // LANGUAGE.md, "Derivatives that are not finite": say why a step gives NaN.
  const reason = nonFiniteReason({ to, operandIndex, local: step.local }, nodes, names, values);
  if (reason) rule = `${rule}${rule ? '. ' : ''}${say(phrase('narrate.poisonRule', { reason }))}`;
  const because = reason
    ? ` ${say(phrase('narrate.poisonSentence', { reason }))}`
    : Number.isNaN(step.incoming)
      ? ` ${say(phrase('narrate.nanArrives'))}`
      : '';
  const numbers = {
    from: n(from),
    to: n(to),
    seed: n(seed),
    local: f(step.local),
    incoming: f(step.incoming),
    contribution: f(step.contribution),
    accumulated: f(step.accumulated),
  };
  const products =
    mode === 'forward'
      ? `${numbers.local} · ${numbers.incoming}`
      : `${numbers.incoming} · ${numbers.local}`;
  const sum = mode === 'forward' ? tangentSymbol(n(to)) : adjointSymbol(n(from), n(seed));
  const terms =
    mode === 'forward'
      ? `${local} · ${tangentSymbol(n(from))}`
      : `${adjointSymbol(n(to), n(seed))} · ${local}`;
  const running = say(phrase('narrate.runningSum', { sum, value: numbers.accumulated }));
  return {
    equation: `${sum} += ${terms} = ${products} = ${numbers.contribution}   ${running}`,
    rule,
    sentence: `${say(phrase(mode === 'forward' ? 'narrate.forwardSentence' : 'narrate.reverseSentence', numbers))}${because}`,
  };
}

/**
 * The legend of a mode's notation in one line, with `example` (a node drawn on the graph) as
 * the instance; for values, what the numbers are.
 */
export function notationLegend(
  mode: TraceMode,
  seedName: string,
  example: string,
  say: Say = sayEnglish,
): string {
  if (mode === 'reverse')
    return say(
      phrase('narrate.legendReverse', {
        symbol: adjointSymbol(example),
        name: example,
        partial: `∂${seedName}/∂${example}`,
      }),
    );
  if (mode === 'forward')
    return say(
      phrase('narrate.legendForward', {
        symbol: tangentSymbol(example),
        name: example,
        partial: `∂${example}/∂${seedName}`,
      }),
    );
  return say(phrase('narrate.legendValues'));
}
