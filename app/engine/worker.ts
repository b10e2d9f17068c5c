// The engine's worker: a thin shim around EngineSession from src/, which Node tests call directly.
import { type EngineRequest, EngineSession } from '../../src/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const session = new EngineSession();
let refinement: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  // A newer request makes a pending refinement pointless: drop it.
  clearTimeout(refinement);
  self.postMessage(session.handle(event.data));
  // Refine a large graph's draft layout only after a quiet moment, so typing stays responsive.
  refinement = setTimeout(() => {
    const refined = session.refine();
    if (refined) self.postMessage(refined);
  }, 300);
};
