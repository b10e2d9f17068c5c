import { describe, expect, it } from 'vitest';
import { chainGraph, colahGraph, ladderGraph } from '../testing/sampleGraphs.ts';
import { productGraph } from './arbitraries.ts';
import {
  AUTO_REFINED_MAX_SIZE,
  DRAFT_MAX_SIZE,
  layeredSize,
  layoutPlan,
  needsRefinement,
  REFINED_MAX_SIZE,
  SIMPLEX_COORD_MAX_SIZE,
  tiersFor,
} from './policy.ts';

describe('layeredSize', () => {
  it('counts nodes plus one dummy per layer a long edge crosses', () => {
    expect(layeredSize(ladderGraph(10))).toBe(31);
    const chain = chainGraph(5);
    expect(layeredSize({ ...chain, edges: [...chain.edges, { from: 0, to: 4 }] })).toBe(5 + 3);
  });

  it('counts no dummies for edges routed in side channels: x^1000 is about its node count', () => {
    // Only x -> x*x*x, spanning two layers, keeps a dummy.
    expect(layeredSize(productGraph(1000))).toBe(1001);
  });
});

describe('tiersFor', () => {
  it('picks coordSimplex for small graphs, then coordGreedy, then the draft', () => {
    expect(tiersFor(colahGraph())).toEqual(['simplex', 'greedy', 'draft']);
    expect(tiersFor(chainGraph(SIMPLEX_COORD_MAX_SIZE + 1))).toEqual(['greedy', 'draft']);
    expect(tiersFor(chainGraph(AUTO_REFINED_MAX_SIZE + 1))).toEqual(['draft']);
    expect(tiersFor(colahGraph(), { quality: 'draft' })).toEqual(['draft']);
    expect(tiersFor(chainGraph(REFINED_MAX_SIZE + 1), { quality: 'refined' })).toEqual([
      'greedy',
      'draft',
    ]);
    expect(tiersFor(chainGraph(DRAFT_MAX_SIZE + 1))).toEqual(['fallback']);
  });

  it('says why auto gave a draft, and whether a refined layout can follow', () => {
    expect(layoutPlan(colahGraph()).note).toBe('');
    expect(layoutPlan(chainGraph(AUTO_REFINED_MAX_SIZE + 1)).note).toBe(
      ' (draft: layered size 1,501 > 1,500; refined on request)',
    );
    expect(layoutPlan(chainGraph(REFINED_MAX_SIZE + 1)).note).toBe(
      ' (draft only: layered size 3,501 > 3,500)',
    );
    expect(layoutPlan(chainGraph(REFINED_MAX_SIZE + 1), { quality: 'draft' }).note).toBe('');
  });
});

describe('needsRefinement', () => {
  it('is true only between what auto refines and what is worth refining', () => {
    expect(needsRefinement(chainGraph(AUTO_REFINED_MAX_SIZE))).toBe(false);
    expect(needsRefinement(chainGraph(AUTO_REFINED_MAX_SIZE + 1))).toBe(true);
    expect(needsRefinement(chainGraph(REFINED_MAX_SIZE))).toBe(true);
    expect(needsRefinement(chainGraph(REFINED_MAX_SIZE + 1))).toBe(false);
  });
});
