import { describe, expect, it } from 'vitest';
import { analyze, FIT_A_LINE } from '../../src/index.ts';
import { i18n } from '../i18n/i18n.ts';
import { DEFAULT_TRAINING } from '../training/config.ts';
import { narrateUpdate, updateSteps } from './updateSteps.ts';

const training = { ...DEFAULT_TRAINING, data: FIT_A_LINE.csv, learningRate: 0.1 };

function analysisAt(inputs: Record<string, number>) {
  const result = analyze(FIT_A_LINE.program, { inputs });
  if (!result.ok) throw new Error('does not compile');
  return result.analysis;
}

describe('updateSteps', () => {
  // Row 2 of the data: x = 1, y = 2.8; w = 0.5, b = 0 gives prediction 0.5 and loss 5.29.
  const analysis = analysisAt({ x: 1, y: 2.8 });

  it('one per parameter (not the data inputs), w ← w − η·w̄ with this row’s derivative', () => {
    const steps = updateSteps(analysis, training, analysis.output);
    expect(steps.map((s) => s.name)).toEqual(['w', 'b']);
    // ∂loss/∂w = 2(wx + b − y)·x = 2·(−2.3)·1 = −4.6; ∂loss/∂b = −4.6.
    expect(steps[0]!.adjoint).toBeCloseTo(-4.6, 12);
    expect(steps[0]!.after).toBeCloseTo(0.5 + 0.46, 12);
    expect(steps[1]!.after).toBeCloseTo(0.46, 12);
  });

  it('none without data, or when reverse mode starts elsewhere than the loss', () => {
    expect(updateSteps(analysis, null, analysis.output)).toEqual([]);
    expect(updateSteps(analysis, training, analysis.inputs[0]!.node)).toEqual([]);
    const fixed = { ...training, fixed: ['b'] };
    expect(updateSteps(analysis, fixed, analysis.output).map((s) => s.name)).toEqual(['w']);
  });

  it('is narrated with its numbers', () => {
    const [w] = updateSteps(analysis, training, analysis.output);
    const narration = narrateUpdate(w!, i18n.getFixedT('en'));
    expect(narration.equation).toBe('w ← w − η·w\u0304 = 0.5 − 0.1·(-4.6) = 0.96');
    expect(narration.sentence).toBe('Update w: 0.5 minus 0.1 times -4.6 gives 0.96.');
  });
});
