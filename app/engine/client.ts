import type { EngineRequest, EngineResponse } from '../../src/protocol.ts';

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * What the client reports: the answer to the newest request; that it restarted the worker; or
 * that it gave up after restarting it MAX_RESTARTS_IN_A_ROW times without an answer (the next
 * request tries once more).
 */
export type EngineEvent =
  | { readonly type: 'response'; readonly response: EngineResponse }
  | { readonly type: 'restarted'; readonly reason: string }
  | { readonly type: 'stopped'; readonly reason: string };

/** A request without its id; the client assigns ids. */
export type EngineRequestBody = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'id'>
    : never
  : never;

export interface EngineClientOptions {
  /** How long the newest request may take before the worker is restarted. */
  readonly timeoutMs?: number;
  readonly createWorker?: () => WorkerLike;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Restarts without any answer in between before the client stops restarting the worker. */
export const MAX_RESTARTS_IN_A_ROW = 3;

const createEngineWorker = (): WorkerLike =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'engine' });

/**
 * Talks to the engine worker. Guarantees: ids increase; only the answer to the newest request is
 * reported (older ones are dropped); a worker that errors or does not answer the newest request
 * within the time limit is terminated, replaced, and a 'restarted' event is reported.
 */
export class EngineClient {
  readonly #listener: (event: EngineEvent) => void;
  readonly #timeoutMs: number;
  readonly #createWorker: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #latestId = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restartsInARow = 0;

  constructor(listener: (event: EngineEvent) => void, options: EngineClientOptions = {}) {
    this.#listener = listener;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#createWorker = options.createWorker ?? createEngineWorker;
  }

  /** Sends a request and returns its id; any earlier request's answer will be dropped. */
  request(body: EngineRequestBody): number {
    const id = ++this.#latestId;
    const worker = this.#worker ?? this.#start();
    worker.postMessage({ ...body, id });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#restart(`It did not answer within ${this.#timeoutMs / 1000} s.`);
    }, this.#timeoutMs);
    return id;
  }

  /** Stops the worker; the client can still be used again afterwards. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start(): WorkerLike {
    const worker = this.#createWorker();
    worker.onmessage = (event) => {
      if (worker !== this.#worker) return;
      this.#restartsInARow = 0;
      const response = event.data as EngineResponse;
      if (response.id !== this.#latestId) return;
      clearTimeout(this.#timer);
      this.#listener({ type: 'response', response });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
      this.#restart(event.message ? `It stopped with an error: ${event.message}` : 'It stopped.');
    };
    worker.onmessageerror = () => {
      if (worker !== this.#worker) return;
      this.#restart('It sent an answer that could not be read.');
    };
    this.#worker = worker;
    return worker;
  }

  #restart(reason: string): void {
    this.dispose();
    if (++this.#restartsInARow > MAX_RESTARTS_IN_A_ROW) {
      this.#listener({ type: 'stopped', reason });
      return;
    }
    this.#start();
    this.#listener({ type: 'restarted', reason });
  }
}
