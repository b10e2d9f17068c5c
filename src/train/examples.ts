/**
 * A training example: a program whose output is one row's loss, its data as CSV, and settings
 * with which gradient descent is known (by the tests) to bring the loss down.
 */
export interface TrainingExample {
  readonly id: 'worked-example' | 'fit-a-line' | 'and-neuron' | 'xor-network' | 'apples';
  readonly title: string;
  readonly program: string;
  readonly csv: string;
  readonly learningRate: number;
  readonly steps: number;
  /** Inputs that are neither data nor trained. */
  readonly fixed?: readonly string[];
  /** What to look for while it trains. */
  readonly note: string;
}

/** The worked example of DOMAIN.md §7: one step from w = 0, b = 0 gives w = 2.2667, b = 1. */
export const WORKED_EXAMPLE: TrainingExample = {
  id: 'worked-example',
  title: 'The worked example',
  program: 'w = 0\nb = 0\nloss = (w*x + b - t)^2',
  csv: 'x,t\n1,3\n2,5\n3,7\n',
  learningRate: 0.1,
  steps: 1,
  note: 'Mean loss before the step: (9 + 25 + 49)/3 = 27.667; after one step w = 2.2667, b = 1.',
};

/** A line through five points that lie near y = 2x + 1. */
export const FIT_A_LINE: TrainingExample = {
  id: 'fit-a-line',
  title: 'Fit a line to five points',
  program: 'w = 0.5\nb = 0\nprediction = w*x + b\nloss = (prediction - y)^2',
  csv: 'x,y\n0,1.2\n1,2.8\n2,5.1\n3,7.2\n4,8.9\n',
  learningRate: 0.05,
  steps: 200,
  note: 'The line swings into place: w goes to about 2, b to about 1.',
};

/** One sigmoid neuron with the cross-entropy loss learns AND (linearly separable). */
export const AND_NEURON: TrainingExample = {
  id: 'and-neuron',
  title: 'A sigmoid neuron learning AND',
  program: [
    'w1 = 0',
    'w2 = 0',
    'b = 0',
    'p = sigmoid(w1*x1 + w2*x2 + b)',
    'loss = -(y*log(p) + (1 - y)*log(1 - p))',
  ].join('\n'),
  csv: 'x1,x2,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n',
  learningRate: 1,
  steps: 500,
  note: 'The bias goes negative and the weights positive until only (1, 1) is above one half.',
};

/**
 * The 2-2-1 network on XOR with sigmoid units and squared error. From these small starting
 * weights the loss sits on a plateau at 0.25 (the output says one half for every row) for about
 * 700 steps, then falls below 0.1 by step 1,000 and below 0.01 by step 1,400.
 */
export const XOR_NETWORK: TrainingExample = {
  id: 'xor-network',
  title: 'A 2-2-1 network learning XOR',
  program: [
    'w11 = 0.5',
    'w12 = -0.4',
    'w21 = -0.3',
    'w22 = 0.6',
    'b1 = 0.1',
    'b2 = -0.1',
    'v1 = 0.2',
    'v2 = -0.3',
    'c = 0.05',
    'h1 = sigmoid(w11*x1 + w12*x2 + b1)',
    'h2 = sigmoid(w21*x1 + w22*x2 + b2)',
    'p = sigmoid(v1*h1 + v2*h2 + c)',
    'loss = (p - y)^2',
  ].join('\n'),
  csv: 'x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n',
  learningRate: 2,
  steps: 5000,
  note: 'The loss sits at 0.25 for about 700 steps before it learns: a plateau is not the end.',
};

/**
 * Saito's apples: 2 apples at a price each, times tax 1.1. Which price makes the total 300?
 * The count and the tax are fixed; the one data row is the total wanted.
 */
export const APPLES: TrainingExample = {
  id: 'apples',
  title: "Saito's apples: the price that makes the total 300",
  program:
    'price = 100\ncount = 2\ntax = 1.1\ntotal = price * count * tax\nloss = (total - paid)^2',
  csv: 'paid\n300\n',
  learningRate: 0.05,
  steps: 50,
  fixed: ['count', 'tax'],
  note: 'The price goes to 300 / 2.2 = 136.36.',
};

/** The examples a person can load, in the order they are offered. */
export const TRAINING_EXAMPLES: readonly TrainingExample[] = [
  FIT_A_LINE,
  AND_NEURON,
  XOR_NETWORK,
  APPLES,
];
