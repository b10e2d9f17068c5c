import type { Catalog } from './catalog.ts';
import type { en } from './en.ts';

// 简体中文. Terms as Chinese textbooks use them: 计算图, 前向模式/反向模式, 反向传播, 链式法则,
// 自动微分, 偏导数, 梯度. Chinese has one plural form (`_other`).

export const zh: Catalog<typeof en> = {
  bar: {
    language: '语言',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    undo: '撤销',
    redo: '重做',
    undoTitle: '撤销（{{keys}}）',
    redoTitle: '重做（{{keys}}）',
  },
  header: {
    intro:
      '输入一个函数，查看它的计算图、它的值，以及用前向模式和反向模式求出的每个导数：这就是反向传播背后的自动微分。',
  },
  examples: {
    label: '示例',
    load: '加载示例…',
    yours: '你的程序（加载示例…）',
    colah: 'colah：(a+b)*(b+1)',
    apples: '苹果与税',
    circuit: '电路：(x + y) * z',
    max: 'max 门如何分配梯度',
    neuron: '一个 sigmoid 神经元',
    network: '带损失函数的两层网络',
    ladder: 'sin(x)*cos(x) 的阶梯：路径众多',
  },
  program: {
    title: '程序',
    hint: '每行一条语句。<code>a = 2</code> 声明一个输入，<code>c = a + b</code> 命名一个计算步骤，最后一行是输出。',
  },
  diagnostics: {
    more_other: '……另有 {{count, number}} 个问题。',
  },
  inputs: {
    title: '输入',
    waiting: '程序运行后，这里会列出输入。',
    none: '这个程序没有输入。',
    reset: '重置',
    resetName: '重置 {{name}}',
    resetTitle: '改用程序中给出的值',
    limited: '只显示前 {{shown, number}} 个输入（共 {{count, number}} 个）；其余的请在程序中修改。',
  },
  output: {
    title: '输出',
    unnamed: '输出',
    inputs_other: '{{count, number}} 个输入',
    nodes_other: '{{count, number}} 个节点',
    edges_other: '{{count, number}} 条边',
    size: '{{inputs}}，{{nodes}}，{{edges}}',
  },
  status: {
    computing: '正在计算…',
    analysing_other: '正在分析并布局 {{count, number}} 条语句…',
    restarted: '计算引擎已重新启动。',
    failed: '计算引擎出错。',
    stored:
      '这个程序（{{length, number}} 个字符）太长，无法放进链接，因此保存在本浏览器的存储中：重新加载可以恢复它，但复制的链接不包含它。',
    notStored:
      '这个程序（{{length, number}} 个字符）太长，无法放进链接，而本浏览器的存储拒绝保存它：重新加载会丢失它。请把它保存到文件中。',
    missing: '这个链接的程序保存在创建它的那个浏览器的存储中，本浏览器没有它。',
  },
  results: {
    waiting: '程序运行后，结果会显示在这里。',
    stale: '这是最后一个可运行版本的结果。',
  },
  mode: {
    label: '模式',
    values: '数值',
    forward: '前向模式',
    reverse: '反向模式',
    from: '起点',
    of: '目标',
    withRespectTo: '对哪个变量求导',
    differentiate: '被求导的节点',
  },
  view: {
    orientation: '方向',
    automatic: '自动（{{shown}}）',
    up: '自下而上',
    right: '从左到右',
    upLower: '自下而上',
    rightLower: '从左到右',
    collapse: '折叠语句',
    notCollapsible: '这里每条语句都只有一个运算',
    tree: '树状视图（不共享）',
    follow: '跟随当前步骤',
  },
  stepper: {
    reset: '重置',
    resetTitle: '重置（Home）',
    back: '后退一步',
    backTitle: '后退一步（←）',
    play: '播放',
    playTitle: '播放（空格）',
    pause: '暂停',
    pauseTitle: '暂停（空格）',
    forward: '前进一步',
    forwardTitle: '前进一步（→）',
    timeline: '时间轴',
    count: '第 {{step, number}} 步，共 {{total, number}} 步',
    speed: '速度',
    currentStep: '当前步骤',
  },
  visualizer: {
    graph: '图',
    noInputs: '这个程序没有可以求导的输入。',
    noTrace: '这个图的边超过 {{limit, number}} 条：只显示结果，不做逐步动画。',
    sameTree: '这里没有共享的子表达式，所以树状视图与原图相同。',
    layingOut: '正在布局计算图…',
  },
  summary: {
    valuesDone: '前向计算完成：{{name}} = {{value}}。',
    forwardDone:
      '从 {{seed}} 出发的前向模式一遍完成：{{tangent}} = ∂{{out}}/∂{{seed}} = {{value}}；每个节点都显示了自己的导数。',
    reverseDone: '反向模式一遍完成：每个节点都显示了它的 ∂{{seed}}/∂node；输入的导数见下表。',
    valuesIntro: '按“播放”或“前进一步”，从输入开始，由操作数依次计算每个节点。',
    forwardIntro:
      '前向模式从 {{seed}} 开始，{{tangent}} = ∂{{seed}}/∂{{seed}} = 1，然后向输出推进。',
    reverseIntro:
      '反向模式从 {{seed}} 开始，{{adjoint}} = ∂{{seed}}/∂{{seed}} = 1，然后向输入反向推进。',
  },
  graph: {
    fit: '适应窗口',
    name: '计算图',
    canvasName: '包含 {{count, number}} 个节点的计算图，绘制在画布上：请用上方的菜单选择节点',
    canvasNote:
      '节点超过 {{limit, number}} 个时，计算图绘制在画布上，以便流畅地平移和缩放：点击节点即可选中，也可以使用上方的菜单。',
    overview: '整个计算图的概览：点击可把视图移到该处',
    expand: '展开 {{name}}',
    collapse: '折叠 {{name}}',
  },
  export: {
    svg: '导出 SVG',
    png: '导出 PNG',
    copyLink: '复制链接',
    shareLink: '分享链接',
    copied: '链接已复制',
    pressCopy: '按 Ctrl+C（⌘C）复制选中的链接',
    failed: '无法导出图形：{{message}}',
    saved: '已保存 {{file}}',
    savedPng: '已保存 {{file}}（{{width, number}} × {{height, number}} 像素）',
    savedReduced:
      '已保存 {{file}}（{{width, number}} × {{height, number}} 像素：已缩小，因为浏览器不接受更大的图像）',
  },
  tables: {
    derivativesOf: '<var>{{name}}</var> 的导数',
    derivativesNote:
      '反向模式一次反向传播就能求出全部导数；前向模式每个输入都需要一遍。每个导数都是从该输入到 <var>{{name}}</var> 的所有路径上局部导数之积的总和。',
    input: '输入',
    value: '值',
    byReverse: '∂（反向模式）',
    byForward: '∂（前向模式）',
    pathsToOutput: '到输出的路径数',
    leftOut: '已省略：这里每个输入做一遍前向计算的工作量太大',
    nodes: '节点',
    nodesNote:
      '按计算顺序排列。最后一列是输出 <var>{{name}}</var> 对每个节点的偏导数，由一次反向传播求得。',
    node: '节点',
    operation: '运算',
    warnings: '警告',
    notDetailed:
      '这个图有 {{count, number}} 个节点：上面的值和梯度是精确的，但只有节点数不超过 {{limit, number}} 的图才会列出节点。',
    showingNodes: '只显示前 {{shown, number}} 个节点（共 {{count, number}} 个）。',
    nodeDerivative: '∂output/∂node',
  },
};
