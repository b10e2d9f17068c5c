import type { Catalog } from './catalog.ts';
import type { JACOBIAN_EN } from './jacobian.en.ts';

export const jacobianRu: Catalog<typeof JACOBIAN_EN> = {
  title: 'Якобиан',
};
