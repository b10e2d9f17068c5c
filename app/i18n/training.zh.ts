import type { Catalog } from './catalog.ts';
import type { TRAINING_EN } from './training.en.ts';

export const trainingZh: Catalog<typeof TRAINING_EN> = {
  title: '训练',
  intro:
    '梯度下降：每一步在数据的每一行（或一个小批量）上运行程序，对损失的梯度取平均，再让每个参数沿梯度的反方向移动，<var>w ← w − η·∂C/∂w</var>。',
  noData:
    '训练需要数据：一张表，它的列名与程序的输入同名（这些输入依次取每一行的值）；其余输入就是要学习的参数。程序的输出是一行数据的损失。',
  addData: '添加数据',
  removeData: '移除数据',
  examples: '也可以从“示例”菜单载入一个训练示例。',
  roles: '各输入的角色',
  roleData: '数据',
  roleParameter: '参数',
  roleFixed: '固定',
  fixedLabel: '固定 {{name}}',
  learningRate: '学习率',
  batchSize: '批大小',
  batchAll: '全部行',
  seed: '随机种子',
  steps: '每次运行的步数',
  tolerance: '损失低于此值时停止',
  toleranceNone: '无',
  trainStep: '训练一步',
  train: '训练',
  pause: '暂停',
  resetParameters: '重置参数',
  progress: '第 {{step, number}} 步：平均损失 {{loss}}',
  progressRunning: '训练中……第 {{step, number}} 步：平均损失 {{loss}}',
  notStarted: '尚未训练：第一步会给出初始值处的平均损失。',
  resumed: '已完成 {{step, number}} 步。曲线从这里重新开始。',
  paused: '已暂停。',
  lastStep: '上一步（第 {{step, number}} 步，η = {{rate}}，对 {{rows}}取平均）：',
  rows_other: '{{count, number}} 行',
  updateRule: '{{name}} ← {{name}} − η·{{gradient}} = {{before}} − {{rate}}·{{value}} = {{after}}',
  graphUpdate: '{{name}} ← {{name}} − η·{{adjoint}} = {{before}} − {{rate}}·{{value}} = {{after}}',
  graphUpdateRule:
    '只用这一行做梯度下降（批大小为 1）：每个参数沿其导数的反方向移动，步长为学习率 η 乘以导数。',
  graphUpdateSentence: '更新 {{name}}：{{before}} 减去 {{rate}} 乘以 {{value}}，得到 {{after}}。',
  showRow: '在图上显示的行',
  showOnGraph: '在图上显示',
  scale: '损失刻度',
  scaleLinear: '线性',
  scaleLog: '对数',
  stored:
    '数据较长（{{count, number}} 个字符），因此保存在本浏览器的存储中：在这里生成的链接包含程序和设置，但不包含数据。',
  missing: '链接指向保存在另一个浏览器存储中的数据，这里没有。',
};
