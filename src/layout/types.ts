/**
 * What to lay out: boxes and the edges between them. Node ids are 0..n-1 in topological order
 * (every edge has `from < to`). Parallel edges (`x*x` gives two `x -> *` edges) and isolated
 * nodes are allowed. Only structure and sizes matter, never values, so equal inputs give equal
 * layouts.
 */
export interface LayoutInput {
  readonly nodes: readonly {
    readonly id: number;
    readonly width: number;
    readonly height: number;
    /**
     * Optional order key (the app gives inputs the order the program declares them): ranked
     * nodes that share a layer appear in increasing rank along it (left to right when the
     * orientation is `up`, top to bottom when it is `right`). Unranked nodes are unconstrained.
     */
    readonly rank?: number;
  }[];
  readonly edges: readonly { readonly from: number; readonly to: number }[];
}

/** The size of a box in px: a node's box, or the box of an edge's label. */
export interface LabelBox {
  readonly width: number;
  readonly height: number;
}

/**
 * Which way edges run on screen: `up` puts the inputs at the bottom and the output at the top,
 * `right` puts the inputs on the left and the output on the right (Saito's and CS231n's
 * figures). Boxes keep their width and height (text stays horizontal) in both.
 */
export type Orientation = 'up' | 'right';

/** `draft` is fast and rougher (more crossings); `refined` is the careful one. */
export type LayoutQuality = 'draft' | 'refined';

/**
 * The drawing of an earlier version of the graph, as a hint for stability: `keys` names its
 * nodes (one per node of `layout`, in id order) the way `LayoutOptions.keys` names the new ones.
 * An edge is known by its ends' keys (and its rank among parallel edges).
 */
export interface PreviousLayout {
  readonly keys: readonly string[];
  readonly layout: Layout;
  /**
   * The previous input's edges (optional): with them, long edges between nodes both versions
   * have also keep their place among the nodes they pass.
   */
  readonly edges?: LayoutInput['edges'];
}

/**
 * Options for `layoutGraph`. `auto` (the default) picks `refined` for small graphs. `kept` is
 * for an edit while typing: with `previous` and `keys`, nodes the previous drawing has stay
 * where they were and new ones go beside their neighbours, in a few milliseconds; the result is
 * a `draft` for the caller to refine once typing pauses (without `previous`, as `auto`).
 */
export interface LayoutOptions {
  readonly quality?: LayoutQuality | 'auto' | 'kept';
  /**
   * Keys that identify this input's nodes across edits (one per node, in id order); only used
   * with `previous`.
   */
  readonly keys?: readonly string[];
  /**
   * The previous drawing: with `keys`, nodes whose key it also has keep their previous
   * order within each layer (in either orientation, whichever the previous one had), and new nodes go beside their neighbours, so that
   * an edit moves the picture as little as possible. Without it, layout is unchanged.
   */
  readonly previous?: PreviousLayout;
  /** `up` (the default) or `right`; see `Orientation`. */
  readonly orientation?: Orientation;
  /**
   * The size of the label drawn beside each edge (see `placeEdgeLabels`): when given, the gap
   * between layers grows to hold one row of labels with margins, and the gap between nodes in
   * a layer grows a little, so that labels find free places. Without it, gaps are `LAYOUT_GAP`.
   */
  readonly labelRoom?: LabelBox;
}

/** The centre of one node's box, in SVG coordinates (y grows downwards). */
export interface PlacedNode {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The route of one input edge: a polyline from the border of the `from` node's box to the
 * border of the `to` node's box. Parallel edges get different routes.
 */
export interface RoutedEdge {
  /** Position of the edge in `LayoutInput.edges`. */
  readonly index: number;
  readonly points: readonly (readonly [number, number])[];
  /**
   * Set on edges routed in a side channel, whose route shares its first part (out of the
   * source and along a lane beside the drawing) with the other channel edges of its source:
   * the index of the point where its own branch to the target begins. The edge's label belongs
   * beside `points.slice(labelFrom)` (`placeEdgeLabels` puts it there).
   */
  readonly labelFrom?: number;
}

/**
 * Coordinates for a `LayoutInput`, drawn in its `orientation`: bottom-to-top (`up`: inputs at
 * the bottom, the output at the top, every edge runs upwards) or left-to-right (`right`: every
 * edge runs rightwards). Every box and point lies inside `[0, width] x [0, height]`, and no two
 * boxes overlap.
 */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** One per input node, in input order. */
  readonly nodes: readonly PlacedNode[];
  /** One per input edge, in input order. */
  readonly edges: readonly RoutedEdge[];
  /** Which way edges run, so that the drawing picks its curve (monotone in y or in x). */
  readonly orientation: Orientation;
  readonly quality: LayoutQuality;
  /** Which operators produced this layout, and why a fallback was used if one was. */
  readonly algorithm: string;
  /** Wall-clock time spent in `layoutGraph`. */
  readonly millis: number;
}
