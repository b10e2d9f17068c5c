import type { Analysis, NodeInfo } from './analysis.ts';
import { collapseStatements } from './collapse/index.ts';
import { DRAW_NODE_LIMIT, layoutInputOf } from './drawing.ts';
import { estimateSize, type Orientation } from './layout/index.ts';
import { EDGE_LABEL } from './layout/labels.ts';
import { READABLE_SCALE } from './layout/nodeBox.ts';
import { applyOp, MAX_CAPTION_CHARS } from './narrate/index.ts';

/** What the graph panel draws, and what its controls can change. */
export interface DrawnView {
  /** The analysis drawn and stepped: the full one, or its collapsed statements. */
  readonly analysis: Analysis;
  /** The seeds in `analysis`'s ids (forward: first input by default; reverse: the output). */
  readonly seeds: { readonly forward: number; readonly reverse: number };
  readonly collapsed: boolean;
  /** True when some statement has more than one operation, so collapsing changes the drawing. */
  readonly collapsible: boolean;
  /** Statements drawn expanded inside the collapsed view, by name. */
  readonly expanded: readonly string[];
  /** Statements drawn as one node that stand for several operations, by name. */
  readonly expandable: readonly string[];
  /**
   * By full edge id, the drawn edge that carries it, or -1 when it lies inside a collapsed
   * statement; absent when nothing is collapsed (then edges are the same).
   */
  readonly edgeOf?: readonly number[];
}

export interface DrawnViewOptions {
  /** true or false as the person chose; undefined lets `readableWhole` decide. */
  readonly collapse?: boolean | undefined;
  /** Statement names to draw expanded in a collapsed view. */
  readonly expanded?: readonly string[] | undefined;
  readonly orientation?: Orientation | undefined;
  /** The graph panel's size on screen. */
  readonly viewport?: { readonly width: number; readonly height: number } | undefined;
}

/** Statements with more than one operation: worth collapsing. */
function multiOperationStatements(analysis: Analysis): number {
  let count = 0;
  for (const node of analysis.nodes)
    if (node.kind === 'op' && node.names.length > 0)
      if (
        node.operands.some(
          (u) => analysis.nodes[u]?.kind === 'op' && !analysis.nodes[u]?.names.length,
        )
      )
        count++;
  return count;
}

/**
 * True when the whole graph fits `viewport` with node text still readable (READABLE_SCALE), in
 * the given orientation or the better of the two, estimated without laying out.
 */
export function readableWhole(
  analysis: Analysis,
  viewport: { readonly width: number; readonly height: number },
  orientation?: Orientation,
): boolean {
  const input = layoutInputOf(analysis);
  const scale = (o: Orientation) => {
    const { width, height } = estimateSize(input, o, EDGE_LABEL);
    return Math.min(viewport.width / Math.max(1, width), viewport.height / Math.max(1, height));
  };
  const best = orientation ? scale(orientation) : Math.max(scale('up'), scale('right'));
  return best >= READABLE_SCALE;
}

/**
 * The view of `full` that the panel draws: its statements collapsed when the person asks, or
 * by default when the operation view would not be readable whole but collapsing helps; with
 * `seeds` (full ids) mapped. Collapsed nodes' formulas are written over the names drawn
 * (`h1 = tanh(w11 · x1 + …)`), shortened by depth to fit a caption.
 */
export function drawnView(
  full: Analysis,
  seeds: { readonly forward: number; readonly reverse: number },
  options: DrawnViewOptions = {},
): DrawnView {
  const collapsible =
    full.detailed && full.nodeCount <= DRAW_NODE_LIMIT && multiOperationStatements(full) > 0;
  const collapsed =
    collapsible &&
    (options.collapse ??
      !readableWhole(full, options.viewport ?? { width: 900, height: 600 }, options.orientation));
  if (!collapsed)
    return { analysis: full, seeds, collapsed: false, collapsible, expanded: [], expandable: [] };
  const byName = new Map(full.nodes.map((n) => [n.name, n.id]));
  const expandedIds = new Set<number>();
  const expanded: string[] = [];
  for (const name of options.expanded ?? []) {
    const id = byName.get(name);
    if (id !== undefined && full.nodes[id]?.kind === 'op') {
      expandedIds.add(id);
      expanded.push(name);
    }
  }
  const view = collapseStatements(full, { expanded: expandedIds, seeds });
  const { analysis } = view;
  const formulas = inlineFormulas(full, view.collapsedId);
  const operations = view.members.map(
    (members) => members.filter((m) => full.nodes[m]?.kind === 'op').length,
  );
  const nodes = analysis.nodes.map((node, id): NodeInfo => {
    const formula = formulas[view.fullId[id]!];
    if (formula === undefined) return node;
    return { ...node, formula, ...(operations[id]! > 1 ? { collapsed: true } : {}) };
  });
  const expandable = nodes.flatMap((node) => (node.collapsed ? [node.name] : []));
  const drawn = { ...analysis, nodes };
  return {
    edgeOf: drawnEdges(full, view.members, analysis),
    analysis: drawn,
    seeds: {
      forward: drawn.traces?.forward?.seed ?? mapSeed(view.collapsedId, seeds.forward),
      reverse: drawn.traces?.reverse.seed ?? mapSeed(view.collapsedId, seeds.reverse),
    },
    collapsed: true,
    collapsible,
    expanded,
    expandable,
  };
}

/** `DrawnView.edgeOf`: each full edge's drawn edge, through the statements' members. */
function drawnEdges(
  full: Analysis,
  members: readonly (readonly number[])[],
  drawn: Analysis,
): number[] {
  const representative = new Array<number>(full.nodes.length).fill(-1);
  members.forEach((ids, c) => {
    for (const id of ids) representative[id] = c;
  });
  const edgeByEnds = new Map<string, number>();
  for (const e of drawn.edges) edgeByEnds.set(`${e.from}>${e.to}`, e.id);
  return full.edges.map((e) => {
    const [from, to] = [representative[e.from]!, representative[e.to]!];
    return from < 0 || to < 0 || from === to ? -1 : (edgeByEnds.get(`${from}>${to}`) ?? -1);
  });
}

const mapSeed = (collapsedId: readonly number[], id: number) =>
  id >= 0 ? (collapsedId[id] ?? -1) : -1;

/** Texts longer than this are cut while inlining, so long statements stay linear to write. */
const INLINE_CAP = 120;

/**
 * For each visible operation (collapsedId ≥ 0), its formula with hidden operands written out:
 * as deep as fits MAX_CAPTION_CHARS beside the name, deeper levels as `…`. Levels are built
 * bottom-up in id order (no recursion): level d writes hidden operands to depth d.
 */
function inlineFormulas(full: Analysis, collapsedId: readonly number[]): (string | undefined)[] {
  const { nodes } = full;
  const visible = (id: number) => collapsedId[id]! >= 0 || nodes[id]!.kind !== 'op';
  // The top op of each operand as written: none for a name, a number or `…`.
  const topOp = (u: number) => (visible(u) ? undefined : nodes[u]!.op);
  const cut = (text: string) => (text.length > INLINE_CAP ? `${text.slice(0, INLINE_CAP)}…` : text);
  const leaf = (node: NodeInfo) => node.name;
  let level: string[] = nodes.map((node, id) => (visible(id) ? leaf(node) : '…'));
  const levels: string[][] = [level];
  for (let depth = 1; depth <= 3; depth++) {
    const previous = level;
    level = nodes.map((node, id) =>
      visible(id) || node.op === undefined
        ? leaf(node)
        : cut(
            applyOp(
              node.op,
              node.operands.map((u) => previous[u]!),
              node.operands.map((u) => (previous[u] === '…' ? undefined : topOp(u))),
            ),
          ),
    );
    levels.push(level);
  }
  return nodes.map((node, id) => {
    if (collapsedId[id]! < 0 || node.kind !== 'op' || node.op === undefined) return undefined;
    let best: string | undefined;
    for (const texts of levels) {
      const formula = applyOp(
        node.op,
        node.operands.map((u) => texts[u]!),
        node.operands.map((u) => (texts[u] === '…' ? undefined : topOp(u))),
      );
      if (best === undefined || node.name.length + 3 + formula.length <= MAX_CAPTION_CHARS)
        best = formula;
    }
    return best;
  });
}
