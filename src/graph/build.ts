import { BINARY_OPS, FUNCTIONS, type OpName } from '../ops/index.ts';
import { phrase } from '../phrases/index.ts';
import { differentiateInto } from '../symbolic/backward.ts';
import type { Expr, OutputItem, Program } from '../syntax/ast.ts';
import { type Diagnostic, diagnostic } from '../syntax/diagnostics.ts';
import type { Span } from '../syntax/span.ts';
import { GraphBuilder } from './builder.ts';
import { canonicalIds, duplicateOutputs, outputNames } from './outputs.ts';
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
  const bound = new NameIds();
  const definitions = new Map<string, Expr>();
  const used = new Set<string>();
  const stacks: Stacks = { frames: [], lowered: [], ids: [] };
  let output = -1;
  let outputName = '';
  let list: OutputList | undefined;
  try {
    for (const statement of program.statements) {
      if (statement.kind === 'input') {
        const id = builder.input(statement.name, statement.value, statement.nameSpan);
        bound.set(statement.name, id);
        output = id;
        outputName = statement.name;
        continue;
      }
      if (statement.kind === 'outputs') {
        const lowerItem = (expr: Expr) => {
          const id = sharing ? lowerShallow(expr, builder, bound, undefined) : -1;
          return id >= 0 ? id : lower(expr, builder, bound, definitions, sharing, used, stacks);
        };
        list = { items: statement.items, ids: statement.items.map((item) => lowerItem(item.expr)) };
        continue;
      }
      const name = statement.kind === 'assign' ? statement.name : undefined;
      let id = sharing ? lowerShallow(statement.expr, builder, bound, name) : -1;
      if (id < 0) id = lower(statement.expr, builder, bound, definitions, sharing, used, stacks);
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
    const tooLarge = phrase(sharing ? 'syntax.graphTooLarge' : 'syntax.treeTooLarge', {
      limit: maxNodes,
    });
    return { ok: false, diagnostics: [diagnostic('too-large', span, tooLarge)] };
  }
  if (list !== undefined) {
    // 1. The same node twice is an error (by the shared graph's nodes, also for the tree);
    // 2. each output is named by its item or its position.
    const nodes = builder.nodeList();
    const same = sharing ? list.ids : canonicalIds(nodes, list.ids);
    const twice = duplicateOutputs(list.items, same);
    if (twice.length > 0) return { ok: false, diagnostics: twice };
    const names = outputNames(list.items, nodes);
    return { ok: true, graph: builder.finish(list.ids, names), outputName: names[0]! };
  }
  if (output < 0) throw new Error('buildGraph: program has no statements');
  return { ok: true, graph: builder.finish([output], [outputName]), outputName };
}

/** The last line's items and the node of each, in order. */
interface OutputList {
  readonly items: readonly OutputItem[];
  readonly ids: readonly number[];
}

/**
 * Node ids by name, for the names bound so far: open addressing on an FNV-1a hash of the name's
 * code units, so that a lookup allocates nothing and a name met again (the parser gives every
 * occurrence of a name the same string) compares by identity.
 */
class NameIds {
  private readonly keys: string[] = [];
  private values = new Int32Array(256);
  private hashes = new Int32Array(256);
  /** Key index + 1 per cell, 0 when empty; the length is a power of two. */
  private table = new Int32Array(512);

  /** The id bound to `name`, or -1. */
  get(name: string): number {
    const table = this.table;
    const mask = table.length - 1;
    const hash = hashName(name);
    for (let cell = hash & mask, found = table[cell]!; found !== 0; found = table[cell]!) {
      const key = found - 1;
      if (this.hashes[key] === hash && this.keys[key] === name) return this.values[key]!;
      cell = (cell + 1) & mask;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.get(name) >= 0;
  }

  set(name: string, id: number): void {
    const table = this.table;
    const mask = table.length - 1;
    const hash = hashName(name);
    let cell = hash & mask;
    for (let found = table[cell]!; found !== 0; found = table[cell]!) {
      const key = found - 1;
      if (this.hashes[key] === hash && this.keys[key] === name) {
        this.values[key] = id;
        return;
      }
      cell = (cell + 1) & mask;
    }
    const key = this.keys.length;
    this.keys.push(name);
    if (key >= this.values.length) {
      this.values = grownInt32(this.values, 2 * key);
      this.hashes = grownInt32(this.hashes, 2 * key);
    }
    this.values[key] = id;
    this.hashes[key] = hash;
    table[cell] = key + 1;
    if (2 * this.keys.length > table.length) this.rehash();
  }

  private rehash(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    for (let key = 0; key < this.keys.length; key++) {
      let cell = this.hashes[key]! & mask;
      while (table[cell] !== 0) cell = (cell + 1) & mask;
      table[cell] = key + 1;
    }
    this.table = table;
  }
}

function hashName(name: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash;
}

function grownInt32(from: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(length);
  to.set(from);
  return to;
}

/** A leaf with sharing: a constant, or the node bound to a name (an input if none). */
function leafNode(expr: Expr, builder: GraphBuilder, bound: NameIds): number {
  if (expr.kind === 'number') return builder.constant(expr.value, expr.text, expr.span);
  const name = (expr as Expr & { kind: 'name' }).name;
  const id = bound.get(name);
  return id >= 0 ? id : builder.input(name, 1, expr.span);
}

const isLeaf = (expr: Expr): boolean => expr.kind === 'number' || expr.kind === 'name';

/**
 * With sharing, the node of an expression that is a leaf or one operation on leaves (most
 * statements), made in the same order as `lower` would; -1, having made nothing, for others.
 * An operation node is given `name` (when defined) as it is made, as `addName` would.
 */
function lowerShallow(
  expr: Expr,
  builder: GraphBuilder,
  bound: NameIds,
  name: string | undefined,
): number {
  switch (expr.kind) {
    case 'number':
    case 'name':
      return leafNode(expr, builder, bound);
    case 'binary': {
      if (!isLeaf(expr.left) || !isLeaf(expr.right)) return -1;
      const left = leafNode(expr.left, builder, bound);
      const right = leafNode(expr.right, builder, bound);
      return builder.operationOn(BINARY_OPS[expr.operator], left, right, expr.span, name);
    }
    case 'negate': {
      if (!isLeaf(expr.operand)) return -1;
      const operand = leafNode(expr.operand, builder, bound);
      return builder.operationOn('neg', operand, -1, expr.span, name);
    }
    case 'call': {
      const args = expr.args;
      if (args.length !== 1 && args.length !== 2) return -1;
      if (!isLeaf(args[0]!) || (args.length === 2 && !isLeaf(args[1]!))) return -1;
      const op = functionOf(expr.callee);
      const left = leafNode(args[0]!, builder, bound);
      const right = args.length === 2 ? leafNode(args[1]!, builder, bound) : -1;
      return builder.operationOn(op, left, right, expr.span, name);
    }
    case 'diff':
      return -1;
  }
}

function functionOf(callee: string): OpName {
  const op: OpName | undefined = FUNCTIONS.get(callee);
  if (op === undefined) throw new Error(`buildGraph: unknown function ${callee}`);
  return op;
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
  bound: NameIds,
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
        ids.push(makeNode(pending, 0, -1, -1, builder, bound, sharing));
      else {
        frames.push(pending);
        lowered.push(0);
      }
      continue;
    }
    frames.pop();
    const count = lowered.pop()!;
    if (expr.kind === 'call' && (count === 0 || count > 2)) {
      // A fresh array: the builder keeps it as the node's operands.
      const children = count === 0 ? NO_CHILDREN : ids.splice(ids.length - count, count);
      ids.push(builder.operation(functionOf(expr.callee), children, expr.span));
      continue;
    }
    const right = count === 2 ? ids.pop()! : -1;
    const left = count >= 1 ? ids.pop()! : -1;
    ids.push(
      expr.kind === 'diff'
        ? diffNode(expr, left, builder, bound)
        : makeNode(expr, count, left, right, builder, bound, sharing),
    );
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

/**
 * The node of `diff(y, x)` whose `y` is node `of`: ∂of/∂x built symbol-to-symbol into the graph
 * (`differentiateInto`), or the constant 0 when `of` does not depend on x. The parser has
 * checked the arguments and the order (MAX_DIFF_ORDER).
 */
function diffNode(
  expr: Expr & { kind: 'diff' },
  of: number,
  builder: GraphBuilder,
  bound: NameIds,
): number {
  const x = (expr.wrt as Expr & { kind: 'name' }).name;
  const input = bound.get(x) >= 0 ? bound.get(x) : builder.input(x, 1, expr.wrt.span);
  const named = builder.nodeList()[of]!.names[0];
  const adjoint = differentiateInto(builder, of, [input], {
    span: expr.span,
    ...(named !== undefined ? { outputName: named } : {}),
  });
  if (input <= of && adjoint[input]! >= 0) return adjoint[input]!;
  builder.markingDerivatives = true;
  const zero = builder.constant(0, '0', expr.span);
  builder.markingDerivatives = false;
  return zero;
}

const NO_CHILDREN: readonly number[] = [];

/** The i-th sub-expression still to lower, or undefined when all are done. */
function childAt(
  expr: Expr,
  i: number,
  bound: NameIds,
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
    case 'diff':
      return i === 0 ? expr.of : undefined;
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

/** The node of `expr` from its `count` children's ids `left` and `right` (at most two). */
function makeNode(
  expr: Expr,
  count: number,
  left: number,
  right: number,
  builder: GraphBuilder,
  bound: NameIds,
  sharing: boolean,
): number {
  switch (expr.kind) {
    case 'number':
      return builder.constant(expr.value, expr.text, expr.span);
    case 'negate':
      return builder.operationOn('neg', left, -1, expr.span);
    case 'binary':
      return builder.operationOn(BINARY_OPS[expr.operator], left, right, expr.span);
    case 'call':
      return builder.operationOn(functionOf(expr.callee), left, right, expr.span);
    case 'name': {
      if (!sharing && count === 1) {
        builder.addName(left, expr.name);
        return left;
      }
      const id = bound.get(expr.name);
      return id >= 0 ? id : builder.input(expr.name, 1, expr.span);
    }
    case 'diff':
      throw new Error('makeNode: a diff is made by diffNode');
  }
}
