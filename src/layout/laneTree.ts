/**
 * Lanes beside a layered drawing, packed like intervals: slots are the bands of the layers and
 * the gaps between them, each with the outermost coordinate taken so far. A lane over the
 * slots [lo, hi] goes just past everything in them (`place`), and then takes them up to its
 * coordinate. A segment tree with max and lazy "raise to" tags: O(log slots) per lane. Its
 * recursion is as deep as the tree, log2(slots) levels, whatever the input.
 */
export class LaneTree {
  readonly #size: number;
  readonly #max: Float64Array;
  readonly #tag: Float64Array;

  /** `outermost[slot]`: what each slot holds already (-Infinity when empty). */
  constructor(outermost: ArrayLike<number>) {
    this.#size = Math.max(1, outermost.length);
    this.#max = new Float64Array(4 * this.#size).fill(Number.NEGATIVE_INFINITY);
    this.#tag = new Float64Array(4 * this.#size).fill(Number.NEGATIVE_INFINITY);
    this.#build(1, 0, this.#size - 1, outermost);
  }

  #build(node: number, left: number, right: number, outermost: ArrayLike<number>): void {
    if (left === right) {
      const value = outermost[left] ?? Number.NEGATIVE_INFINITY;
      this.#max[node] = value;
      this.#tag[node] = value;
      return;
    }
    const mid = (left + right) >> 1;
    this.#build(2 * node, left, mid, outermost);
    this.#build(2 * node + 1, mid + 1, right, outermost);
    this.#max[node] = Math.max(this.#max[2 * node]!, this.#max[2 * node + 1]!);
  }

  /** The outermost coordinate in slots lo..hi (inclusive). */
  outermost(lo: number, hi: number): number {
    return this.#query(1, 0, this.#size - 1, lo, hi);
  }

  /**
   * Takes a lane over slots lo..hi at `spacing` past their outermost coordinate, or at
   * `atLeast` when that is further out, and returns its coordinate.
   */
  place(lo: number, hi: number, spacing: number, atLeast: number): number {
    const lane = Math.max(this.outermost(lo, hi) + spacing, atLeast);
    this.#raise(1, 0, this.#size - 1, lo, hi, lane);
    return lane;
  }

  #raise(node: number, left: number, right: number, lo: number, hi: number, value: number): void {
    if (hi < left || right < lo) return;
    if (lo <= left && right <= hi) {
      this.#tag[node] = Math.max(this.#tag[node]!, value);
      this.#max[node] = Math.max(this.#max[node]!, value);
      return;
    }
    const mid = (left + right) >> 1;
    this.#raise(2 * node, left, mid, lo, hi, value);
    this.#raise(2 * node + 1, mid + 1, right, lo, hi, value);
    this.#max[node] = Math.max(this.#max[2 * node]!, this.#max[2 * node + 1]!, this.#tag[node]!);
  }

  #query(node: number, left: number, right: number, lo: number, hi: number): number {
    if (hi < left || right < lo) return Number.NEGATIVE_INFINITY;
    if (lo <= left && right <= hi) return this.#max[node]!;
    const mid = (left + right) >> 1;
    return Math.max(
      this.#tag[node]!,
      this.#query(2 * node, left, mid, lo, hi),
      this.#query(2 * node + 1, mid + 1, right, lo, hi),
    );
  }
}
