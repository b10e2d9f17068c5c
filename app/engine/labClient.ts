import { phrase } from '../../src/index.ts';
import type { LabRequest, LabResponse } from '../../src/protocol.ts';

/** The part of a Worker the lab client uses; tests pass a fake. */
export interface LabWorkerLike {
  postMessage(message: LabRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The lab's two jobs: timing the methods on a program, and counting a family's growth. */
export type LabChannel = 'measure' | 'growth';

/** A request without its id; the client assigns ids. */
export type LabRequestBody<T extends LabRequest['type']> = Omit<
  Extract<LabRequest, { type: T }>,
  'id'
>;

const createLabWorker = (): LabWorkerLike =>
  new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module', name: 'lab' });

/**
 * Talks to the lab workers: one times methods, one counts growth, so that a chart can be drawn
 * while a measurement runs (and the engine's own worker keeps answering the editor). Only
 * answers to each channel's newest request are reported. `cancel` terminates the measuring
 * worker mid-run; the next measurement starts a fresh one.
 */
export class LabClient {
  readonly #listener: (channel: LabChannel, response: LabResponse) => void;
  readonly #createWorker: () => LabWorkerLike;
  readonly #workers: Partial<Record<LabChannel, LabWorkerLike>> = {};
  readonly #latest: Record<LabChannel, number> = { measure: 0, growth: 0 };
  readonly #busy: Record<LabChannel, boolean> = { measure: false, growth: false };
  #nextId = 0;

  constructor(
    listener: (channel: LabChannel, response: LabResponse) => void,
    options: { readonly createWorker?: () => LabWorkerLike } = {},
  ) {
    this.#listener = listener;
    this.#createWorker = options.createWorker ?? createLabWorker;
  }

  /** Times every method on a program; a measurement still running is cancelled first. */
  measure(body: LabRequestBody<'measure'>): number {
    this.cancel();
    return this.#send('measure', { ...body, id: ++this.#nextId });
  }

  /** Times the whole Jacobian both ways; a measurement still running is cancelled first. */
  jacobian(body: LabRequestBody<'jacobian'>): number {
    this.cancel();
    return this.#send('measure', { ...body, id: ++this.#nextId });
  }

  /** Times reverse mode plain and with checkpoints; a measurement still running is cancelled. */
  checkpoint(body: LabRequestBody<'checkpoint'>): number {
    this.cancel();
    return this.#send('measure', { ...body, id: ++this.#nextId });
  }

  /** Counts a family's costs over sizes; an older growth answer will be dropped. */
  growth(body: LabRequestBody<'growth'>): number {
    return this.#send('growth', { ...body, id: ++this.#nextId });
  }

  /** Stops the running measurement, if any, by terminating its worker. */
  cancel(): void {
    if (this.#busy.measure) this.#stop('measure');
  }

  /** Terminates both workers; the client can still be used again afterwards. */
  dispose(): void {
    this.#stop('measure');
    this.#stop('growth');
  }

  #send(channel: LabChannel, request: LabRequest): number {
    const worker = this.#workers[channel] ?? this.#start(channel);
    this.#latest[channel] = request.id;
    this.#busy[channel] = true;
    worker.postMessage(request);
    return request.id;
  }

  #stop(channel: LabChannel): void {
    this.#workers[channel]?.terminate();
    delete this.#workers[channel];
    this.#busy[channel] = false;
  }

  #start(channel: LabChannel): LabWorkerLike {
    const worker = this.#createWorker();
    worker.onmessage = (event) => {
      const response = event.data as LabResponse;
      if (worker !== this.#workers[channel] || response.id !== this.#latest[channel]) return;
      if (response.type !== 'progress') this.#busy[channel] = false;
      this.#listener(channel, response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.#workers[channel]) return;
      const id = this.#latest[channel];
      this.#stop(channel);
      const failure = event.message
        ? phrase('engine.labStoppedWithError', { detail: event.message })
        : phrase('engine.labStopped');
      this.#listener(channel, { type: 'failed', id, phrase: failure });
    };
    this.#workers[channel] = worker;
    return worker;
  }
}
