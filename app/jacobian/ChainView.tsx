import { useId, useState } from 'react';
import { chainProductCosts } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';

/** `3, 50, 50, 1` (or `3 → 50 → 50 → 1`) as sizes, or undefined when not whole numbers ≥ 1. */
export function readSizes(text: string): number[] | undefined {
  const parts = text.split(/[\s,→>-]+/).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 50) return undefined;
  const sizes = parts.map(Number);
  return sizes.every((d) => Number.isInteger(d) && d >= 1 && d <= 1e6) ? sizes : undefined;
}

/**
 * The Deep Learning book's view of the two modes: a chain of vector functions of the sizes
 * typed has the Jacobian J_k ⋯ J₁; multiplying it from the input side (forward mode) and from
 * the output side (reverse mode) costs different numbers of multiply-adds.
 */
export function ChainView() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('3, 50, 50, 1');
  const sizes = readSizes(text);
  const costs = sizes ? chainProductCosts(sizes) : undefined;
  const count = (x: number) => new Intl.NumberFormat(i18n.language).format(x);
  return (
    <div className="jacobian-chain">
      <h3>{t('jacobian.chainTitle')}</h3>
      <p className="muted">{t('jacobian.chainIntro')}</p>
      <label htmlFor={id}>{t('jacobian.sizes')}</label>{' '}
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={sizes === undefined}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <p aria-live="polite">
        {costs
          ? t('jacobian.chainCosts', {
              forward: count(costs.forward),
              reverse: count(costs.reverse),
            })
          : t('jacobian.sizesInvalid')}
      </p>
    </div>
  );
}
