import { type Phrase, phrase } from '../phrases/index.ts';
import { type DataError, type DataTable, dataError } from './data.ts';

/** One input of the program in a role, with its position in the graph's input order. */
export interface RoleInput {
  readonly name: string;
  /** Index into the graph's inputs (and the tape's `inputs`). */
  readonly input: number;
}

/**
 * What each input of the program is during training (DOMAIN.md §7): a data input takes each
 * row's value from its column; a parameter is trained; a fixed input keeps its value.
 */
export interface Roles {
  /** Data inputs, with `column` the index of their column in the table. */
  readonly data: readonly (RoleInput & { readonly column: number })[];
  /** Trained inputs, in the graph's input order; never empty. */
  readonly parameters: readonly RoleInput[];
  readonly fixed: readonly RoleInput[];
}

export type RolesResult =
  | { readonly ok: true; readonly roles: Roles }
  | { readonly ok: false; readonly error: DataError };

/**
 * Splits the program's inputs: columns of the data are data, names in `fixed` are fixed, every
 * other input is a parameter. Refused with a sentence: a column or a fixed name that is not an
 * input, a name both a column and fixed, or no parameter left to train.
 */
export function assignRoles(
  inputNames: readonly string[],
  data: Pick<DataTable, 'columns'>,
  fixed: Iterable<string> = [],
): RolesResult {
  const inputIndex = new Map(inputNames.map((name, i) => [name, i]));
  const known = inputNames.length > 0 ? inputNames.join(', ') : phrase('train.noInputs');
  const columnOf = new Map<string, number>();
  for (const [c, name] of data.columns.entries()) {
    if (!inputIndex.has(name))
      return fail(phrase('train.notAnInput', { name, inputs: known }), name);
    columnOf.set(name, c);
  }
  const fixedNames = new Set(fixed);
  for (const name of fixedNames) {
    if (!inputIndex.has(name))
      return fail(phrase('train.fixedNotAnInput', { name, inputs: known }));
    if (columnOf.has(name)) return fail(phrase('train.dataAndFixed', { name }), name);
  }
  const roles = { data: [], parameters: [], fixed: [] } as {
    data: (RoleInput & { column: number })[];
    parameters: RoleInput[];
    fixed: RoleInput[];
  };
  inputNames.forEach((name, input) => {
    const column = columnOf.get(name);
    if (column !== undefined) roles.data.push({ name, input, column });
    else if (fixedNames.has(name)) roles.fixed.push({ name, input });
    else roles.parameters.push({ name, input });
  });
  if (roles.parameters.length === 0)
    return fail(
      phrase(roles.fixed.length > 0 ? 'train.noParameterFixed' : 'train.noParameter', {
        inputs: known,
      }),
    );
  return { ok: true, roles };
}

function fail(problem: Phrase, column?: string): RolesResult {
  return {
    ok: false,
    error: dataError(problem, column === undefined ? {} : { line: 1, column }),
  };
}
