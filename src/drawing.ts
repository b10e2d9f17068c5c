import type { Analysis } from './analysis.ts';
import {
  type Layout,
  type LayoutInput,
  type LayoutQuality,
  layoutGraph,
  needsRefinement,
  type PreviousLayout,
} from './layout/index.ts';
import { nodeBox } from './layout/nodeBox.ts';
import { nodeCaption } from './narrate/index.ts';

/** Graphs with more nodes than this are not drawn: the page shows results without a drawing. */
export const DRAW_NODE_LIMIT = 5_000;

/** A layout for the page, and the key of the structure it is for. */
export interface Drawing {
  /** Changes exactly when the graph's structure (labels and edges) changes. */
  readonly structureKey: string;
  readonly layout: Layout | null;
  /** Why there is no layout, when there is none. */
  readonly skipped?: string;
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

/** A cached layout, the keys of its nodes, and the hint it was laid out with (if any). */
interface Entry {
  readonly layout: Layout;
  readonly edges: LayoutInput['edges'];
  readonly keys: NodeKeys;
  readonly hint: PreviousLayout | undefined;
}

/**
 * Lays out analysed graphs, remembering the last few layouts by structure so that changing an
 * input value, the mode or the seed never lays out again, and positions stay put. When the
 * structure changes, the new layout keeps the left-to-right order of the last drawn one for
 * the nodes both have (see `nodeKeys`), so that an edit does not shuffle the picture.
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
  draw(analysis: Analysis): Drawing {
    const structure = structureOf(analysis);
    const structureKey = hashText(structure);
    const n = analysis.nodeCount;
    if (n > DRAW_NODE_LIMIT) {
      const skipped = `The graph has ${n.toLocaleString('en-US')} nodes; drawings stop at ${DRAW_NODE_LIMIT.toLocaleString('en-US')}.`;
      return { structureKey, layout: null, skipped, refining: false };
    }
    const cached = this.#layouts.get(structure);
    if (cached) {
      this.#remember(structure, cached);
      return { structureKey, layout: cached.layout, refining: false };
    }
    const input = inputOf(analysis);
    const last = this.#last;
    const keys = nodeKeys(analysis, last?.keys);
    const hint = last && { keys: last.keys.keys, layout: last.layout, edges: last.edges };
    const layout = layoutGraph(input, {
      quality: 'auto',
      keys: keys.keys,
      ...(hint ? { previous: hint } : {}),
    });
    this.#remember(structure, { layout, edges: input.edges, keys, hint });
    return { structureKey, layout, refining: layout.quality === 'draft' && needsRefinement(input) };
  }

  /**
   * A refined layout for the analysis (slow for large graphs: call it when idle). It keeps the
   * order of the layout that the draft it replaces was made to follow, not the draft's own.
   */
  refine(analysis: Analysis): Drawing {
    const structure = structureOf(analysis);
    const draft = this.#layouts.get(structure);
    const keys = draft?.keys ?? nodeKeys(analysis);
    const hint = draft?.hint;
    const input = inputOf(analysis);
    const layout = layoutGraph(input, {
      quality: 'refined' as LayoutQuality,
      keys: keys.keys,
      ...(hint ? { previous: hint } : {}),
    });
    this.#remember(structure, { layout, edges: input.edges, keys, hint });
    return { structureKey: hashText(structure), layout, refining: false };
  }

  #remember(structure: string, entry: Entry): void {
    this.#last = entry;
    this.#layouts.delete(structure);
    this.#layouts.set(structure, entry);
    if (this.#layouts.size > this.#capacity)
      this.#layouts.delete(this.#layouts.keys().next().value!);
  }
}

function inputOf(analysis: Analysis): LayoutInput {
  return {
    nodes: analysis.nodes.map((n) => ({ id: n.id, ...nodeBox(nodeCaption(n), n.name) })),
    edges: analysis.edges.map((e) => ({ from: e.from, to: e.to })),
  };
}
