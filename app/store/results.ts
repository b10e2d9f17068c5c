import type { StateCreator } from 'zustand';
import {
  type Analysis,
  type DiagnosticView,
  type Drawing,
  type Phrase,
  phrase,
} from '../../src/index.ts';
import type { EngineResponse, Seeds, ViewInfo } from '../../src/protocol.ts';
import type { AppState } from './state.ts';

/** What the engine is doing: nothing, computing, recovering from a restart, or broken. */
export type EngineStatus = 'idle' | 'working' | 'restarted' | 'failed';

/** The engine's latest answers and its status. */
export interface ResultsSlice {
  /** The newest analysis that succeeded: kept while the program has errors. */
  readonly analysis: Analysis | null;
  /** The nodes the derivative modes of `analysis` start from. */
  readonly seeds: Seeds;
  /** The layout of `analysis`'s graph (a draft may be replaced by a refined one). */
  readonly drawing: Drawing | null;
  /** How `analysis`'s graph is drawn (collapsed or not, what sharing there is). */
  readonly viewInfo: ViewInfo | null;
  /** True when `analysis` is not for the newest request (errors, failure or restart since). */
  readonly stale: boolean;
  /** The newest request's diagnostics (the engine sends the first 100); empty when it succeeded. */
  readonly diagnostics: readonly DiagnosticView[];
  /** How many problems the newest request's program has in all. */
  readonly diagnosticCount: number;
  /** The program text the newest answer is about (diagnostic spans point into it). */
  readonly answeredSource: string;
  readonly status: EngineStatus;
  /** Why the status is 'restarted' or 'failed'. */
  readonly statusMessage: Phrase | null;
  readonly requestedSource: string;
  /** A request for `source` was sent to the engine. */
  requestSent(source: string): void;
  /** The answer to the newest request arrived. */
  receive(response: EngineResponse): void;
  /** The engine was restarted; the newest request will not be answered. */
  engineRestarted(reason: Phrase): void;
  /** The engine kept failing and was not restarted again. */
  engineStopped(reason: Phrase): void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set, get) => ({
  analysis: null,
  seeds: { forward: -1, reverse: -1 },
  drawing: null,
  viewInfo: null,
  stale: false,
  diagnostics: [],
  diagnosticCount: 0,
  answeredSource: '',
  status: 'idle',
  statusMessage: null,
  requestedSource: '',
  requestSent: (source) => set({ requestedSource: source, status: 'working' }),
  receive: (response) => {
    const answeredSource = get().requestedSource;
    switch (response.type) {
      case 'analysis':
        set({
          analysis: response.analysis,
          seeds: response.seeds,
          drawing: response.drawing,
          viewInfo: response.view,
          pathsReport: response.paths ?? null,
          stale: false,
          diagnostics: [],
          diagnosticCount: 0,
          answeredSource,
          status: 'idle',
          statusMessage: null,
        });
        return;
      case 'invalid':
        set({
          stale: true,
          diagnostics: response.diagnostics,
          diagnosticCount: response.diagnosticCount ?? response.diagnostics.length,
          answeredSource,
          status: 'idle',
          statusMessage: null,
        });
        return;
      case 'drawing':
        // A refined layout for the graph on screen: swap positions, keep everything else.
        if (get().drawing?.structureKey === response.drawing.structureKey)
          set({ drawing: response.drawing });
        return;
      case 'failed':
        set({
          stale: true,
          diagnostics: [],
          diagnosticCount: 0,
          status: 'failed',
          statusMessage: response.phrase,
        });
        return;
    }
  },
  engineRestarted: (reason) => set({ stale: true, status: 'restarted', statusMessage: reason }),
  engineStopped: (reason) =>
    set({
      stale: true,
      status: 'failed',
      statusMessage: phrase('engine.stoppedWorking', { reason }),
    }),
});
