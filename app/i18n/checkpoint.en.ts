// English for the checkpoint panel; zh and ru in checkpoint.zh.ts, checkpoint.ru.ts.
export const CHECKPOINT_EN = {
  title: 'Store or recompute',
  explain:
    'For the derivatives of <var>{{output}}</var>, a plain reverse pass keeps every value the forward pass computed, {{nodes, number}} of them, until its backward steps have used them; with k checkpoints it keeps only the first value of each of k\u00a0+\u00a01 segments and recomputes each segment from it just before that segment’s backward steps: less memory, more work.',
  chain:
    'Counted exactly for the program’s values taken as a chain, in the order they are computed.',
  tooSmall: 'With fewer than two values there is nothing to store or recompute.',
  checkpoints: 'Checkpoints',
  range: '0 to {{max, number}}',
  valueText_one: '{{count, number}} checkpoint',
  valueText_other: '{{count, number}} checkpoints',
  summary_one:
    'With {{count, number}} checkpoint, at most {{stored}} values are held at once, and recomputation adds {{share}} to the forward pass (extra evaluations: {{extra}}).',
  summary_other:
    'With {{count, number}} checkpoints, at most {{stored}} values are held at once, and recomputation adds {{share}} to the forward pass (extra evaluations: {{extra}}).',
  tableCaption: 'The chosen number of checkpoints against none and about √n',
  schedule: 'Schedule',
  peak: 'Peak stored values',
  extra: 'Extra evaluations',
  chosen: 'Chosen',
  plain: 'Store every value',
  sqrt: 'About √n segments',
  chartTitle: 'Peak stored values against extra forward work',
  chartSummary:
    'As checkpoints are added, the peak falls from {{plain}} stored values with nothing recomputed to {{least}} (extra evaluations: {{extra}}, k = {{k}}); more checkpoints than that hold more values again.',
  axisPeak: 'peak stored values',
  axisPeakLog: 'peak stored values (log scale)',
  axisExtra: 'extra evaluations',
  markChosen: 'k = {{k}}',
  markSqrt: 'k ≈ √n',
  markBoth: 'k = {{k}} ≈ √n',
  caption:
    'Each dot is one number of checkpoints k. From k\u00a0=\u00a00 at the top left, the peak falls as recomputation rises, least near k\u00a0≈\u00a0√n; more checkpoints than that move back up the same line.',
  recomputeEquation: '{{name}} = {{formula}} = {{value}}',
  recomputeRule:
    'Recomputed: segment {{segment}} was not kept, so its values are computed again from its checkpoint before its backward steps.',
  recomputeSentence: 'Recompute {{name}} = {{value}} in segment {{segment}}, from its checkpoint.',
  playOnGraph: 'Play on the graph',
  playingOnGraph: 'Reverse mode on the graph recomputes each segment before its backward steps.',
  stopOnGraph: 'Plain reverse mode',
  measure: 'Measure',
  measuring: 'Timing both passes in the lab worker…',
  measured:
    'Measured in the lab worker (medians, forward pass included): every value stored {{plain}}; with {{k}} checkpoints {{checkpointed}}.',
} as const;
