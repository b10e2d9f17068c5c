import { compile } from './compile.ts';
import { type InputValues, inputVector, tapeWarnings, valuesTrace } from './eval/index.ts';
import type { Graph } from './graph/index.ts';
import { type JacobianInfo, jacobianInfo } from './jacobian/index.ts';
import { displayNames, formulaOf, nonFiniteReason } from './narrate/index.ts';
import type { OpName } from './ops/index.ts';
import { countPathsTo } from './paths/index.ts';
import type { Phrase } from './phrases/index.ts';
import { secondOrderFields } from './secondOrderFields.ts';
import { withDerivativeGraph } from './symbolic/index.ts';
import { type Diagnostic, lineColumnFinder, type Span } from './syntax/index.ts';
import {
  compileTape,
  type Tape,
  tapeForwardWithLocals,
  tapeGradient,
  tapeTangents,
} from './tape/index.ts';
import type { Trace, TraceStep } from './trace/index.ts';

/** Graphs with more edges than this get results without step traces (nothing to animate). */
export const TRACE_EDGE_LIMIT = 2_000;

/**
 * Graphs with more nodes than this get no per-node detail: `nodes`, `edges` and `gradient` are
 * empty and `detailed` is false (the page cannot draw them, and a million small objects would
 * cost seconds to build and to send from the worker). Counts and per-input results remain.
 */
export const NODE_DETAIL_LIMIT = 50_000;

/**
 * Forward mode costs one pass per input. Passes stop once the slots they visit would pass this
 * total; later inputs get `forward: NaN` and `forwardComputed: false` (reverse mode, one pass,
 * still gives every input's derivative).
 */
export const FORWARD_MODE_WORK_LIMIT = 50_000_000;

/** A diagnostic with 1-based line and column of its start and end, ready to show. */
export interface DiagnosticView extends Diagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A node as the page and the CLI see it: plain data, structured-clone and JSON safe. */
export interface NodeInfo {
  readonly id: number;
  /** True for a node the derivative graph added (it computes an adjoint). */
  readonly derivative?: true;
  readonly kind: 'input' | 'constant' | 'op';
  readonly op?: OpName;
  /** The parser's label: the name, or the operator of an unnamed operation (`*`). */
  readonly label: string;
  /**
   * The one name the page uses for this node everywhere (graph, narration, tables, URL):
   * the name, or `t1, t2, …` / `output` for unnamed operations (`displayNames`).
   */
  readonly name: string;
  /** What an operation computes over its operands' names (`a + b`); absent for leaves. */
  readonly formula?: string;
  /**
   * True for a statement drawn as one node (`Collapse statements`): `formula` writes out its
   * operations over the names drawn, and its edges' locals are the statement's partials.
   */
  readonly collapsed?: boolean;
  readonly names: readonly string[];
  readonly operands: readonly number[];
  readonly value: number;
  /** Where the derivative took a convention or the value left its domain. */
  readonly warnings: readonly Phrase[];
  readonly span: Span;
}

/** An edge with its local partial ∂to/∂from at the current values. */
export interface EdgeInfo {
  readonly id: number;
  readonly from: number;
  readonly to: number;
  readonly operandIndex: number;
  readonly local: number;
  /**
   * Present when `local` is not finite (±∞ or NaN): why, as the narration says it
   * (`log'(0) = ∞`). Every derivative along a path across this edge is NaN (LANGUAGE.md,
   * "Derivatives that are not finite"); renderers mark the edge.
   */
  readonly nonFinite?: string;
}

/** One input: its value, and ∂output/∂input by both modes, and the paths from it to the output. */
export interface InputInfo {
  readonly name: string;
  readonly node: number;
  readonly value: number;
  /** Reverse mode (one pass for all inputs). */
  readonly gradient: number;
  /** Forward mode (one pass from this input); NaN when not computed (see `forwardComputed`). */
  readonly forward: number;
  /** False when this input's forward pass was left out by FORWARD_MODE_WORK_LIMIT. */
  readonly forwardComputed: boolean;
  /** Exact number of paths to the output, as a decimal string (it can exceed 2^53). */
  readonly paths: string;
}

/** One output of the program: its name (see `Graph.outputNames`), node id and value. */
export interface OutputInfo {
  readonly name: string;
  readonly id: number;
  readonly value: number;
}

/** Everything the page shows for one program at one set of input values. */
export interface Analysis {
  readonly sharing: boolean;
  /** The graph's size, also when per-node detail is left out. */
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** False above NODE_DETAIL_LIMIT nodes: then `nodes`, `edges` and `gradient` are empty. */
  readonly detailed: boolean;
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  readonly output: number;
  /**
   * The output's name: the last statement's name, or its node's label. With several outputs
   * (`u, v`), `output`, `outputName`, `value`, the inputs' `gradient`, `forward` and `paths`,
   * `gradient` and the traces are all about the first of them.
   */
  readonly outputName: string;
  readonly value: number;
  /** Every output in the order listed; one entry (`output`) for a program with one output. */
  readonly outputs: readonly OutputInfo[];
  /**
   * ∂output_i/∂input_j for several outputs, with both modes' costs; absent for one output and
   * past JACOBIAN_ENTRY_LIMIT entries or JACOBIAN_WORK_LIMIT work.
   */
  readonly jacobian?: JacobianInfo;
  readonly inputs: readonly InputInfo[];
  /** ∂output/∂node for every node, by id (one reverse pass); empty when not `detailed`. */
  readonly gradient: readonly number[];
  /**
   * ∂²output/∂input_i∂input_j (forward over reverse, see `secondOrder`), with `operations` the
   * multiply-adds of its n passes; absent past HESSIAN_INPUT_LIMIT inputs or
   * SECOND_ORDER_NODE_LIMIT nodes, and without inputs.
   */
  readonly hessian?: {
    readonly names: readonly string[];
    readonly values: readonly (readonly number[])[];
    readonly operations: number;
  };
  /**
   * H·v for v = the gradient (any number of inputs), one forward pass over the derivative
   * graph, with its exact cost and the full Hessian's; absent past SECOND_ORDER_NODE_LIMIT.
   */
  readonly hessianVector?: {
    readonly vector: readonly number[];
    readonly product: readonly number[];
    readonly operations: number;
    readonly fullHessianOperations: number;
  };
  /** For one or two inputs: a gradient step (η = NEWTON_LEARNING_RATE) and a Newton step. */
  readonly newton?: {
    readonly learningRate: number;
    readonly point: readonly number[];
    readonly gradientStep: readonly number[];
    readonly newtonStep: readonly number[] | null;
  };
  /** Step traces of the forward pass, reverse mode from the output and forward mode from the
   * first input; absent above TRACE_EDGE_LIMIT edges. */
  readonly traces?: { readonly values: Trace; readonly reverse: Trace; readonly forward?: Trace };
}

/** The options of `analyze`. */
export interface AnalyzeOptions {
  /** Input values by name, overriding the program's starting values. */
  readonly inputs?: InputValues;
  /** false analyzes the tree variant (no sharing). */
  readonly sharing?: boolean;
  /**
   * true analyzes the derivative graph: the program's nodes, then the nodes that compute every
   * adjoint of the first output symbol-to-symbol (`withDerivativeGraph`), marked `derivative`.
   */
  readonly derivativeGraph?: boolean;
}

export type AnalyzeResult =
  | { readonly ok: true; readonly analysis: Analysis; readonly graph: Graph }
  | {
      readonly ok: false;
      /** The first MAX_DIAGNOSTICS problems by position (see parseProgram). */
      readonly diagnostics: readonly DiagnosticView[];
      /** How many problems there are in all. */
      readonly diagnosticCount: number;
    };

/** Adds display positions to diagnostics, in O(log lines) each. */
export function viewDiagnostics(
  source: string,
  diagnostics: readonly Diagnostic[],
): DiagnosticView[] {
  const lineColumnAt = lineColumnFinder(source);
  return diagnostics.map((d) => {
    const start = lineColumnAt(d.span.start);
    const end = lineColumnAt(d.span.end);
    return {
      ...d,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  });
}

/**
 * The whole pipeline for one program: parse, build the graph, compile its tape, evaluate,
 * reverse mode from the output, forward mode from each input (within FORWARD_MODE_WORK_LIMIT),
 * path counts, per-node detail (up to NODE_DETAIL_LIMIT nodes) and traces for small graphs;
 * with several outputs, each output's value and the Jacobian (see `jacobianInfo`).
 * Returns diagnostics instead of throwing on any user text.
 */
export function analyze(source: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const sharing = options.sharing ?? true;
  const built = compile(source, { sharing });
  if (!built.ok) {
    const diagnostics = viewDiagnostics(source, built.diagnostics);
    return { ok: false, diagnostics, diagnosticCount: built.diagnosticCount };
  }
  const { outputName } = built;
  // The derivative graph adds nodes after the program's (same ids for those), when it fits.
  const graph = (options.derivativeGraph && withDerivativeGraph(built.graph)?.graph) || built.graph;
  // 1. One tape; in node id order when traces are recorded (steps name node ids).
  const edgeCount = countEdges(graph);
  const traced = edgeCount <= TRACE_EDGE_LIMIT;
  const detailed = graph.nodes.length <= NODE_DETAIL_LIMIT;
  const tape = compileTape(graph, { schedule: traced ? 'ids' : 'levels' });
  // 2. Values, local partials, and reverse mode from the output.
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, inputVector(graph, options.inputs), values, locals);
  const reverseSteps: TraceStep[] | undefined = traced ? [] : undefined;
  const adjoints = tapeGradient(tape, values, tape.output, {
    locals,
    ...(reverseSteps ? { trace: reverseSteps } : {}),
  });
  // 3. Forward mode from each input, within the work limit.
  const inputs = inputInfos(graph, tape, values, locals, adjoints);
  // 4. With several outputs, each output's value and the Jacobian.
  const outputs = graph.outputs.map((id, i) => ({
    name: graph.outputNames[i]!,
    id,
    value: values[tape.slotOf[id]!]!,
  }));
  const jacobian = jacobianInfo(graph, tape, values, locals);
  const analysis: Analysis = {
    sharing,
    nodeCount: graph.nodes.length,
    edgeCount,
    detailed,
    ...(detailed
      ? nodeDetail(graph, tape, values, locals, adjoints)
      : { nodes: [], edges: [], gradient: [] }),
    output: graph.output,
    outputName,
    value: values[tape.output]!,
    outputs,
    ...(jacobian ? { jacobian } : {}),
    inputs,
    ...secondOrderFields(graph, options.inputs),
    ...(reverseSteps
      ? {
          traces: traces(graph, tape, values, locals, {
            mode: 'reverse',
            seed: graph.output,
            steps: reverseSteps,
          }),
        }
      : {}),
  };
  return { ok: true, analysis, graph };
}

/** Edges are operand slots: counted without making the graph's edge objects. */
function countEdges(graph: Graph): number {
  let edges = 0;
  for (const node of graph.nodes) edges += node.operands.length;
  return edges;
}

function inputInfos(
  graph: Graph,
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
  adjoints: Float64Array,
): InputInfo[] {
  const pathsTo = countPathsTo(graph, graph.output);
  const tangents = new Float64Array(tape.size);
  let work = 0;
  return graph.inputs.map((id, j) => {
    const slot = tape.inputs[j]!;
    work += tape.size - slot;
    const forwardComputed = work <= FORWARD_MODE_WORK_LIMIT;
    const forward = forwardComputed
      ? tapeTangents(tape, values, slot, { locals, into: tangents })[tape.output]!
      : Number.NaN;
    return {
      name: graph.nodes[id]!.label,
      node: id,
      value: values[slot]!,
      gradient: adjoints[slot]!,
      forward,
      forwardComputed,
      paths: pathsTo[id]!.toString(),
    };
  });
}

/** Per-node and per-edge plain data by node and edge id, with each node's warnings. */
function nodeDetail(
  graph: Graph,
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
  adjoints: Float64Array,
): Pick<Analysis, 'nodes' | 'edges' | 'gradient'> {
  const { slotOf } = tape;
  const warningsByNode = new Map<number, Phrase[]>();
  for (const w of tapeWarnings(tape, values)) {
    const node = tape.nodeAt[w.node]!;
    warningsByNode.set(node, [...(warningsByNode.get(node) ?? []), w.phrase]);
  }
  const listed =
    graph.outputs.length > 1
      ? new Map(graph.outputs.map((id, i) => [id, graph.outputNames[i]!] as const))
      : undefined;
  const names = displayNames(graph.nodes, graph.output, listed);
  const nodes: NodeInfo[] = graph.nodes.map((n) => {
    const formula = formulaOf(n, names);
    return {
      id: n.id,
      ...(n.derivative ? { derivative: true as const } : {}),
      kind: n.kind,
      ...(n.op ? { op: n.op } : {}),
      label: n.label,
      name: names[n.id]!,
      ...(formula !== undefined ? { formula } : {}),
      names: n.names,
      operands: n.operands,
      value: values[slotOf[n.id]!]!,
      warnings: warningsByNode.get(n.id) ?? [],
      span: n.span,
    };
  });
  const nodeValues = nodes.map((n) => n.value);
  const edges: EdgeInfo[] = graph.edges.map((e) => {
    const local = locals[2 * slotOf[e.to]! + e.operandIndex]!;
    const why = nonFiniteReason({ ...e, local }, graph.nodes, names, nodeValues);
    return why === undefined ? { ...e, local } : { ...e, local, nonFinite: why };
  });
  const gradient = graph.nodes.map((n) => adjoints[slotOf[n.id]!]!);
  return { nodes, edges, gradient };
}

/** The traces of a small graph (an `ids` tape, so slots are node ids). */
function traces(
  graph: Graph,
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
  reverse: Trace,
): NonNullable<Analysis['traces']> {
  const firstInput = graph.inputs[0];
  const forwardSteps: TraceStep[] = [];
  if (firstInput !== undefined)
    tapeTangents(tape, values, firstInput, { locals, trace: forwardSteps });
  return {
    values: valuesTrace(graph, values),
    reverse,
    ...(firstInput !== undefined
      ? { forward: { mode: 'forward', seed: firstInput, steps: forwardSteps } }
      : {}),
  };
}
