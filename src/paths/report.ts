import { forwardMode, reverseMode } from '../ad/index.ts';
import { ancestorsOf, descendantsOf, type Graph } from '../graph/index.ts';
import type { Phrase } from '../phrases/index.ts';
import { countPathsTo } from './count.ts';
import { enumeratePaths } from './enumerate.ts';
import { METHODS, type Method, methodCosts } from './methods.ts';
import { verdict } from './verdict.ts';

/** Graphs with more nodes than this get no paths report (the page says so). */
export const PATHS_REPORT_NODE_LIMIT = 20_000;
/** How many paths the report lists, at most: the first ones in depth-first order. */
export const LISTED_PATH_LIMIT = 300;
/**
 * Listing stops once the listed paths hold this many edges in all, so that long paths (a
 * 6,000-stage ladder's have 12,000 edges) keep the answer small: 300 paths of a 100-stage
 * ladder fit exactly (60,000 edges).
 */
export const LISTED_EDGE_BUDGET = 100_000;
/** How many rows of the factored view (the gradient table) the report sends, at most. */
export const FACTORED_ROW_LIMIT = 300;

/** One listed path: its edges from input to output, their local partials, and the sums so far. */
export interface ListedPath {
  readonly edges: readonly number[];
  readonly locals: readonly number[];
  /** The product of `locals`. */
  readonly product: number;
  /** The sum of the products of this path and every path listed before it. */
  readonly running: number;
}

/** One node on a path from the input to the output, as the two factored passes see it. */
export interface FactoredRow {
  readonly node: number;
  /** Paths from the input to this node, and from this node to the output (decimal). */
  readonly pathsFrom: string;
  readonly pathsTo: string;
  /** ∂node/∂input: what forward mode has accumulated here (sum over paths from the input). */
  readonly forward: number;
  /** ∂output/∂node: what reverse mode has accumulated here (sum over paths to the output). */
  readonly reverse: number;
}

/** A method's exact work as decimal strings (counts can pass 2^53); null fields: not counted. */
export interface CostRow {
  readonly method: Method;
  readonly counted: boolean;
  readonly multiplications: string;
  readonly additions: string;
  readonly evaluations: string;
  readonly total: string;
}

/** Everything the paths panel shows for one input (`from`) and one output (`to`). */
export interface PathsReport {
  readonly from: number;
  readonly to: number;
  /** The exact number of paths from `from` to `to`, in decimal. */
  readonly count: string;
  /** ∂to/∂from by reverse mode and by forward mode (they agree up to rounding). */
  readonly derivative: number;
  readonly forwardDerivative: number;
  /** The first paths (at most LISTED_PATH_LIMIT, within LISTED_EDGE_BUDGET edges). */
  readonly listed: readonly ListedPath[];
  /** Nodes on some path from `from` to `to`, in topological order (at most FACTORED_ROW_LIMIT). */
  readonly factored: readonly FactoredRow[];
  /** How many nodes lie on some path from `from` to `to`. */
  readonly onPaths: number;
  readonly inputCount: number;
  readonly costs: readonly CostRow[];
  readonly verdict: Phrase;
}

/** Paths from `from` to every node, by node id (0 before `from`). */
function countPathsFrom(graph: Graph, from: number): bigint[] {
  const paths = new Array<bigint>(graph.nodes.length).fill(0n);
  if (from < 0) return paths;
  paths[from] = 1n;
  for (let v = from + 1; v < graph.nodes.length; v++) {
    let sum = 0n;
    for (const u of graph.nodes[v]!.operands) if (u >= from) sum += paths[u]!;
    paths[v] = sum;
  }
  return paths;
}

/**
 * The first paths with their locals, products and running totals (lazy enumeration), up to
 * LISTED_PATH_LIMIT paths or LISTED_EDGE_BUDGET edges in all (at least one path).
 */
function listPaths(graph: Graph, from: number, to: number, locals: Float64Array): ListedPath[] {
  const listed: ListedPath[] = [];
  if (from < 0) return listed;
  let running = 0;
  let edges = 0;
  for (const path of enumeratePaths(graph, from, to, locals)) {
    running += path.product;
    listed.push({ ...path, locals: path.edges.map((e) => locals[e]!), running });
    edges += path.edges.length;
    if (listed.length >= LISTED_PATH_LIMIT || edges >= LISTED_EDGE_BUDGET) break;
  }
  return listed;
}

/**
 * The paths report for one input and one output (the seeds of forward and reverse mode):
 * 1. exact path counts from the input and to the output (dynamic programming, BigInt);
 * 2. the first paths (see `listPaths`), enumerated lazily, with products and running totals;
 * 3. both factored passes, per node on a path (the gradient table);
 * 4. every method's exact cost, and the verdict. Linear in the graph's size, apart from
 *    counting forward mode for all inputs (n passes, within FORWARD_COUNT_WORK_LIMIT).
 */
export function pathsReport(
  graph: Graph,
  locals: Float64Array,
  seeds: { readonly forward: number; readonly reverse: number },
): PathsReport {
  const { forward: from, reverse: to } = seeds;
  const pathsFrom = countPathsFrom(graph, from);
  const pathsTo = countPathsTo(graph, to);
  const reverse = reverseMode(graph, locals, to).derivatives;
  const forward = from >= 0 ? forwardMode(graph, locals, from).derivatives : undefined;
  const reached = from >= 0 ? descendantsOf(graph, from) : new Uint8Array(graph.nodes.length);
  const reaching = ancestorsOf(graph, to);
  const factored: FactoredRow[] = [];
  let onPaths = 0;
  for (let v = Math.max(from, 0); v <= to; v++) {
    if (!reached[v] || !reaching[v]) continue;
    onPaths++;
    if (factored.length < FACTORED_ROW_LIMIT)
      factored.push({
        node: v,
        pathsFrom: pathsFrom[v]!.toString(),
        pathsTo: pathsTo[v]!.toString(),
        forward: forward?.[v] ?? 0,
        reverse: reverse[v]!,
      });
  }
  const costs = methodCosts(graph, from, [to]);
  return {
    from,
    to,
    count: (from >= 0 ? pathsTo[from]! : 0n).toString(),
    derivative: from >= 0 ? reverse[from]! : 0,
    forwardDerivative: forward?.[to] ?? 0,
    listed: listPaths(graph, from, to, locals),
    factored,
    onPaths,
    inputCount: graph.inputs.length,
    costs: METHODS.map((method) => {
      const c = costs[method];
      return {
        method,
        counted: c !== null,
        multiplications: c?.multiplications.toString() ?? '',
        additions: c?.additions.toString() ?? '',
        evaluations: c?.evaluations.toString() ?? '',
        total: c?.total.toString() ?? '',
      };
    }),
    verdict: verdict(costs, graph.inputs.length),
  };
}
