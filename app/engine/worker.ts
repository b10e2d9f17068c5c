// The engine's worker: a thin shim around the pure `handle` from src/, which Node tests call directly.
import { type EngineRequest, handle } from '../../src/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  self.postMessage(handle(event.data));
};
