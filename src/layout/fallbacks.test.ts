import { beforeEach, describe, expect, it, vi } from 'vitest';
import { colahGraph } from '../testing/sampleGraphs.ts';
import { layoutGraph } from './layout.ts';
import { layoutProblems } from './problems.ts';
import { sugiyamaLayout } from './sugiyama.ts';

vi.mock('./sugiyama.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./sugiyama.ts')>();
  const real = actual.sugiyamaLayout;
  return { ...actual, sugiyamaLayout: vi.fn((...args: Parameters<typeof real>) => real(...args)) };
});

const mocked = vi.mocked(sugiyamaLayout);

describe('layoutGraph when d3-dag throws', () => {
  beforeEach(() => {
    mocked.mockClear();
  });

  it('falls back from coordSimplex to coordGreedy and stays refined', () => {
    mocked.mockImplementationOnce(() => {
      throw new Error('infeasible');
    });
    const layout = layoutGraph(colahGraph());
    expect(mocked.mock.calls.map(([, tier]) => tier)).toEqual(['simplex', 'greedy']);
    expect(layout.quality).toBe('refined');
    expect(layout.algorithm).toContain('coordGreedy (simplex threw Error: infeasible)');
    expect(layoutProblems(colahGraph(), layout)).toEqual([]);
  });

  it('ends with its own layered layout when every tier throws', () => {
    mocked.mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const layout = layoutGraph(colahGraph());
    mocked.mockReset();
    expect(layout.quality).toBe('draft');
    expect(layout.algorithm).toMatch(/^layered fallback.*draft threw RangeError/);
    expect(layoutProblems(colahGraph(), layout)).toEqual([]);
  });
});
