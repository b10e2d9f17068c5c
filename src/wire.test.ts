import { describe, expect, it } from 'vitest';
import { type EngineResponse, EngineSession } from './protocol.ts';
import { fromWire, toWire } from './wire.ts';

const LADDER = [
  'x0 = 0.5',
  ...Array.from({ length: 40 }, (_, i) => `x${i + 1} = sin(x${i}) * cos(x${i})`),
];

function answer(source: string): EngineResponse {
  return new EngineSession().handle({ type: 'analyze', id: 7, source });
}

describe('toWire and fromWire', () => {
  it('give back an equal response, its layout carried in transferable arrays', () => {
    for (const source of [
      'a = 2\nb = 1\n(a+b)*(b+1)',
      LADDER.join('\n'),
      `x = 1.0001\n${Array(60).fill('x').join('*')}`,
    ]) {
      const response = answer(source);
      expect(response.type).toBe('analysis');
      const { message, transfer } = toWire(response);
      expect(transfer.length).toBeGreaterThanOrEqual(5);
      // What postMessage does to it: a structured clone, transferring the buffers.
      const arrived = structuredClone(message, { transfer });
      expect(fromWire(arrived)).toEqual(response);
    }
  });

  it('keeps a channel-routed edge its own branch, and labels with no place as null', () => {
    const response = answer(`x = 1.0001\n${Array(60).fill('x').join('*')}`);
    if (response.type !== 'analysis') throw new Error(response.type);
    const edges = response.drawing.layout!.edges;
    expect(edges.some((e) => e.labelFrom !== undefined)).toBe(true);
    const back = fromWire(structuredClone(toWire(response).message));
    if (back.type !== 'analysis') throw new Error(back.type);
    expect(back.drawing.layout!.edges).toEqual(edges);
    expect(back.drawing.labels).toEqual(response.drawing.labels);
  });

  it('passes other responses unchanged', () => {
    const invalid = answer('(a+');
    expect(invalid.type).toBe('invalid');
    expect(toWire(invalid)).toEqual({ message: invalid, transfer: [] });
    expect(fromWire(toWire(invalid).message)).toBe(invalid);
  });
});
