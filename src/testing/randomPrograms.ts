import fc from 'fast-check';

const UNARY = ['sin', 'cos', 'tanh', 'sigmoid', 'exp', 'log', 'sqrt', 'abs', 'relu', '-'] as const;
const BINARY = ['+', '-', '*', '/', 'max', 'min', '^'] as const;

/** A random program: `inputs` inputs with values, then `steps` statements over earlier names. */
export interface RandomProgram {
  readonly source: string;
  readonly inputs: readonly string[];
}

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

/**
 * Random straight-line programs over every op of the language: `n` inputs with values in
 * [-2, 2], then up to `maxSteps` statements, each using earlier names (so sharing, parallel
 * edges and long chains all occur). The last statement is the output.
 */
export function randomProgram(maxInputs = 4, maxSteps = 12): fc.Arbitrary<RandomProgram> {
  return fc
    .record({
      values: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
        minLength: 1,
        maxLength: maxInputs,
      }),
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
