import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/index.ts';
import { graphOf, nodeNamed } from '../testing/fixtures.ts';

/** The value of the program's output, and of its node called `name` when given. */
function valueIn(source: string, name?: string): number {
  const graph = graphOf(source);
  const values = evaluate(graph).values;
  return values[name === undefined ? graph.output : nodeNamed(graph, name)]!;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('buildGraph(diff)', () => {
  it('the worked example: y = x^3 at 1.5 is 3.375, diff(y, x) = 6.75, diff(diff(y, x), x) = 9', () => {
    const source = 'x = 1.5; y = x^3; dy = diff(y, x); d2y = diff(dy, x); d2y';
    expect(valueIn(source, 'y')).toBe(3.375);
    expect(valueIn(source, 'dy')).toBe(6.75);
    expect(valueIn(source, 'd2y')).toBe(9);
    expect(valueIn('x = 1.5; y = x^3; diff(diff(y, x), x)')).toBe(9);
  });

  it("flags the nodes diff made as derivative nodes, and leaves the program's own unflagged", () => {
    const graph = graphOf('x = 1.5; y = x^3; dy = diff(y, x)');
    const dy = graph.nodes[nodeNamed(graph, 'dy')]!;
    expect(dy.derivative).toBe(true);
    expect(dy.adjointNames).toContain('∂y/∂x');
    expect(graph.nodes[nodeNamed(graph, 'y')]!.derivative).toBeUndefined();
  });

  it.each([
    ['x^3', (x: number) => 6 * x],
    ['sin(x)', (x: number) => -Math.sin(x)],
    ['exp(x)', (x: number) => Math.exp(x)],
    ['sigmoid(x)', (x: number) => sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x))],
    ['tanh(x)', (x: number) => -2 * Math.tanh(x) * (1 - Math.tanh(x) ** 2)],
    ['log(x)', (x: number) => -1 / (x * x)],
    ['x * sin(x)', (x: number) => 2 * Math.cos(x) - x * Math.sin(x)],
    [
      'sin(x) / x',
      (x: number) => -Math.sin(x) / x - (2 * Math.cos(x)) / x ** 2 + (2 * Math.sin(x)) / x ** 3,
    ],
    ['sqrt(x)', (x: number) => -0.25 * x ** -1.5],
  ])('the second derivative of %s equals its closed form', (f, closed) => {
    for (const x of [0.3, 0.7, 1.5, 2.2]) {
      const value = valueIn(`x = ${x}; y = ${f}; diff(diff(y, x), x)`);
      expect(value).toBeCloseTo(closed(x), 10);
    }
  });

  it('the second derivative equals a central difference of the first', () => {
    const f = 'y = sigmoid(x * sin(x)) / (1 + x^2)';
    const first = (x: number) => valueIn(`x = ${x}; ${f}; diff(y, x)`);
    for (const x of [-1.2, 0.4, 1.9]) {
      const h = 1e-5;
      const fd = (first(x + h) - first(x - h)) / (2 * h);
      expect(valueIn(`x = ${x}; ${f}; diff(diff(y, x), x)`)).toBeCloseTo(fd, 6);
    }
  });

  it('a value that does not depend on x has derivative 0; diff(x, x) is 1', () => {
    expect(valueIn('x = 2; y = 3 * z; diff(y, x)')).toBe(0);
    expect(valueIn('x = 2; y = x; diff(y, x)')).toBe(1);
  });

  it('mixed partials: diff(diff(f, x), y) equals diff(diff(f, y), x) for f = x²y + sin(y)', () => {
    const f = 'x = 1; y = 0.5; f = x^2 * y + sin(y)';
    expect(valueIn(`${f}; fx = diff(f, x); diff(fx, y)`)).toBeCloseTo(2, 12);
    expect(valueIn(`${f}; fy = diff(f, y); diff(fy, x)`)).toBeCloseTo(2, 12);
  });
});
