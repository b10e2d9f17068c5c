import type { InputValues } from '../eval/index.ts';
import type { FamilyId } from '../paths/families.ts';
import type { Method } from '../paths/methods.ts';
import type { Phrase } from '../phrases/index.ts';

/** Time every method on one program, from `from` (an input) to `to` (the output). */
export interface MeasureRequest {
  readonly type: 'measure';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
  readonly sharing?: boolean;
  readonly from: number;
  readonly to: number;
}

/** Exact costs of every method over a range of sizes of one family. */
export interface GrowthRequest {
  readonly type: 'growth';
  readonly id: number;
  readonly family: FamilyId;
  readonly sizes: readonly number[];
}

/** Time the program's whole Jacobian by forward mode (n passes) and by reverse mode (m). */
export interface JacobianTimesRequest {
  readonly type: 'jacobian';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
}

/** Time reverse mode stored whole against reverse mode with `checkpoints` checkpoints. */
export interface CheckpointTimesRequest {
  readonly type: 'checkpoint';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
  readonly checkpoints: number;
}

/** A message from the page to the lab worker. */
export type LabRequest =
  | MeasureRequest
  | GrowthRequest
  | JacobianTimesRequest
  | CheckpointTimesRequest;

/** A median time of one call and how many runs it is the median of. */
export interface MedianTime {
  readonly medianMs: number;
  readonly runs: number;
}

/** One method's measured time. */
export interface Timing {
  readonly method: Method;
  /** Median time of one call of the whole method, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
  readonly callsPerRun: number;
  /** True when the time is scaled up from a timed first part (the naive sum past its cap). */
  readonly estimated: boolean;
  /** The method's ∂to/∂from (NaN when it was not computed in full, or has no such input). */
  readonly result: number;
  /** For an estimate: paths actually summed in the timed part. */
  readonly pathsTimed?: number;
}

/** One size of a family: its path count and every method's total operations. */
export interface GrowthPoint {
  readonly size: number;
  readonly paths: string;
  /** Total operations by method (as numbers, for a log scale); null where not counted. */
  readonly totals: Readonly<Record<Method, number | null>>;
}

/** A message from the lab worker. */
export type LabResponse =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly method: Method;
      /** 0-based index of the method being timed, of `methods`. */
      readonly index: number;
      readonly methods: number;
      /** Runs done so far for this method. */
      readonly runs: number;
    }
  | {
      readonly type: 'measured';
      readonly id: number;
      readonly timings: readonly Timing[];
    }
  | {
      readonly type: 'growth';
      readonly id: number;
      readonly family: FamilyId;
      readonly points: readonly GrowthPoint[];
    }
  | {
      readonly type: 'jacobianTimes';
      readonly id: number;
      readonly forward: MedianTime;
      readonly reverse: MedianTime;
      /** Both modes' Jacobians summed to the same number (a check, not a result to show). */
      readonly agree: boolean;
    }
  | {
      readonly type: 'checkpointTimes';
      readonly id: number;
      readonly checkpoints: number;
      readonly plain: MedianTime;
      readonly checkpointed: MedianTime;
      /** The checkpointed pass's gradient equalled the plain pass's (a check). */
      readonly agree: boolean;
    }
  | { readonly type: 'failed'; readonly id: number; readonly phrase: Phrase };
