import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.ts';
import { nodeCaption } from '../narrate/index.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { labelProblems, labelsOverOtherRoutes } from './labelChecks.ts';
import { EDGE_LABEL, LABEL_REACH, placeEdgeLabels } from './labels.ts';
import { layoutGraph } from './layout.ts';
import { nodeBox } from './nodeBox.ts';
import type { LayoutInput, Orientation } from './types.ts';

/** Set LABEL_SEED to replay another sample of programs. */
const SEED = Number(process.env.LABEL_SEED ?? 20261130);
const PROGRAMS = 200;
const MAX_NODES = 150;
/** Programs this small get a place for every label. */
const SMALL = 40;

/** The layout input the app builds: boxes from captions, inputs ranked by declaration. */
function programInput(source: string): LayoutInput | undefined {
  const result = analyze(source);
  if (!result.ok) return undefined;
  const { nodes, edges, inputs } = result.analysis;
  const rank = new Map(inputs.map(({ node }, k) => [node, k]));
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      ...nodeBox(nodeCaption(n), n.name),
      rank: rank.get(n.id),
    })),
    edges: edges.map(({ from, to }) => ({ from, to })),
  };
}

function samplePrograms(seed: number): LayoutInput[] {
  const sources = fc.sample(randomProgram(4, MAX_NODES - 10), { seed, numRuns: 2 * PROGRAMS });
  const inputs = sources.map(({ source }) => programInput(source));
  return inputs
    .filter((input): input is LayoutInput => !!input && input.nodes.length <= MAX_NODES)
    .slice(0, PROGRAMS);
}

/** Two sweeps of 200 layouts each: seconds, not milliseconds, hence the longer timeout. */
describe.each<Orientation>(['up', 'right'])(
  'placeEdgeLabels on random programs, %s',
  (orientation) => {
    it(`keeps its promises on ${PROGRAMS} programs of up to ${MAX_NODES} nodes, and places every label of small ones`, () => {
      console.log(
        `label placement, ${orientation}: seed ${SEED} (set LABEL_SEED to replay another)`,
      );
      const programs = samplePrograms(SEED);
      expect(programs.length).toBe(PROGRAMS);
      let [edges, placed, crossed, smallEdges, smallPlaced] = [0, 0, 0, 0, 0];
      for (const input of programs) {
        const layout = layoutGraph(input, { orientation, labelRoom: EDGE_LABEL });
        const at = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
        expect(labelProblems(layout, input.nodes, EDGE_LABEL, at, LABEL_REACH)).toEqual([]);
        const count = at.filter((p) => p !== null).length;
        edges += at.length;
        placed += count;
        crossed += labelsOverOtherRoutes(layout, EDGE_LABEL, at);
        if (input.nodes.length <= SMALL) {
          smallEdges += at.length;
          smallPlaced += count;
        }
      }
      const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;
      console.log(
        `${orientation}: ${placed}/${edges} labels placed (${percent(placed, edges)}), ` +
          `${smallPlaced}/${smallEdges} on programs of up to ${SMALL} nodes; ` +
          `${crossed} placed labels crossed by another route (${percent(crossed, placed)})`,
      );
      expect(smallEdges).toBeGreaterThan(0);
      expect(smallPlaced).toBe(smallEdges);
    }, 120_000);
  },
);
