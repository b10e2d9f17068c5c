// English for the Jacobian panel; zh and ru in jacobian.zh.ts, jacobian.ru.ts.
export const JACOBIAN_EN = {
  title: 'Jacobian',
  intro:
    'With {{m}} outputs and {{n}} inputs the derivatives form the {{m}}×{{n}} Jacobian. <b>Forward mode</b> fills one column per pass (one pass per input); <b>reverse mode</b> fills one row per pass (one per output). A header steps its pass on the graph.',
  fillBy: 'Fill as',
  byColumns: 'forward mode does (a column a pass)',
  byRows: 'reverse mode does (a row a pass)',
  passes: 'Passes: {{done}} of {{total}}',
  passesLabel: 'Passes done',
  previousPass: 'Previous pass',
  nextPass: 'Next pass',
  table: 'The Jacobian, ∂output/∂input',
  corner: 'Output by input',
  stepForward: 'Step the forward pass from {{input}} on the graph',
  stepReverse: 'Step the reverse pass of {{output}} on the graph',
  notYet: 'not computed yet',
  costs: 'What each mode costs',
  mode: 'Mode',
  passCount: 'Passes',
  multiplyAdds: 'Multiply-adds',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
  chainTitle: 'A chain of functions',
  chainIntro:
    'For vector functions chained with these sizes (input first), the Jacobian is a product of matrices: multiplying from the input side is forward mode, from the output side reverse mode.',
  sizes: 'Sizes',
  chainCosts:
    'From the input side (forward mode): {{forward}} multiply-adds; from the output side (reverse mode): {{reverse}}.',
  sizesInvalid: 'Write two or more whole numbers, such as 3, 50, 50, 1.',
} as const;
