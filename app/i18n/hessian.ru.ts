import type { Catalog } from './catalog.ts';
import type { HESSIAN_EN } from './hessian.en.ts';

export const hessianRu: Catalog<typeof HESSIAN_EN> = {
  title: 'Гессиан',
  intro:
    'Вторые производные {{output}}: граф производной дифференцируется ещё раз, прямой режим поверх обратного, по проходу на вход.',
  table: 'Гессиан, ∂²выход/∂вход∂вход',
  corner: 'Вход по входу',
  vector:
    'Произведение гессиана на вектор H·v (здесь v — градиент) стоит одного такого прохода: {{operations}} умножений со сложением против {{full}} для всего гессиана.',
  steps:
    'Из точки {{point}}: шаг градиентного спуска (η = {{rate}}) ведёт в {{gradient}}; шаг Ньютона −H⁻¹∇ — в {{newton}}.',
  singular: 'никуда (гессиан там вырожден)',
  gradientStep: 'шаг градиента',
  newtonStep: 'шаг Ньютона',
};
