import type { Catalog } from './catalog.ts';
import type { CHECKPOINT_EN } from './checkpoint.en.ts';

export const checkpointZh: Catalog<typeof CHECKPOINT_EN> = {
  title: '存储还是重算',
  explain:
    '为了求 <var>{{output}}</var> 的导数，普通的反向传播会存储前向计算出的每一个值（共 {{nodes, number}} 个），直到反向步骤用完它们；设置 k 个检查点时，只存储 k\u00a0+\u00a01 段中每段的第一个值，并在每段的反向步骤之前从它重算这一段：占用的内存更少，计算更多。',
  chain: '按计算顺序把程序的值看作一条链，精确计数。',
  tooSmall: '少于两个值时，没有什么可存储或重算的。',
  checkpoints: '检查点',
  range: '0 到 {{max, number}}',
  valueText_other: '{{count, number}} 个检查点',
  summary_other:
    '设置 {{count, number}} 个检查点：同时存储的值最多 {{stored}} 个，重算使前向计算量增加 {{share}}（额外求值 {{extra}} 次）。',
  tableCaption: '所选检查点数与不设检查点、约 √n 个检查点的比较',
  schedule: '方案',
  peak: '存储峰值',
  extra: '额外求值次数',
  chosen: '所选',
  plain: '存储每个值',
  sqrt: '约 √n 段',
  chartTitle: '存储峰值与额外前向计算量',
  chartSummary:
    '随着检查点增加，存储峰值从 {{plain}} 个值（不重算）降到 {{least}} 个（重算 {{extra}} 次求值，k = {{k}}）；检查点再多，存储的值又会增加。',
  axisPeak: '存储峰值',
  axisPeakLog: '存储峰值（对数刻度）',
  axisExtra: '额外求值次数',
  markChosen: 'k = {{k}}',
  markSqrt: 'k ≈ √n',
  markBoth: 'k = {{k}} ≈ √n',
  caption:
    '每个点对应一个检查点数 k。从左上角的 k\u00a0=\u00a00 开始，重算越多，存储峰值越低，在 k\u00a0≈\u00a0√n 附近最低；检查点再多，点会沿同一条线回升。',
  recomputeEquation: '{{name}} = {{formula}} = {{value}}',
  recomputeRule:
    '重算：第 {{segment}} 段没有保存，因此在它的反向步骤之前，从它的检查点重新计算这些值。',
  recomputeSentence: '在第 {{segment}} 段中从检查点重算 {{name}} = {{value}}。',
  playOnGraph: '在图上演示',
  playingOnGraph: '图上的反向模式会在每段的反向步骤之前重算该段。',
  stopOnGraph: '普通反向模式',
  measure: '测量',
  measuring: '正在测量线程中为两种方式计时……',
  measured:
    '在测量线程中测得（中位数，含前向遍）：全部存储 {{plain}}；使用 {{k}} 个检查点 {{checkpointed}}。',
};
