import {
  AND_NEURON,
  APPLES,
  FIT_A_LINE,
  type TrainingExample,
  XOR_NETWORK,
} from '../../src/index.ts';
import type { SharedView } from '../store/program.ts';
import type { TrainingConfig } from '../training/config.ts';

/** The examples, by id. */
export type ExampleId =
  | 'colah'
  | 'apples'
  | 'circuit'
  | 'max'
  | 'neuron'
  | 'network'
  | 'ladder'
  | 'secondDerivative'
  | 'twoOutputs'
  | 'manyOutputs'
  | 'fitLine'
  | 'andNeuron'
  | 'xorNetwork'
  | 'applesPrice';

/** A program a person can load from the Examples menu, and how it is best first shown. */
export interface Example {
  /** Also its title's key in the catalogs (`examples.<id>`): the menu shows it translated. */
  readonly id: ExampleId;
  readonly source: string;
  readonly view?: SharedView;
  /** Data and settings for the Training panel: a training example. */
  readonly training?: TrainingConfig;
}

/** A training example of the engine's as a menu entry: its program, data and settings. */
function trainingExample(id: ExampleId, example: TrainingExample): Example {
  return {
    id,
    source: `${example.program}\n`,
    view: { mode: 'reverse' },
    training: {
      data: example.csv,
      learningRate: example.learningRate,
      steps: example.steps,
      fixed: example.fixed ?? [],
      done: 0,
    },
  };
}

function ladder(stages: number): string {
  const lines = [
    `# A ladder of ${stages} stages: 2^${stages} paths from x0 to x${stages}`,
    'x0 = 0.5',
  ];
  for (let i = 0; i < stages; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
}

/**
 * `inputs` inputs through a shared trunk of 8 steps to `outputs` outputs: every reverse pass
 * goes back through the trunk, every forward pass through it once and out to each output.
 */
function manyOutputs(inputs: number, outputs: number): string {
  const names = Array.from({ length: inputs }, (_, j) => `x${j + 1}`);
  const lines = [
    `# ${inputs} inputs, ${outputs} outputs: forward mode needs ${inputs} passes, reverse mode ${outputs}`,
  ];
  lines.push(...names.map((name, j) => `${name} = ${(j + 1) / 2}`));
  lines.push(`s1 = ${names.join(' * ')}`);
  for (let k = 2; k <= 8; k++) lines.push(`s${k} = tanh(s${k - 1} + ${names[k % inputs]})`);
  const outs = Array.from({ length: outputs }, (_, i) => `y${i + 1}`);
  lines.push(...outs.map((out, i) => `${out} = sin(${i + 1}*s8)`));
  lines.push(outs.join(', '));
  return `${lines.join('\n')}\n`;
}

/** The worked examples of DOMAIN.md first, then small networks and a graph with many paths. */
export const EXAMPLES: readonly Example[] = [
  {
    id: 'colah',
    source: "# colah's example: e = (a+b)*(b+1)\na = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d\n",
  },
  {
    id: 'apples',
    source:
      '# 2 apples at 100 each with 10% tax\napple = 100\ncount = 2\ntax = 1.1\nprice = apple * count * tax\n',
  },
  {
    id: 'circuit',
    source: '# An add gate feeding a multiply gate\nx = 1\ny = 3\nz = -3\np = x + y\ng = p * z\n',
  },
  {
    id: 'max',
    source:
      '# max sends the whole derivative to the larger operand\nx = 3\ny = -1\nz = 2\nm = max(x * y, z)\nout = m * 2\n',
  },
  {
    id: 'neuron',
    source:
      '# One neuron: sigmoid(w0*x0 + w1*x1 + w2)\nw0 = 2\nx0 = -1\nw1 = -3\nx1 = -2\nw2 = -3\nz = w0*x0 + w1*x1 + w2\ny = sigmoid(z)\n',
  },
  {
    id: 'network',
    source: [
      '# A 2-2-1 network: tanh hidden units, squared-error loss',
      'x1 = 0.5',
      'x2 = -1',
      'w11 = 0.1; w12 = -0.3; w21 = 0.4; w22 = 0.2',
      'b1 = 0; b2 = 0.1',
      'v1 = 0.7; v2 = -0.5; c = 0.05',
      'target = 1',
      'h1 = tanh(w11*x1 + w12*x2 + b1)',
      'h2 = tanh(w21*x1 + w22*x2 + b2)',
      'y = v1*h1 + v2*h2 + c',
      'loss = (y - target)^2',
      '',
    ].join('\n'),
  },
  {
    id: 'ladder',
    source: `${ladder(8)}\n`,
    // The paths are what it shows: operation by operation, sin and cos side by side.
    view: { collapse: false },
  },
  {
    id: 'secondDerivative',
    source:
      '# diff builds the derivative as nodes, so it can be differentiated again\nx = 1.5\ny = x^3\ndy = diff(y, x)\nd2y = diff(dy, x)\nd2y\n',
  },
  {
    id: 'twoOutputs',
    source: '# Two outputs: the Jacobian is 2×2\nx = 2\ny = 0\nu = x*y\nv = x + sin(y)\nu, v\n',
  },
  { id: 'manyOutputs', source: manyOutputs(3, 50) },
  trainingExample('fitLine', FIT_A_LINE),
  trainingExample('andNeuron', AND_NEURON),
  trainingExample('xorNetwork', XOR_NETWORK),
  trainingExample('applesPrice', APPLES),
];
