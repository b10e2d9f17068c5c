// How a person set up training, as the URL carries it: the data (CSV text), the learning rate,
// the batch size and seed, how many steps a press of Train runs, the tolerance, the inputs held
// fixed, and how many steps are done. Parameters' values are input values: `at=` carries them.

export interface TrainingConfig {
  /** CSV text: a header of column names (inputs of the program), then rows of numbers. */
  readonly data: string;
  readonly learningRate: number;
  /** Rows per step; absent: every row (full batch). */
  readonly batchSize?: number;
  /** The minibatch shuffle's seed. */
  readonly seed?: number;
  /** Steps one press of Train runs at most. */
  readonly steps: number;
  /** Train stops once the mean loss is below this. */
  readonly tolerance?: number;
  /** Inputs held fixed: neither data nor trained. */
  readonly fixed: readonly string[];
  /** Steps done so far. */
  readonly done: number;
}

export const DEFAULT_TRAINING: Omit<TrainingConfig, 'data'> = {
  learningRate: 0.1,
  steps: 100,
  fixed: [],
  done: 0,
};

/** The hash parameters of training; urlSync keeps them as they are (they are ours). */
export const TRAINING_PARAMS = [
  'data',
  'ds',
  'lr',
  'batch',
  'seed',
  'run',
  'tol',
  'fixed',
  'trained',
] as const;

/** Data longer than this (percent-encoded) is kept in the browser's storage, not the URL. */
export const MAX_DATA_IN_URL = 8_000;

const encode = (text: string) => encodeURIComponent(text);

/**
 * The training part of a hash: `data=x%2Cy%0A1%2C2&lr=0.1&run=100` (only what differs from the
 * defaults), or with `storedKey` the data named by its storage key (`ds=`).
 */
export function trainingParams(config: TrainingConfig, storedKey?: string): string[] {
  const parts = [storedKey === undefined ? `data=${encode(config.data)}` : `ds=${storedKey}`];
  if (config.learningRate !== DEFAULT_TRAINING.learningRate)
    parts.push(`lr=${config.learningRate}`);
  if (config.batchSize !== undefined) parts.push(`batch=${config.batchSize}`);
  if (config.seed !== undefined) parts.push(`seed=${config.seed}`);
  if (config.steps !== DEFAULT_TRAINING.steps) parts.push(`run=${config.steps}`);
  if (config.tolerance !== undefined) parts.push(`tol=${config.tolerance}`);
  if (config.fixed.length > 0) parts.push(`fixed=${config.fixed.map(encode).join(',')}`);
  if (config.done > 0) parts.push(`trained=${config.done}`);
  return parts;
}

/** What a hash says of training: the config (data from `stored` for `ds=`), or null. */
export function readTraining(
  hash: string,
  stored: (key: string) => string | undefined,
): { config: TrainingConfig | null; storedKey?: string; missing?: boolean } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('ds') ?? undefined;
  const data = params.get('data') ?? (key !== undefined ? stored(key) : undefined);
  if (data === undefined || data === null)
    return { config: null, ...(key !== undefined ? { storedKey: key, missing: true } : {}) };
  const positive = (name: string) => {
    const x = Number(params.get(name));
    return params.has(name) && Number.isFinite(x) && x > 0 ? x : undefined;
  };
  const whole = (name: string, least: number) => {
    const text = params.get(name);
    return text !== null && /^\d+$/.test(text) && Number(text) >= least ? Number(text) : undefined;
  };
  const batchSize = whole('batch', 1);
  const seed = whole('seed', 0);
  const tolerance = positive('tol');
  const fixed = (params.get('fixed') ?? '').split(',').filter((n) => n.trim() !== '');
  const config: TrainingConfig = {
    data,
    learningRate: positive('lr') ?? DEFAULT_TRAINING.learningRate,
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(seed !== undefined ? { seed } : {}),
    steps: whole('run', 1) ?? DEFAULT_TRAINING.steps,
    ...(tolerance !== undefined ? { tolerance } : {}),
    fixed,
    done: whole('trained', 0) ?? 0,
  };
  return { config, ...(key !== undefined ? { storedKey: key } : {}) };
}

/** The header's column names, as parseCsv reads them (commas, or tabs from a spreadsheet). */
export function headerNames(csv: string): string[] {
  const header = csv.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const separator = header.includes('\t') && !header.includes(',') ? '\t' : ',';
  return header.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** The inputs training changes: neither data columns nor held fixed. */
export function parameterNames(inputs: readonly string[], config: TrainingConfig): string[] {
  const data = new Set(headerNames(config.data));
  return inputs.filter((name) => !data.has(name) && !config.fixed.includes(name));
}
