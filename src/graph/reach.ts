import type { Graph } from './types.ts';

/**
 * Which nodes can be reached from `source` along edges (source included).
 * One pass in topological order: a node is reached when one of its operands is.
 */
export function descendantsOf(graph: Graph, source: number): Uint8Array {
  const reached = new Uint8Array(graph.nodes.length);
  reached[source] = 1;
  for (let v = source + 1; v < graph.nodes.length; v++) {
    for (const u of graph.nodes[v]!.operands) {
      if (reached[u]) {
        reached[v] = 1;
        break;
      }
    }
  }
  return reached;
}

/**
 * Which nodes reach `target` along edges (target included).
 * One pass in reverse topological order: a node's operands reach target when it does.
 */
export function ancestorsOf(graph: Graph, target: number): Uint8Array {
  const reaching = new Uint8Array(graph.nodes.length);
  reaching[target] = 1;
  for (let v = target; v >= 0; v--) {
    if (!reaching[v]) continue;
    for (const u of graph.nodes[v]!.operands) reaching[u] = 1;
  }
  return reaching;
}
