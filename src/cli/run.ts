import { type Analysis, analyze, type DiagnosticView } from '../analysis.ts';

/** What the CLI prints and how it exits; `runCli` is pure so tests call it directly. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export const USAGE = `Usage: npm run --silent cli -- '<program>' [--at name=value,...] [--json] [--tree]
  <program>  the program text, or - to read it from standard input
  --at       input values, e.g. --at a=2,b=1
  --json     print one JSON object (see ARCHITECTURE.md)
  --tree     analyze the tree variant (no sharing)
`;

interface Args {
  readonly program: string;
  readonly at: Record<string, number>;
  readonly json: boolean;
  readonly tree: boolean;
}

function parseArgs(argv: readonly string[], readStdin: () => string): Args | string {
  let program: string | undefined;
  const at: Record<string, number> = {};
  let json = false;
  let tree = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--tree') tree = true;
    else if (arg === '--at' || arg.startsWith('--at=')) {
      const list = arg === '--at' ? argv[++i] : arg.slice(5);
      if (list === undefined) return '--at needs a list such as a=2,b=1';
      for (const pair of list.split(',').filter((p) => p.trim() !== '')) {
        const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(pair);
        const value = match ? Number(match[2]) : Number.NaN;
        if (!match || Number.isNaN(value)) return `--at: cannot read '${pair}'; write name=number`;
        at[match[1]!] = value;
      }
    } else if (arg.startsWith('--')) return `Unknown option ${arg}`;
    else if (program === undefined) program = arg === '-' ? readStdin() : arg;
    else return `Only one program may be given; got also '${arg}'`;
  }
  if (program === undefined) return 'No program given';
  return { program, at, json, tree };
}

/** The JSON contract of ARCHITECTURE.md: results keyed by input name. */
function successJson(analysis: Analysis): object {
  const byInput = <T>(f: (input: Analysis['inputs'][number]) => T) =>
    Object.fromEntries(analysis.inputs.map((input) => [input.name, f(input)]));
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

function errorJson(diagnostics: readonly DiagnosticView[]): object {
  return {
    ok: false,
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
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI on arguments (without node and script); never throws on user input. */
export function runCli(argv: readonly string[], readStdin: () => string): CliResult {
  const args = parseArgs(argv, readStdin);
  if (typeof args === 'string') return { stdout: '', stderr: `${args}\n\n${USAGE}`, exitCode: 2 };
  const result = analyze(args.program, { inputs: args.at, sharing: !args.tree });
  if (!result.ok) {
    if (args.json)
      return {
        stdout: `${JSON.stringify(errorJson(result.diagnostics))}\n`,
        stderr: '',
        exitCode: 1,
      };
    const text = result.diagnostics.map((d) => `${d.line}:${d.column}  ${d.message}`).join('\n');
    return { stdout: '', stderr: `${text}\n`, exitCode: 1 };
  }
  const known = new Set(result.analysis.inputs.map((i) => i.name));
  const unknown = Object.keys(args.at).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const list = [...known].join(', ') || 'none';
    return {
      stdout: '',
      stderr: `--at: '${unknown[0]}' is not an input of this program (inputs: ${list})\n`,
      exitCode: 2,
    };
  }
  const stdout = args.json
    ? `${JSON.stringify(successJson(result.analysis))}\n`
    : successText(result.analysis);
  return { stdout, stderr: '', exitCode: 0 };
}
