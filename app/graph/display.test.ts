import { describe, expect, it } from 'vitest';
import { analyze, replay } from '../../src/index.ts';
import { graphDisplay } from './display.ts';

const result = analyze('a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d');
if (!result.ok) throw new Error('colah does not compile');
const { analysis } = result;
const reverse = analysis.traces!.reverse;
const at = (k: number) =>
  graphDisplay(analysis, 'reverse', replay(reverse, analysis.nodes.length, k));

describe('graphDisplay', () => {
  it('reverse mode at step 4: b has received 3 of its two contributions, and is partial', () => {
    const b = at(4).nodes[1]!;
    expect(b).toMatchObject({ derivative: 3, touched: true, status: 'active' });
    expect(at(5).nodes[1]).toMatchObject({ derivative: 3, status: 'partial' });
    expect(at(7).nodes[1]).toMatchObject({ derivative: 5, status: 'active' });
  });

  it('marks the current edge active, those behind it done, those ahead idle', () => {
    const display = at(2);
    const ce = analysis.edges.findIndex((e) => e.from === 2 && e.to === 5);
    const de = analysis.edges.findIndex((e) => e.from === 4 && e.to === 5);
    const ac = analysis.edges.findIndex((e) => e.from === 0 && e.to === 2);
    expect([display.edges[ce], display.edges[de], display.edges[ac]]).toEqual([
      'active',
      'idle',
      'idle',
    ]);
    expect(at(3).edges[ce]).toBe('done');
  });

  it('values mode reveals values in order and hides the rest', () => {
    const values = graphDisplay(
      analysis,
      'values',
      replay(analysis.traces!.values, analysis.nodes.length, 3),
    );
    expect(values.nodes.map((n) => n.value)).toEqual([2, 1, 3, undefined, undefined, undefined]);
  });

  it('without a trace everything is final', () => {
    const display = graphDisplay(analysis, 'reverse', undefined);
    expect(display.nodes.map((n) => n.derivative)).toEqual(analysis.gradient);
    expect(display.edges.every((s) => s === 'done')).toBe(true);
  });
});
