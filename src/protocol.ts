import { type Analysis, analyze, type DiagnosticView } from './analysis.ts';
import type { InputValues } from './eval/index.ts';

/** A message from the page to the engine. Every request carries an id; answers repeat it. */
export type EngineRequest = {
  readonly type: 'analyze';
  readonly id: number;
  readonly source: string;
  readonly inputs?: InputValues;
  readonly sharing?: boolean;
};

/** The engine's answer: results, the program's diagnostics, or an engine failure as data. */
export type EngineResponse =
  | { readonly type: 'analysis'; readonly id: number; readonly analysis: Analysis }
  | {
      readonly type: 'invalid';
      readonly id: number;
      readonly diagnostics: readonly DiagnosticView[];
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/**
 * Answers one request. Pure and synchronous: the worker shim calls it, and so do Node tests.
 * Never throws: an engine bug comes back as `{type: 'failed'}`.
 */
export function handle(request: EngineRequest): EngineResponse {
  const { id } = request;
  try {
    const result = analyze(request.source, {
      ...(request.inputs ? { inputs: request.inputs } : {}),
      ...(request.sharing !== undefined ? { sharing: request.sharing } : {}),
    });
    if (!result.ok) return { type: 'invalid', id, diagnostics: result.diagnostics };
    return { type: 'analysis', id, analysis: result.analysis };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'failed', id, message: `The engine failed: ${message}` };
  }
}
