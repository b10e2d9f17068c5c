import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COLAH_PROGRAM } from '../testing/fixtures.ts';
import { runCli } from './run.ts';
import type { StdinText } from './stdin.ts';

const noStdin = () => {
  throw new Error('stdin not expected');
};
const json = (argv: string[], stdin: () => string | StdinText = noStdin) => {
  const result = runCli(argv, stdin);
  return { ...result, body: result.stdout ? JSON.parse(result.stdout) : undefined };
};

describe('cli --json', () => {
  it("answers colah's example as ARCHITECTURE.md specifies", () => {
    const { body, exitCode } = json(['(a+b)*(b+1)', '--at', 'a=2,b=1', '--json']);
    expect(exitCode).toBe(0);
    expect(body).toEqual({
      ok: true,
      output: '*',
      value: 6,
      inputs: { a: 2, b: 1 },
      gradient: { a: 2, b: 5 },
      forward: { a: 2, b: 5 },
      paths: { a: '1', b: '2' },
      nodes: 6,
      edges: 6,
    });
  });

  it('names the output by its statement and reads the program from stdin with -', () => {
    const { body } = json(['-', '--json'], () => COLAH_PROGRAM);
    expect(body).toMatchObject({ ok: true, output: 'e', value: 6, gradient: { a: 2, b: 5 } });
  });

  it('--at overrides the starting values', () => {
    const { body } = json([
      'apple = 100\ncount = 2\ntax = 1.1\nprice = apple * count * tax',
      '--at',
      'count=3',
      '--json',
    ]);
    expect(body.value).toBeCloseTo(330, 10);
    expect(body.gradient.tax).toBe(300);
  });

  it('prints errors with code, message, line, column and offsets, and exits 1', () => {
    const { body, exitCode } = json(['x = 1\ny = foo(x)', '--json']);
    expect(exitCode).toBe(1);
    expect(body.ok).toBe(false);
    expect(body.errors[0]).toMatchObject({
      code: 'unknown-function',
      line: 2,
      column: 5,
      start: 10,
      end: 13,
    });
  });

  it('refuses bad usage with a message and exit code 2', () => {
    expect(runCli(['x', '--at', 'y=2'], noStdin)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining("'y' is not an input"),
    });
    expect(runCli(['x', '--at', 'x=two'], noStdin)).toMatchObject({ exitCode: 2 });
    expect(runCli([], noStdin)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('Usage'),
    });
  });

  it('prints every invocation error as one line on stderr', () => {
    for (const argv of [[], ['x', '--bogus'], ['x', '--at'], ['x', '--at', 'x'], ['x', 'y']]) {
      const { stderr, exitCode } = runCli(argv, noStdin);
      expect(exitCode).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(runCli(['--help'], noStdin)).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('refuses a name given twice in --at, in one list or two', () => {
    for (const at of [
      ['--at', 'x=1,x=2'],
      ['--at', 'x=1', '--at=x=2'],
    ]) {
      expect(runCli(['x*y', ...at], noStdin)).toEqual({
        stdout: '',
        stderr: "--at: 'x' is given twice; give each input once\n",
        exitCode: 2,
      });
    }
  });

  it('treats --at __proto__ as any other name: refused unless it is an input', () => {
    expect(runCli(['x*y', '--at', '__proto__=1'], noStdin)).toMatchObject({
      exitCode: 2,
      stderr: "--at: '__proto__' is not an input of this program (inputs: x, y)\n",
    });
    const { body } = json(['__proto__ * y', '--at', '__proto__=3', '--json']);
    expect(body).toMatchObject({ value: 3, gradient: { y: 3 } });
    expect(Object.entries(body.inputs)).toEqual([
      ['__proto__', 3],
      ['y', 1],
    ]);
  });

  it('reports standard input cut at the size limit as a too-large program, exit 1', () => {
    const cut = () => ({ ok: true as const, text: 'x'.repeat(10), cut: true });
    const { body, exitCode } = json(['-', '--json'], cut);
    expect(exitCode).toBe(1);
    expect(body.errors).toEqual([
      expect.objectContaining({ code: 'too-large', line: 1, column: 1, start: 0, end: 0 }),
    ]);
    expect(body.errors[0].message).toContain('2,000,000 characters');
  });

  it('an unreadable standard input is an invocation error (exit 2, one line)', () => {
    const unreadable = () => ({ ok: false as const, message: 'Cannot read it' });
    expect(runCli(['-'], unreadable)).toEqual({
      stdout: '',
      stderr: 'Cannot read it\n',
      exitCode: 2,
    });
  });
});

describe('cli on many errors', () => {
  const program = '$\n'.repeat(250);

  it('--json lists the first 100 errors by position and counts them all', () => {
    const { body, exitCode } = json([program, '--json']);
    expect(exitCode).toBe(1);
    expect(body.errorCount).toBe(250);
    expect(body.errors).toHaveLength(100);
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });

  it('text output prints the first 100 and says how many more there are', () => {
    const lines = runCli([program], noStdin).stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe("1:1  Unexpected character '$' at 1:1");
    expect(lines[100]).toBe('…and 150 more problems');
  });

  it('runs as `npm run --silent cli` in a real process', () => {
    const stdout = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', COLAH_PROGRAM, '--at', 'a=3', '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      output: 'e',
      value: 8,
      gradient: { a: 2, b: 6 },
      paths: { a: '1', b: '2' },
    });
  });
});

describe('cli with several outputs', () => {
  it('--json adds outputs and the Jacobian; the rest is about the first output', () => {
    const { body, exitCode } = json(['u = x*y; v = x + sin(y); u, v', '--at', 'x=2,y=0', '--json']);
    expect(exitCode).toBe(0);
    expect(body).toEqual({
      ok: true,
      output: 'u',
      value: 0,
      inputs: { x: 2, y: 0 },
      gradient: { x: 0, y: 2 },
      forward: { x: 0, y: 2 },
      paths: { x: '1', y: '1' },
      nodes: 5,
      edges: 5,
      outputs: ['u', 'v'],
      jacobian: { u: { x: 0, y: 2 }, v: { x: 1, y: 1 } },
    });
  });

  it('names unnamed outputs out1, out2, … and keeps the key order of the contract', () => {
    const { body } = json(['x*y, x + y', '--at', 'x=3,y=5', '--json']);
    expect(body.outputs).toEqual(['out1', 'out2']);
    expect(body.output).toBe('out1');
    expect(body.jacobian).toEqual({ out1: { x: 5, y: 3 }, out2: { x: 1, y: 1 } });
    expect(Object.keys(body)).toEqual([
      'ok',
      'output',
      'value',
      'inputs',
      'gradient',
      'forward',
      'paths',
      'nodes',
      'edges',
      'outputs',
      'jacobian',
    ]);
  });

  it('a one-output program prints no outputs or jacobian', () => {
    const { body } = json(['u = x*y\nu', '--json']);
    expect(body).not.toHaveProperty('outputs');
    expect(body).not.toHaveProperty('jacobian');
  });

  it('prints the outputs and the Jacobian as tables in text', () => {
    const { stdout } = runCli(['u = x*y; v = x + sin(y); u, v', '--at', 'x=2,y=0'], noStdin);
    expect(stdout).toContain('output\tvalue\nu\t0\nv\t2\n\n∂\tx\ty\nu\t0\t2\nv\t1\t1\n');
  });

  it.each([
    ['u, , v', 'empty-output', 1, 2],
    ['u, v\nw = u', 'misplaced-outputs', 1, 2],
    ['u = x\nu, u', 'duplicate-output', 2, 4],
  ])('%j exits 1 with a %s error at %i:%i', (program, code, line, column) => {
    const { body, exitCode } = json([program, '--json']);
    expect(exitCode).toBe(1);
    expect(body.errors[0]).toMatchObject({ code, line, column });
  });
});
