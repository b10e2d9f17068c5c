import { type BuildOptions, buildGraph, type Graph } from './graph/index.ts';
import { type Diagnostic, parseProgram } from './syntax/index.ts';

export type CompileResult =
  | { readonly ok: true; readonly graph: Graph; readonly outputName: string }
  | {
      readonly ok: false;
      /** The first MAX_DIAGNOSTICS problems by position. */
      readonly diagnostics: readonly Diagnostic[];
      /** How many problems there are in all. */
      readonly diagnosticCount: number;
    };

/** Program text to computational graph: parse, check, build. Diagnostics instead of throwing. */
export function compile(source: string, options: BuildOptions = {}): CompileResult {
  const parsed = parseProgram(source);
  if (parsed.diagnosticCount > 0)
    return { ok: false, diagnostics: parsed.diagnostics, diagnosticCount: parsed.diagnosticCount };
  const built = buildGraph(parsed.program, options);
  return built.ok ? built : { ...built, diagnosticCount: built.diagnostics.length };
}
