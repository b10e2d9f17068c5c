// English: the source catalog. Its keys are the keys of every language (see catalog.ts); a
// string with `<var>` or `<code>` is rendered with react-i18next's <Trans>, and `{{n, number}}`
// is a number written the language's way.

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
    warnings: 'Warnings',
    notDetailed:
      'This graph has {{count, number}} nodes: the value and the gradient above are exact, but nodes are listed only for graphs of up to {{limit, number}} nodes.',
    showingNodes: 'Showing the first {{shown, number}} of {{count, number}} nodes.',
  },
} as const;
