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
  /** Op code + 1 and operand ids by node id (0 and -1 for leaves), for comparing keys. */
  private codes = new Uint8Array(1024);
  private lefts = new Int32Array(1024);
  private rights = new Int32Array(1024);
  /** Open addressing: node id + 1 per cell, 0 when empty; the length is a power of two. */
  private table = new Int32Array(2048);
  private interned = 0;
  private edgeCount = 0;

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
    const code = OPS[op].code + 1;
    const left = operands[0] ?? -1;
    const right = operands[1] ?? -1;
    let cell = -1;
    if (this.sharing) {
      const mask = this.table.length - 1;
      cell = hash(code, left, right) & mask;
      for (let found = this.table[cell]!; found !== 0; found = this.table[cell]!) {
        const id = found - 1;
        if (this.codes[id] === code && this.lefts[id] === left && this.rights[id] === right)
          return id;
        cell = (cell + 1) & mask;
      }
    }
    const id = this.push({
      id: 0,
      kind: 'op',
      op,
      label: OPS[op].symbol,
      names: NONE,
      operands,
      initialValue: 0,
      span,
    });
    this.codes[id] = code;
    this.lefts[id] = left;
    this.rights[id] = right;
    if (this.sharing) this.remember(cell, id);
    return id;
  }

  /** Binds a name to a node; the first name becomes the label of an op node. */
  addName(id: number, name: string): void {
    const node = this.nodes[id]!;
    if (node.names.includes(name)) return;
    if (node.names.length === 0 && node.kind === 'op') node.label = name;
    node.names = node.names === NONE ? [name] : [...node.names, name];
  }

  labelOf(id: number): string {
    return this.nodes[id]!.label;
  }

  /**
   * The finished graph. Its edges, in-edges and out-edges are derived from the nodes' operands
   * on first use and kept: building a million-node graph for the tape never makes its two
   * million edge objects.
   */
  finish(output: number): Graph {
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
      output,
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
    this.nodes.push(node);
    this.edgeCount += node.operands.length;
    if (id >= this.codes.length) {
      this.codes = grown(this.codes, new Uint8Array(2 * id));
      this.lefts = grown(this.lefts, new Int32Array(2 * id));
      this.rights = grown(this.rights, new Int32Array(2 * id));
    }
    this.codes[id] = 0;
    this.lefts[id] = -1;
    this.rights[id] = -1;
    return id;
  }

  /** Stores `id` in the empty cell found by the lookup; doubles the table past half full. */
  private remember(cell: number, id: number): void {
    this.table[cell] = id + 1;
    this.interned++;
    if (2 * this.interned <= this.table.length) return;
    const old = this.table;
    this.table = new Int32Array(2 * old.length);
    const mask = this.table.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      const v = entry - 1;
      let c = hash(this.codes[v]!, this.lefts[v]!, this.rights[v]!) & mask;
      while (this.table[c] !== 0) c = (c + 1) & mask;
      this.table[c] = entry;
    }
  }
}

function hash(code: number, left: number, right: number): number {
  let h = Math.imul(code, 0x9e3779b1) ^ Math.imul(left + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(right + 2, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

function grown<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
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
