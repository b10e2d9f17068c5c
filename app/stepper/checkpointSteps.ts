import {
  type Analysis,
  formatNumber,
  type Narration,
  segmentLengths,
  type Trace,
  type TraceStep,
} from '../../src/index.ts';
import type { TFunction } from '../i18n/i18n.ts';

/**
 * A reverse pass with checkpoints, as the store-or-recompute panel counts it (the program's
 * values taken as a chain in id order, cut into k + 1 segments): the trace's steps, with, before
 * the first backward step that needs a segment no longer stored, the recomputation of that
 * segment from its checkpoint, one node at a time.
 */
export type CheckpointedItem =
  | { readonly kind: 'trace'; readonly index: number }
  | {
      readonly kind: 'recompute';
      readonly node: number;
      readonly value: number;
      /** 1-based, as a person counts segments. */
      readonly segment: number;
    };

/** The schedule of a checkpointed reverse pass over `trace` with `checkpoints` checkpoints. */
export function checkpointedSchedule(
  trace: Trace,
  analysis: Analysis,
  checkpoints: number,
): CheckpointedItem[] {
  const n = analysis.nodes.length;
  const k = Math.max(0, Math.min(checkpoints, n - 1));
  const lengths = segmentLengths(n, k);
  const segmentOf = new Int32Array(n);
  const starts: number[] = [];
  let at = 0;
  lengths.forEach((length, j) => {
    starts.push(at);
    segmentOf.fill(j, at, at + length);
    at += length;
  });
  // After the forward pass the last segment is still in memory; the others are recomputed.
  const stored = new Set([lengths.length - 1]);
  const items: CheckpointedItem[] = [];
  trace.steps.forEach((step, index) => {
    const node = needs(step);
    const j = node === undefined ? undefined : segmentOf[node];
    if (j !== undefined && !stored.has(j)) {
      for (let id = starts[j]! + 1; id < starts[j]! + lengths[j]!; id++) {
        const info = analysis.nodes[id]!;
        if (info.kind === 'op')
          items.push({ kind: 'recompute', node: id, value: info.value, segment: j + 1 });
      }
      stored.add(j);
    }
    items.push({ kind: 'trace', index });
  });
  return items;
}

/** The node whose operands' values a backward step needs (the operation it differentiates). */
function needs(step: TraceStep): number | undefined {
  if (step.kind === 'edge') return step.to;
  if (step.kind === 'seed') return step.node;
  return undefined;
}

/** A recomputation as the narration tells it. */
export function narrateRecompute(
  item: CheckpointedItem & { kind: 'recompute' },
  analysis: Analysis,
  t: TFunction,
): Narration {
  const node = analysis.nodes[item.node]!;
  const values = {
    name: node.name,
    formula: node.formula ?? node.name,
    value: formatNumber(item.value),
    segment: item.segment,
  };
  return {
    equation: t('checkpoint.recomputeEquation', values),
    rule: t('checkpoint.recomputeRule', values),
    sentence: t('checkpoint.recomputeSentence', values),
  };
}
