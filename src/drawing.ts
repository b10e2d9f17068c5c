import type { Analysis } from './analysis.ts';
import {
  chooseOrientation,
  estimateSize,
  type Layout,
  type LayoutInput,
  type LayoutQuality,
  layoutGraph,
  needsRefinement,
  type Orientation,
  type PreviousLayout,
} from './layout/index.ts';
import { EDGE_LABEL, placeEdgeLabels } from './layout/labels.ts';
import { nodeBox } from './layout/nodeBox.ts';
import { nodeCaption } from './narrate/index.ts';
import { type Phrase, phrase } from './phrases/index.ts';

/** Graphs with more nodes than this are not drawn: the page shows results without a drawing. */
export const DRAW_NODE_LIMIT = 50_000;

/** A layout for the page, and the key of the structure it is for. */
export interface Drawing {
  /** Changes exactly when the graph's structure (labels and edges) changes. */
  readonly structureKey: string;
  readonly layout: Layout | null;
  /** Why there is no layout, when there is none. */
  readonly skipped?: Phrase;
  /**
   * Where each edge's label (its local partial) goes, by position in `layout.edges`: its centre,
   * or null where no free place was found. Absent when edges are not labelled (large graphs).
   */
  readonly labels?: readonly ({ readonly x: number; readonly y: number } | null)[] | undefined;
  /** True when a refined layout will follow this draft. */
  readonly refining: boolean;
}

/** The structure that layout depends on: labels and operands, never values. */
export function structureOf(analysis: Analysis): string {
  let text = '';
  for (const node of analysis.nodes)
    text += `${node.label}\u0001${node.name}\u0001${node.operands.join(',')}\u0002`;
  return text;
}

/** A short stable hash (FNV-1a, 32 bits, hex) of a structure string, for React keys. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}-${text.length}`;
}

/** Keys longer than this are replaced by their hash, so keys stay short on deep expressions. */
const MAX_KEY_LENGTH = 64;

/** Node keys of one version of a program, and the key of each operation's shape. */
export interface NodeKeys {
  /** One per node, in id order. */
  readonly keys: readonly string[];
  /** `op(operand keys)` of each operation node, to the node's key (first occurrence wins). */
  readonly shapes: ReadonlyMap<string, string>;
}

const short = (text: string) => (text.length > MAX_KEY_LENGTH ? `#${hashText(text)}` : text);

/**
 * Keys that identify the nodes of an analysed graph across edits of the program, one per node
 * in id order, for `layoutGraph`'s stability hint. Inputs are keyed by name; other nodes bound
 * to a name by their first name (so editing `c = a + b` into `c = a * b` keeps `c` and whatever
 * uses it); unnamed constants by their value; unnamed operations by their operator and their
 * operands' keys. With the keys of the `previous` version, an operation whose key is not there
 * but whose shape (operator and operands' keys) is, and not yet taken, takes over the old key:
 * renaming `h = ...` to `g = ...` keeps `h`'s identity and that of everything that uses it.
 * Computed in id (topological) order without recursion; a key that occurs more than once gets a
 * counter suffix (`#1`, `#2`, ...) in id order.
 */
export function nodeKeys(analysis: Analysis, previous?: NodeKeys): NodeKeys {
  const keys: string[] = [];
  const shapes = new Map<string, string>();
  const used = new Set<string>();
  const before = new Set(previous?.keys);
  for (const node of analysis.nodes) {
    const name = node.names[0];
    const shape =
      node.kind === 'op'
        ? short(`${node.op ?? node.label}(${node.operands.map((id) => keys[id] ?? '?').join(',')})`)
        : undefined;
    const base =
      node.kind === 'input'
        ? `in:${node.label}`
        : name !== undefined
          ? `=${name}`
          : node.kind === 'constant'
            ? `k:${node.label}`
            : shape!;
    let key = short(base);
    for (let count = 1; used.has(key); count++) key = `${short(base)}#${count}`;
    if (previous && shape !== undefined && !before.has(key)) {
      const old = previous.shapes.get(shape);
      if (old !== undefined && !used.has(old)) key = old;
    }
    used.add(key);
    keys.push(key);
    if (shape !== undefined && !shapes.has(shape)) shapes.set(shape, key);
  }
  return { keys, shapes };
}

/**
 * An edit whose graph has fewer nodes than this gets its refined layout at once: a few
 * milliseconds even before the engine's code is warm. Larger edited graphs get the `kept`
 * layout first (the previous places, about a millisecond per hundred nodes) and the refined
 * one once typing pauses, which costs 30 ms at 60 nodes and 80-300 ms at 300 on 2 cores.
 */
export const KEPT_MIN_NODES = 24;

/**
 * True when `keys` (the new version's) mostly continue `before` (the version drawn last): at
 * least half of the new nodes were there. A new program (an example, a share link) is not an
 * edit and is laid out afresh.
 */
function isEdit(keys: readonly string[], before: readonly string[]): boolean {
  const known = new Set(before);
  let kept = 0;
  for (const key of keys) if (known.has(key)) kept++;
  return kept * 2 >= keys.length;
}

/** A cached layout, its edge labels, the keys of its nodes, and the hint it was laid out with. */
interface Entry {
  /** True for an interim layout that a refined one should replace. */
  readonly refinable: boolean;
  readonly layout: Layout;
  readonly labels: Drawing['labels'];
  readonly edges: LayoutInput['edges'];
  readonly keys: NodeKeys;
  readonly hint: PreviousLayout | undefined;
}

/** How to draw: a fixed orientation, or the one that reads larger in `viewport`. */
export interface DrawOptions {
  readonly orientation?: Orientation | undefined;
  /** The size of the graph's panel on screen, for choosing the orientation. */
  readonly viewport?: { readonly width: number; readonly height: number } | undefined;
}

/** How much larger the other orientation must read before an automatic drawing turns. */
export const ORIENTATION_HYSTERESIS = 1.3;

/** A viewport like a desktop's graph panel, when the page has not said its size. */
const DEFAULT_VIEWPORT = { width: 900, height: 600 };

/**
 * Lays out analysed graphs, remembering the last few layouts by structure and orientation so
 * that changing an input value, the mode or the seed never lays out again, and positions stay
 * put. When the structure changes, the new layout keeps the left-to-right order of the last
 * drawn one for the nodes both have (see `nodeKeys`), so that an edit does not shuffle the
 * picture. Inputs keep the order the program declares them within a layer, and each edge gets
 * a place for its label where it overlaps no node and no other label (`placeEdgeLabels`).
 */
export class DrawingCache {
  readonly #layouts = new Map<string, Entry>();
  readonly #capacity: number;
  /** The entry `draw` or `refine` gave last: the hint for the next structure. */
  #last: Entry | undefined;

  constructor(capacity = 16) {
    this.#capacity = capacity;
  }

  /** The best layout at hand for the analysis, computing a fast one when there is none. */
  draw(analysis: Analysis, options: DrawOptions = {}): Drawing {
    const structure = structureOf(analysis);
    const structureKey = hashText(structure);
    const n = analysis.nodeCount;
    if (n > DRAW_NODE_LIMIT) {
      const skipped = phrase('engine.drawingSkipped', { nodes: n, limit: DRAW_NODE_LIMIT });
      return { structureKey, layout: null, skipped, refining: false };
    }
    const input = layoutInputOf(analysis);
    const labelRoom = labelled(analysis) ? EDGE_LABEL : undefined;
    const orientation =
      options.orientation ??
      this.#automaticOrientation(input, options.viewport ?? DEFAULT_VIEWPORT, labelRoom);
    const cacheKey = `${orientation}\u0003${structure}`;
    const cached = this.#layouts.get(cacheKey);
    if (cached) {
      this.#remember(cacheKey, cached);
      const { layout, labels, refinable } = cached;
      return { structureKey, layout, labels, refining: refinable };
    }
    const last = this.#last;
    const keys = nodeKeys(analysis, last?.keys);
    const hint = last && { keys: last.keys.keys, layout: last.layout, edges: last.edges };
    // 1. An edit of the drawing on screen keeps its places for now (refined when typing pauses).
    const kept =
      last !== undefined &&
      last.layout.orientation === orientation &&
      n >= KEPT_MIN_NODES &&
      isEdit(keys.keys, last.keys.keys);
    const layout = layoutGraph(input, {
      quality: kept ? 'kept' : 'auto',
      orientation,
      keys: keys.keys,
      ...(labelRoom ? { labelRoom } : {}),
      ...(hint ? { previous: hint } : {}),
    });
    const labels = labelRoom ? placeEdgeLabels(layout, input.nodes, labelRoom) : undefined;
    const refinable = layout.quality === 'draft' && (kept || needsRefinement(input));
    this.#remember(cacheKey, { layout, labels, edges: input.edges, keys, hint, refinable });
    return { structureKey, layout, labels, refining: refinable };
  }

  /**
   * A refined layout for the analysis (slow for large graphs: call it when idle), in the
   * orientation of its draft. It keeps the order of the layout that the draft it replaces was
   * made to follow, not the draft's own.
   */
  refine(analysis: Analysis, options: DrawOptions = {}): Drawing {
    const structure = structureOf(analysis);
    const orientation = options.orientation ?? this.#last?.layout.orientation ?? 'up';
    const cacheKey = `${orientation}\u0003${structure}`;
    const draft = this.#layouts.get(cacheKey);
    const keys = draft?.keys ?? nodeKeys(analysis);
    const hint = draft?.hint;
    const input = layoutInputOf(analysis);
    const labelRoom = labelled(analysis) ? EDGE_LABEL : undefined;
    const layout = layoutGraph(input, {
      quality: 'refined' as LayoutQuality,
      orientation,
      keys: keys.keys,
      ...(labelRoom ? { labelRoom } : {}),
      ...(hint ? { previous: hint } : {}),
    });
    const labels = labelRoom ? placeEdgeLabels(layout, input.nodes, labelRoom) : undefined;
    this.#remember(cacheKey, { layout, labels, edges: input.edges, keys, hint, refinable: false });
    return { structureKey: hashText(structure), layout, labels, refining: false };
  }

  /**
   * The orientation that reads larger in `viewport`, but the one drawn last unless the other is
   * clearly better (ORIENTATION_HYSTERESIS): a picture that turns sideways at a keystroke loses
   * the person's place.
   */
  #automaticOrientation(
    input: LayoutInput,
    viewport: { readonly width: number; readonly height: number },
    labelRoom: typeof EDGE_LABEL | undefined,
  ): Orientation {
    const best = chooseOrientation(input, viewport, { labelRoom });
    const last = this.#last?.layout.orientation;
    if (!last || last === best) return best;
    const scale = (o: Orientation) => {
      const { width, height } = estimateSize(input, o, labelRoom);
      return Math.min(viewport.width / Math.max(1, width), viewport.height / Math.max(1, height));
    };
    return scale(best) > ORIENTATION_HYSTERESIS * scale(last) ? best : last;
  }

  #remember(key: string, entry: Entry): void {
    this.#last = entry;
    this.#layouts.delete(key);
    this.#layouts.set(key, entry);
    if (this.#layouts.size > this.#capacity)
      this.#layouts.delete(this.#layouts.keys().next().value!);
  }
}

/** Edges are labelled with their local partials only while that stays readable. */
export const MAX_LABELLED_EDGES = 400;

const labelled = (analysis: Analysis) => analysis.edges.length <= MAX_LABELLED_EDGES;

/**
 * What an analysed graph gives layout: boxes from captions (`nodeBox`), inputs ranked in the
 * order the program declares them, and the edges.
 */
export function layoutInputOf(analysis: Analysis): LayoutInput {
  const rank = new Map(analysis.inputs.map((input, i) => [input.node, i]));
  return {
    nodes: analysis.nodes.map((n) => {
      const r = rank.get(n.id);
      return {
        id: n.id,
        ...nodeBox(nodeCaption(n), n.name),
        ...(r !== undefined ? { rank: r } : {}),
      };
    }),
    edges: analysis.edges.map((e) => ({ from: e.from, to: e.to })),
  };
}
