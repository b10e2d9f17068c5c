import { OPS } from '../ops/index.ts';

/** The parts of a node that naming needs (NodeInfo and GraphNode both fit). */
export interface NamedNode {
  readonly kind: 'input' | 'constant' | 'op';
  readonly op?: keyof typeof OPS;
  readonly label: string;
  readonly names: readonly string[];
  readonly operands: readonly number[];
  /** A statement drawn as one node: `formula` says what it computes. */
  readonly collapsed?: boolean;
  readonly formula?: string;
  /** The adjoints a node of the derivative graph computes (`∂e/∂b`): its name when unnamed. */
  readonly adjointNames?: readonly string[];
}

/** Parenthesizes an expression unless it is one token or one call. */
export function atom(text: string): string {
  return /^[\p{L}\p{N}_.π]+$/u.test(text) || /^[\p{L}_]+\([^()]*\)$/u.test(text)
    ? text
    : `(${text})`;
}

/** How tightly an op binds, as the language parses it: calls and names bind tightest. */
function precedence(op: keyof typeof OPS | undefined): number {
  if (op === undefined) return 5;
  switch (op) {
    case 'add':
    case 'sub':
      return 1;
    case 'mul':
    case 'div':
      return 2;
    case 'neg':
      return 3;
    case 'pow':
      return 4;
    default:
      return 5;
  }
}

/** Whether operand `index` of `parent`, whose top op is `child`, needs parentheses. */
function needsParens(
  parent: keyof typeof OPS,
  child: keyof typeof OPS | undefined,
  index: number,
): boolean {
  const [p, c] = [precedence(parent), precedence(child)];
  if (c !== p) return c < p;
  if (parent === 'pow') return index === 0; // right-associative
  // Equal precedence: the left operand reads left to right; on the right only a + (b + c)
  // and a · (b · c) may drop them.
  return index > 0 && !(child === parent && (parent === 'add' || parent === 'mul'));
}

/**
 * `a + b`, `c · d`, `-x`, `sin(x)`: an op applied to operand texts, as the graph writes it.
 * With `operandOps` (each operand's top op, undefined for a name or a number), parentheses go
 * only where precedence needs them (`v1 · h1 + v2 · h2`); without, around anything not atomic.
 */
export function applyOp(
  op: keyof typeof OPS,
  operands: readonly string[],
  operandOps?: readonly (keyof typeof OPS | undefined)[],
): string {
  const spec = OPS[op];
  const symbol = spec.displaySymbol ?? spec.symbol;
  const wrap = (i: number) => {
    const text = operands[i]!;
    if (!operandOps) return atom(text);
    return needsParens(op, operandOps[i], i) ? `(${text})` : text;
  };
  // A power is written tight (`x^2`), as on a blackboard; other infix ops with spaces.
  if (op === 'pow') return `${wrap(0)}^${wrap(1)}`;
  if (spec.notation === 'infix') return `${wrap(0)} ${symbol} ${wrap(1)}`;
  if (spec.notation === 'prefix') return `${symbol}${wrap(0)}`;
  return `${symbol}(${operands.join(', ')})`;
}

/** `(left)`, `(right)`, `(1st)`: which operand, said only when the operand is repeated. */
export function operandPosition(node: NamedNode, operandIndex: number): string {
  const operand = node.operands[operandIndex];
  if (node.operands.filter((u) => u === operand).length < 2) return '';
  if (node.op && OPS[node.op].notation === 'infix')
    return operandIndex === 0 ? ' (left)' : ' (right)';
  return ` (${['1st', '2nd', '3rd'][operandIndex] ?? `#${operandIndex + 1}`})`;
}

/** The name an unnamed output gets, as the CLI and the page call it. */
export const UNNAMED_OUTPUT = 'output';

/**
 * One short name for every node, used alike by the graph, the narration, the tables and the URL:
 * an input or named node by its (first) name, a constant by its value, an unnamed output
 * `output`, and every other unnamed operation `t1, t2, …` in evaluation (id) order, skipping
 * names the program uses. Never `node #id`. Unique among inputs and operations.
 */
export function displayNames(
  nodes: readonly NamedNode[],
  output = nodes.length - 1,
  outputNames: ReadonlyMap<number, string> = new Map(),
): string[] {
  const taken = new Set<string>(outputNames.values());
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
    // A node the derivative graph added is named by the adjoint it computes (`∂e/∂b`).
    const adjoint = node.adjointNames?.[0];
    if (adjoint !== undefined && !taken.has(adjoint)) {
      taken.add(adjoint);
      return adjoint;
    }
    // An unnamed output listed with others (`x*y, x + y`) is named by its place: out1, out2.
    const listed = outputNames.get(id);
    if (listed !== undefined) return listed;
    if (id === output && outputName) return outputName;
    return fresh();
  });
}

/** Captions longer than this are shortened with an ellipsis (the whole one is the tooltip). */
export const MAX_CAPTION_CHARS = 28;

/** Cuts `text` to `max` characters (code points), ending in `…` when cut. */
export function shorten(text: string, max = MAX_CAPTION_CHARS): string {
  // A text of at most `max` UTF-16 units has at most `max` code points: no array needed (this
  // runs for every node of every drawing).
  if (text.length <= max) return text;
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
 * first character (`b̄`, `h̄1`), as Baydin et al. write v̄ᵢ. A constant's name is a number, which
 * a bar would make unreadable: with `seed` given, its adjoint is written `∂seed/∂1` instead.
 */
export const adjointSymbol = (name: string, seed?: string): string =>
  seed !== undefined && !/^\p{L}/u.test(name) ? partialSymbol(seed, name) : marked(name, '\u0304');

/** The tangent of a node in forward mode, ẋ = ∂x/∂input, with a dot over the first character. */
export const tangentSymbol = (name: string): string => marked(name, '\u0307');

/** ∂top/∂bottom, bracketing names that are not one token. */
export const partialSymbol = (top: string, bottom: string): string =>
  `∂${atom(top)}/∂${atom(bottom)}`;

/** The caption drawn in a node's box: `c = a + b` shortened to MAX_CAPTION_CHARS, or the name. */
export function nodeCaption(node: { readonly name: string; readonly formula?: string }): string {
  return shorten(captionOf(node.name, node.formula));
}
