import type { ENGINE_EN } from '../../src/phrases/en.ts';
import type { Catalog } from './catalog.ts';

// 简体中文: what the engine says (narration, diagnostics, warnings, the paths verdict), with the
// terms of zh.ts: 计算图, 前向模式/反向模式, 局部偏导数, 语句, 输入, 常量. Formulas, names and
// program text stay in ASCII; prose uses full-width punctuation. One plural form (`_other`).

export const engineZh: Catalog<typeof ENGINE_EN> = {
  narrate: {
    inputValue: '输入 {{name}} 的值为 {{value}}。',
    constantValue: '常量 {{name}} 的值为 {{value}}。',
    statementRule: '一条语句画成一个节点：依次计算其中的各个运算。',
    statementSentence: '{{name}} 由它的语句算出：{{value}}。',
    operationSentence: '{{name}} 由它的操作数算出：{{value}}。',
    seedRuleForward: '前向模式从 {{name}} 开始，它随自身一比一地变化。',
    seedRuleReverse: '反向模式从 {{name}} 开始，它随自身一比一地变化。',
    seedSentence: '从 {{name}} 开始：它对自身的导数为 1。',
    rule: '{{definition}}，所以 {{local}} = {{value}}',
    statementEdgeRule: '{{definition}}，所以 {{local}} = {{value}}（经由该语句中的各个运算）',
    poisonRule: '{{reason}} 不是有限值，所以沿这条边的每个导数都是 NaN，即使传来的是 0',
    poisonSentence: '局部偏导数 {{reason}} 不是有限值，所以这一贡献为 NaN。',
    nanArrives: '传来的是 NaN：路径上更早的某条边的局部偏导数不是有限值。',
    runningSum: '({{sum}} 现为 {{value}})',
    forwardSentence:
      '沿着从 {{from}} 到 {{to}} 的边：{{local}} 乘以 {{incoming}}，把 {{contribution}} 加到 {{to}} 对 {{seed}} 的导数上，该导数现为 {{accumulated}}。',
    reverseSentence:
      '沿着从 {{to}} 到 {{from}} 的边反向：{{incoming}} 乘以 {{local}}，把 {{contribution}} 加到 {{seed}} 对 {{from}} 的导数上，该导数现为 {{accumulated}}。',
    legendReverse:
      '{{symbol}}（读作“{{name}} bar”）= {{partial}}，由从 {{name}} 出发的各条边在到达时逐一累加而成。边上标注的是局部偏导数。',
    legendForward:
      '{{symbol}}（读作“{{name}} dot”）= {{partial}}，由进入 {{name}} 的各条边在到达时逐一累加而成。边上标注的是局部偏导数。',
    legendValues: '每个节点显示它计算的内容和它的值；值从输入流向输出。',
  },
  syntax: {
    tooLong: '程序长 {{length}} 个字符；上限为 {{limit}} 个字符',
    tooLongInput: '标准输入中的程序超过了 {{limit}} 个字符的上限；读取到此为止',
    empty: '程序是空的：请输入一个表达式，例如 (a+b)*(b+1)',
    unexpectedCharacter_other: '意外的字符 {{shown}}，位于 {{at}}',
    invalidNumberDots: "无效的数字 '{{number}}'，位于 {{at}}；一个数最多只能有一个小数点",
    invalidNumberDigits: "无效的数字 '{{number}}'，位于 {{at}}；'{{after}}' 之后应为数字",
    unexpected: "意外的 '{{token}}'，位于 {{at}}",
    unmatchedClose: "{{unexpected}}；没有可供它闭合的 '('",
    secondEquals: "{{unexpected}}；一条语句只给一个名字赋值，例如 'c = a + b'",
    expectedOperator: "{{unexpected}}；此处应为运算符（例如 '*'）或语句结束",
    expectedClose: "{{unexpected}}；此处应为 ')'，以闭合位于 {{open}} 的 '('",
    expectedCommaOrClose: "{{unexpected}}；此处应为 ',' 或 ')'，以闭合位于 {{open}} 的 '('",
    missingClose: "缺少 ')'，无法闭合位于 {{open}} 的 '('",
    endOfProgram: '程序在 {{at}} 意外结束；此处应有一个表达式',
    endOfStatement: '语句在 {{at}} 意外结束；此处应有一个表达式',
    endOfLine: '该行在 {{at}} 意外结束；此处应有一个表达式',
    endOfProgramAfter: "程序在 {{at}} 意外结束；'{{after}}' 之后应有一个表达式",
    endOfStatementAfter: "语句在 {{at}} 意外结束；'{{after}}' 之后应有一个表达式",
    endOfLineAfter: "该行在 {{at}} 意外结束；'{{after}}' 之后应有一个表达式",
    unknownFunction: "未知函数 '{{name}}'，位于 {{at}}",
    unknownFunctionSuggest: "未知函数 '{{name}}'，位于 {{at}}；你是不是想用 '{{suggestion}}'？",
    wrongArity_other:
      '参数个数不对，位于 {{at}}：{{name}} 需要 {{count, number}} 个参数，实际给出 {{given}} 个',
    tooDeep: '表达式嵌套过深，位于 {{at}}；括号、函数调用、正负号和乘方最多只能嵌套 {{limit}} 层',
    reservedPi: "不能给 'pi' 赋值，位于 {{at}}；它是常数 π",
    redefined: "'{{name}}' 已在 {{at}} 定义过",
    firstDefined: "'{{name}}' 首次在此处定义",
    usedBeforeAssigned: "'{{name}}' 在 {{at}} 被使用，但直到 {{assigned}} 才被赋值",
    diffNotDefined:
      "{{at}} 处的 'diff' 要对 '{{name}}' 求导，但它在这条语句之前没有定义；请在前面的语句中给这个值命名",
    diffNotNamed:
      "{{at}} 处 'diff' 的第一个参数必须是在这条语句之前定义的名字，或者是对它的 'diff(...)'",
    diffNotInput:
      "{{at}} 处的 'diff' 要对 '{{name}}' 求导，但它不是输入：它在 {{assigned}} 被赋值为一个表达式",
    diffNotInputExpr: "{{at}} 处 'diff' 的第二个参数必须是某个输入的名字",
    diffTooDeep: "{{at}} 处的 'diff' 会得到 {{order}} 阶导数；最多只能求 {{limit}} 阶导数",
    usedInOwnAssignment:
      "'{{name}}' 在 {{at}} 被用于它自己的赋值（位于 {{assigned}}）；每个名字只赋值一次，请给新值取一个新名字",
    graphTooLarge: '计算图的节点超过了上限 {{limit}} 个。',
    treeTooLarge: '不共享子表达式时，这个程序的节点超过 {{limit}} 个，即树状视图的上限。',
    outputMissingBefore: "位于 {{at}} 的 ',' 之前应有一个输出；多个输出用逗号隔开，例如 'u, v'",
    outputMissingAfter:
      "位于 {{at}} 的 ',' 之后应有一个输出；多个输出用逗号隔开，例如 'u, v'，末尾不加逗号",
    outputsNotLast: "意外的 ','，位于 {{at}}；只有最后一行可以列出多个输出，例如 'u, v'",
    namedOutputs: "{{unexpected}}；多个输出写在最后一行，不给它们取名，例如 'u, v'",
    outputTwice: "'{{item}}' 作为输出被列出了两次；每个输出只列一次",
    outputSameNode: "'{{item}}' 与输出 '{{first}}' 是同一个节点；每个输出只列一次",
    outputListedFirst: "'{{first}}' 首次在此处列出",
  },
  warning: {
    nonDifferentiable: '此处不可微；采用约定：{{convention}}。',
    outsideDomain: '{{operation}} 在 {{at}} 处的值为 {{value}}：该点不在它的定义域内。',
    formula: '{{formula}}',
    powZeroZero: '{{formula}}，两个偏导数都取 0',
    limitFromRight: '{{formula}}，取右极限',
    tieToFirst: '{{formula}} 在 a = b 时把全部导数都分给 a',
  },
  paths: {
    noInputs: '这个程序没有输入，所以没有可求导的对象。',
    nothingToCompare: '这里没有可比较的内容。',
    reverseFar:
      '这里反向模式要便宜得多：一遍就能求出{{derivatives}}，而前向模式需要 {{passes}}，多到这里无法统计。',
    reverseCheaper:
      '这里反向模式更便宜，前向模式的开销是它的 {{ratio}} 倍：反向模式一遍就能求出{{derivatives}}，前向模式则需要 {{passes}}（{{reverse}} 对 {{forward}}）。',
    forwardCheaper:
      '这里前向模式更便宜，反向模式的开销是它的 {{ratio}} 倍：前向模式 {{passes}} 共需 {{forward}}，反向模式一遍需要 {{reverse}}。',
    aboutTheSame:
      '这里前向模式和反向模式的开销大致相同：前向模式 {{passes}} 共需 {{forward}}，反向模式一遍需要 {{reverse}}。',
    operations_other: '{{count, number}} 次运算',
    passes_other: '{{count, number}} 遍',
    derivatives_other: '所有导数（共 {{count, number}} 个）',
  },
  jacobian: {
    noInputs: '这个程序没有输入，所以它的雅可比矩阵没有列。',
    reverseCheaper:
      '这里反向模式更便宜，前向模式的开销是它的 {{ratio}} 倍：反向模式 {{reversePasses}}（每个输出一遍）共需 {{reverse}}；前向模式需要 {{forwardPasses}}（每个输入一遍），共 {{forward}}。',
    forwardCheaper:
      '这里前向模式更便宜，反向模式的开销是它的 {{ratio}} 倍：前向模式 {{forwardPasses}}（每个输入一遍）共需 {{forward}}；反向模式需要 {{reversePasses}}（每个输出一遍），共 {{reverse}}。',
    aboutTheSame:
      '这里前向模式和反向模式的开销大致相同：前向模式 {{forwardPasses}} 共需 {{forward}}，反向模式 {{reversePasses}} 共需 {{reverse}}。',
    multiplyAdds_other: '{{count, number}} 次乘加',
  },
  train: {
    programErrors: '程序有错误；请先修正再训练。',
    dataEmpty: '数据为空。请先写一行列名作为表头，然后每个样本写一行数字。',
    raggedRow: '第 {{row}} 行（第 {{line}} 行文本）有 {{cells}}，但表头有 {{columns}}。',
    emptyCell: "第 {{row}} 行、'{{column}}' 列（第 {{line}} 行文本）为空；请在那里填一个数字。",
    notANumber: "第 {{row}} 行、'{{column}}' 列（第 {{line}} 行文本）：'{{cell}}' 不是数字。",
    noRows: '数据只有表头，没有数据行；请每个样本添加一行数字。',
    noColumns: '数据没有任何列。',
    columnLength: "'{{name}}' 列有 {{rows}}，但 '{{first}}' 列有 {{firstRows}} 行。",
    notFinite: "第 {{row}} 行、'{{column}}' 列：{{value}} 不是有限数。",
    unnamedColumn: '表头（第 {{line}} 行文本）的第 {{column}} 列没有名字；请给每一列命名。',
    duplicateColumn:
      "表头（第 {{line}} 行文本）两次使用了列名 '{{name}}'（第 {{first}} 列和第 {{second}} 列）；每个列名只能出现一次。",
    notAnInput: "表头（第 1 行文本）中的 '{{name}}' 列不是程序的输入（程序的输入：{{inputs}}）。",
    fixedNotAnInput: "'{{name}}' 被标记为固定，但它不是程序的输入（程序的输入：{{inputs}}）。",
    dataAndFixed: "'{{name}}' 是数据列，不能同时设为固定。",
    noParameter: '没有可训练的参数：程序的每个输入（{{inputs}}）都是数据列。',
    noParameterFixed: '没有可训练的参数：程序的每个输入（{{inputs}}）都是数据列或被固定。',
    noInputs: '无',
    startNotAnInput: "'{{name}}' 不是程序的输入。",
    learningRate: '学习率必须是大于 0 的数；当前为 {{value}}。',
    batchSize: '批大小必须是至少为 1 的整数行数；当前为 {{value}}。',
    maxSteps: '步数必须是至少为 0 的整数；当前为 {{value}}。',
    seed: '随机种子必须是整数；当前为 {{value}}。',
    tolerance: '容差必须是一个数。',
    startNotFinite: '在初始值处的平均损失为 {{loss}}，因此无法开始训练；请检查数据和初始值。',
    divergedNotFinite: '训练在第 {{step}} 步发散：平均损失为 {{loss}}。请尝试更小的学习率。',
    divergedGrew:
      '训练在第 {{step}} 步发散：平均损失 {{loss}} 超过了 {{bound}}，即初始大小的 {{factor}} 倍。请尝试更小的学习率。',
    gradientNotFinite:
      '训练在第 {{step}} 步发散：关于 {{name}} 的梯度为 {{value}}，因此没有进行更新。请尝试更小的学习率或其他初始值。',
    belowTolerance: '经过 {{steps}}后，平均损失 {{loss}} 已低于容差 {{tolerance}}。',
    done: '完成：{{steps}}。',
    steps_other: '{{count, number}} 步',
    rows_other: '{{count, number}} 行',
    cells_other: '{{count, number}} 个单元格',
    columns_other: '{{count, number}} 列',
  },
  engine: {
    failed: '计算引擎出错：{{detail}}',
    labFailed: '测量线程出错：{{detail}}',
    labNotCompiled: '程序无法编译。',
    labNoSuchNodes: '所选的节点不在这个程序中。',
    drawingSkipped: '这个图有 {{nodes}} 个节点；超过 {{limit}} 个节点就不再绘制。',
    timedOut: '{{seconds}} 秒内没有响应。',
    stoppedAnswering: '已不再响应。',
    stoppedWithError: '因错误而停止：{{detail}}',
    stopped: '已停止运行。',
    unreadable: '发回的答复无法读取。',
    sentAgain: '{{reason}}程序已重新发送。',
    notSentAgain: '{{reason}}这个程序已两次导致出错，因此没有再次发送。',
    stoppedWorking: '计算引擎停止了工作。{{reason}}请修改程序后重试。',
    labStoppedWithError: '测量线程因错误而停止：{{detail}}',
    labStopped: '测量线程因错误而停止。',
  },
};
