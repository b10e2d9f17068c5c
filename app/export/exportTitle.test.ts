import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { DEFAULT_PROGRAM } from '../store/program.ts';
import { figureFileName, figureTitle, PROGRAM_TITLE_LIMIT, programTitle } from './exportTitle.ts';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh');
const ru = i18n.getFixedT('ru');

describe('figureTitle', () => {
  const facts = {
    source: DEFAULT_PROGRAM,
    outputName: 'e',
    mode: 'reverse',
    step: 4,
    total: 6,
  } as const;

  it("names colah's example by the formula its first comment gives, then the mode and step", () => {
    expect(figureTitle(facts, en)).toBe('e = (a+b)*(b+1) · Reverse mode · step 4 of 6');
  });

  it('leaves the step out when the graph has no step trace', () => {
    expect(
      figureTitle({ source: 'y = x*x', outputName: 'y', mode: 'values', step: 0, total: 0 }, en),
    ).toBe('y = x*x · Values');
  });

  it("is written in the page's language", () => {
    expect(figureTitle(facts, zh)).toBe('e = (a+b)*(b+1) · 反向模式 · 第 4 步，共 6 步');
    expect(figureTitle({ ...facts, mode: 'forward' }, ru)).toBe(
      'e = (a+b)*(b+1) · Прямой режим · шаг 4 из 6',
    );
  });
});

describe('programTitle', () => {
  it('is the statement of a one-line program', () => {
    expect(programTitle('f = sin(t) * t\n', 'f', en)).toBe('f = sin(t) * t');
  });

  it('is the description a first-line comment gives when it states no formula', () => {
    expect(programTitle('# A 3-layer MLP\nx = 1\nloss = x^2', 'loss', en)).toBe(
      'loss: A 3-layer MLP',
    );
  });

  it('counts the statements of a longer program and shows the first', () => {
    expect(programTitle('x = 0.5\ny = tanh(x) * x', 'y', en)).toBe('y (2 lines: x = 0.5 …)');
    // Russian plurals: 2 строки, 5 строк.
    expect(programTitle('x = 0.5\ny = tanh(x) * x', 'y', ru)).toBe('y (2 строки: x = 0.5 …)');
    expect(programTitle('a = 1\nb = a\nc = b\nd = c\ne = d', 'e', ru)).toBe('e (5 строк: a = 1 …)');
  });

  it('shortens a long program to one line on a slide', () => {
    const title = programTitle(`y = ${'x + '.repeat(40)}x`, 'y', en);
    expect(title).toHaveLength(PROGRAM_TITLE_LIMIT);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('figureFileName', () => {
  const facts = { source: '', outputName: 'e', mode: 'reverse', step: 4, total: 6 } as const;

  it('says the mode and the step', () => {
    expect(figureFileName(facts, 'svg', en)).toBe('backprop-lens-reverse-step-4.svg');
    expect(figureFileName({ ...facts, total: 0 }, 'png', en)).toBe('backprop-lens-reverse.png');
  });

  it("says them in the page's language", () => {
    expect(figureFileName(facts, 'svg', ru)).toBe('backprop-lens-обратный-режим-шаг-4.svg');
    expect(figureFileName(facts, 'png', zh)).toBe('backprop-lens-反向模式-第4步.png');
  });
});
