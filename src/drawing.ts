import type { Analysis } from './analysis.ts';
import { type Layout, type LayoutQuality, layoutGraph, needsRefinement } from './layout/index.ts';
import { nodeBox } from './layout/nodeBox.ts';

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
  for (const node of analysis.nodes) text += `${node.label}\u0001${node.operands.join(',')}\u0002`;
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

/**
 * Lays out analysed graphs, remembering the last few layouts by structure so that changing an
 * input value, the mode or the seed never lays out again, and positions stay put.
 */
export class DrawingCache {
  readonly #layouts = new Map<string, Layout>();
  readonly #capacity: number;

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
      return { structureKey, layout: cached, refining: false };
    }
    const input = inputOf(analysis);
    const layout = layoutGraph(input, { quality: 'auto' });
    this.#remember(structure, layout);
    return { structureKey, layout, refining: layout.quality === 'draft' && needsRefinement(input) };
  }

  /** A refined layout for the analysis (slow for large graphs: call it when idle). */
  refine(analysis: Analysis): Drawing {
    const structure = structureOf(analysis);
    const layout = layoutGraph(inputOf(analysis), { quality: 'refined' as LayoutQuality });
    this.#remember(structure, layout);
    return { structureKey: hashText(structure), layout, refining: false };
  }

  #remember(structure: string, layout: Layout): void {
    this.#layouts.delete(structure);
    this.#layouts.set(structure, layout);
    if (this.#layouts.size > this.#capacity)
      this.#layouts.delete(this.#layouts.keys().next().value!);
  }
}

function inputOf(analysis: Analysis) {
  return {
    nodes: analysis.nodes.map((n) => ({ id: n.id, ...nodeBox(n.label) })),
    edges: analysis.edges.map((e) => ({ from: e.from, to: e.to })),
  };
}
