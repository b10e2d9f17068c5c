import { OPS } from '../ops/index.ts';

/** The parts of a node that naming needs (NodeInfo and GraphNode both fit). */
export interface NamedNode {
  readonly kind: 'input' | 'constant' | 'op';
  readonly op?: keyof typeof OPS;
  readonly label: string;
  readonly names: readonly string[];
  readonly operands: readonly number[];
}

/** Parenthesizes an expression unless it is one token or one call. */
export function atom(text: string): string {
  return /^[\p{L}\p{N}_.π]+$/u.test(text) || /^[\p{L}_]+\([^()]*\)$/u.test(text)
    ? text
    : `(${text})`;
}

/** `a + b`, `c · d`, `-x`, `sin(x)`: an op applied to operand texts, as the graph writes it. */
export function applyOp(op: keyof typeof OPS, operands: readonly string[]): string {
  const spec = OPS[op];
  const symbol = spec.displaySymbol ?? spec.symbol;
  if (spec.notation === 'infix') return `${atom(operands[0]!)} ${symbol} ${atom(operands[1]!)}`;
  if (spec.notation === 'prefix') return `${symbol}${atom(operands[0]!)}`;
  return `${symbol}(${operands.join(', ')})`;
}

/** The name an unnamed output gets, as the CLI and the page call it. */
export const UNNAMED_OUTPUT = 'output';

/**
 * One short name for every node, used alike by the graph, the narration, the tables and the URL:
 * an input or named node by its (first) name, a constant by its value, an unnamed output
 * `output`, and every other unnamed operation `t1, t2, …` in evaluation (id) order, skipping
 * names the program uses. Never `node #id`. Unique among inputs and operations.
 */
export function displayNames(nodes: readonly NamedNode[], output = nodes.length - 1): string[] {
  const taken = new Set<string>();
  for (const node of nodes) {
    if (node.kind === 'input') taken.add(node.label);
    for (const name of node.names) taken.add(name);
  }
  const outputName = taken.has(UNNAMED_OUTPUT) ? undefined : UNNAMED_OUTPUT;
  let counter = 0;
  const fresh = () => {
    let name: string;
    do name = `t${++counter}`;
    while (taken.has(name));
    return name;
  };
  return nodes.map((node, id) => {
    if (node.kind !== 'op') return node.label;
    if (node.names.length > 0) return node.names[0]!;
    if (id === output && outputName) return outputName;
    return fresh();
  });
}

/** Captions longer than this are shortened with an ellipsis (the whole one is the tooltip). */
export const MAX_CAPTION_CHARS = 24;

/** Cuts `text` to `max` characters (code points), ending in `…` when cut. */
export function shorten(text: string, max = MAX_CAPTION_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * What a node computes, over its operands' display names (`a + b`, `max(t1, z)`), or
 * undefined for inputs and constants.
 */
export function formulaOf(node: NamedNode, names: readonly string[]): string | undefined {
  if (node.kind !== 'op' || node.op === undefined) return undefined;
  return applyOp(
    node.op,
    node.operands.map((u) => names[u] ?? '?'),
  );
}

/** `c = a + b` for an operation, the name alone for an input or a constant. */
export function captionOf(name: string, formula: string | undefined): string {
  return formula === undefined ? name : `${name} = ${formula}`;
}

/** Puts `mark` (a combining character) on the first character of `name`. */
const marked = (name: string, mark: string): string => {
  const [first = '', ...rest] = [...name];
  return `${first}${mark}${rest.join('')}`;
};

/**
 * The adjoint of a node in reverse mode, x̄ = ∂output/∂x, written with a bar over the name's
 * first character (`b̄`, `h̄1`), as Baydin et al. write v̄ᵢ.
 */
export const adjointSymbol = (name: string): string => marked(name, '\u0304');

/** The tangent of a node in forward mode, ẋ = ∂x/∂input, with a dot over the first character. */
export const tangentSymbol = (name: string): string => marked(name, '\u0307');

/** ∂top/∂bottom, bracketing names that are not one token. */
export const partialSymbol = (top: string, bottom: string): string =>
  `∂${atom(top)}/∂${atom(bottom)}`;

/** The caption drawn in a node's box: `c = a + b` shortened to MAX_CAPTION_CHARS, or the name. */
export function nodeCaption(node: { readonly name: string; readonly formula?: string }): string {
  return shorten(captionOf(node.name, node.formula));
}
