/**
 * Learning at once that a worker died, busy or not. A worker cannot answer while its synchronous
 * engine runs, so silence cannot tell "busy" from "dead" before the time limit. A Web Lock can:
 * the worker takes a lock and never lets go, the page asks for the same lock, and the browser
 * grants it to the page only when the worker ends (terminated, closed, or crashed).
 * Web Locks exist only in secure contexts (https, localhost); elsewhere there is no watch, and
 * the client falls back on silence between requests and the time limit.
 */
import type { EngineNotice } from '../../src/protocol.ts';

export interface LockWatch {
  /** Resolves true when the lock was released (its holder ended), false when cancelled. */
  readonly released: Promise<boolean>;
  cancel(): void;
}

/** Starts watching a lock, or returns null where this browser has no Web Locks. */
export type WatchLock = (name: string) => LockWatch | null;

export const watchLock: WatchLock = (name) => {
  const locks = globalThis.navigator?.locks;
  if (!locks) return null;
  const controller = new AbortController();
  const released = locks
    .request(name, { signal: controller.signal }, () => undefined)
    .then(
      () => true,
      () => false,
    );
  return { released, cancel: () => controller.abort() };
};

let locksNamed = 0;

/** A lock name no other worker of this page (or another tab) uses. */
export const newLockName = (): string =>
  `backprop-lens-engine-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++locksNamed}`;

/**
 * The silence rule: a worker that is ready and between requests (its last word was an answer)
 * must acknowledge ('started') a request it was sent within `silenceMs`, or it counts as dead.
 * Inside a phase there is no such rule: a synchronous phase may take seconds.
 */
export class SilenceWatch {
  #ready = false;
  #idle = true;
  #lastSent = 0;
  #lastStarted = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #silenceMs: number;
  readonly #onSilence: () => void;

  constructor(silenceMs = 0, onSilence: () => void = () => {}) {
    this.#silenceMs = silenceMs;
    this.#onSilence = onSilence;
  }

  /** Request `id` was posted to the worker. */
  sent(id: number): void {
    this.#lastSent = id;
    this.#check();
  }

  heard(notice: EngineNotice): void {
    if (notice.type === 'ready') this.#ready = true;
    if (notice.type === 'progress') {
      if (notice.phase === 'started') this.#lastStarted = notice.id;
      if (notice.phase === 'started' || notice.phase === 'refining') this.#idle = false;
    }
    this.#check();
  }

  /** The worker posted an answer (to any request, or a refined layout): it is between tasks. */
  answered(): void {
    this.#idle = true;
    this.#check();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #check(): void {
    const owes = this.#ready && this.#idle && this.#lastSent > this.#lastStarted;
    if (!owes) {
      this.stop();
      return;
    }
    if (this.#timer !== undefined) return;
    const armedAt = Date.now();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // A main thread blocked past the limit may not have read the acknowledgement yet: wait on.
      if (Date.now() - armedAt > this.#silenceMs * 1.5) this.#check();
      else this.#onSilence();
    }, this.#silenceMs);
  }
}
