import type { Catalog } from './catalog.ts';
import type { JACOBIAN_EN } from './jacobian.en.ts';

export const jacobianZh: Catalog<typeof JACOBIAN_EN> = {
  title: '雅可比矩阵',
  intro:
    '有 {{m}} 个输出和 {{n}} 个输入时，导数组成一张 {{m}}×{{n}} 的表。<b>前向模式</b>每遍填一列（每个输入一遍）；<b>反向模式</b>每遍填一行（每个输出一遍）。点击表头即可在图上逐步演示这一遍。',
  fillBy: '填表方式',
  byColumns: '按前向模式（每遍一列）',
  byRows: '按反向模式（每遍一行）',
  passes: '已完成 {{done}} / {{total}} 遍',
  passesLabel: '已完成的遍数',
  play: '逐遍播放',
  pause: '暂停',
  previousPass: '上一遍',
  nextPass: '下一遍',
  table: '雅可比矩阵 ∂输出/∂输入',
  corner: '输出对输入',
  stepForward: '在图上逐步演示从 {{input}} 出发的前向遍',
  stepReverse: '在图上逐步演示 {{output}} 的反向遍',
  notYet: '尚未计算',
  costs: '各模式的开销',
  mode: '模式',
  passCount: '遍数',
  multiplyAdds: '乘加次数',
  forward: '前向模式',
  reverse: '反向模式',
  time: '实测时间',
  measure: '测量',
  measuring: '正在测量线程中为两种模式计时……',
  measured: '在测量线程中多次运行取中位数，本机测得。',
  chainTitle: '函数链',
  chainIntro:
    '对按这些维度（从输入开始）串联的向量函数，雅可比矩阵是一串矩阵的乘积：从输入一侧开始乘是前向模式，从输出一侧开始乘是反向模式。',
  sizes: '维度',
  chainCosts:
    '从输入一侧（前向模式）：{{forward}} 次乘加；从输出一侧（反向模式）：{{reverse}} 次。',
  sizesInvalid: '请写两个或更多正整数，例如 3, 50, 50, 1。',
};
