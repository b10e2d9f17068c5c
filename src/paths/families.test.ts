import { describe, expect, it } from 'vitest';
import { compile } from '../compile.ts';
import type { Graph } from '../graph/index.ts';
import { countPaths, countPathsTo } from './count.ts';
import { clampSize, FAMILIES, type FamilyId, familyOf, growthSizes } from './families.ts';
import { methodCosts } from './methods.ts';

function graphOfFamily(id: FamilyId, size: number): Graph {
  const built = compile(familyOf(id).program(size));
  if (!built.ok) throw new Error(built.diagnostics.map((d) => d.message).join('; '));
  return built.graph;
}

/** Paths from every input to `to`, summed over the inputs. */
function pathsFromInputs(graph: Graph, to = graph.output): bigint {
  const pathsTo = countPathsTo(graph, to);
  return graph.inputs.reduce((sum, input) => sum + pathsTo[input]!, 0n);
}

const TWO_TO_53 = 2n ** 53n;

describe('family path counts match their closed forms', () => {
  it.each([1, 2, 10, 53, 54, 100, 200])('ladder of %i stages: 2^k paths', (k) => {
    const g = graphOfFamily('ladder', k);
    expect(countPaths(g, g.inputs[0]!, g.output)).toBe(2n ** BigInt(k));
    expect(familyOf('ladder').paths(k)).toBe(2n ** BigInt(k));
  });

  it.each([1, 3, 33, 34, 100])("colah's stages stacked %i times: 3^k paths", (k) => {
    const g = graphOfFamily('stacked', k);
    expect(countPaths(g, g.inputs[0]!, g.output)).toBe(3n ** BigInt(k));
    expect(familyOf('stacked').paths(k)).toBe(3n ** BigInt(k));
  });

  it('the big sizes really pass 2^53, where doubles stop counting exactly', () => {
    expect(familyOf('ladder').paths(54)).toBeGreaterThan(TWO_TO_53);
    expect(familyOf('stacked').paths(34)).toBeGreaterThan(TWO_TO_53);
    expect(familyOf('ladder').paths(100).toString()).toBe('1267650600228229401496703205376');
  });

  it.each([1, 2, 17, 1000])('wide sum of %i inputs: one path from each, n in all', (n) => {
    const g = graphOfFamily('wide', n);
    expect(g.inputs).toHaveLength(n);
    for (const input of g.inputs) expect(countPaths(g, input, g.output)).toBe(1n);
    expect(pathsFromInputs(g)).toBe(familyOf('wide').paths(n));
    expect(familyOf('wide').paths(n)).toBe(BigInt(n));
  });

  it.each([1, 2, 9, 1000])(
    'fan-out to %i outputs: m paths from x to y, one to each output',
    (m) => {
      const family = familyOf('fanout');
      const g = graphOfFamily('fanout', m);
      expect(g.inputs).toHaveLength(1);
      expect(countPaths(g, g.inputs[0]!, g.output)).toBe(BigInt(m));
      const outputs = family.outputs!(m);
      expect(outputs).toHaveLength(m);
      for (const name of outputs) {
        const o = g.nodes.find((n) => n.names.includes(name))!;
        expect(countPaths(g, g.inputs[0]!, o.id)).toBe(1n);
      }
      expect(family.paths(m)).toBe(BigInt(m));
    },
  );

  it.each([3, 6, 30, 999])(
    'network with %i weights: one path from each weight to the loss',
    (n) => {
      const g = graphOfFamily('network', n);
      expect(g.inputs).toHaveLength(n);
      expect(g.nodes[g.output]!.names).toContain('loss');
      expect(pathsFromInputs(g)).toBe(BigInt(n));
      expect(familyOf('network').paths(n)).toBe(BigInt(n));
    },
  );
});

describe('family costs', () => {
  it.each([2, 10, 1000])(
    'wide sum of %i: forward mode needs (n−1) + n(n−1)/2 multiplications, reverse 2(n−1)',
    (n) => {
      const g = graphOfFamily('wide', n);
      const costs = methodCosts(g, g.inputs[0]!, [g.output]);
      const N = BigInt(n);
      expect(costs.forwardAll!.multiplications).toBe(N - 1n + (N * (N - 1n)) / 2n);
      expect(costs.reverse!.multiplications).toBe(2n * (N - 1n));
      expect(costs.finiteDifferences!.evaluations).toBe(N + 1n);
    },
  );

  it.each([5, 60])('a ladder of %i stages: 4 multiplications per stage in either mode', (k) => {
    const g = graphOfFamily('ladder', k);
    const costs = methodCosts(g, 0, [g.output]);
    expect(costs.reverse!.multiplications).toBe(4n * BigInt(k));
    expect(costs.forwardOne!.multiplications).toBe(4n * BigInt(k));
    // 2^k paths of 2k edges: 2^k (2k − 1) multiplications.
    expect(costs.naive!.multiplications).toBe(2n ** BigInt(k) * (2n * BigInt(k) - 1n));
  });

  it('fan-out: m reverse passes cost more than one forward pass, by a factor growing with m', () => {
    const ratio = (m: number) => {
      const family = familyOf('fanout');
      const g = graphOfFamily('fanout', m);
      const outputs = family.outputs!(m).map(
        (name) => g.nodes.find((n) => n.names.includes(name))!.id,
      );
      const costs = methodCosts(g, 0, outputs);
      return Number(costs.reverse!.total) / Number(costs.forwardAll!.total);
    };
    expect(ratio(10)).toBeGreaterThan(1);
    expect(ratio(100)).toBeGreaterThan(5 * ratio(10));
  });
});

describe('sizes', () => {
  it('clampSize keeps sizes in range and on the step', () => {
    expect(clampSize(familyOf('ladder'), 0)).toBe(1);
    expect(clampSize(familyOf('ladder'), 1e9)).toBe(200);
    expect(clampSize(familyOf('network'), 31)).toBe(30);
    expect(clampSize(familyOf('network'), Number.NaN)).toBe(3);
  });

  it('growthSizes spans each family, ascending, with the chosen size', () => {
    for (const family of FAMILIES) {
      const sizes = growthSizes(family, family.defaultSize);
      expect(sizes[0]).toBe(family.min);
      expect(sizes.at(-1)).toBe(family.max);
      expect(sizes).toContain(family.defaultSize);
      expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
      expect(new Set(sizes).size).toBe(sizes.length);
    }
  });
});
