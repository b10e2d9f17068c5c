import { forwardMode, reverseMode } from './ad/index.ts';
import { type Analysis, analyze, type DiagnosticView } from './analysis.ts';
import { compile } from './compile.ts';
import { type Drawing, DrawingCache } from './drawing.ts';
import { evaluate, type InputValues } from './eval/index.ts';
import type { Graph } from './graph/index.ts';
import type { Orientation } from './layout/index.ts';
import { PATHS_REPORT_NODE_LIMIT, type PathsReport, pathsReport } from './paths/index.ts';
import { type Phrase, phrase } from './phrases/index.ts';
import type { Trace } from './trace/index.ts';
import { drawnView } from './view.ts';

export type { GrowthPoint, LabRequest, LabResponse, MedianTime, Timing } from './lab/index.ts';
export { handleLab } from './lab/index.ts';
export { fromWire, toWire, type WireResponse } from './wire.ts';

/** A message from the page to the engine. Every request carries an id; answers repeat it. */
export type EngineRequest = {
  readonly type: 'analyze';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
  readonly sharing?: boolean;
  /** Analyze and draw the derivative graph: the program's nodes and those computing adjoints. */
  readonly derivativeGraph?: boolean;
  /**
   * The node forward mode starts from, by display name (`NodeInfo.name`) or id; default: the
   * first input.
   */
  readonly forwardFrom?: number | string;
  /** The node reverse mode differentiates, by display name or id; default: the output. */
  readonly reverseFrom?: number | string;
  /** Draw statements as single nodes (true) or as operations (false); absent: automatic. */
  readonly collapse?: boolean;
  /** Statements, by name, drawn as operations inside a collapsed view. */
  readonly expanded?: readonly string[];
  /** The drawing's direction; absent: the one that reads larger in `viewport`. */
  readonly orientation?: Orientation;
  /** The graph panel's size on screen in CSS px, for automatic orientation and collapse. */
  readonly viewport?: { readonly width: number; readonly height: number };
};

/** The nodes the derivative modes actually used (-1 where there is none, e.g. no inputs). */
export interface Seeds {
  readonly forward: number;
  readonly reverse: number;
}

/**
 * How the graph in an answer is drawn, and what the view controls can change. `drawn` is the
 * analysis the graph panel shows and steps (the collapsed statements, or `analysis` itself);
 * `seeds` are in its ids.
 */
export interface ViewInfo {
  readonly drawn: Analysis;
  readonly seeds: Seeds;
  /** True when statements are drawn as single nodes. */
  readonly collapsed: boolean;
  /** True when some statement has more than one operation, so collapsing changes the drawing. */
  readonly collapsible: boolean;
  /** Statements drawn expanded inside a collapsed view, by name. */
  readonly expanded: readonly string[];
  /** Statements (by name) with more than one operation: each can be expanded alone. */
  readonly expandable: readonly string[];
  /** Nodes (not inputs) with more than one use: what the tree view would copy. */
  readonly shared: number;
  /** By edge id of `analysis`, the edge of `drawn` that carries it (-1: inside a statement). */
  readonly edgeOf?: readonly number[];
}

/** The engine's answer: results, the program's diagnostics, or an engine failure as data. */
export type EngineResponse =
  | {
      readonly type: 'analysis';
      readonly id: number;
      readonly analysis: Analysis;
      readonly seeds: Seeds;
      readonly drawing: Drawing;
      readonly view: ViewInfo;
      /** Paths from seeds.forward to seeds.reverse, and costs; absent above PATHS_REPORT_NODE_LIMIT. */
      readonly paths?: PathsReport;
    }
  /** A refined layout for the analysis answered with the same id. */
  | { readonly type: 'drawing'; readonly id: number; readonly drawing: Drawing }
  | {
      readonly type: 'invalid';
      readonly id: number;
      /** The first MAX_DIAGNOSTICS problems by position. */
      readonly diagnostics: readonly DiagnosticView[];
      /** How many problems there are in all; absent means `diagnostics.length`. */
      readonly diagnosticCount?: number;
    }
  | { readonly type: 'failed'; readonly id: number; readonly phrase: Phrase };

/**
 * Where the engine is with a request. `handle` is synchronous, so a worker can speak only
 * between phases: a progress message proves that the worker was alive when the phase ended, not
 * that it still is; a phase (analysis or layout of a large graph) can be seconds of silence.
 */
export type EnginePhase = 'started' | 'analysed' | 'laid out' | 'refining';

/**
 * What the engine worker says besides answers: `ready` once it runs; `holding` once it holds the
 * liveness lock the page named (`watch`); `progress` at the start of a request, after each
 * phase, and before refining a layout.
 */
export type EngineNotice =
  | { readonly type: 'ready' }
  | { readonly type: 'holding'; readonly lock: string }
  | { readonly type: 'progress'; readonly id: number; readonly phase: EnginePhase };

/**
 * What the page sends the engine worker: requests, and once, the name of a Web Lock the worker
 * holds for as long as it lives, so that the page learns at once when it dies.
 */
export type EngineCommand = EngineRequest | { readonly type: 'watch'; readonly lock: string };

/** Called by `EngineSession.handle` after each phase of a request. */
export type ProgressListener = (phase: EnginePhase) => void;

const failure = (id: number, error: unknown): EngineResponse => ({
  type: 'failed',
  id,
  phrase: phrase('engine.failed', {
    detail: error instanceof Error ? error.message : String(error),
  }),
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
  #last: { id: number; analysis: Analysis; orientation: Orientation | undefined } | undefined;

  /**
   * Answers one request; for a large graph the drawing is a draft and `refine` follows.
   * `onProgress` hears 'analysed' and 'laid out' as those phases end.
   */
  handle(request: EngineRequest, onProgress?: ProgressListener): EngineResponse {
    const { id } = request;
    this.#last = undefined;
    try {
      const result = analyze(request.source, {
        ...(request.inputs ? { inputs: request.inputs } : {}),
        ...(request.sharing !== undefined ? { sharing: request.sharing } : {}),
        ...(request.derivativeGraph ? { derivativeGraph: true } : {}),
      });
      if (!result.ok) {
        const { diagnostics, diagnosticCount } = result;
        return { type: 'invalid', id, diagnostics, diagnosticCount };
      }
      onProgress?.('analysed');
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
      const { viewport, orientation } = request;
      const shown = drawnView(analysis, seeds, {
        collapse: request.collapse,
        expanded: request.expanded,
        orientation,
        viewport,
      });
      const drawing = this.#drawings.draw(shown.analysis, { orientation, viewport });
      if (drawing.refining) this.#last = { id, analysis: shown.analysis, orientation };
      onProgress?.('laid out');
      const paths = small ? pathsReport(graph, locals, seeds) : undefined;
      const view: ViewInfo = {
        drawn: shown.analysis,
        seeds: shown.seeds,
        collapsed: shown.collapsed,
        collapsible: shown.collapsible,
        expanded: shown.expanded,
        expandable: shown.expandable,
        ...(shown.edgeOf ? { edgeOf: shown.edgeOf } : {}),
        shared: request.sharing === false ? sharedNodes(request.source) : sharedIn(analysis),
      };
      return { type: 'analysis', id, analysis, seeds, drawing, view, ...(paths ? { paths } : {}) };
    } catch (error) {
      return failure(id, error);
    }
  }

  /** True when the last answer promised a refined layout that `refine` has not given yet. */
  get refinementPending(): boolean {
    return this.#last !== undefined;
  }

  /** The refined layout the last answer promised, or undefined when none is pending. */
  refine(): EngineResponse | undefined {
    const last = this.#last;
    this.#last = undefined;
    if (!last) return undefined;
    try {
      const drawing = this.#drawings.refine(last.analysis, { orientation: last.orientation });
      return { type: 'drawing', id: last.id, drawing };
    } catch (error) {
      return failure(last.id, error);
    }
  }
}

/** Nodes other than inputs with more than one use: what a tree view copies. */
function sharedIn(analysis: Analysis): number {
  const uses = new Array<number>(analysis.nodes.length).fill(0);
  for (const edge of analysis.edges) uses[edge.from]!++;
  return analysis.nodes.filter((n, id) => n.kind !== 'input' && uses[id]! > 1).length;
}

/** `sharedIn` for the shared graph of `source`, when the answer is about its tree variant. */
function sharedNodes(source: string): number {
  const built = compile(source);
  if (!built.ok || built.graph.nodes.length > PATHS_REPORT_NODE_LIMIT) return 0;
  const { nodes, outEdges } = built.graph;
  return nodes.filter((n) => n.kind !== 'input' && outEdges[n.id]!.length > 1).length;
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
