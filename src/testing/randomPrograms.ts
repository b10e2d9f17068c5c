import fc from 'fast-check';

const UNARY = ['sin', 'cos', 'tanh', 'sigmoid', 'exp', 'log', 'sqrt', 'abs', 'relu', '-'] as const;
const BINARY = ['+', '-', '*', '/', 'max', 'min', '^'] as const;

/** A random program: `inputs` inputs with values, then `steps` statements over earlier names. */
export interface RandomProgram {
  readonly source: string;
  readonly inputs: readonly string[];
}

/**
 * How input values are drawn. `smooth`: any number in [-2, 2]. `edgy`: from a few values
 * with 0 and repeats, so programs land on the conventions (relu'(0), abs'(0), ties of max and
 * min) and leave domains (log and sqrt of negatives, division by zero, 0^-1).
 */
export type InputValueKind = 'smooth' | 'edgy';

const EDGY_VALUES = [-2, -1, -0.5, 0, 0, 0.5, 1, 2] as const;

const statement = (names: readonly string[], target: string) =>
  fc
    .tuple(
      fc.boolean(),
      fc.constantFrom(...UNARY),
      fc.constantFrom(...BINARY),
      fc.nat(names.length - 1),
      fc.nat(names.length - 1),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([unary, u, b, i, j, power]) => {
      const x = names[i]!;
      const y = names[j]!;
      if (unary) return u === '-' ? `${target} = -${x}` : `${target} = ${u}(${x})`;
      if (b === '^') return `${target} = ${x} ^ ${power}`;
      if (b === 'max' || b === 'min') return `${target} = ${b}(${x}, ${y})`;
      return `${target} = ${x} ${b} ${y}`;
    });

/** An input's starting value, drawn as `kind` says. */
export function inputValue(kind: InputValueKind): fc.Arbitrary<number> {
  return kind === 'smooth'
    ? fc.double({ min: -2, max: 2, noNaN: true })
    : fc.constantFrom(...EDGY_VALUES);
}

/**
 * Random straight-line programs over every op of the language: `n` inputs with values (see
 * `InputValueKind`), then up to `maxSteps` statements, each using earlier names (so sharing,
 * parallel edges and long chains all occur). The last statement is the output.
 */
export function randomProgram(
  maxInputs = 4,
  maxSteps = 12,
  values: InputValueKind = 'smooth',
): fc.Arbitrary<RandomProgram> {
  const value = inputValue(values);
  return fc
    .record({
      values: fc.array(value, { minLength: 1, maxLength: maxInputs }),
      steps: fc.integer({ min: 1, max: maxSteps }),
      seed: fc.integer(),
    })
    .chain(({ values, steps }) => {
      const inputs = values.map((_, i) => `x${i}`);
      const lines = values.map((v, i) => `x${i} = ${v.toFixed(6)}`);
      let arbitrary: fc.Arbitrary<string[]> = fc.constant(lines);
      for (let k = 0; k < steps; k++) {
        const names = [...inputs, ...Array.from({ length: k }, (_, i) => `v${i}`)];
        arbitrary = arbitrary.chain((sofar) => statement(names, `v${k}`).map((s) => [...sofar, s]));
      }
      return arbitrary.map((all) => ({ source: all.join('\n'), inputs }));
    });
}
