import { forwardMode, reverseMode, type Trace } from './ad/index.ts';
import { compile } from './compile.ts';
import { evaluate, type InputValues, valuesTrace } from './eval/index.ts';
import type { Graph } from './graph/index.ts';
import type { OpName } from './ops/index.ts';
import { countPathsTo } from './paths/index.ts';
import { type Diagnostic, lineColumnAt, type Span } from './syntax/index.ts';

/** Graphs with more edges than this get results without step traces (nothing to animate). */
export const TRACE_EDGE_LIMIT = 2_000;

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
  readonly kind: 'input' | 'constant' | 'op';
  readonly op?: OpName;
  readonly label: string;
  readonly names: readonly string[];
  readonly operands: readonly number[];
  readonly value: number;
  readonly warnings: readonly string[];
  readonly span: Span;
}

/** An edge with its local partial ∂to/∂from at the current values. */
export interface EdgeInfo {
  readonly id: number;
  readonly from: number;
  readonly to: number;
  readonly operandIndex: number;
  readonly local: number;
}

/** One input: its value, and ∂output/∂input by both modes, and the paths from it to the output. */
export interface InputInfo {
  readonly name: string;
  readonly node: number;
  readonly value: number;
  /** Reverse mode (one pass for all inputs). */
  readonly gradient: number;
  /** Forward mode (one pass from this input). */
  readonly forward: number;
  /** Exact number of paths to the output, as a decimal string (it can exceed 2^53). */
  readonly paths: string;
}

/** Everything the page shows for one program at one set of input values. */
export interface Analysis {
  readonly sharing: boolean;
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  readonly output: number;
  /** The output's name: the last statement's name, or its node's label. */
  readonly outputName: string;
  readonly value: number;
  readonly inputs: readonly InputInfo[];
  /** ∂output/∂node for every node, by id (one reverse pass). */
  readonly gradient: readonly number[];
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
}

export type AnalyzeResult =
  | { readonly ok: true; readonly analysis: Analysis; readonly graph: Graph }
  | { readonly ok: false; readonly diagnostics: readonly DiagnosticView[] };

/** Adds display positions to diagnostics. */
export function viewDiagnostics(
  source: string,
  diagnostics: readonly Diagnostic[],
): DiagnosticView[] {
  return diagnostics.map((d) => {
    const start = lineColumnAt(source, d.span.start);
    const end = lineColumnAt(source, d.span.end);
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
 * The whole pipeline for one program: parse, build the graph, evaluate, reverse mode from the
 * output, forward mode from each input, path counts, and traces for small graphs.
 * Returns diagnostics instead of throwing on any user text.
 */
export function analyze(source: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const sharing = options.sharing ?? true;
  const built = compile(source, { sharing });
  if (!built.ok) return { ok: false, diagnostics: viewDiagnostics(source, built.diagnostics) };
  const { graph, outputName } = built;
  const { values, locals, warnings } = evaluate(graph, options.inputs);
  const traced = graph.edges.length <= TRACE_EDGE_LIMIT;
  const reverse = reverseMode(graph, locals, graph.output, { trace: traced });
  const pathsTo = countPathsTo(graph, graph.output);
  const inputs: InputInfo[] = graph.inputs.map((id) => ({
    name: graph.nodes[id]!.label,
    node: id,
    value: values[id]!,
    gradient: reverse.derivatives[id]!,
    forward: forwardMode(graph, locals, id).derivatives[graph.output]!,
    paths: pathsTo[id]!.toString(),
  }));
  const warningsByNode = new Map<number, string[]>();
  for (const w of warnings)
    warningsByNode.set(w.node, [...(warningsByNode.get(w.node) ?? []), w.message]);
  const nodes: NodeInfo[] = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    ...(n.op ? { op: n.op } : {}),
    label: n.label,
    names: n.names,
    operands: n.operands,
    value: values[n.id]!,
    warnings: warningsByNode.get(n.id) ?? [],
    span: n.span,
  }));
  const edges: EdgeInfo[] = graph.edges.map((e) => ({ ...e, local: locals[e.id]! }));
  const firstInput = graph.inputs[0];
  const analysis: Analysis = {
    sharing,
    nodes,
    edges,
    output: graph.output,
    outputName,
    value: values[graph.output]!,
    inputs,
    gradient: Array.from(reverse.derivatives),
    ...(traced && reverse.trace
      ? {
          traces: {
            values: valuesTrace(graph, values),
            reverse: reverse.trace,
            ...(firstInput !== undefined
              ? { forward: forwardMode(graph, locals, firstInput, { trace: true }).trace }
              : {}),
          },
        }
      : {}),
  };
  return { ok: true, analysis, graph };
}
