// The lab's worker: a thin shim around handleLab from src/, which Node tests call directly.
// Progress goes out while the (synchronous) measurement runs; the page cancels by terminating.
import { handleLab, type LabRequest } from '../../src/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<LabRequest>) => {
  const clock = () => performance.now();
  self.postMessage(handleLab(event.data, clock, (message) => self.postMessage(message)));
};
