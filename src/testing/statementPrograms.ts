import fc from 'fast-check';
import { type InputValueKind, inputValue } from './randomPrograms.ts';

const UNARY = ['sin', 'cos', 'tanh', 'sigmoid', 'exp', 'log', 'sqrt', 'abs', 'relu'] as const;
const BINARY = ['+', '-', '*', '/'] as const;
const CONSTANTS = ['1', '2', '0.5'] as const;

/** One operand of a statement: a name, a function or power of a name, or a constant. */
const term = (names: readonly string[]) => {
  const name = fc.constantFrom(...names);
  return fc.oneof(
    { arbitrary: name, weight: 4 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...UNARY), name).map(([u, x]) => `${u}(${x})`),
      weight: 2,
    },
    { arbitrary: name.map((x) => `(-${x})`), weight: 1 },
    {
      arbitrary: fc.tuple(name, fc.integer({ min: 2, max: 3 })).map(([x, p]) => `${x} ^ ${p}`),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('max', 'min'), name, name)
        .map(([f, x, y]) => `${f}(${x}, ${y})`),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...CONSTANTS), weight: 1 },
  );
};

/** `t1 op t2 [op t3 [op t4]]`, sometimes inside a function or a power. */
const expression = (names: readonly string[]) =>
  fc
    .tuple(
      term(names),
      fc.array(fc.tuple(fc.constantFrom(...BINARY), term(names)), { minLength: 1, maxLength: 3 }),
      fc.option(fc.constantFrom(...UNARY, '^2'), { freq: 3 }),
    )
    .map(([first, rest, wrap]) => {
      const body = rest.reduce((sofar, [op, t]) => `${sofar} ${op} ${t}`, first);
      if (wrap === null) return body;
      return wrap === '^2' ? `(${body}) ^ 2` : `${wrap}(${body})`;
    });

/**
 * A statement: mostly `target = expression`; sometimes an alias, or a bare expression (which
 * binds no name: `named` is false).
 */
const statement = (names: readonly string[], target: string) =>
  fc.oneof(
    {
      arbitrary: expression(names).map((e) => ({ line: `${target} = ${e}`, named: true })),
      weight: 8,
    },
    {
      arbitrary: fc.constantFrom(...names).map((x) => ({ line: `${target} = ${x}`, named: true })),
      weight: 1,
    },
    { arbitrary: expression(names).map((e) => ({ line: e, named: false })), weight: 1 },
  );

/**
 * Random programs whose statements have several operations each (`t = u(x) * y - 2`), so that
 * collapsing hides internal nodes; names recur, so hash-consing shares subexpressions across
 * statements. Input values as `randomProgram` draws them (src/testing). `n` inputs, then 1..maxSteps statements over earlier names; the last is the
 * output.
 */
export function statementProgram(
  maxInputs = 3,
  maxSteps = 5,
  values: InputValueKind = 'smooth',
): fc.Arbitrary<string> {
  const value = inputValue(values);
  return fc
    .tuple(
      fc.array(value, { minLength: 1, maxLength: maxInputs }),
      fc.integer({ min: 1, max: maxSteps }),
    )
    .chain(([values, steps]) => {
      let program = fc.constant({
        lines: values.map((v, i) => `x${i} = ${v.toFixed(6)}`),
        names: values.map((_, i) => `x${i}`),
      });
      for (let k = 0; k < steps; k++)
        program = program.chain(({ lines, names }) =>
          statement(names, `v${k}`).map(({ line, named }) => ({
            lines: [...lines, line],
            names: named ? [...names, `v${k}`] : names,
          })),
        );
      return program.map(({ lines }) => lines.join('\n'));
    });
}
