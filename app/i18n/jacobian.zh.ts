import type { Catalog } from './catalog.ts';
import type { JACOBIAN_EN } from './jacobian.en.ts';

export const jacobianZh: Catalog<typeof JACOBIAN_EN> = {
  title: '雅可比矩阵',
};
