import { OPS } from '../ops/index.ts';
import { phrase } from '../phrases/index.ts';
import type { OutputItem } from '../syntax/ast.ts';
import { type Diagnostic, diagnostic } from '../syntax/diagnostics.ts';
import type { GraphNode } from './types.ts';

/**
 * For each of `ids`, the node it would be with sharing: equal for two nodes exactly when they
 * compute the same operation on the same (canonical) operands, or are the same input, or
 * constants of equal value. This is how the tree variant, whose every occurrence is its own
 * node, finds that two outputs are one node of the program. One pass in id (topological) order
 * up to the largest id asked for.
 */
export function canonicalIds(nodes: readonly GraphNode[], ids: readonly number[]): number[] {
  let last = -1;
  for (const id of ids) last = Math.max(last, id);
  const canonical = new Int32Array(last + 1);
  const byKey = new Map<string, number>();
  for (let v = 0; v <= last; v++) {
    const node = nodes[v]!;
    if (node.kind === 'input') {
      canonical[v] = v;
      continue;
    }
    const key =
      node.kind === 'constant'
        ? `c${node.initialValue}`
        : `${OPS[node.op!].code}:${node.operands.map((u) => canonical[u]).join(':')}`;
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, v);
    canonical[v] = found ?? v;
  }
  return ids.map((id) => canonical[id]!);
}

/**
 * A `duplicate-output` diagnostic for each item whose node (`same[i]`, comparable ids) an
 * earlier item already lists; it points at the item and, related, at the first listing.
 */
export function duplicateOutputs(
  items: readonly OutputItem[],
  same: readonly number[],
): Diagnostic[] {
  const firstIndex = new Map<number, number>();
  const problems: Diagnostic[] = [];
  items.forEach((item, i) => {
    const seen = firstIndex.get(same[i]!);
    if (seen === undefined) {
      firstIndex.set(same[i]!, i);
      return;
    }
    const first = items[seen]!;
    const message =
      first.text === item.text
        ? phrase('syntax.outputTwice', { item: item.text })
        : phrase('syntax.outputSameNode', { item: item.text, first: first.text });
    problems.push(
      diagnostic('duplicate-output', item.expr.span, message, [
        {
          phrase: phrase('syntax.outputListedFirst', { first: first.text }),
          span: first.expr.span,
        },
      ]),
    );
  });
  return problems;
}

/**
 * The name of each listed output (LANGUAGE.md): a bare name is its own name; any other item is
 * `out1`, `out2`, … by its position in the list. A made-up name that the program or an earlier
 * output already uses gets `_` appended until it is free, so that the names are distinct.
 */
export function outputNames(items: readonly OutputItem[], nodes: readonly GraphNode[]): string[] {
  const taken = new Set<string>();
  for (const node of nodes) for (const name of node.names) taken.add(name);
  for (const item of items) if (item.expr.kind === 'name') taken.add(item.expr.name);
  return items.map((item, i) => {
    if (item.expr.kind === 'name') return item.expr.name;
    let name = `out${i + 1}`;
    while (taken.has(name)) name += '_';
    taken.add(name);
    return name;
  });
}
