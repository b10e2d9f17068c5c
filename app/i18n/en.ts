// English: the source catalog. Its keys are the keys of every language (see catalog.ts); a
// string with `<var>` or `<code>` is rendered with react-i18next's <Trans>, and `{{n, number}}`
// is a number written the language's way.

import { ENGINE_EN } from '../../src/phrases/en.ts';
import { CHARTS_EN } from './charts.en.ts';
import { CHECKPOINT_EN } from './checkpoint.en.ts';
import { DATA_TABLE_EN } from './dataTable.en.ts';
import { HESSIAN_EN } from './hessian.en.ts';
import { JACOBIAN_EN } from './jacobian.en.ts';
import { LESSONS_EN } from './lessons.en.ts';
import { TRAINING_EN } from './training.en.ts';

export const en = {
  bar: {
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    undo: 'Undo',
    redo: 'Redo',
    undoTitle: 'Undo ({{keys}})',
    redoTitle: 'Redo ({{keys}})',
  },
  header: {
    intro:
      'Type a function and see its computational graph, its value, and every derivative by forward and reverse mode: the automatic differentiation behind backpropagation.',
  },
  examples: {
    label: 'Examples',
    load: 'Load an example…',
    yours: 'Your program (load an example…)',
    colah: 'colah: (a+b)*(b+1)',
    apples: 'apples and tax',
    circuit: 'a circuit: (x + y) * z',
    max: 'a max gate routes the gradient',
    neuron: 'a sigmoid neuron',
    network: 'a two-layer network with a loss',
    ladder: 'a ladder of sin(x)*cos(x): many paths',
    secondDerivative: 'diff: the second derivative of x³',
    twoOutputs: 'two outputs: u = x·y, v = x + sin(y)',
    manyOutputs: '3 inputs, 50 outputs: forward mode wins',
    fitLine: 'training: fit a line to five points',
    andNeuron: 'training: a sigmoid neuron learns AND',
    xorNetwork: 'training: a 2-2-1 network learns XOR',
    applesPrice: 'training: the apple price that makes 300',
  },
  program: {
    title: 'Program',
    hint: 'One statement a line. <code>a = 2</code> declares an input, <code>c = a + b</code> names a step, and the last line is the output.',
  },
  diagnostics: {
    more_one: '…and {{count, number}} more.',
    more_other: '…and {{count, number}} more.',
  },
  inputs: {
    title: 'Inputs',
    waiting: 'The inputs appear once the program runs.',
    none: 'This program has no inputs.',
    reset: 'reset',
    resetName: 'Reset {{name}}',
    resetTitle: 'Use the value the program gives',
    limited:
      'Showing the first {{shown, number}} of {{count, number}} inputs; edit the others in the program.',
  },
  output: {
    title: 'Output',
    unnamed: 'output',
    moreOutputs_one: '…and {{count, number}} more output',
    moreOutputs_other: '…and {{count, number}} more outputs',
    inputs_one: '{{count, number}} input',
    inputs_other: '{{count, number}} inputs',
    nodes_one: '{{count, number}} node',
    nodes_other: '{{count, number}} nodes',
    edges_one: '{{count, number}} edge',
    edges_other: '{{count, number}} edges',
    size: '{{inputs}}, {{nodes}}, {{edges}}',
  },
  status: {
    computing: 'Computing…',
    analysing_one: 'Analysing and laying out {{count, number}} statement…',
    analysing_other: 'Analysing and laying out {{count, number}} statements…',
    restarted: 'The engine was restarted.',
    failed: 'The engine failed.',
    stored:
      "This program ({{length, number}} characters) is too long for a link, so it is kept in this browser's storage: a reload restores it, but a copied link does not carry it.",
    notStored:
      "This program ({{length, number}} characters) is too long for a link, and this browser's storage refused it: a reload would lose it. Save it in a file.",
    missing:
      "This link's program was kept in the storage of the browser that made it, and this browser does not have it.",
  },
  results: {
    waiting: 'Results appear here once the program runs.',
    stale: 'These are the results of the last version that worked.',
  },
  mode: {
    label: 'Mode',
    values: 'Values',
    forward: 'Forward mode',
    reverse: 'Reverse mode',
    from: 'From',
    of: 'Of',
    withRespectTo: 'Differentiate with respect to',
    differentiate: 'Differentiate',
  },
  view: {
    orientation: 'Orientation',
    automatic: 'Automatic ({{shown}})',
    up: 'Bottom to top',
    right: 'Left to right',
    upLower: 'bottom to top',
    rightLower: 'left to right',
    collapse: 'Collapse statements',
    notCollapsible: 'Every statement here is a single operation',
    tree: 'Tree view (no sharing)',
    prune: 'Only what matters',
    derivativeGraph: 'Show the derivative graph',
    pruneCount:
      '{{matter, number}} of {{total, number}} nodes matter for {{derivative}}; the others are faint.',
    follow: 'Follow the step',
  },
  stepper: {
    reset: 'Reset',
    resetTitle: 'Reset (Home)',
    back: 'Step back',
    backTitle: 'Step back (←)',
    play: 'Play',
    playTitle: 'Play (Space)',
    pause: 'Pause',
    pauseTitle: 'Pause (Space)',
    forward: 'Step forward',
    forwardTitle: 'Step forward (→)',
    timeline: 'Timeline',
    count: 'Step {{step, number}} of {{total, number}}',
    speed: 'Speed',
    currentStep: 'Current step',
  },
  visualizer: {
    graph: 'Graph',
    noInputs: 'This program has no inputs to differentiate by.',
    noTrace:
      'This graph has more than {{limit, number}} edges: results are shown without step-by-step animation.',
    sameTree: 'No subexpression is shared here, so the tree is the same graph.',
    layingOut: 'Laying out the graph…',
  },
  summary: {
    valuesDone: 'The forward pass is done: {{name}} = {{value}}.',
    forwardDone:
      'Forward mode from {{seed}} is done in one pass: {{tangent}} = ∂{{out}}/∂{{seed}} = {{value}}; every node shows its own.',
    reverseDone:
      "Reverse mode is done in one pass: every node shows its ∂{{seed}}/∂node; the inputs' are in the table below.",
    valuesIntro: 'Press Play or Step forward to compute each node from its operands, inputs first.',
    forwardIntro:
      'Forward mode starts at {{seed}} with {{tangent}} = ∂{{seed}}/∂{{seed}} = 1 and moves toward the output.',
    reverseIntro:
      'Reverse mode starts at {{seed}} with {{adjoint}} = ∂{{seed}}/∂{{seed}} = 1 and moves back toward the inputs.',
  },
  graph: {
    fit: 'Fit',
    name: 'Computational graph',
    canvasName:
      'Computational graph of {{count, number}} nodes, drawn on a canvas: choose nodes with the menus above',
    canvasNote:
      'Over {{limit, number}} nodes the graph is drawn on a canvas, to pan and zoom smoothly: click a node to choose it, or use the menus above.',
    overview: 'Overview of the whole graph: click to move the view there',
    expand: 'Expand {{name}}',
    collapse: 'Collapse {{name}}',
  },
  export: {
    svg: 'Export SVG',
    png: 'Export PNG',
    copyLink: 'Copy link',
    shareLink: 'Share link',
    copied: 'Link copied',
    pressCopy: 'Press Ctrl+C (⌘C) to copy the selected link',
    failed: 'Could not export the figure: {{message}}',
    saved: 'Saved {{file}}',
    savedPng: 'Saved {{file}} ({{width, number}} × {{height, number}} px)',
    savedReduced:
      'Saved {{file}} ({{width, number}} × {{height, number}} px: scaled down, as browsers refuse larger images)',
  },
  tables: {
    derivativesOf: 'Derivatives of <var>{{name}}</var>',
    derivativesNote:
      'Reverse mode finds all of them in one backward pass; forward mode needs one pass per input. Each is the sum, over every path from the input to <var>{{name}}</var>, of the product of the local derivatives along it.',
    input: 'Input',
    value: 'Value',
    byReverse: '∂ by reverse mode',
    byForward: '∂ by forward mode',
    nodeDerivative: '∂output/∂node',
    pathsToOutput: 'Paths to output',
    leftOut: 'Left out: one forward pass per input would be too much work here',
    nodes: 'Nodes',
    nodesNote:
      'In order of evaluation. The last column is the derivative of the output <var>{{name}}</var> with respect to each node, from one reverse pass.',
    node: 'Node',
    operation: 'Operation',
    kindInput: 'input',
    kindConstant: 'constant',
    warnings: 'Warnings',
    notDetailed:
      'This graph has {{count, number}} nodes: the value and the gradient above are exact, but nodes are listed only for graphs of up to {{limit, number}} nodes.',
    showingNodes: 'Showing the first {{shown, number}} of {{count, number}} nodes.',
    showMoreNodes_one: 'Show {{count, number}} more node',
    showMoreNodes_other: 'Show {{count, number}} more nodes',
  },
  page: {
    // The browser tab's title (document.title); index.html keeps the English one.
    title: 'Backprop Lens',
  },
  node: {
    // A graph node's accessible name and tooltip, after its visible lines.
    separator: ', ',
    inFull: 'in full {{caption}}',
    notComputed: 'not computed yet',
    value: 'value {{value}}',
    noDerivative: 'no derivative yet',
    derivative: 'derivative {{value}}',
    edgeLocal: 'local partial {{value}}',
    edgeNonFinite:
      'local partial {{value}}: not finite, so every derivative along this edge is NaN',
  },
  figure: {
    // The exported figure's title line and file name (the file name's words stay ASCII-safe).
    step: 'step {{step, number}} of {{total, number}}',
    lines_one: '{{name}} ({{count, number}} line: {{first}} …)',
    lines_other: '{{name}} ({{count, number}} lines: {{first}} …)',
    fileValues: 'values',
    fileForward: 'forward',
    fileReverse: 'reverse',
    fileStep: 'step-{{step}}',
  },
  paths: {
    panel: 'Paths',
    title: 'Paths: the sum over paths against the factored computation',
    from: 'From',
    to: 'To',
    // The menus' accessible names: the label alone ("From") would not say what it picks.
    pathsFrom: 'Paths from',
    pathsTo: 'Paths to',
    count: 'Paths from <var>{{from}}</var> to <var>{{to}}</var>:',
    limit: 'Path statistics are computed for graphs of up to {{limit, number}} nodes.',
    listTitle: 'Sum over paths',
    listNote:
      'Each path contributes the product of the local partials along it; ∂{{to}}/∂{{from}} is the sum of those products. Hover or focus a path to see it in the graph.',
    noPath: 'No path leads from {{from}} to {{to}}: the derivative is 0.',
    all_one: 'All {{count, number}} path.',
    all_other: 'All {{count, number}} paths.',
    showing: 'Showing {{shown, number}} of {{total}} paths.',
    more_one: 'Show {{count, number}} more path ({{shown, number}} of {{listed, number}} listed)',
    more_other:
      'Show {{count, number}} more paths ({{shown, number}} of {{listed, number}} listed)',
    noEdges: '1 (no edges)',
    factors_one: '({{count, number}} factor)',
    factors_other: '({{count, number}} factors)',
    total: 'total {{value}}',
    sum: 'Sum of the products: {{sum}} = ∂{{to}}/∂{{from}}, as reverse mode ({{reverse}}) and forward mode ({{forward}}) compute it without listing paths.',
    factoredTitle: 'The factored computation: the gradient table',
    factoredNote:
      "Forward mode stores at each node ∂node/∂{{from}}, the sum over the paths from {{from}} to it; reverse mode stores ∂{{to}}/∂node, the sum over the paths from it to {{to}}. Each entry is computed once from its neighbours' entries and reused, so the work grows with the edges, not with the paths.",
    gradientTable: 'Gradient table',
    node: 'Node',
    pathsFromNode: 'Paths from {{name}}',
    pathsToNode: 'Paths to {{name}}',
    // Typeset by MathText: only the words in parentheses are translated.
    forwardColumn: '∂node/∂{{name}} (forward)',
    reverseColumn: '∂{{name}}/∂node (reverse)',
    factoredShowing: 'Showing {{shown, number}} of {{count, number}} nodes on a path.',
    factoredMore_one: 'Show {{count, number}} more row',
    factoredMore_other: 'Show {{count, number}} more rows',
    costsTitle: 'What each method costs here',
    costs: 'Costs',
    method: 'Method',
    multiplications: 'Multiplications',
    additions: 'Additions',
    evaluations: 'Evaluations',
    operations: 'Operations',
    time: 'Time (median)',
    runs: 'Runs',
    everyPath: 'every path',
    passes_one: '{{count, number}} pass',
    passes_other: '{{count, number}} passes',
    evaluationCount_one: '{{count, number}} evaluation',
    evaluationCount_other: '{{count, number}} evaluations',
    notCounted: 'not counted here',
    estimated: 'estimated',
    measure: 'Measure',
    cancel: 'Cancel',
    measuring: 'Measuring',
    timing:
      'Timing {{method}}: run {{run, number}} (method {{index, number}} of {{methods, number}})…',
    starting: 'Starting the lab…',
    measured: 'Measured in the lab worker on this program.',
    cancelled: 'Cancelled.',
    costsNote:
      'Operations: every multiplication, addition and node evaluation counts one. Each method first evaluates the graph (values and local partials); finite differences evaluates it n + 1 times. Times: the median of repeated runs in a separate worker; a run repeats a short call (runs × calls shown) and the time is per call. The naive sum is timed in full up to 20 million operations or 200,000 paths; past that its first part is timed and scaled by the operations left: <estimated>estimated</estimated>.',
    growthTitle: 'How the costs grow',
    family: 'Family',
    size: 'Size',
    load: 'Load',
    fanoutNote:
      'A program has one output, so the one in the editor sums o1…om into y. The chart counts the derivatives of all m outputs: forward mode from x gets them in one pass, reverse mode needs one pass per output.',
    counting: 'Counting…',
    chart: 'Growth of costs',
    axis: '{{name}} ({{unit}})',
    legendAt: ': {{total}} at {{name}} = {{size, number}}',
    caption:
      'Operations (log scale) against {{name}} (log scale). At {{name}} = {{size, number}}: {{paths}} paths from the inputs to the output.',
    // By the engine's method ids (src/paths/methods.ts, METHOD_NAMES).
    // Durations: `value` is the number as shown, `count` picks the plural.
    units: {
      ms: '{{value}} ms',
      s: '{{value}} s',
      min: '{{value}} min',
      h: '{{value}} h',
      days_one: '{{value}} day',
      days_other: '{{value}} days',
      years_one: '{{value}} year',
      years_other: '{{value}} years',
    },
    methods: {
      naive: 'Sum over paths (naive)',
      forwardOne: 'Forward mode, this input',
      forwardAll: 'Forward mode, all inputs',
      reverse: 'Reverse mode',
      finiteDifferences: 'Finite differences',
    },
    // By the engine's family ids (src/paths/families.ts): title, what it shows, its size's unit.
    families: {
      ladder: {
        title: 'Ladder: x_{i+1} = sin(x_i) · cos(x_i)',
        claim:
          'Paths double with every stage (2^k); forward and reverse mode touch 4 edges per stage.',
        unit: 'stages',
      },
      stacked: {
        title: "colah's three-way stages, stacked",
        claim: 'Three routes per stage give 3^k paths; the factored work grows as k.',
        unit: 'stages',
      },
      wide: {
        title: 'Wide sum: y = x1 + … + xn',
        claim: 'n inputs, one output: one reverse pass against n forward passes.',
        unit: 'inputs',
      },
      fanout: {
        title: 'Fan-out: one input, m outputs',
        claim:
          'One input, m outputs o1…om along a chain: one forward pass gives all m derivatives, reverse mode needs m passes.',
        unit: 'outputs',
      },
      network: {
        title: 'Network: n weights, n/3 tanh units, squared error',
        claim: 'A loss over n weights: one reverse pass gives the whole gradient.',
        unit: 'weights',
      },
    },
  },
  /** What the engine says (src/phrases/en.ts): narration, diagnostics, warnings, verdicts. */
  engine: ENGINE_EN,
  training: TRAINING_EN,
  charts: CHARTS_EN,
  dataTable: DATA_TABLE_EN,
  jacobian: JACOBIAN_EN,
  checkpoint: CHECKPOINT_EN,
  lessons: LESSONS_EN,
  hessian: HESSIAN_EN,
} as const;
