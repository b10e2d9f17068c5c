import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM } from '../store/program.ts';
import { figureFileName, figureTitle, PROGRAM_TITLE_LIMIT, programTitle } from './exportTitle.ts';

describe('figureTitle', () => {
  it("names colah's example by the formula its first comment gives, then the mode and step", () => {
    const facts = { source: DEFAULT_PROGRAM, outputName: 'e', mode: 'reverse', step: 4, total: 6 };
    expect(figureTitle({ ...facts, mode: 'reverse' })).toBe(
      'e = (a+b)*(b+1) · Reverse mode · step 4 of 6',
    );
  });

  it('leaves the step out when the graph has no step trace', () => {
    expect(
      figureTitle({ source: 'y = x*x', outputName: 'y', mode: 'values', step: 0, total: 0 }),
    ).toBe('y = x*x · Values');
  });
});

describe('programTitle', () => {
  it('is the statement of a one-line program', () => {
    expect(programTitle('f = sin(t) * t\n', 'f')).toBe('f = sin(t) * t');
  });

  it('is the description a first-line comment gives when it states no formula', () => {
    expect(programTitle('# A 3-layer MLP\nx = 1\nloss = x^2', 'loss')).toBe('loss: A 3-layer MLP');
  });

  it('counts the statements of a longer program and shows the first', () => {
    expect(programTitle('x = 0.5\ny = tanh(x) * x', 'y')).toBe('y (2 lines: x = 0.5 …)');
  });

  it('shortens a long program to one line on a slide', () => {
    const title = programTitle(`y = ${'x + '.repeat(40)}x`, 'y');
    expect(title).toHaveLength(PROGRAM_TITLE_LIMIT);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('figureFileName', () => {
  it('says the mode and the step', () => {
    const facts = { source: '', outputName: 'e', mode: 'reverse', step: 4, total: 6 } as const;
    expect(figureFileName(facts, 'svg')).toBe('backprop-lens-reverse-step-4.svg');
    expect(figureFileName({ ...facts, total: 0 }, 'png')).toBe('backprop-lens-reverse.png');
  });
});
