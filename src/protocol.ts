import { forwardMode, reverseMode } from './ad/index.ts';
import { type Analysis, analyze, type DiagnosticView } from './analysis.ts';
import { type Drawing, DrawingCache } from './drawing.ts';
import { evaluate, type InputValues } from './eval/index.ts';
import type { Graph } from './graph/index.ts';
import { PATHS_REPORT_NODE_LIMIT, type PathsReport, pathsReport } from './paths/index.ts';
import type { Trace } from './trace/index.ts';

export type { GrowthPoint, LabRequest, LabResponse, Timing } from './lab/index.ts';
export { handleLab } from './lab/index.ts';

/** A message from the page to the engine. Every request carries an id; answers repeat it. */
export type EngineRequest = {
  readonly type: 'analyze';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
  readonly sharing?: boolean;
  /**
   * The node forward mode starts from, by display name (`NodeInfo.name`) or id; default: the
   * first input.
   */
  readonly forwardFrom?: number | string;
  /** The node reverse mode differentiates, by display name or id; default: the output. */
  readonly reverseFrom?: number | string;
};

/** The nodes the derivative modes actually used (-1 where there is none, e.g. no inputs). */
export interface Seeds {
  readonly forward: number;
  readonly reverse: number;
}

/** The engine's answer: results, the program's diagnostics, or an engine failure as data. */
export type EngineResponse =
  | {
      readonly type: 'analysis';
      readonly id: number;
      readonly analysis: Analysis;
      readonly seeds: Seeds;
      readonly drawing: Drawing;
      /** Paths from seeds.forward to seeds.reverse, and costs; absent above PATHS_REPORT_NODE_LIMIT. */
      readonly paths?: PathsReport;
    }
  /** A refined layout for the analysis answered with the same id. */
  | { readonly type: 'drawing'; readonly id: number; readonly drawing: Drawing }
  | {
      readonly type: 'invalid';
      readonly id: number;
      readonly diagnostics: readonly DiagnosticView[];
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

const failure = (id: number, error: unknown): EngineResponse => ({
  type: 'failed',
  id,
  message: `The engine failed: ${error instanceof Error ? error.message : String(error)}`,
});

/**
 * The seed a request names, if it is a node that can be one (not a constant), else the
 * fallback. A name is looked up among display names; a number, or a string of digits that
 * names no node (links made before names), is a node id.
 */
function validSeed(
  graph: Graph,
  names: readonly string[],
  wanted: number | string | undefined,
  fallback: number,
): number {
  let id = typeof wanted === 'number' ? wanted : -1;
  if (typeof wanted === 'string') {
    id = names.findIndex((name, i) => name === wanted && graph.nodes[i]!.kind !== 'constant');
    if (id < 0 && /^\d+$/.test(wanted)) id = Number(wanted);
  }
  if (!Number.isInteger(id)) return fallback;
  const node = graph.nodes[id];
  return node && node.kind !== 'constant' ? id : fallback;
}

/**
 * The engine as the worker runs it: answers requests, and keeps layouts by structure so that a
 * change of values, mode or seed reuses the layout. Never throws: failures come back as data.
 */
export class EngineSession {
  readonly #drawings = new DrawingCache();
  #last: { id: number; analysis: Analysis } | undefined;

  /** Answers one request; for a large graph the drawing is a draft and `refine` follows. */
  handle(request: EngineRequest): EngineResponse {
    const { id } = request;
    this.#last = undefined;
    try {
      const result = analyze(request.source, {
        ...(request.inputs ? { inputs: request.inputs } : {}),
        ...(request.sharing !== undefined ? { sharing: request.sharing } : {}),
      });
      if (!result.ok) return { type: 'invalid', id, diagnostics: result.diagnostics };
      const { graph } = result;
      const names = result.analysis.nodes.map((n) => n.name);
      const seeds: Seeds = {
        forward: validSeed(graph, names, request.forwardFrom, graph.inputs[0] ?? -1),
        reverse: validSeed(graph, names, request.reverseFrom, graph.output),
      };
      // Local partials for the traces and the paths report, which only small graphs get.
      const small = graph.nodes.length <= PATHS_REPORT_NODE_LIMIT;
      const locals =
        small || result.analysis.traces
          ? localsOf(result.analysis, graph, request.inputs)
          : new Float64Array(0);
      const analysis = withTraces(result.analysis, graph, seeds, locals);
      const drawing = this.#drawings.draw(analysis);
      if (drawing.refining) this.#last = { id, analysis };
      const paths = small ? pathsReport(graph, locals, seeds) : undefined;
      return { type: 'analysis', id, analysis, seeds, drawing, ...(paths ? { paths } : {}) };
    } catch (error) {
      return failure(id, error);
    }
  }

  /** The refined layout the last answer promised, or undefined when none is pending. */
  refine(): EngineResponse | undefined {
    const last = this.#last;
    this.#last = undefined;
    if (!last) return undefined;
    try {
      return { type: 'drawing', id: last.id, drawing: this.#drawings.refine(last.analysis) };
    } catch (error) {
      return failure(last.id, error);
    }
  }
}

/** Every edge's local partial, by edge id: from the analysis when it has them, else evaluated. */
function localsOf(analysis: Analysis, graph: Graph, inputs: InputValues | undefined): Float64Array {
  if (analysis.edges.length === graph.edges.length)
    return Float64Array.from(analysis.edges, (e) => e.local);
  return evaluate(graph, inputs).locals;
}

/** Replaces the analysis's derivative traces by those from the chosen seeds (small graphs only). */
function withTraces(
  analysis: Analysis,
  graph: Graph,
  seeds: Seeds,
  locals: Float64Array,
): Analysis {
  if (!analysis.traces) return analysis;
  const reverse = reverseMode(graph, locals, seeds.reverse, { trace: true }).trace!;
  const forward: Trace | undefined =
    seeds.forward >= 0
      ? forwardMode(graph, locals, seeds.forward, { trace: true }).trace
      : undefined;
  const { values } = analysis.traces;
  return { ...analysis, traces: { values, reverse, ...(forward ? { forward } : {}) } };
}

/**
 * Answers one request with a fresh session. Pure and synchronous: Node tests call it directly.
 * Never throws: an engine bug comes back as `{type: 'failed'}`.
 */
export function handle(request: EngineRequest): EngineResponse {
  return new EngineSession().handle(request);
}
