import { describe, expect, it } from 'vitest';
import { forwardMode } from '../ad/forward.ts';
import { reverseMode } from '../ad/reverse.ts';
import { evaluate, valuesTrace } from '../eval/index.ts';
import { COLAH_PROGRAM, graphOf, nodeNamed } from '../testing/fixtures.ts';
import { replay } from './replay.ts';

const graph = graphOf(COLAH_PROGRAM);
const { values, locals } = evaluate(graph);
const b = nodeNamed(graph, 'b');

describe('replay', () => {
  it("reverse mode on colah's example: b shows 3, then 5, and is finished only then", () => {
    const { trace } = reverseMode(graph, locals, graph.output, { trace: true });
    const history: (number | undefined)[] = [];
    for (let k = 0; k <= trace!.steps.length; k++) {
      const state = replay(trace!, graph.nodes.length, k);
      history.push(state.shown[b]);
      if (state.shown[b] === 3) expect(state.finished[b]).toBe(false);
    }
    expect(history.filter((v, i) => i === 0 || v !== history[i - 1])).toEqual([undefined, 3, 5]);
    const end = replay(trace!, graph.nodes.length, trace!.steps.length);
    expect(end.finished[b]).toBe(true);
    expect(end.shown).toEqual(Array.from(reverseMode(graph, locals, graph.output).derivatives));
  });

  it('step k equals the trace replayed to k, clamped to the trace', () => {
    const { trace } = forwardMode(graph, locals, b, { trace: true });
    expect(replay(trace!, graph.nodes.length, -4).step).toBe(0);
    expect(replay(trace!, graph.nodes.length, 999).step).toBe(trace!.steps.length);
    const third = replay(trace!, graph.nodes.length, 3);
    expect(third.current).toBe(trace!.steps[2]);
  });

  it('values mode shows each node once, in topological order', () => {
    const trace = valuesTrace(graph, values);
    const end = replay(trace, graph.nodes.length, trace.steps.length);
    expect(end.shown).toEqual(Array.from(values));
    expect(end.finished.every(Boolean)).toBe(true);
    expect(replay(trace, graph.nodes.length, 2).shown).toEqual([
      2,
      1,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
