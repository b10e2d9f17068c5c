import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COLAH_PROGRAM } from '../testing/fixtures.ts';
import { runCli } from './run.ts';

const noStdin = () => {
  throw new Error('stdin not expected');
};
const json = (argv: string[], stdin: () => string = noStdin) => {
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
