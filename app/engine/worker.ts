// The engine's worker: a thin shim around EngineSession from src/, which Node tests call directly.
// Besides answers it says when it is ready, how far it is with a request (between phases: the
// engine is synchronous, so it cannot speak during one), and on request it holds a Web Lock for
// as long as it lives, which the page watches to learn at once that it died.
import {
  type EngineCommand,
  type EngineNotice,
  type EngineResponse,
  EngineSession,
  toWire,
} from '../../src/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const say = (message: EngineNotice) => self.postMessage(message);
/** Answers travel with their layouts in typed arrays, handed over rather than copied. */
const answer = (response: EngineResponse) => {
  const { message, transfer } = toWire(response);
  self.postMessage(message, transfer);
};
const session = new EngineSession();
let refinement: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<EngineCommand>) => {
  const command = event.data;
  if (command.type === 'watch') {
    // The callback's promise never settles: the lock is released only when this worker ends.
    self.navigator.locks?.request(command.lock, () => {
      say({ type: 'holding', lock: command.lock });
      return new Promise<never>(() => {});
    });
    return;
  }
  // A newer request makes a pending refinement pointless: drop it.
  clearTimeout(refinement);
  const { id } = command;
  say({ type: 'progress', id, phase: 'started' });
  answer(session.handle(command, (phase) => say({ type: 'progress', id, phase })));
  // Refine a large graph's draft layout only after a quiet moment, so typing stays responsive.
  refinement = setTimeout(() => {
    if (!session.refinementPending) return;
    say({ type: 'progress', id, phase: 'refining' });
    const refined = session.refine();
    if (refined) answer(refined);
  }, 300);
};

say({ type: 'ready' });
