import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, XOR_NETWORK } from '../train/examples.ts';
import { runCli } from './run.ts';
import { parseTrainSpec } from './train.ts';

const noStdin = () => {
  throw new Error('stdin not expected');
};

/** A file reader over named texts; any other name is missing, as the file system says it. */
const files =
  (texts: Record<string, string>) =>
  (path: string): string => {
    const text = texts[path];
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return text;
  };

const LINE = WORKED_EXAMPLE.program;
const train = (argv: string[], texts: Record<string, string> = { 'd.csv': WORKED_EXAMPLE.csv }) =>
  runCli(argv, noStdin, files(texts));

describe('cli --data --train --json', () => {
  it('prints parameters, steps + 1 losses and the steps: the worked example', () => {
    const { stdout, stderr, exitCode } = train([
      LINE,
      '--data',
      'd.csv',
      '--train',
      'steps=1,lr=0.1',
      '--json',
    ]);
    expect({ stderr, exitCode }).toEqual({ stderr: '', exitCode: 0 });
    const body = JSON.parse(stdout);
    expect(Object.keys(body)).toEqual(['ok', 'parameters', 'loss', 'steps']);
    expect(body.ok).toBe(true);
    expect(body.steps).toBe(1);
    expect(body.parameters.w).toBeCloseTo(2.2667, 4);
    expect(body.parameters.b).toBeCloseTo(1, 12);
    expect(body.loss).toHaveLength(2);
    expect(body.loss[0]).toBeCloseTo(83 / 3, 12);
    // After the step: the mean of (2.2667x + 1 − t)² over the three rows, by hand.
    const w = (0.1 * 68) / 3;
    const after =
      ([1, 3, 5] as const).reduce((s, _, i) => s + (w * (i + 1) + 1 - (2 * i + 3)) ** 2, 0) / 3;
    expect(body.loss[1]).toBeCloseTo(after, 12);
  });

  it('--at sets the starting values; many steps reach the line t = 2x + 1', () => {
    const body = JSON.parse(
      train([LINE, '--at', 'w=1', '--data=d.csv', '--train=steps=2000,lr=0.1', '--json']).stdout,
    );
    expect(body.loss).toHaveLength(2001);
    expect(body.loss[0]).toBeCloseTo((4 + 9 + 16) / 3, 12);
    expect(body.parameters.w).toBeCloseTo(2, 6);
    expect(body.parameters.b).toBeCloseTo(1, 6);
  });

  it('minibatches: the seed replays the run, another seed gives another', () => {
    const run = (seed: number) =>
      train([LINE, '--data', 'd.csv', '--train', `steps=20,lr=0.05,batch=1,seed=${seed}`, '--json'])
        .stdout;
    expect(run(4)).toBe(run(4));
    expect(run(5)).not.toBe(run(4));
    expect(JSON.parse(run(4)).loss).toHaveLength(21);
  });

  it('a run that diverges reports where and why in `stop`', () => {
    const body = JSON.parse(
      train([LINE, '--data', 'd.csv', '--train', 'steps=500,lr=5', '--json']).stdout,
    );
    expect(body.stop.reason).toBe('diverged');
    expect(body.steps).toBeLessThan(500);
    expect(body.loss).toHaveLength(body.steps + 1);
    expect(body.stop.message).toContain(`Training diverged at step ${body.steps}`);
  });

  it('trains the XOR network through the CLI as the trainer does', () => {
    const body = JSON.parse(
      train([XOR_NETWORK.program, '--data', 'xor.csv', '--train', 'steps=2000,lr=2', '--json'], {
        'xor.csv': XOR_NETWORK.csv,
      }).stdout,
    );
    expect(body.loss[0]).toBeCloseTo(0.25, 3);
    expect(body.loss[2000]).toBeLessThan(0.01);
  });
});

describe('cli --train: refusals', () => {
  it.each([
    ['x,t\n1,3\n2', 'd.csv: Row 2 (line 3) has 1 cell, but the header names 2 columns.\n'],
    ['x,t\n1,3\n2,five', "d.csv: Row 2, column 't' (line 3): 'five' is not a number.\n"],
    ['x,t\n1,\n', "d.csv: Row 1, column 't' (line 2) is empty; write a number there.\n"],
    [
      '',
      'd.csv: The data is empty. Write a header row of column names, then one row of numbers per example.\n',
    ],
    ['x,t\n', 'd.csv: The data has a header but no rows; add one row of numbers per example.\n'],
    [
      'x,t,y\n1,3,0\n',
      "d.csv: Column 'y' of the header (line 1) is not an input of the program (its inputs: w, b, x, t).\n",
    ],
  ])('bad data %j exits 2 naming the place', (csv, stderr) => {
    expect(
      train([LINE, '--data', 'd.csv', '--train', 'steps=1,lr=0.1', '--json'], { 'd.csv': csv }),
    ).toEqual({
      stdout: '',
      stderr,
      exitCode: 2,
    });
  });

  it('no parameter left to train exits 2', () => {
    expect(train(['loss = (x - t)^2', '--data', 'd.csv', '--train', 'steps=1,lr=0.1'])).toEqual({
      stdout: '',
      stderr:
        'd.csv: No parameter is left to train: every input of the program (x, t) is a data column.\n',
      exitCode: 2,
    });
  });

  it.each([
    ['steps=1', '--train: steps and lr are needed'],
    ['steps=1,lr=0', '--train: lr must be above 0'],
    ['steps=1.5,lr=1', '--train: steps must be a whole number ≥ 0'],
    ['steps=1,lr=1,batch=0', '--train: batch must be a whole number ≥ 1'],
    ['steps=1,lr=1,seed=0.5', '--train: seed must be a whole number'],
    ['steps=1,lr=fast', "--train: cannot read 'lr=fast'"],
    ['steps=1,lr=1,momentum=0.9', "--train: cannot read 'momentum=0.9'"],
    ['steps=1,lr=1,lr=2', "--train: 'lr' is given twice"],
  ])('a malformed spec %j exits 2 with the usage hint', (spec, start) => {
    const { stdout, stderr, exitCode } = train([LINE, '--data', 'd.csv', '--train', spec]);
    expect({ stdout, exitCode }).toEqual({ stdout: '', exitCode: 2 });
    expect(stderr).toBe(
      `${start}; write steps=N,lr=η[,batch=B,seed=S,tol=T], e.g. steps=100,lr=0.1\n`,
    );
  });

  it.each([
    [['--data', 'd.csv'], '--data needs --train steps=N,lr=η to say how to train\n'],
    [['--train', 'steps=1,lr=1'], '--train needs --data with a CSV file of the data\n'],
    [['--data'], '--data needs a file name\n'],
    [
      ['--data', 'gone.csv', '--train', 'steps=1,lr=1'],
      "Cannot read the data file 'gone.csv': no such file\n",
    ],
    [
      ['--data', 'd.csv', '--train', 'steps=1,lr=1', '--at', 'q=1'],
      "--at: 'q' is not an input of this program (inputs: w, b, x, t)\n",
    ],
    [
      ['--data', 'd.csv', '--train', 'steps=1,lr=1', '--at', 'x=1'],
      "--at: 'x' is a data column; its values come from the data\n",
    ],
  ])('invocation %j exits 2 with one line', (argv, stderr) => {
    expect(train([LINE, ...argv])).toEqual({ stdout: '', stderr, exitCode: 2 });
  });

  it('a program with errors still exits 1 with its diagnostics', () => {
    const { stdout, exitCode } = train([
      'w = 0\nloss = foo(w)',
      '--data',
      'd.csv',
      '--train',
      'steps=1,lr=1',
      '--json',
    ]);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknown-function', line: 2 }],
    });
  });
});

describe('cli --train text output and spec', () => {
  it('prints a short summary without --json', () => {
    const { stdout, exitCode } = train([LINE, '--data', 'd.csv', '--train', 'steps=1,lr=0.1']);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      [
        'Trained 1 step on 3 rows (full batch, learning rate 0.1)',
        'mean loss 27.666666666666668 → 0.33185185185185256',
        '',
        'parameter\tvalue',
        'w\t2.266666666666667',
        'b\t1',
        '',
      ].join('\n'),
    );
  });

  it('parseTrainSpec reads every field', () => {
    expect(parseTrainSpec(' steps = 10 , lr=0.5,batch=4,seed=-3,tol=1e-9')).toEqual({
      steps: 10,
      learningRate: 0.5,
      batchSize: 4,
      seed: -3,
      tolerance: 1e-9,
    });
  });
});

describe('cli --train in a real process', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cli-train-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads the CSV file and prints the JSON contract', () => {
    const csv = join(scratch, 'data.csv');
    writeFileSync(csv, WORKED_EXAMPLE.csv);
    const stdout = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', LINE, '--data', csv, '--train', 'steps=3,lr=0.1', '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const body = JSON.parse(stdout);
    expect(body).toMatchObject({ ok: true, steps: 3 });
    expect(body.loss).toHaveLength(4);
  });
});
