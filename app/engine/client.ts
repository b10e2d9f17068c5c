import { type Phrase, phrase } from '../../src/index.ts';
import {
  type EngineCommand,
  type EngineNotice,
  type EngineRequest,
  type EngineResponse,
  fromWire,
  type WireResponse,
} from '../../src/protocol.ts';
import { newLockName, SilenceWatch, type WatchLock, watchLock } from './liveness.ts';

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: EngineCommand): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * What the client reports: the answer to the newest request; that it restarted the worker (the
 * reason says whether it sent the newest request to the new one); or that it stopped: the newest program
 * failed twice, or the worker failed MAX_RESTARTS_IN_A_ROW times without an answer. After a
 * stop, the next request tries again.
 */
export type EngineEvent =
  | { readonly type: 'response'; readonly response: EngineResponse }
  | { readonly type: 'restarted'; readonly reason: Phrase }
  | { readonly type: 'stopped'; readonly reason: Phrase };

/** A request without its id; the client assigns ids. */
export type EngineRequestBody = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'id'>
    : never
  : never;

export interface EngineClientOptions {
  /** How long the newest request may take before the worker is restarted. */
  readonly timeoutMs?: number;
  /** How long an idle worker may leave a request unacknowledged before it counts as dead. */
  readonly silenceMs?: number;
  readonly createWorker?: () => WorkerLike;
  /** Watches a worker's liveness lock (see liveness.ts); null turns the watch off. */
  readonly watchLock?: WatchLock | null;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** An idle worker acknowledges a request within milliseconds; this leaves room for GC pauses. */
export const DEFAULT_SILENCE_MS = 2_000;
/** Restarts without any answer in between before the client stops restarting the worker. */
export const MAX_RESTARTS_IN_A_ROW = 3;
/** A request is sent at most this often: once, and once more after a restart. */
export const MAX_ATTEMPTS = 2;

const createEngineWorker = (): WorkerLike =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'engine' });

const NOTICES: ReadonlySet<string> = new Set<EngineNotice['type']>([
  'ready',
  'holding',
  'progress',
]);
const isNotice = (data: EngineNotice | WireResponse): data is EngineNotice =>
  NOTICES.has(data.type);

/** Answers about graphs of more nodes than this are put in the store in a task of their own. */
export const LARGE_ANSWER_NODES = 1000;

const isLarge = (response: EngineResponse) =>
  response.type === 'analysis' && response.analysis.nodeCount > LARGE_ANSWER_NODES;

/**
 * Talks to the engine worker. Guarantees: ids increase; only the answer to the newest request is
 * reported (older ones are dropped). A worker that errors, dies (its liveness lock is released),
 * leaves a request unacknowledged while idle for `silenceMs`, or does not answer the newest
 * request within `timeoutMs` is terminated and replaced; the newest unanswered request is sent
 * to the new worker, unless it was already sent MAX_ATTEMPTS times ('stopped' instead).
 *
 * What the worker's progress messages can mean: the engine is synchronous, so the worker speaks
 * only between phases. A worker that is between requests acknowledges a new one at once; one
 * inside a phase may rightly be silent for seconds, and only its death (the lock) or the time
 * limit ends the wait. A looping worker is indistinguishable from a busy one until the limit.
 */
export class EngineClient {
  readonly #listener: (event: EngineEvent) => void;
  readonly #timeoutMs: number;
  readonly #silenceMs: number;
  readonly #createWorker: () => WorkerLike;
  readonly #watchLock: WatchLock | null;
  #worker: WorkerLike | null = null;
  #latestId = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restartsInARow = 0;
  /** The newest request until it is answered, with how often it was sent. */
  #pending: { request: EngineRequest; attempts: number } | null = null;
  #silence = new SilenceWatch();
  #cancelWatch: () => void = () => {};

  constructor(listener: (event: EngineEvent) => void, options: EngineClientOptions = {}) {
    this.#listener = listener;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
    this.#createWorker = options.createWorker ?? createEngineWorker;
    this.#watchLock = options.watchLock === undefined ? watchLock : options.watchLock;
  }

  /** Sends a request and returns its id; any earlier request's answer will be dropped. */
  request(body: EngineRequestBody): number {
    const id = ++this.#latestId;
    this.#pending = { request: { ...body, id } as EngineRequest, attempts: 0 };
    this.#send(this.#worker ?? this.#start());
    return id;
  }

  /** Stops the worker; the client can still be used again afterwards. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#silence.stop();
    this.#cancelWatch();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #send(worker: WorkerLike): void {
    const pending = this.#pending!;
    pending.attempts++;
    worker.postMessage(pending.request);
    this.#silence.sent(pending.request.id);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#restart(phrase('engine.timedOut', { seconds: this.#timeoutMs / 1000 }));
    }, this.#timeoutMs);
  }

  #start(): WorkerLike {
    const worker = this.#createWorker();
    const current = () => worker === this.#worker;
    this.#silence = new SilenceWatch(this.#silenceMs, () => {
      if (current()) this.#restart(phrase('engine.stoppedAnswering'));
    });
    worker.onmessage = (event) => {
      if (!current()) return;
      const data = event.data as EngineNotice | WireResponse;
      if (isNotice(data)) {
        if (data.type === 'holding') this.#watch(worker, data.lock);
        this.#silence.heard(data);
        return;
      }
      this.#silence.answered();
      this.#restartsInARow = 0;
      if (data.id !== this.#latestId) return;
      if (data.type !== 'drawing') this.#pending = null;
      clearTimeout(this.#timer);
      const response = fromWire(data);
      if (!isLarge(response)) {
        this.#listener({ type: 'response', response });
        return;
      }
      // Reading a large answer (the structured clone, unpacking) and drawing it are two tasks,
      // so that a click or a key between them is handled at once; a newer request sent in
      // between makes this answer stale, as if it had come late.
      setTimeout(() => {
        if (current() && response.id === this.#latestId)
          this.#listener({ type: 'response', response });
      }, 0);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!current()) return;
      this.#restart(
        event.message
          ? phrase('engine.stoppedWithError', { detail: event.message })
          : phrase('engine.stopped'),
      );
    };
    worker.onmessageerror = () => {
      if (current()) this.#restart(phrase('engine.unreadable'));
    };
    this.#worker = worker;
    this.#cancelWatch = () => {};
    const lock = this.#watchLock ? newLockName() : null;
    if (lock) worker.postMessage({ type: 'watch', lock });
    return worker;
  }

  /** The worker holds `lock`: when the browser hands it to us, the worker has ended. */
  #watch(worker: WorkerLike, lock: string): void {
    const watch = this.#watchLock?.(lock);
    if (!watch) return;
    this.#cancelWatch = watch.cancel;
    void watch.released.then((released) => {
      if (released && worker === this.#worker) this.#restart(phrase('engine.stopped'));
    });
  }

  #restart(reason: Phrase): void {
    this.dispose();
    const pending = this.#pending;
    if (pending && pending.attempts >= MAX_ATTEMPTS) {
      this.#pending = null;
      this.#listener({
        type: 'stopped',
        reason: phrase('engine.notSentAgain', { reason }),
      });
      return;
    }
    if (++this.#restartsInARow > MAX_RESTARTS_IN_A_ROW) {
      this.#pending = null;
      this.#listener({ type: 'stopped', reason });
      return;
    }
    const worker = this.#start();
    if (pending) this.#send(worker);
    const reasonSaid = pending ? phrase('engine.sentAgain', { reason }) : reason;
    this.#listener({ type: 'restarted', reason: reasonSaid });
  }
}
