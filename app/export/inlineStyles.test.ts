import { describe, expect, it } from 'vitest';
import { presentationAttributes, readStyle } from './inlineStyles.ts';

const style = (values: Record<string, string>) =>
  readStyle({ getPropertyValue: (name) => values[name] ?? '' });

describe('presentationAttributes', () => {
  it('writes on the root what differs from the initial values', () => {
    const root = style({ fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-family': 'serif' });
    expect(presentationAttributes(root, undefined)).toEqual([['font-family', 'serif']]);
  });

  it('writes an inherited property only where it differs from the parent', () => {
    const parent = style({ fill: 'rgb(29, 35, 48)', 'font-size': '12px' });
    const child = style({ fill: 'rgb(29, 35, 48)', 'font-size': '11px' });
    expect(presentationAttributes(child, parent)).toEqual([['font-size', '11px']]);
  });

  it('writes opacity, which is not inherited, wherever it is not 1', () => {
    const parent = style({ opacity: '0.55' });
    expect(presentationAttributes(style({ opacity: '0.55' }), parent)).toEqual([
      ['opacity', '0.55'],
    ]);
    expect(presentationAttributes(style({ opacity: '1' }), parent)).toEqual([]);
  });
});
