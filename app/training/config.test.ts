import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, readTraining, type TrainingConfig, trainingParams } from './config.ts';

const nothingStored = () => undefined;
const hashOf = (parts: readonly string[]) => `#p=x&${parts.join('&')}`;

describe('training in the URL', () => {
  it('writes only what differs from the defaults', () => {
    const config: TrainingConfig = { ...DEFAULT_TRAINING, data: 'x,t\n1,3\n' };
    expect(trainingParams(config)).toEqual(['data=x%2Ct%0A1%2C3%0A']);
  });

  test.prop([
    fc.record(
      {
        data: fc.string(),
        learningRate: fc.double({ min: 1e-6, max: 100, noNaN: true }),
        batchSize: fc.integer({ min: 1, max: 1000 }),
        seed: fc.integer({ min: 0, max: 1e6 }),
        steps: fc.integer({ min: 1, max: 1e5 }),
        tolerance: fc.double({ min: 1e-12, max: 10, noNaN: true }),
        fixed: fc.array(fc.stringMatching(/^[a-z]\w{0,5}$/), { maxLength: 3 }),
        done: fc.integer({ min: 0, max: 1e6 }),
      },
      { requiredKeys: ['data', 'learningRate', 'steps', 'fixed', 'done'] },
    ),
  ])('reads back what it writes', (config) => {
    const read = readTraining(hashOf(trainingParams(config)), nothingStored).config;
    expect(read).toEqual(config);
  });

  it('names stored data by its key, and says when this browser lacks it', () => {
    const config: TrainingConfig = { ...DEFAULT_TRAINING, data: 'x\n1\n' };
    const hash = hashOf(trainingParams(config, 'k1'));
    expect(hash).toContain('ds=k1');
    expect(hash).not.toContain('data=');
    expect(readTraining(hash, (key) => (key === 'k1' ? 'x\n1\n' : undefined))).toEqual({
      config,
      storedKey: 'k1',
    });
    expect(readTraining(hash, nothingStored)).toEqual({
      config: null,
      storedKey: 'k1',
      missing: true,
    });
  });

  it('ignores malformed settings and keeps the data', () => {
    const read = readTraining(
      '#data=x%0A1&lr=-1&batch=0&run=abc&tol=NaN&trained=-3',
      nothingStored,
    );
    expect(read.config).toEqual({ ...DEFAULT_TRAINING, data: 'x\n1' });
  });

  it('has no training without data', () => {
    expect(readTraining('#p=x&lr=0.5', nothingStored).config).toBeNull();
  });
});
