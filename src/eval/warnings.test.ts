import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.ts';
import { sayEnglish } from '../phrases/index.ts';

/** The warnings of the node labelled `label` in `source`'s analysis. */
function warningsOf(source: string, label: string): readonly string[] {
  const result = analyze(source);
  if (!result.ok) throw new Error(result.diagnostics[0]!.message);
  const node = result.analysis.nodes.find((n) => n.label === label);
  if (!node) throw new Error(`no node ${label}`);
  return node.warnings.map(sayEnglish);
}

describe('warnings where a derivative is infinite or a convention', () => {
  it.each([
    ['sqrt(0), whose slope is infinite', 'x = 0\nsqrt(x)', 'sqrt', "sqrt'(0) = ∞"],
    ['sqrt(-0)', 'x = -0\nsqrt(x)', 'sqrt', "sqrt'(0) = ∞"],
    ['0^0, which is 1 by convention', 'x = 0\ny = 0\nx^y', '^', '0^0 = 1'],
    ['0^0.5, a square root', 'x = 0\nx^0.5', '^', '∂(x^0.5)/∂x = ∞ at x = 0'],
    ['relu(0), as before', 'x = 0\nrelu(x)', 'relu', "relu'(0) = 0"],
  ])('%s gets a warning naming what is used', (_, source, label, used) => {
    const warnings = warningsOf(source, label);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Not differentiable here; using /);
    expect(warnings[0]).toContain(used);
  });

  it.each([
    ['sqrt away from 0', 'x = 4\nsqrt(x)', 'sqrt'],
    ['x^2 at 0 (its derivative 0 is the true one)', 'x = 0\nx^2', '^'],
    ['x^1 at 0', 'x = 0\nx^1', '^'],
    ['0^y for y > 0 (its partials are one-sided limits of 0)', 'y = 2\n0^y', '^'],
  ])('%s gets none', (_, source, label) => {
    expect(warningsOf(source, label)).toEqual([]);
  });
});
