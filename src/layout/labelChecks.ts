import { type Bounds, boundsOverlap, distanceToRoute } from './geometry.ts';
import type { LabelBox, Layout } from './types.ts';

/** Overlaps smaller than this (px) are rounding, not overlaps. */
const TOLERANCE = 0.5;

type Placement = { readonly x: number; readonly y: number } | null;

const boxAt = ({ x, y }: { x: number; y: number }, { width, height }: LabelBox): Bounds => ({
  left: x - width / 2,
  top: y - height / 2,
  right: x + width / 2,
  bottom: y + height / 2,
});

/**
 * What breaks the promises of `placeEdgeLabels`, one sentence per problem (at most 20): a
 * label overlapping another label or a node box, covering its own route, or farther than
 * `maxDistance` px from it. Quadratic in labels: for tests.
 */
export function labelProblems(
  layout: Layout,
  nodeBoxes: readonly LabelBox[],
  label: LabelBox,
  placements: readonly Placement[],
  maxDistance: number,
): string[] {
  const problems: string[] = [];
  const report = (text: string) => {
    if (problems.length < 20) problems.push(text);
  };
  if (placements.length !== layout.edges.length) report('one placement per edge expected');
  const nodes = layout.nodes.map((node) => boxAt(node, nodeBoxes[node.id]!));
  const labels = placements.map((at) => (at ? boxAt(at, label) : null));
  labels.forEach((box, k) => {
    if (!box) return;
    labels.forEach((other, j) => {
      if (j > k && other && boundsOverlap(box, other, TOLERANCE))
        report(`labels of edges ${k} and ${j} overlap`);
    });
    nodes.forEach((node, id) => {
      if (boundsOverlap(box, node, TOLERANCE)) report(`label of edge ${k} overlaps node ${id}`);
    });
    const distance = distanceToRoute(box, layout.edges[k]!.points);
    if (distance === 0) report(`label of edge ${k} covers its own route`);
    if (distance > maxDistance) report(`label of edge ${k} is ${distance.toFixed(1)} px away`);
  });
  return problems;
}

/** How many placed labels another edge's route passes through (the rule of lower priority). */
export function labelsOverOtherRoutes(
  layout: Layout,
  label: LabelBox,
  placements: readonly Placement[],
): number {
  const around = layout.edges.map(({ points }) => ({
    left: Math.min(...points.map(([x]) => x)),
    top: Math.min(...points.map(([, y]) => y)),
    right: Math.max(...points.map(([x]) => x)),
    bottom: Math.max(...points.map(([, y]) => y)),
  }));
  let count = 0;
  placements.forEach((at, k) => {
    if (!at) return;
    const box = boxAt(at, label);
    const crossed = layout.edges.some(
      ({ index, points }) =>
        index !== k && boundsOverlap(box, around[index]!, -1) && distanceToRoute(box, points) === 0,
    );
    if (crossed) count++;
  });
  return count;
}
