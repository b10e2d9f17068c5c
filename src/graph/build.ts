import { BINARY_OPS, FUNCTIONS, type OpName } from '../ops/index.ts';
import type { Expr, Program } from '../syntax/ast.ts';
import type { Diagnostic } from '../syntax/diagnostics.ts';
import type { Span } from '../syntax/span.ts';
import { GraphBuilder } from './builder.ts';
import type { Graph } from './types.ts';

/** How to build: with sharing (a DAG, the default) or as a tree without sharing. */
export interface BuildOptions {
  /** false builds the tree variant: every occurrence of an operation or constant is its own node. */
  readonly sharing?: boolean;
  /** Refuse graphs with more nodes than this (the tree variant can grow exponentially). */
  readonly maxNodes?: number;
}

/** The default node limit; the tree variant of a 100-stage ladder would otherwise have 2^100 nodes. */
export const DEFAULT_MAX_NODES = 2_000_000;

export type BuildResult =
  | { readonly ok: true; readonly graph: Graph; readonly outputName: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

class TooLarge extends Error {}

/**
 * Builds the computational graph of a program that parsed without diagnostics.
 * With sharing, identical operations on identical operands are one node, and equal constants are
 * one node. Inputs are always one node per name (they are the variables we differentiate by).
 * Nodes come out in topological order. Never recurses on the program's depth.
 */
export function buildGraph(program: Program, options: BuildOptions = {}): BuildResult {
  const sharing = options.sharing ?? true;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const builder = new GraphBuilder(
    sharing,
    () => {
      throw new TooLarge();
    },
    maxNodes,
  );
  // name -> node id (DAG) and name -> defining expression (tree: each use re-instantiates it)
  const bound = new Map<string, number>();
  const definitions = new Map<string, Expr>();
  const used = new Set<string>();
  const stacks: Stacks = { frames: [], lowered: [], ids: [] };
  let output = -1;
  let outputName = '';
  try {
    for (const statement of program.statements) {
      if (statement.kind === 'input') {
        const id = builder.input(statement.name, statement.value, statement.nameSpan);
        bound.set(statement.name, id);
        output = id;
        outputName = statement.name;
        continue;
      }
      const id = lower(statement.expr, builder, bound, definitions, sharing, used, stacks);
      output = id;
      if (statement.kind === 'assign') {
        builder.addName(id, statement.name);
        bound.set(statement.name, id);
        if (!sharing) definitions.set(statement.name, statement.expr);
        outputName = statement.name;
      } else {
        outputName = builder.labelOf(id);
      }
    }
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    const span: Span = { start: 0, end: 0 };
    const message = sharing
      ? `The graph has more than ${maxNodes.toLocaleString('en-US')} nodes, the limit.`
      : `Without sharing this program has more than ${maxNodes.toLocaleString('en-US')} nodes, the limit for the tree view.`;
    return { ok: false, diagnostics: [{ code: 'too-large', message, span }] };
  }
  if (output < 0) throw new Error('buildGraph: program has no statements');
  return { ok: true, graph: builder.finish(output), outputName };
}

/**
 * Lowers an expression to a node id with explicit stacks (no recursion, few allocations):
 * 1. push the root; 2. push a frame's next child until it has all its children; 3. make its
 * node from the ids its children left on the value stack, and leave its own id there.
 * In the tree variant a name bound to an expression is lowered again at every use.
 */
function lower(
  root: Expr,
  builder: GraphBuilder,
  bound: ReadonlyMap<string, number>,
  definitions: ReadonlyMap<string, Expr>,
  sharing: boolean,
  used: Set<string>,
  stacks: Stacks,
): number {
  const { frames, lowered, ids } = stacks;
  frames.push(root);
  lowered.push(0);
  while (frames.length > 0) {
    const top = frames.length - 1;
    const expr = frames[top]!;
    const pending = childAt(expr, lowered[top]!, bound, definitions, sharing, used);
    if (pending) {
      lowered[top]!++;
      // Leaves are made at once (with sharing a name is its bound node): no frame for them.
      if (pending.kind === 'number' || (sharing && pending.kind === 'name'))
        ids.push(makeNode(pending, NO_CHILDREN, builder, bound, sharing));
      else {
        frames.push(pending);
        lowered.push(0);
      }
      continue;
    }
    frames.pop();
    const count = lowered.pop()!;
    // A fresh array: the builder keeps it as the node's operands.
    const children = count === 0 ? NO_CHILDREN : popChildren(ids, count);
    ids.push(makeNode(expr, children, builder, bound, sharing));
  }
  return ids.pop()!;
}

/** The explicit stacks of `lower`, empty between calls and reused from one to the next. */
interface Stacks {
  /** Expressions being lowered, outermost first. */
  readonly frames: Expr[];
  /** Per frame: how many of its children have been pushed. */
  readonly lowered: number[];
  /** The value stack: node ids of finished children. */
  readonly ids: number[];
}

const NO_CHILDREN: readonly number[] = [];

/** The i-th sub-expression still to lower, or undefined when all are done. */
function childAt(
  expr: Expr,
  i: number,
  bound: ReadonlyMap<string, number>,
  definitions: ReadonlyMap<string, Expr>,
  sharing: boolean,
  used: Set<string>,
): Expr | undefined {
  switch (expr.kind) {
    case 'negate':
      return i === 0 ? expr.operand : undefined;
    case 'binary':
      return i === 0 ? expr.left : i === 1 ? expr.right : undefined;
    case 'call':
      return expr.args[i];
    case 'name': {
      // In the tree variant the first use of a named intermediate takes its node, and every
      // later use expands a fresh copy of its definition in place (inputs stay shared).
      if (sharing || i > 0) return undefined;
      const definition = definitions.get(expr.name);
      if (definition === undefined || !bound.has(expr.name)) return undefined;
      if (!used.has(expr.name)) {
        used.add(expr.name);
        return undefined;
      }
      return definition;
    }
    case 'number':
      return undefined;
  }
}

function makeNode(
  expr: Expr,
  children: readonly number[],
  builder: GraphBuilder,
  bound: ReadonlyMap<string, number>,
  sharing: boolean,
): number {
  switch (expr.kind) {
    case 'number':
      return builder.constant(expr.value, expr.text, expr.span);
    case 'negate':
      return builder.operation('neg', children, expr.span);
    case 'binary':
      return builder.operation(BINARY_OPS[expr.operator], children, expr.span);
    case 'call': {
      const op: OpName | undefined = FUNCTIONS.get(expr.callee);
      if (op === undefined) throw new Error(`buildGraph: unknown function ${expr.callee}`);
      return builder.operation(op, children, expr.span);
    }
    case 'name': {
      if (!sharing && children.length === 1) {
        builder.addName(children[0]!, expr.name);
        return children[0]!;
      }
      return bound.get(expr.name) ?? builder.input(expr.name, 1, expr.span);
    }
  }
}

/** The last `count` ids as a new array, taken off the stack (`splice` is slow for one or two). */
function popChildren(ids: number[], count: number): number[] {
  if (count === 1) return [ids.pop()!];
  if (count === 2) {
    const right = ids.pop()!;
    return [ids.pop()!, right];
  }
  return ids.splice(ids.length - count, count);
}
