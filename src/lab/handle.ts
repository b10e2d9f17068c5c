import { phrase } from '../phrases/index.ts';
import { growthPoints } from './growth.ts';
import { measureCheckpoints, measureJacobian } from './jacobian.ts';
import { measureProgram } from './measure.ts';
import type { LabRequest, LabResponse } from './protocol.ts';
import type { Clock } from './timing.ts';

/**
 * The lab worker's whole job, pure apart from the clock: times the methods on a program
 * (posting progress through `onProgress`) or counts a family's growth. Synchronous, so the page
 * cancels by terminating the worker. Never throws: failures come back as data.
 */
export function handleLab(
  request: LabRequest,
  clock: Clock,
  onProgress: (message: LabResponse) => void = () => {},
): LabResponse {
  try {
    if (request.type === 'measure') return measureProgram(request, clock, onProgress);
    if (request.type === 'jacobian') return measureJacobian(request, clock);
    if (request.type === 'checkpoint') return measureCheckpoints(request, clock);
    return {
      type: 'growth',
      id: request.id,
      family: request.family,
      points: growthPoints(request.family, request.sizes),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { type: 'failed', id: request.id, phrase: phrase('engine.labFailed', { detail }) };
  }
}
