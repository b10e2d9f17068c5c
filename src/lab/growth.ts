import { compile } from '../compile.ts';
import type { Graph } from '../graph/index.ts';
import { countPathsTo } from '../paths/count.ts';
import { type FamilyId, familyOf } from '../paths/families.ts';
import { METHODS, type Method, methodCosts } from '../paths/methods.ts';
import type { GrowthPoint } from './protocol.ts';

/** The node named `name` (an input or a named statement). */
function named(graph: Graph, name: string): number {
  const node = graph.nodes.find((n) => n.names.includes(name) || n.label === name);
  if (!node) throw new Error(`no node named ${name}`);
  return node.id;
}

/**
 * One chart point per size: the family's program is built, its paths counted from every input
 * (summed), and every method's exact total operations counted for the derivatives of the
 * family's outputs with respect to its first input (one method) or to all inputs. Counts only,
 * nothing is timed, so a point costs a few passes over the graph.
 */
export function growthPoints(familyId: FamilyId, sizes: readonly number[]): GrowthPoint[] {
  const family = familyOf(familyId);
  return sizes.map((size) => {
    const built = compile(family.program(size));
    if (!built.ok) throw new Error(`the ${family.id} program of size ${size} does not compile`);
    const { graph } = built;
    const outputs = family.outputs?.(size).map((name) => named(graph, name)) ?? [graph.output];
    let paths = 0n;
    for (const to of outputs) {
      const pathsTo = countPathsTo(graph, to);
      for (const input of graph.inputs) paths += pathsTo[input]!;
    }
    const costs = methodCosts(graph, graph.inputs[0] ?? -1, outputs);
    const totals = Object.fromEntries(
      METHODS.map((m) => [m, costs[m] === null ? null : Number(costs[m].total)]),
    ) as Record<Method, number | null>;
    return { size, paths: paths.toString(), totals };
  });
}
