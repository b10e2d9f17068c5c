// The training worker: a thin shim around TrainingSession from src/, which Node tests drive.
// Slices of steps run between macrotasks, so a pause or a newer request is heard mid-run.
import { TrainingSession, type TrainRequest } from '../../src/index.ts';

declare const self: DedicatedWorkerGlobalScope;

const session = new TrainingSession(
  (response) => self.postMessage(response),
  (next) => setTimeout(next, 0),
  () => performance.now(),
);

self.onmessage = (event: MessageEvent<TrainRequest>) => session.handle(event.data);
