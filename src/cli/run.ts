import { type Analysis, analyze, type DiagnosticView, viewDiagnostics } from '../analysis.ts';
import { compile } from '../compile.ts';
import type { InputValues } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { phrase } from '../phrases/index.ts';
import { HESSIAN_INPUT_LIMIT } from '../secondOrderFields.ts';
import { secondOrder } from '../symbolic/index.ts';
import { diagnostic, MAX_PROGRAM_LENGTH } from '../syntax/index.ts';
import type { StdinText } from './stdin.ts';
import { parseTrainSpec, type ReadFile, runTraining, type TrainSpec } from './train.ts';

/** What the CLI prints and how it exits; `runCli` is pure so tests call it directly. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * Exit codes: 0 results printed (also when the reader of standard output went away early, see
 * main.ts), 1 the program has errors, 2 the invocation is wrong (unknown option, malformed
 * `--at` or `--train`, a name given twice or not an input, unreadable standard input, bad
 * training data, no parameter left to train), 3 an engine bug.
 */
export const EXIT = { ok: 0, programErrors: 1, usage: 2, internal: 3 } as const;

/** Problems after this many are summarised in one line in text output. */
export const PRINTED_DIAGNOSTICS = 100;

export const USAGE = `Usage: npm run --silent cli -- '<program>' [--at name=value,...] [--json] [--tree]
       npm run --silent cli -- '<program>' --data data.csv --train steps=N,lr=η[,batch=B,seed=S,tol=T]
  <program>  the program text, or - to read it from standard input
  --at       input values, e.g. --at a=2,b=1 (each name once); when training, starting values
  --json     print one JSON object (see ARCHITECTURE.md); when the last line lists several
             outputs (u, v) it adds "outputs" and "jacobian", the rest is about the first
  --tree     analyze the tree variant (no sharing)
  --hessian  add "hessian": {input: {input: ∂²output/∂input∂input}} for the first output
             (forward over reverse on the derivative graph; at most ${HESSIAN_INPUT_LIMIT} inputs)
  --data     a CSV file: a header row of column names, then rows of numbers; its columns are
             inputs of the program (data), every other input is a parameter to train
  --train    gradient descent on the mean loss (the program's output is one row's loss):
             steps=N steps, learning rate lr=η; batch=B rows per step drawn by a shuffle
             seeded with seed=S (full batch without batch); tol=T stops once the loss is below T
  --help     print this text
Exit codes: 0 results, 1 errors in the program, 2 errors in the invocation or the data.
`;

interface Args {
  readonly program: string;
  /** True when standard input was longer than the program size limit and reading stopped. */
  readonly cut: boolean;
  /** Without a prototype, so that any name (`__proto__` too) is an ordinary key. */
  readonly at: Record<string, number>;
  readonly json: boolean;
  readonly tree: boolean;
  readonly hessian: boolean;
  /** `--data` and `--train`: both or neither. */
  readonly training?: { readonly dataPath: string; readonly spec: TrainSpec };
}

type ParsedArgs = Args | { readonly help: true } | { readonly error: string };

function parseArgs(argv: readonly string[], readStdin: () => string | StdinText): ParsedArgs {
  let program: string | undefined;
  let cut = false;
  const at: Record<string, number> = Object.create(null);
  let json = false;
  let tree = false;
  let hessian = false;
  let dataPath: string | undefined;
  let spec: TrainSpec | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--tree') tree = true;
    else if (arg === '--hessian') hessian = true;
    else if (arg === '--help') return { help: true };
    else if (arg === '--at' || arg.startsWith('--at=')) {
      const list = arg === '--at' ? argv[++i] : arg.slice(5);
      if (list === undefined) return { error: '--at needs a list such as a=2,b=1' };
      const error = readValues(list, at);
      if (error) return { error };
    } else if (arg === '--data' || arg.startsWith('--data=')) {
      dataPath = arg === '--data' ? argv[++i] : arg.slice(7);
      if (dataPath === undefined || dataPath === '') return { error: '--data needs a file name' };
    } else if (arg === '--train' || arg.startsWith('--train=')) {
      const list = arg === '--train' ? argv[++i] : arg.slice(8);
      const read = parseTrainSpec(list ?? '');
      if ('error' in read) return read;
      spec = read;
    } else if (arg.startsWith('--')) return { error: `Unknown option ${arg}; see --help` };
    else if (program !== undefined)
      return { error: `Only one program may be given; got also '${oneLine(arg)}'` };
    else if (arg !== '-') program = arg;
    else {
      const read = readStdin();
      const stdin = typeof read === 'string' ? { ok: true as const, text: read, cut: false } : read;
      if (!stdin.ok) return { error: stdin.message };
      program = stdin.text;
      cut = stdin.cut;
    }
  }
  if (program === undefined) return { error: `No program given. ${USAGE.split('\n')[0]}` };
  if ((dataPath === undefined) !== (spec === undefined))
    return {
      error:
        dataPath === undefined
          ? '--train needs --data with a CSV file of the data'
          : '--data needs --train steps=N,lr=η to say how to train',
    };
  const training = dataPath !== undefined && spec !== undefined ? { dataPath, spec } : undefined;
  return { program, cut, at, json, tree, hessian, ...(training ? { training } : {}) };
}

/** Adds `name=value,...` to `at`; a message when a pair is malformed or a name is repeated. */
function readValues(list: string, at: Record<string, number>): string | undefined {
  for (const pair of list.split(',').filter((p) => p.trim() !== '')) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(pair);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || Number.isNaN(value))
      return `--at: cannot read '${oneLine(pair)}'; write name=number`;
    const name = match[1]!;
    if (Object.hasOwn(at, name))
      return `--at: '${oneLine(name)}' is given twice; give each input once`;
    at[name] = value;
  }
  return undefined;
}

/** 2000000 as `2,000,000`, independent of the locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** User text quoted in a one-line message: newlines shown as ⏎, long text cut. */
function oneLine(text: string): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/**
 * The JSON contract of ARCHITECTURE.md: results keyed by input name. With several outputs it
 * adds `outputs` (their names) and `jacobian` ({output: {input: ∂output/∂input}}); the other
 * fields are about the first output, so one-output programs print what they always did.
 */
function successJson(analysis: Analysis): object {
  const byInput = <T>(f: (input: Analysis['inputs'][number]) => T) =>
    Object.fromEntries(analysis.inputs.map((input) => [input.name, f(input)]));
  return {
    ...singleOutputJson(analysis, byInput),
    ...(analysis.outputs.length > 1 ? severalOutputsJson(analysis) : {}),
  };
}

function singleOutputJson(
  analysis: Analysis,
  byInput: <T>(f: (input: Analysis['inputs'][number]) => T) => Record<string, T>,
): object {
  return {
    ok: true,
    output: analysis.outputName,
    value: analysis.value,
    inputs: byInput((i) => i.value),
    gradient: byInput((i) => i.gradient),
    forward: byInput((i) => i.forward),
    paths: byInput((i) => i.paths),
    nodes: analysis.nodeCount,
    edges: analysis.edgeCount,
  };
}

/** `outputs` and, unless past the engine's limits, `jacobian`, keyed by output then input. */
function severalOutputsJson(analysis: Analysis): object {
  const { jacobian } = analysis;
  return {
    outputs: analysis.outputs.map((o) => o.name),
    ...(jacobian
      ? {
          jacobian: Object.fromEntries(
            jacobian.rows.map((row, i) => [
              row,
              Object.fromEntries(
                jacobian.columns.map((column, j) => [column, jacobian.values[i]![j]]),
              ),
            ]),
          ),
        }
      : {}),
  };
}

/**
 * `errors` holds the first MAX_DIAGNOSTICS problems by position (the engine keeps no more);
 * `errorCount` is how many there are in all.
 */
function errorJson(diagnostics: readonly DiagnosticView[], count: number): object {
  return {
    ok: false,
    errorCount: count,
    errors: diagnostics.map((d) => ({
      code: d.code,
      message: d.message,
      line: d.line,
      column: d.column,
      start: d.span.start,
      end: d.span.end,
    })),
  };
}

function successText(analysis: Analysis): string {
  const lines = [
    `${analysis.outputName} = ${analysis.value}`,
    `${analysis.nodeCount} nodes, ${analysis.edgeCount} edges`,
    '',
  ];
  lines.push('input\tvalue\treverse\tforward\tpaths');
  for (const i of analysis.inputs)
    lines.push(`${i.name}\t${i.value}\t${i.gradient}\t${i.forward}\t${i.paths}`);
  if (analysis.outputs.length > 1) lines.push('', ...severalOutputsText(analysis));
  return `${lines.join('\n')}\n`;
}

/** With several outputs: each output's value, then the Jacobian as a table (rows: outputs). */
function severalOutputsText(analysis: Analysis): string[] {
  const lines = ['output\tvalue', ...analysis.outputs.map((o) => `${o.name}\t${o.value}`)];
  const { jacobian } = analysis;
  if (!jacobian) return [...lines, '', 'The Jacobian is too large to print here.'];
  lines.push('', ['∂', ...jacobian.columns].join('\t'));
  jacobian.rows.forEach((row, i) => {
    lines.push([row, ...jacobian.values[i]!].join('\t'));
  });
  return lines;
}

/** Standard input was cut at the size limit: the same `too-large` problem the parser gives. */
function tooLargeInput(): { diagnostics: DiagnosticView[]; diagnosticCount: number } {
  const tooLong = phrase('syntax.tooLongInput', { limit: MAX_PROGRAM_LENGTH });
  const view = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const problem = diagnostic('too-large', { start: 0, end: 0 }, tooLong);
  return { diagnostics: [{ ...problem, ...view }], diagnosticCount: 1 };
}

/** The program's problems: JSON on stdout with --json, else lines on stderr; exit 1. */
function programErrors(
  json: boolean,
  diagnostics: readonly DiagnosticView[],
  diagnosticCount: number,
): CliResult {
  if (json) {
    const stdout = `${JSON.stringify(errorJson(diagnostics, diagnosticCount))}\n`;
    return { stdout, stderr: '', exitCode: EXIT.programErrors };
  }
  const shown = diagnostics.slice(0, PRINTED_DIAGNOSTICS);
  const lines = shown.map((d) => `${d.line}:${d.column}  ${d.message}`);
  const more = diagnosticCount - shown.length;
  if (more > 0) lines.push(`…and ${grouped(more)} more ${more === 1 ? 'problem' : 'problems'}`);
  return { stdout: '', stderr: `${lines.join('\n')}\n`, exitCode: EXIT.programErrors };
}

/** `--at` names that are not inputs: a one-line usage error, else undefined. */
function unknownAt(at: Readonly<Record<string, number>>, inputs: readonly string[]) {
  const known = new Set(inputs);
  const unknown = Object.keys(at).filter((name) => !known.has(name));
  if (unknown.length === 0) return undefined;
  const list = [...known].join(', ') || 'none';
  return {
    stdout: '',
    stderr: `--at: '${oneLine(unknown[0]!)}' is not an input of this program (inputs: ${oneLine(list)})\n`,
    exitCode: EXIT.usage,
  };
}

/** Reads no file: the default of `runCli`'s `readFile`, for callers that never pass --data. */
const noFiles: ReadFile = () => {
  throw new Error('no file reader');
};

/**
 * Runs the CLI on arguments (without node and script); never throws on user input. `readStdin`
 * is called only for the program `-`; a plain string is a complete, readable input.
 * `readFile` reads the `--data` file.
 */
export function runCli(
  argv: readonly string[],
  readStdin: () => string | StdinText,
  readFile: ReadFile = noFiles,
): CliResult {
  const args = parseArgs(argv, readStdin);
  if ('help' in args) return { stdout: USAGE, stderr: '', exitCode: EXIT.ok };
  if ('error' in args) return { stdout: '', stderr: `${args.error}\n`, exitCode: EXIT.usage };
  if (args.cut) {
    const { diagnostics, diagnosticCount } = tooLargeInput();
    return programErrors(args.json, diagnostics, diagnosticCount);
  }
  if (args.training) {
    const built = compile(args.program, { sharing: !args.tree });
    if (!built.ok) {
      const views = viewDiagnostics(args.program, built.diagnostics);
      return programErrors(args.json, views, built.diagnosticCount);
    }
    const { graph } = built;
    const names = graph.inputs.map((id) => graph.nodes[id]!.label);
    const { dataPath, spec } = args.training;
    return (
      unknownAt(args.at, names) ?? runTraining(graph, dataPath, spec, args.at, args.json, readFile)
    );
  }
  const result = analyze(args.program, { inputs: args.at, sharing: !args.tree });
  if (!result.ok) return programErrors(args.json, result.diagnostics, result.diagnosticCount);
  const unknown = unknownAt(
    args.at,
    result.analysis.inputs.map((i) => i.name),
  );
  if (unknown) return unknown;
  const hessian = args.hessian ? hessianByInput(result.graph, args.at) : undefined;
  if (typeof hessian === 'string')
    return { stdout: '', stderr: `${hessian}\n`, exitCode: EXIT.usage };
  const stdout = args.json
    ? `${JSON.stringify({ ...successJson(result.analysis), ...(hessian ? { hessian } : {}) })}\n`
    : successText(result.analysis) + (hessian ? hessianText(hessian) : '');
  return { stdout, stderr: '', exitCode: EXIT.ok };
}

type HessianTable = Record<string, Record<string, number>>;

/** {input: {input: ∂²f/∂x_i∂x_j}} of the first output, or a message why there is none. */
function hessianByInput(graph: Graph, at: InputValues): HessianTable | string {
  if (graph.inputs.length > HESSIAN_INPUT_LIMIT)
    return `--hessian: the program has ${graph.inputs.length} inputs; the limit is ${HESSIAN_INPUT_LIMIT}`;
  const second = secondOrder(graph, at);
  if (second === undefined) return '--hessian: the derivative graph is too large';
  const { values } = second.hessian();
  const table: HessianTable = Object.create(null);
  second.names.forEach((row, i) => {
    table[row] = Object.create(null);
    second.names.forEach((column, j) => {
      table[row]![column] = values[i]![j]!;
    });
  });
  return table;
}

function hessianText(table: HessianTable): string {
  const names = Object.keys(table);
  const rows = names.map((row) => [row, ...names.map((column) => table[row]![column])].join('\t'));
  return ['', 'Hessian', ['∂²', ...names].join('\t'), ...rows, ''].join('\n');
}
