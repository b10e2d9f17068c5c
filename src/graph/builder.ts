import { OPS, type OpName } from '../ops/index.ts';
import type { Span } from '../syntax/span.ts';
import type { Graph, GraphEdge, GraphNode, NodeKind } from './types.ts';

interface MutableNode {
  id: number;
  kind: NodeKind;
  op?: OpName;
  label: string;
  names: string[];
  operands: number[];
  initialValue: number;
  span: Span;
}

/**
 * Appends nodes in creation order, which is topological because operands always exist before
 * the operation that uses them. With sharing, `operation` and `constant` return an existing node
 * for the same key (hash-consing).
 */
export class GraphBuilder {
  private readonly nodes: MutableNode[] = [];
  private readonly edges: GraphEdge[] = [];
  private readonly inputs: number[] = [];
  private readonly inputByName = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

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
      kind: 'input',
      label: name,
      names: [name],
      operands: [],
      initialValue: value,
      span,
    });
    this.inputs.push(id);
    this.inputByName.set(name, id);
    return id;
  }

  /** A constant node; with sharing, one node per value. `text` is how it was written. */
  constant(value: number, text: string, span: Span): number {
    const key = `#${String(value)}`;
    const label = text === 'pi' ? 'π' : String(value);
    return this.intern(key, () => ({
      kind: 'constant',
      label,
      names: [],
      operands: [],
      initialValue: value,
      span,
    }));
  }

  /** An operation node on `operands`; with sharing, one node per (op, operands) in order. */
  operation(op: OpName, operands: readonly number[], span: Span): number {
    const key = `${op}(${operands.join(',')})`;
    return this.intern(key, () => ({
      kind: 'op',
      op,
      label: OPS[op].symbol,
      names: [],
      operands: [...operands],
      initialValue: 0,
      span,
    }));
  }

  /** Binds a name to a node; the first name becomes the label of an op node. */
  addName(id: number, name: string): void {
    const node = this.nodes[id]!;
    if (node.names.includes(name)) return;
    if (node.names.length === 0 && node.kind === 'op') node.label = name;
    node.names.push(name);
  }

  labelOf(id: number): string {
    return this.nodes[id]!.label;
  }

  finish(output: number): Graph {
    const inEdges: number[][] = this.nodes.map(() => []);
    const outEdges: number[][] = this.nodes.map(() => []);
    for (const edge of this.edges) {
      inEdges[edge.to]!.push(edge.id);
      outEdges[edge.from]!.push(edge.id);
    }
    const nodes: GraphNode[] = this.nodes;
    return { nodes, edges: this.edges, inputs: this.inputs, output, inEdges, outEdges };
  }

  private intern(key: string, make: () => Omit<MutableNode, 'id'>): number {
    if (this.sharing) {
      const existing = this.byKey.get(key);
      if (existing !== undefined) return existing;
    }
    const id = this.push(make());
    if (this.sharing) this.byKey.set(key, id);
    return id;
  }

  private push(node: Omit<MutableNode, 'id'>): number {
    if (this.nodes.length >= this.maxNodes) this.onTooLarge();
    const id = this.nodes.length;
    this.nodes.push({ id, ...node });
    node.operands.forEach((from, operandIndex) => {
      this.edges.push({ id: this.edges.length, from, to: id, operandIndex });
    });
    return id;
  }
}
