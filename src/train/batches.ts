/**
 * mulberry32: a small seeded generator of numbers in [0, 1). The same seed gives the same
 * sequence on every machine, so a minibatch run replays exactly.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates: a uniform permutation of `order` in place, drawn from `random`. */
export function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/**
 * Draws minibatches of row indices: each epoch is a fresh seeded shuffle of all rows, cut into
 * batches of `size`; the last batch of an epoch takes the rows left (it may be smaller), so
 * every row is used once per epoch. `next()` returns a view that the next call overwrites.
 */
export class Batches {
  private readonly order: Int32Array;
  private readonly random: () => number;
  private position: number;

  constructor(
    rows: number,
    readonly size: number,
    seed: number,
  ) {
    if (!(size >= 1 && Number.isInteger(size))) throw new Error('Batches: size must be ≥ 1');
    this.order = new Int32Array(rows);
    for (let r = 0; r < rows; r++) this.order[r] = r;
    this.random = mulberry32(seed);
    this.position = rows;
  }

  /** The rows of the next batch, in draw order. */
  next(): Int32Array {
    if (this.position >= this.order.length) {
      shuffle(this.order, this.random);
      this.position = 0;
    }
    const start = this.position;
    this.position = Math.min(start + this.size, this.order.length);
    return this.order.subarray(start, this.position);
  }
}
