import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from './analysis.ts';
import { DrawingCache, KEPT_MIN_NODES, nodeKeys } from './drawing.ts';
import type { Layout } from './layout/index.ts';

function analysisOf(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.analysis;
}

/** A 3-5-1 network with a squared-error loss: about 60 nodes. */
const NETWORK = [
  'x1 = 0.5; x2 = -1; x3 = 2',
  'h1 = tanh(0.1*x1 - 0.3*x2 + 0.2*x3 + 0.1)',
  'h2 = tanh(0.4*x1 + 0.2*x2 - 0.1*x3 - 0.2)',
  'h3 = tanh(-0.5*x1 + 0.6*x2 + 0.3*x3)',
  'h4 = tanh(0.3*x1 - 0.7*x2 + 0.5*x3 + 0.3)',
  'h5 = tanh(0.8*x1 + 0.9*x2 - 0.6*x3 - 0.4)',
  'y = 0.7*h1 - 0.5*h2 + 0.2*h3 + 0.9*h4 - 0.8*h5 + 0.05',
  'loss = (y - 1)^2',
];

/** Edits a person might make while typing, one statement each. */
const EDITS: Record<string, string[]> = {
  'add a hidden unit': [
    ...NETWORK.slice(0, 6),
    'h6 = tanh(0.2*x1 + 0.2*x2 + 0.2*x3)',
    'y = 0.7*h1 - 0.5*h2 + 0.2*h3 + 0.9*h4 - 0.8*h5 + 0.4*h6 + 0.05',
    NETWORK[7]!,
  ],
  'add a regulariser': [...NETWORK.slice(0, 7), 'r = h1*h1 + h2*h2', 'loss = (y - 1)^2 + 0.01*r'],
  'remove a hidden unit': [
    ...NETWORK.slice(0, 3),
    ...NETWORK.slice(4, 6),
    'y = 0.7*h1 - 0.5*h2 + 0.9*h4 - 0.8*h5 + 0.05',
    NETWORK[7]!,
  ],
  'rename a hidden unit': [
    NETWORK[0]!,
    NETWORK[1]!.replace('h1', 'g1'),
    ...NETWORK.slice(2, 6),
    NETWORK[6]!.replace('h1', 'g1'),
    NETWORK[7]!,
  ],
};

/** Keys of `before`'s nodes found in `after`, with their x in each. */
function survivors(
  before: { keys: readonly string[]; layout: Layout },
  after: { keys: readonly string[]; layout: Layout },
) {
  const old = new Map(before.keys.map((key, id) => [key, before.layout.nodes[id]!] as const));
  return after.keys.flatMap((key, id) => {
    const was = old.get(key);
    return was ? [{ key, was, now: after.layout.nodes[id]! }] : [];
  });
}

/** Mean horizontal movement of the survivors, raw and up to a common shift (the median). */
function meanMovement(pairs: ReturnType<typeof survivors>): { raw: number; aligned: number } {
  const dxs = pairs.map(({ was, now }) => now.x - was.x).sort((a, b) => a - b);
  const shift = dxs[dxs.length >> 1] ?? 0;
  const mean = (f: (dx: number) => number) => dxs.reduce((sum, dx) => sum + f(dx), 0) / dxs.length;
  return { raw: mean(Math.abs), aligned: mean((dx) => Math.abs(dx - shift)) };
}

/** Pairs of survivors that share a layer in both layouts and swapped sides. */
function swaps(pairs: ReturnType<typeof survivors>): number {
  let count = 0;
  for (const p of pairs)
    for (const q of pairs)
      if (p.was.y === q.was.y && p.now.y === q.now.y && p.was.x < q.was.x && p.now.x > q.now.x)
        count++;
  return count;
}

function drawn(cache: DrawingCache, source: string) {
  const analysis = analysisOf(source);
  return { keys: nodeKeys(analysis).keys, layout: cache.draw(analysis).layout! };
}

describe('nodeKeys', () => {
  it('keys inputs and named nodes by name, others by value or operator and operands', () => {
    const analysis = analysisOf('a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d * 3 + sin(a)');
    expect(nodeKeys(analysis).keys).toEqual([
      'in:a',
      'in:b',
      '=c',
      'k:1',
      '=d',
      'mul(=c,=d)',
      'k:3',
      'mul(mul(=c,=d),k:3)',
      'sin(in:a)',
      '=e',
    ]);
  });

  it('numbers duplicates and hashes long keys', () => {
    const twice = analyze('x = 1\ny = sin(x) + sin(x)', { sharing: false });
    if (!twice.ok) throw new Error('does not compile');
    expect(nodeKeys(twice.analysis).keys).toEqual(['in:x', 'sin(in:x)', 'sin(in:x)#1', '=y']);
    const { keys: deep } = nodeKeys(
      analysisOf(`x = 1\ny = ${'sin('.repeat(40)}x${')'.repeat(40)}`),
    );
    expect(Math.max(...deep.map((key) => key.length))).toBeLessThanOrEqual(64);
    expect(new Set(deep).size).toBe(deep.length);
  });
});

/** Mean movement of the nodes an edit keeps, up to a common shift: about a third of a node box. */
const MAX_MEAN_MOVEMENT = 40;

describe('DrawingCache', () => {
  it('keeps surviving nodes in order after an edit, moving them little', () => {
    const before = drawn(new DrawingCache(), NETWORK.join('\n'));
    expect(before.layout.nodes.length).toBeGreaterThanOrEqual(55);
    for (const [edit, lines] of Object.entries(EDITS)) {
      const cache = new DrawingCache();
      drawn(cache, NETWORK.join('\n'));
      const stable = drawn(cache, lines.join('\n'));
      const fresh = drawn(new DrawingCache(), lines.join('\n'));
      expect(stable.layout.algorithm, edit).toContain('previous order');
      const [withHint, without] = [survivors(before, stable), survivors(before, fresh)];
      const [moved, movedFresh] = [meanMovement(withHint), meanMovement(without)];
      const px = (n: number) => `${n.toFixed(1)} px`;
      console.log(
        `${edit}: ${withHint.length} surviving nodes; mean movement with the hint ${px(moved.raw)} (${px(moved.aligned)} up to a common shift), without ${px(movedFresh.raw)} (${px(movedFresh.aligned)}); pairs swapped within a layer ${swaps(withHint)} vs ${swaps(without)}`,
      );
      expect(swaps(withHint), edit).toBe(0);
      // Inputs keep their declared order in every layout, so even a fresh layout moves little;
      // the hint must never do worse, and keeps the mean movement of survivors small.
      expect(moved.aligned, edit).toBeLessThanOrEqual(movedFresh.aligned + 1);
      expect(moved.aligned, edit).toBeLessThanOrEqual(MAX_MEAN_MOVEMENT);
    }
  });

  it('lays out the same edit identically every time', () => {
    const run = () => {
      const cache = new DrawingCache();
      drawn(cache, NETWORK.join('\n'));
      const { millis: _, ...layout } = drawn(cache, EDITS['add a regulariser']!.join('\n')).layout;
      return layout;
    };
    expect(run()).toEqual(run());
  });

  it('answers an edit with the previous places at once, and refines it when asked', () => {
    const cache = new DrawingCache();
    drawn(cache, NETWORK.join('\n'));
    const edited = analysisOf(EDITS['add a hidden unit']!.join('\n'));
    const interim = cache.draw(edited);
    expect(interim.layout?.algorithm).toContain('previous places');
    expect(interim.refining).toBe(true);
    // Asked again before refining (a slider moved): still promised a refinement.
    expect(cache.draw(edited).refining).toBe(true);
    const refined = cache.refine(edited);
    expect(refined.layout?.quality).toBe('refined');
    expect(refined.refining).toBe(false);
    expect(cache.draw(edited)).toMatchObject({ layout: refined.layout, refining: false });
  });

  it('lays out a new program refined at once: only edits get interim layouts', () => {
    const cache = new DrawingCache();
    drawn(cache, NETWORK.join('\n'));
    // A chain of statements sharing no name with the network: a new program, not an edit.
    const lines = ['p = 2', 'q = 3', 'r0 = p * q'];
    for (let k = 1; k <= 8; k++) lines.push(`r${k} = sin(r${k - 1} * ${k}.5) * q + p`);
    const other = cache.draw(analysisOf(lines.join('\n')));
    expect(other.layout?.nodes.length).toBeGreaterThanOrEqual(KEPT_MIN_NODES);
    expect(other.layout?.quality).toBe('refined');
    expect(other.refining).toBe(false);
  });

  it('returns the cached layout for a structure it has seen, hint or not', () => {
    const cache = new DrawingCache();
    const first = drawn(cache, NETWORK.join('\n'));
    drawn(cache, EDITS['add a hidden unit']!.join('\n'));
    expect(drawn(cache, NETWORK.join('\n')).layout).toBe(first.layout);
  });
});
