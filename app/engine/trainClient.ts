import { dataError, phrase, type TrainRequest, type TrainResponse } from '../../src/index.ts';

/** The part of a Worker the training client uses; tests pass a fake. */
export interface TrainWorkerLike {
  postMessage(message: TrainRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A request without its id; the client assigns ids. */
export type TrainRequestBody<T extends TrainRequest['type']> = Omit<
  Extract<TrainRequest, { type: T }>,
  'id'
>;

const createTrainWorker = (): TrainWorkerLike =>
  new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module', name: 'training' });

/**
 * Talks to the training worker, started on first use. Runs and pictures are separate lines of
 * requests: only the answers to the newest of each are reported, so a new run (or a pause)
 * silences the reports of the one before. A worker that dies is reported as a refusal and
 * replaced by a new one at the next request.
 */
export class TrainClient {
  readonly #listener: (response: TrainResponse) => void;
  readonly #createWorker: () => TrainWorkerLike;
  #worker: TrainWorkerLike | null = null;
  #nextId = 0;
  #latestRun = 0;
  #latestViews = 0;

  constructor(
    listener: (response: TrainResponse) => void,
    options: { readonly createWorker?: () => TrainWorkerLike } = {},
  ) {
    this.#listener = listener;
    this.#createWorker = options.createWorker ?? createTrainWorker;
  }

  train(body: TrainRequestBody<'train'>): number {
    this.#latestRun = ++this.#nextId;
    this.#post({ ...body, id: this.#latestRun });
    return this.#latestRun;
  }

  /** Stops the run after its current slice; its reports stop at once. */
  pause(): void {
    this.#latestRun = ++this.#nextId;
    if (this.#worker) this.#post({ type: 'pause', id: this.#latestRun });
  }

  views(body: TrainRequestBody<'views'>): number {
    this.#latestViews = ++this.#nextId;
    this.#post({ ...body, id: this.#latestViews });
    return this.#latestViews;
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #post(request: TrainRequest): void {
    const worker = this.#worker ?? this.#start();
    worker.postMessage(request);
  }

  #start(): TrainWorkerLike {
    const worker = this.#createWorker();
    worker.onmessage = (event) => {
      if (worker !== this.#worker) return;
      const response = event.data as TrainResponse;
      const latest = response.type === 'views' ? this.#latestViews : this.#latestRun;
      // A refusal answers either line; it counts when it answers the newest of its own.
      if (
        response.id === latest ||
        (response.type === 'refused' && response.id === this.#latestViews)
      )
        this.#listener(response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
      this.dispose();
      const detail = event.message || 'stopped';
      this.#listener({
        type: 'refused',
        id: this.#latestRun,
        error: dataError(phrase('engine.failed', { detail })),
      });
    };
    this.#worker = worker;
    return worker;
  }
}
