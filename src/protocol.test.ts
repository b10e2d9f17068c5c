import { describe, expect, it } from 'vitest';
import { EngineSession, handle } from './protocol.ts';
import { COLAH_PROGRAM, ladderProgram } from './testing/fixtures.ts';

describe('handle', () => {
  it("answers colah's program with results, default seeds, a drawing and traces", () => {
    const response = handle({ type: 'analyze', id: 7, source: COLAH_PROGRAM });
    if (response.type !== 'analysis') throw new Error(response.type);
    expect(response.id).toBe(7);
    expect(response.analysis.value).toBe(6);
    expect(response.seeds).toEqual({ forward: 0, reverse: 5 });
    expect(response.drawing.layout?.nodes).toHaveLength(6);
    expect(response.analysis.traces?.reverse.seed).toBe(5);
    expect(response.analysis.traces?.forward?.seed).toBe(0);
  });

  it('traces from the chosen seeds, and falls back from a constant or a missing node', () => {
    const chosen = handle({
      type: 'analyze',
      id: 1,
      source: COLAH_PROGRAM,
      forwardFrom: 1,
      reverseFrom: 2,
    });
    if (chosen.type !== 'analysis') throw new Error(chosen.type);
    expect(chosen.seeds).toEqual({ forward: 1, reverse: 2 });
    expect(chosen.analysis.traces?.forward?.seed).toBe(1);
    expect(chosen.analysis.traces?.reverse.seed).toBe(2);
    const fallback = handle({
      type: 'analyze',
      id: 2,
      source: COLAH_PROGRAM,
      forwardFrom: 3,
      reverseFrom: 99,
    });
    if (fallback.type !== 'analysis') throw new Error(fallback.type);
    expect(fallback.seeds).toEqual({ forward: 0, reverse: 5 });
  });

  it('takes seeds by display name, and old numeric ids from earlier links', () => {
    const byName = handle({
      type: 'analyze',
      id: 4,
      source: '(a+b)*(b+1)',
      forwardFrom: 'b',
      reverseFrom: 't2',
    });
    if (byName.type !== 'analysis') throw new Error(byName.type);
    const name = (id: number) => byName.analysis.nodes[id]?.name;
    expect([name(byName.seeds.forward), name(byName.seeds.reverse)]).toEqual(['b', 't2']);
    const byId = handle({ type: 'analyze', id: 5, source: COLAH_PROGRAM, reverseFrom: '2' });
    if (byId.type !== 'analysis') throw new Error(byId.type);
    expect(byId.seeds.reverse).toBe(2);
    // The constant 1 is called "1" but cannot be a seed: the default stays.
    const constant = handle({ type: 'analyze', id: 6, source: COLAH_PROGRAM, reverseFrom: '1' });
    if (constant.type !== 'analysis') throw new Error(constant.type);
    expect(constant.seeds.reverse).toBe(1);
  });

  it('gives diagnostics as data, with line and column', () => {
    const response = handle({ type: 'analyze', id: 3, source: 'a +* b' });
    expect(response).toMatchObject({
      type: 'invalid',
      id: 3,
      diagnostics: [{ code: 'unexpected-token', line: 1, column: 4 }],
    });
  });

  it('answers a program with several outputs with each output and the Jacobian, cloneable', () => {
    const response = handle({
      type: 'analyze',
      id: 8,
      source: 'u = x*y; v = x + sin(y); u, v',
      inputs: { x: 2, y: 0 },
    });
    if (response.type !== 'analysis') throw new Error(response.type);
    expect(response.analysis.outputs.map((o) => o.name)).toEqual(['u', 'v']);
    expect(response.analysis.jacobian?.values).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(response.seeds.reverse).toBe(response.analysis.outputs[0]!.id);
    expect(structuredClone(response)).toEqual(response);
  });

  it('a program without inputs has no forward seed', () => {
    const response = handle({ type: 'analyze', id: 4, source: '2 * 3' });
    if (response.type !== 'analysis') throw new Error(response.type);
    expect(response.seeds.forward).toBe(-1);
    expect(response.analysis.traces?.forward).toBeUndefined();
  });
});

describe('EngineSession', () => {
  it('reuses the layout when only input values change', () => {
    const session = new EngineSession();
    const first = session.handle({ type: 'analyze', id: 1, source: COLAH_PROGRAM });
    const second = session.handle({
      type: 'analyze',
      id: 2,
      source: COLAH_PROGRAM,
      inputs: { a: 5 },
    });
    if (first.type !== 'analysis' || second.type !== 'analysis') throw new Error('not analysed');
    expect(second.drawing.layout).toBe(first.drawing.layout);
    expect(second.analysis.value).toBe(12);
  });

  it('sends a draft for a large graph first, then the refined layout for the same structure', () => {
    const session = new EngineSession();
    const response = session.handle({
      type: 'analyze',
      id: 9,
      source: ladderProgram(700),
      collapse: false,
    });
    if (response.type !== 'analysis') throw new Error(response.type);
    expect(response.drawing).toMatchObject({ refining: true, layout: { quality: 'draft' } });
    const refined = session.refine();
    expect(refined).toMatchObject({
      type: 'drawing',
      id: 9,
      drawing: { structureKey: response.drawing.structureKey, layout: { quality: 'refined' } },
    });
    expect(session.refine()).toBeUndefined();
  });

  it('handle(request, onProgress) reports each phase as it ends, and none past a failed parse', () => {
    const session = new EngineSession();
    const phases: string[] = [];
    session.handle({ type: 'analyze', id: 1, source: COLAH_PROGRAM }, (p) => phases.push(p));
    expect(phases).toEqual(['analysed', 'laid out']);
    phases.length = 0;
    const invalid = session.handle({ type: 'analyze', id: 2, source: 'a +' }, (p) =>
      phases.push(p),
    );
    expect(invalid.type).toBe('invalid');
    expect(phases).toEqual([]);
  });
});
