import { OPS, type OpName } from '../ops/index.ts';
import type { Span } from '../syntax/span.ts';
import type { Graph, GraphEdge, GraphNode, NodeKind } from './types.ts';

interface MutableNode {
  id: number;
  kind: NodeKind;
  op?: OpName;
  label: string;
  names: string[];
  operands: readonly number[];
  initialValue: number;
  span: Span;
  derivative?: true;
  adjointNames?: string[];
}

/** Shared by every node without names, operands or edges; never mutated. */
const NONE = Object.freeze([]) as never[];

/**
 * Appends nodes in creation order, which is topological because operands always exist before
 * the operation that uses them. With sharing, `operation` and `constant` return an existing node
 * for the same key (hash-consing). Keys are integers (op code and operand ids) in an
 * open-addressing table, so building a million nodes allocates little besides the nodes.
 */
export class GraphBuilder {
  private readonly nodes: MutableNode[] = [];
  private readonly inputs: number[] = [];
  private readonly inputByName = new Map<string, number>();
  private readonly constants = new Map<number, number>();
  /**
   * Open addressing, four integers per cell so that a probe reads one cache line: node id + 1
   * (0 when empty), then its key: op code + 1 and operand ids (-1 when absent). The number of
   * cells is a power of two.
   */
  private table = new Int32Array(4 * 2048);
  private interned = 0;
  private edgeCount = 0;
  /** While true, every node made is flagged `derivative` (see `GraphNode.derivative`). */
  markingDerivatives = false;

  constructor(
    private readonly sharing: boolean,
    private readonly onTooLarge: () => never,
    private readonly maxNodes: number,
  ) {}

  /** The input node called `name`, created with `value` the first time. */
  input(name: string, value: number, span: Span): number {
    const existing = this.inputByName.get(name);
    if (existing !== undefined) return existing;
    const id = this.push({
      id: 0,
      kind: 'input',
      label: name,
      names: [name],
      operands: NONE,
      initialValue: value,
      span,
    });
    this.inputs.push(id);
    this.inputByName.set(name, id);
    return id;
  }

  /** A constant node; with sharing, one node per value. `text` is how it was written. */
  constant(value: number, text: string, span: Span): number {
    if (this.sharing) {
      const existing = this.constants.get(value);
      if (existing !== undefined) return existing;
    }
    const id = this.push({
      id: 0,
      kind: 'constant',
      label: text === 'pi' ? 'π' : String(value),
      names: NONE,
      operands: NONE,
      initialValue: value,
      span,
    });
    if (this.sharing) this.constants.set(value, id);
    return id;
  }

  /**
   * An operation node on `operands`; with sharing, one node per (op, operands) in order.
   * A new node keeps `operands` as its own: callers pass a fresh array and do not change it.
   */
  operation(op: OpName, operands: readonly number[], span: Span): number {
    return this.intern(op, operands[0] ?? -1, operands[1] ?? -1, operands, span, undefined);
  }

  /**
   * `operation` on the operands `left` and `right` (-1 for a unary op), which makes the operands
   * array only for a new node; then `addName(id, name)` if `name` is given, in one step.
   */
  operationOn(op: OpName, left: number, right: number, span: Span, name?: string): number {
    return this.intern(op, left, right, undefined, span, name);
  }

  private intern(
    op: OpName,
    left: number,
    right: number,
    operands: readonly number[] | undefined,
    span: Span,
    name: string | undefined,
  ): number {
    const code = OPS[op].code + 1;
    let cell = -1;
    if (this.sharing) {
      const table = this.table;
      const mask = (table.length >> 2) - 1;
      cell = hash(code, left, right) & mask;
      for (let found = table[cell << 2]!; found !== 0; found = table[cell << 2]!) {
        const at = cell << 2;
        if (table[at + 1] === code && table[at + 2] === left && table[at + 3] === right) {
          if (name !== undefined) this.addName(found - 1, name);
          return found - 1;
        }
        cell = (cell + 1) & mask;
      }
    }
    const id = this.push({
      id: 0,
      kind: 'op',
      op,
      label: name ?? OPS[op].symbol,
      names: name === undefined ? NONE : [name],
      operands: operands ?? (right < 0 ? [left] : [left, right]),
      initialValue: 0,
      span,
    });
    if (this.sharing) this.remember(cell, id, code, left, right);
    return id;
  }

  /** Binds a name to a node; the first name becomes the label of an op node. */
  addName(id: number, name: string): void {
    const node = this.nodes[id]!;
    if (node.names.includes(name)) return;
    if (node.names.length === 0 && node.kind === 'op') node.label = name;
    node.names = node.names === NONE ? [name] : [...node.names, name];
  }

  /** Records that node `id` computes the adjoint `name` (`∂e/∂c`); each name once. */
  addAdjointName(id: number, name: string): void {
    const node = this.nodes[id]!;
    if (node.adjointNames === undefined) node.adjointNames = [name];
    else if (!node.adjointNames.includes(name)) node.adjointNames.push(name);
  }

  /**
   * Appends a copy of a node of a finished graph (ids are kept when nodes are adopted in id
   * order into an empty builder). With sharing, it is remembered for hash-consing unless an
   * equal node was adopted before (a tree variant's copies), so later nodes share with it.
   */
  adopt(node: GraphNode): number {
    const { adjointNames, ...rest } = node;
    const copy: MutableNode = { ...rest, names: node.names as string[] };
    if (adjointNames) copy.adjointNames = [...adjointNames];
    const id = this.push(copy);
    if (node.kind === 'input') {
      this.inputs.push(id);
      this.inputByName.set(node.label, id);
    } else if (node.kind === 'constant') {
      if (this.sharing && !this.constants.has(node.initialValue))
        this.constants.set(node.initialValue, id);
    } else if (this.sharing) {
      const code = OPS[node.op!].code + 1;
      const left = node.operands[0] ?? -1;
      const right = node.operands[1] ?? -1;
      const mask = (this.table.length >> 2) - 1;
      let cell = hash(code, left, right) & mask;
      for (let at = cell << 2; this.table[at] !== 0; at = cell << 2) {
        if (
          this.table[at + 1] === code &&
          this.table[at + 2] === left &&
          this.table[at + 3] === right
        )
          return id;
        cell = (cell + 1) & mask;
      }
      this.remember(cell, id, code, left, right);
    }
    return id;
  }

  labelOf(id: number): string {
    return this.nodes[id]!.label;
  }

  /** The nodes made so far, by id (not to be changed by the caller). */
  nodeList(): readonly GraphNode[] {
    return this.nodes;
  }

  /**
   * The finished graph with its outputs (the first is `output`). Its edges, in-edges and out-edges are derived from the nodes' operands
   * on first use and kept: building a million-node graph for the tape never makes its two
   * million edge objects.
   */
  finish(outputs: readonly number[], outputNames: readonly string[]): Graph {
    if (outputs.length === 0 || outputs.length !== outputNames.length)
      throw new Error('GraphBuilder.finish: one name per output, at least one output');
    const nodes: GraphNode[] = this.nodes;
    const edgeCount = this.edgeCount;
    let derived: EdgeViews | undefined;
    const views = () => {
      derived ??= edgeViews(nodes, edgeCount);
      return derived;
    };
    return {
      nodes,
      inputs: this.inputs,
      output: outputs[0]!,
      outputs,
      outputNames,
      get edges() {
        return views().edges;
      },
      get inEdges() {
        return views().inEdges;
      },
      get outEdges() {
        return views().outEdges;
      },
    };
  }

  private push(node: MutableNode): number {
    if (this.nodes.length >= this.maxNodes) this.onTooLarge();
    const id = this.nodes.length;
    node.id = id;
    if (this.markingDerivatives) node.derivative = true;
    this.nodes.push(node);
    this.edgeCount += node.operands.length;
    return id;
  }

  /** Stores `id` and its key in the empty cell found by the lookup; doubles past half full. */
  private remember(cell: number, id: number, code: number, left: number, right: number): void {
    const at = cell << 2;
    this.table[at] = id + 1;
    this.table[at + 1] = code;
    this.table[at + 2] = left;
    this.table[at + 3] = right;
    this.interned++;
    if (2 * this.interned <= this.table.length >> 2) return;
    const old = this.table;
    const table = new Int32Array(2 * old.length);
    const mask = (table.length >> 2) - 1;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from] === 0) continue;
      let c = hash(old[from + 1]!, old[from + 2]!, old[from + 3]!) & mask;
      while (table[c << 2] !== 0) c = (c + 1) & mask;
      for (let i = 0; i < 4; i++) table[(c << 2) + i] = old[from + i]!;
    }
    this.table = table;
  }
}

function hash(code: number, left: number, right: number): number {
  let h = Math.imul(code, 0x9e3779b1) ^ Math.imul(left + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(right + 2, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

interface EdgeViews {
  readonly edges: readonly GraphEdge[];
  readonly inEdges: readonly (readonly number[])[];
  readonly outEdges: readonly (readonly number[])[];
}

/**
 * 1. One edge per operand slot, numbered by target node then operand; 2. the in-edges of each
 * node (consecutive ids); 3. the out-edges in consumer order, sized by a first count.
 */
function edgeViews(nodes: readonly GraphNode[], edgeCount: number): EdgeViews {
  const n = nodes.length;
  const edges: GraphEdge[] = new Array(edgeCount);
  const inEdges: (readonly number[])[] = new Array(n);
  const consumers = new Int32Array(n);
  let e = 0;
  for (let v = 0; v < n; v++) {
    const operands = nodes[v]!.operands;
    if (operands.length === 0) {
      inEdges[v] = NONE;
      continue;
    }
    const first = e;
    for (let i = 0; i < operands.length; i++) {
      const from = operands[i]!;
      edges[e] = { id: e, from, to: v, operandIndex: i };
      consumers[from]!++;
      e++;
    }
    inEdges[v] = operands.length === 2 ? [first, first + 1] : [first];
  }
  const outEdges: number[][] = new Array(n);
  for (let v = 0; v < n; v++) outEdges[v] = consumers[v] === 0 ? NONE : new Array(consumers[v]);
  consumers.fill(0);
  for (const edge of edges) outEdges[edge.from]![consumers[edge.from]!++] = edge.id;
  return { edges, inEdges, outEdges };
}
