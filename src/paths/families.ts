/** The program families of the paths lab: each grows one way that shows a claim of DOMAIN.md. */
export type FamilyId = 'ladder' | 'stacked' | 'wide' | 'fanout' | 'network';

/** A family of programs indexed by a size, with the closed form of its path count. */
export interface Family {
  readonly id: FamilyId;
  readonly title: string;
  /** The size's symbol as the page writes it: `k` stages, `n` inputs, `m` outputs. */
  readonly sizeName: string;
  /** What the size counts, for a label: "stages", "inputs". */
  readonly sizeUnit: string;
  readonly min: number;
  readonly max: number;
  /** Sizes are multiples of this (the network has three weights per hidden unit). */
  readonly step: number;
  readonly defaultSize: number;
  /** What the family shows, in one sentence. */
  readonly claim: string;
  /** The program of the given size (clamped to the family's range and step). */
  program(size: number): string;
  /** Closed form: paths from every input to the output, summed over the inputs. */
  paths(size: number): bigint;
  /** The outputs whose derivatives the growth chart counts; the program's output when absent. */
  outputs?(size: number): readonly string[];
}

/** The size as the family accepts it: an integer in [min, max], a multiple of `step`. */
export function clampSize(family: Family, size: number): number {
  const whole = Number.isFinite(size) ? Math.round(size / family.step) * family.step : family.min;
  return Math.min(family.max, Math.max(family.min, whole));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const tenths = (i: number) => String(((i % 9) + 1) / 10);

const ladder: Family = {
  id: 'ladder',
  title: 'Ladder: x_{i+1} = sin(x_i) · cos(x_i)',
  sizeName: 'k',
  sizeUnit: 'stages',
  min: 1,
  max: 200,
  step: 1,
  defaultSize: 10,
  claim: 'Paths double with every stage (2^k); forward and reverse mode touch 4 edges per stage.',
  program: (size) => {
    const k = clampSize(ladder, size);
    const lines = [`# A ladder of ${k} stages: 2^${k} paths from x0 to x${k}`, 'x0 = 0.5'];
    for (let i = 0; i < k; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
    return lines.join('\n');
  },
  paths: (size) => 2n ** BigInt(clampSize(ladder, size)),
};

const stacked: Family = {
  id: 'stacked',
  title: "colah's three-way stages, stacked",
  sizeName: 'k',
  sizeUnit: 'stages',
  min: 1,
  max: 100,
  step: 1,
  defaultSize: 5,
  claim: 'Three routes per stage give 3^k paths; the factored work grows as k.',
  program: (size) => {
    const k = clampSize(stacked, size);
    const lines = [`# ${k} stages of three routes each: 3^${k} paths from x0 to x${k}`, 'x0 = 0.3'];
    for (let i = 0; i < k; i++) lines.push(`x${i + 1} = sin(x${i}) + cos(x${i}) + tanh(x${i})`);
    return lines.join('\n');
  },
  paths: (size) => 3n ** BigInt(clampSize(stacked, size)),
};

const wide: Family = {
  id: 'wide',
  title: 'Wide sum: y = x1 + … + xn',
  sizeName: 'n',
  sizeUnit: 'inputs',
  min: 1,
  max: 1000,
  step: 1,
  defaultSize: 100,
  claim: 'n inputs, one output: one reverse pass against n forward passes.',
  program: (size) => {
    const n = clampSize(wide, size);
    const names = range(n).map((i) => `x${i}`);
    return [
      `# A sum of ${n} inputs: one reverse pass gives all ${n} derivatives`,
      ...names.map((name, i) => `${name} = ${tenths(i)}`),
      `y = ${names.join(' + ')}`,
    ].join('\n');
  },
  paths: (size) => BigInt(clampSize(wide, size)),
};

const fanout: Family = {
  id: 'fanout',
  title: 'Fan-out: one input, m outputs',
  sizeName: 'm',
  sizeUnit: 'outputs',
  min: 1,
  max: 1000,
  step: 1,
  defaultSize: 100,
  claim:
    'One input, m outputs o1…om along a chain: one forward pass gives all m derivatives, reverse mode needs m passes.',
  program: (size) => {
    const m = clampSize(fanout, size);
    const outputs = range(m).map((i) => `o${i}`);
    return [
      `# One input, ${m} outputs o1…o${m} along a chain, summed into y (a program has one output)`,
      'x = 0.5',
      'o1 = cos(x)',
      ...outputs.slice(1).map((o, i) => `${o} = cos(${outputs[i]})`),
      `y = ${outputs.join(' + ')}`,
    ].join('\n');
  },
  paths: (size) => BigInt(clampSize(fanout, size)),
  outputs: (size) => range(clampSize(fanout, size)).map((i) => `o${i}`),
};

const network: Family = {
  id: 'network',
  title: 'Network: n weights, n/3 tanh units, squared error',
  sizeName: 'n',
  sizeUnit: 'weights',
  min: 3,
  max: 999,
  step: 3,
  defaultSize: 30,
  claim: 'A loss over n weights: one reverse pass gives the whole gradient.',
  program: (size) => {
    const n = clampSize(network, size);
    const units = range(n / 3);
    const weight = (j: number, k: number) => String((((j * 7 + k * 3) % 11) - 5) / 10 || 0.1);
    return [
      `# A network with ${n} weights: ${n / 3} tanh units on the data (0.5, 1.5), squared error`,
      ...units.map(
        (j) => `a${j} = ${weight(j, 0)}; c${j} = ${weight(j, 1)}; b${j} = ${weight(j, 2)}`,
      ),
      ...units.map((j) => `h${j} = tanh(a${j} * 0.5 + c${j} * 1.5)`),
      `y = ${units.map((j) => `b${j} * h${j}`).join(' + ')}`,
      'loss = (y - 1) ^ 2',
    ].join('\n');
  },
  paths: (size) => BigInt(clampSize(network, size)),
};

/** Every family, in the order the page offers them. */
export const FAMILIES: readonly Family[] = [ladder, stacked, wide, fanout, network];

/** The family with this id. */
export function familyOf(id: FamilyId): Family {
  return FAMILIES.find((f) => f.id === id)!;
}

/**
 * Sizes for a growth chart: about `points` sizes spread evenly on a log scale over the family's
 * range, snapped to its step, with `extra` (the chosen size) included; ascending, no repeats.
 */
export function growthSizes(family: Family, extra?: number, points = 9): number[] {
  const sizes = new Set<number>();
  const ratio = family.max / family.min;
  for (let i = 0; i < points; i++)
    sizes.add(clampSize(family, family.min * ratio ** (i / (points - 1))));
  if (extra !== undefined) sizes.add(clampSize(family, extra));
  return [...sizes].sort((a, b) => a - b);
}
