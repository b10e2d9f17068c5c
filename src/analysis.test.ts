import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';
import { sayEnglish } from './phrases/index.ts';
import { COLAH_PROGRAM } from './testing/fixtures.ts';

function analysisOf(source: string, inputs?: Record<string, number>) {
  const result = analyze(source, inputs ? { inputs } : {});
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.analysis;
}

const byLabel = (a: ReturnType<typeof analysisOf>) =>
  Object.fromEntries(a.nodes.map((n) => [n.label, n]));

describe('analyze: the worked examples of DOMAIN.md', () => {
  it("colah's program: values c = 3, d = 2, e = 6", () => {
    const a = analysisOf(COLAH_PROGRAM);
    const nodes = byLabel(a);
    expect([
      nodes.a?.value,
      nodes.b?.value,
      nodes.c?.value,
      nodes.d?.value,
      nodes.e?.value,
    ]).toEqual([2, 1, 3, 2, 6]);
    expect(a.outputName).toBe('e');
    expect(a.value).toBe(6);
  });

  it("colah's program: every edge carries its local derivative", () => {
    const a = analysisOf(COLAH_PROGRAM);
    const label = (id: number) => a.nodes[id]!.label;
    const locals = Object.fromEntries(
      a.edges.map((e) => [`${label(e.from)}->${label(e.to)}`, e.local]),
    );
    expect(locals).toEqual({ 'a->c': 1, 'b->c': 1, 'b->d': 1, '1->d': 1, 'c->e': 2, 'd->e': 3 });
  });

  it("colah's program: reverse mode from e gives ∂e/∂c = 2, ∂e/∂d = 3, ∂e/∂a = 2, ∂e/∂b = 5", () => {
    const a = analysisOf(COLAH_PROGRAM);
    const gradient = Object.fromEntries(a.nodes.map((n) => [n.label, a.gradient[n.id]]));
    expect(gradient).toMatchObject({ a: 2, b: 5, c: 2, d: 3, e: 1 });
  });

  it("colah's program: forward mode per input and exact path counts", () => {
    const a = analysisOf(COLAH_PROGRAM);
    expect(a.inputs.map((i) => [i.name, i.value, i.gradient, i.forward, i.paths])).toEqual([
      ['a', 2, 2, 2, '1'],
      ['b', 1, 5, 5, '2'],
    ]);
  });

  it('(a+b)*(b+1) as one expression: inputs default to 1, overridable', () => {
    expect(analysisOf('(a+b)*(b+1)').value).toBe(4);
    const a = analysisOf('(a+b)*(b+1)', { a: 2, b: 1 });
    expect(a.value).toBe(6);
    expect(a.inputs.map((i) => i.gradient)).toEqual([2, 5]);
    expect(a.nodes).toHaveLength(6);
    expect(a.edges).toHaveLength(6);
  });

  it('apples and tax: 220, ∂/∂apple = 2.2, ∂/∂count = 110, ∂/∂tax = 200', () => {
    const a = analysisOf('apple = 100\ncount = 2\ntax = 1.1\nprice = apple * count * tax');
    expect(a.value).toBeCloseTo(220, 12);
    const g = Object.fromEntries(a.inputs.map((i) => [i.name, i.gradient]));
    expect(g.apple).toBeCloseTo(2.2, 12);
    expect(g.count).toBeCloseTo(110, 12);
    expect(g.tax).toBeCloseTo(200, 12);
  });

  it('g = (x + y) * z at x = 1, y = 3, z = -3: p = 4, g = -12, ∂g/∂z = 4, ∂g/∂x = ∂g/∂y = -3', () => {
    const a = analysisOf('x = 1\ny = 3\nz = -3\np = x + y\ng = p * z');
    expect(byLabel(a).p?.value).toBe(4);
    expect(a.value).toBe(-12);
    expect(a.gradient[byLabel(a).p!.id]).toBe(-3);
    expect(a.inputs.map((i) => [i.name, i.gradient, i.forward])).toEqual([
      ['x', -3, -3],
      ['y', -3, -3],
      ['z', 4, 4],
    ]);
  });

  it('records traces for small graphs and reports node warnings', () => {
    const a = analysisOf('x = 0\ny = relu(x) + log(x - 1)');
    expect(a.traces?.reverse.steps[0]).toEqual({ kind: 'seed', node: a.output, value: 1 });
    const warnings = a.nodes.flatMap((n) => n.warnings.map(sayEnglish));
    expect(warnings.some((w) => w.includes("relu'(0) = 0"))).toBe(true);
    expect(warnings.some((w) => w.includes('outside its domain'))).toBe(true);
  });

  it('never throws on user text: errors come back as positioned diagnostics', () => {
    const result = analyze('x = (a+b');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics[0]).toMatchObject({
        code: 'missing-close-paren',
        line: 1,
        column: 9,
      });
  });
});

describe('analyze: several outputs (DOMAIN.md §8)', () => {
  const source = 'u = x*y; v = x + sin(y); u, v';

  it('the worked example: u = 0, v = 2; ∂u = (0, 2), ∂v = (1, 1)', () => {
    const a = analysisOf(source, { x: 2, y: 0 });
    expect(a.outputs.map(({ name, value }) => [name, value])).toEqual([
      ['u', 0],
      ['v', 2],
    ]);
    expect(a.outputs.map((o) => a.nodes[o.id]!.label)).toEqual(['u', 'v']);
    expect(a.jacobian).toMatchObject({
      rows: ['u', 'v'],
      columns: ['x', 'y'],
      values: [
        [0, 2],
        [1, 1],
      ],
      costs: { forward: { passes: 2 }, reverse: { passes: 2 } },
    });
    expect(sayEnglish(a.jacobian!.verdict)).toMatch(
      /^Forward and reverse mode cost about the same/,
    );
  });

  it('the one-output fields keep meaning the first output', () => {
    const a = analysisOf(source, { x: 2, y: 0 });
    expect([a.outputName, a.value, a.output]).toEqual(['u', 0, a.outputs[0]!.id]);
    expect(a.inputs.map((i) => [i.name, i.gradient, i.forward, i.paths])).toEqual([
      ['x', 0, 0, '1'],
      ['y', 2, 2, '1'],
    ]);
    expect(a.traces?.reverse.seed).toBe(a.outputs[0]!.id);
  });

  it('one output: outputs lists it, and there is no Jacobian', () => {
    const a = analysisOf(COLAH_PROGRAM);
    expect(a.outputs).toEqual([{ name: 'e', id: a.output, value: 6 }]);
    expect(a.jacobian).toBeUndefined();
  });

  it('unnamed items are out1, out2; many outputs and few inputs: forward mode fills it', () => {
    // A shared trunk that every reverse pass crosses again, one forward pass per input.
    const list = Array.from({ length: 50 }, (_, i) => `sin(${i + 1}*h)`).join(', ');
    const a = analysisOf(`h = tanh(x*y + x) * cos(y)\n${list}`);
    expect(a.outputs.slice(0, 2).map((o) => o.name)).toEqual(['out1', 'out2']);
    expect(a.jacobian?.filledBy).toBe('forward');
    expect(a.jacobian?.values).toHaveLength(50);
    // ∂sin(3h)/∂x at x = y = 1: 3 cos(3h) · (1 − tanh²(2)) · (y + 1) · cos(y).
    const h = Math.tanh(2) * Math.cos(1);
    const expected = 3 * Math.cos(3 * h) * (1 - Math.tanh(2) ** 2) * 2 * Math.cos(1);
    expect(a.jacobian?.values[2]?.[0]).toBeCloseTo(expected, 12);
    expect(sayEnglish(a.jacobian!.verdict)).toMatch(
      /^Forward mode is \d+(\.\d)?× cheaper here: 2 passes/,
    );
  });

  it('survives structured cloning unchanged', () => {
    const a = analysisOf(source, { x: 2, y: 0 });
    expect(structuredClone(a)).toEqual(a);
  });
});

describe('several outputs', () => {
  it('names unnamed outputs by their place in the list, on every node and in the Jacobian', () => {
    const a = analysisOf('x = 2; y = 3; x*y, x + y');
    expect(a.outputs.map((o) => a.nodes[o.id]!.name)).toEqual(['out1', 'out2']);
    expect(a.jacobian?.rows).toEqual(['out1', 'out2']);
    expect(a.outputs.map((o) => o.value)).toEqual([6, 5]);
  });
});

describe('analyze: second order', () => {
  it('gives the Hessian, H·gradient and a Newton step next to a gradient step for two inputs', () => {
    const result = analyze('x = 1; y = 0; f = x^2 * y + sin(y)');
    if (!result.ok) throw new Error('does not compile');
    const { hessian, hessianVector, newton } = result.analysis;
    expect(hessian?.values).toEqual([
      [0, 2],
      [2, 0],
    ]);
    expect(hessianVector?.product).toEqual([4, 0]);
    expect(newton?.point).toEqual([1, 0]);
    expect(newton?.newtonStep).toEqual([0, 0]);
    expect(structuredClone(result.analysis)).toEqual(result.analysis);
  });
});

describe('the derivative graph', () => {
  it('adds the nodes computing the adjoints, named by them and marked, after the program’s', () => {
    const plain = analysisOf(COLAH_PROGRAM);
    const result = analyze(COLAH_PROGRAM, { derivativeGraph: true });
    if (!result.ok) throw new Error('does not compile');
    const { analysis } = result;
    // The program's nodes keep their ids and values; the added ones come after.
    expect(analysis.nodes.slice(0, plain.nodes.length).map((n) => [n.name, n.value])).toEqual(
      plain.nodes.map((n) => [n.name, n.value]),
    );
    const added = analysis.nodes.filter((n) => n.derivative);
    expect(added.map((n) => n.id).every((id) => id >= plain.nodes.length)).toBe(true);
    // ∂e/∂b = c + d = 5, reverse mode's b̄.
    const b = added.find((n) => n.name === '∂e/∂b');
    expect(b?.value).toBe(plain.inputs.find((i) => i.name === 'b')!.gradient);
    expect(analysis.value).toBe(plain.value);
  });
});
