import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from './analysis.ts';
import { nodeCaption } from './narrate/index.ts';
import { drawnView, readableWhole } from './view.ts';

function analysisOf(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error('expected a program');
  return result.analysis;
}

const NETWORK = [
  'x1 = 0.5; x2 = -1; w11 = 0.1; w12 = -0.3; w21 = 0.4; w22 = 0.2; b1 = 0; b2 = 0.1',
  'v1 = 0.7; v2 = -0.5; c = 0.05; target = 1',
  'h1 = tanh(w11*x1 + w12*x2 + b1)',
  'h2 = tanh(w21*x1 + w22*x2 + b2)',
  'y = v1*h1 + v2*h2 + c',
  'loss = (y - target)^2',
].join('\n');

const seedsOf = (a: Analysis) => ({ forward: a.inputs[0]!.node, reverse: a.output });

describe('drawnView', () => {
  it('draws each statement as one node saying what it computes over the names drawn', () => {
    const full = analysisOf(NETWORK);
    const view = drawnView(full, seedsOf(full), { collapse: true });
    expect(view.collapsed).toBe(true);
    const captions = view.analysis.nodes.filter((n) => n.kind === 'op').map((n) => nodeCaption(n));
    expect(captions).toEqual([
      'h1 = tanh(… + … + b1)',
      'h2 = tanh(… + … + b2)',
      'y = v1 · h1 + v2 · h2 + c',
      'loss = (y - target)^2',
    ]);
    expect(view.expandable).toEqual(['h1', 'h2', 'y', 'loss']);
  });

  it('opens collapsed when the operation view would not be readable whole, but not colah', () => {
    const full = analysisOf(NETWORK);
    const small = { width: 800, height: 500 };
    expect(readableWhole(full, small)).toBe(false);
    expect(drawnView(full, seedsOf(full), { viewport: small }).collapsed).toBe(true);
    const colah = analysisOf('a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d');
    const colahView = drawnView(colah, seedsOf(colah), { viewport: small });
    expect(colahView).toMatchObject({ collapsed: false, collapsible: false });
    expect(colahView.analysis).toBe(colah);
  });

  it('maps every edge of the full graph to the drawn edge that carries it', () => {
    const full = analysisOf(NETWORK);
    const view = drawnView(full, seedsOf(full), { collapse: true });
    const name = (a: Analysis, id: number) => a.nodes[id]!.name;
    full.edges.forEach((edge, id) => {
      const drawn = view.edgeOf![id]!;
      if (drawn < 0) return;
      const e = view.analysis.edges[drawn]!;
      // A visible operand feeds the statement that holds its user.
      expect(name(view.analysis, e.from)).toBe(name(full, edge.from));
    });
    const w11 = full.nodes.findIndex((n) => n.name === 'w11');
    const fromW11 = full.edges.find((e) => e.from === w11)!;
    const carried = view.analysis.edges[view.edgeOf![fromW11.id]!]!;
    expect(name(view.analysis, carried.to)).toBe('h1');
  });

  it('expands the statements asked for, alone, and keeps the derivatives', () => {
    const full = analysisOf(NETWORK);
    const view = drawnView(full, seedsOf(full), { collapse: true, expanded: ['h1', 'nope'] });
    expect(view.expanded).toEqual(['h1']);
    expect(view.expandable).toEqual(['h2', 'y', 'loss']);
    const names = view.analysis.nodes.map((n) => n.name);
    expect(names).toContain('t1');
    for (const node of view.analysis.nodes)
      expect(view.analysis.gradient[node.id]).toBe(
        full.gradient[full.nodes.findIndex((n) => n.name === node.name)],
      );
  });
});
