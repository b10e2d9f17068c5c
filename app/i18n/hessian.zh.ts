import type { Catalog } from './catalog.ts';
import type { HESSIAN_EN } from './hessian.en.ts';

export const hessianZh: Catalog<typeof HESSIAN_EN> = {
  title: '黑塞矩阵',
  intro: '{{output}} 的二阶导数：对导数图再求一次导，前向套反向，每个输入一遍。',
  table: '黑塞矩阵 ∂²输出/∂输入∂输入',
  corner: '输入对输入',
  vector:
    '一次黑塞矩阵-向量积 H·v（这里 v 是梯度）只需一遍：{{operations}} 次乘加，而整个黑塞矩阵需要 {{full}} 次。',
  steps:
    '从 {{point}} 出发：梯度步（η = {{rate}}）到达 {{gradient}}；牛顿步 −H⁻¹∇ 到达 {{newton}}。',
  singular: '无处可去（那里的黑塞矩阵是奇异的）',
  gradientStep: '梯度步',
  newtonStep: '牛顿步',
};
