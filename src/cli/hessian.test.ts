import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const noStdin = () => '';

function json(argv: readonly string[]) {
  const result = runCli(argv, noStdin);
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('cli --hessian and diff', () => {
  it('--hessian adds {input: {input: value}} for the first output (DOMAIN.md §9)', () => {
    const out = json(['x = 1; y = 0; f = x^2 * y + sin(y)', '--json', '--hessian']);
    expect(out.hessian).toEqual({ x: { x: 0, y: 2 }, y: { x: 2, y: 0 } });
    expect(out.gradient).toEqual({ x: 0, y: 2 });
  });

  it('--hessian follows --at', () => {
    const out = json(['f = x^2 * y + sin(y)', '--json', '--hessian', '--at', 'x=2,y=1']);
    expect(out.hessian.x).toEqual({ x: 2, y: 4 });
    expect(out.hessian.y.y).toBeCloseTo(-Math.sin(1), 14);
  });

  it('a program with diff works through the usual contract: the worked example', () => {
    const out = json(['x = 1.5; y = x^3; dy = diff(y, x); d2y = diff(dy, x); d2y', '--json']);
    expect(out).toMatchObject({ ok: true, output: 'd2y', value: 9, gradient: { x: 6 } });
  });

  it('diff errors come back as program errors, at the offending argument', () => {
    const result = runCli(['x = 1; y = x*2; diff(y, y)', '--json'], noStdin);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).errors[0]).toMatchObject({
      code: 'diff-not-input',
      line: 1,
      column: 25,
    });
  });
});
