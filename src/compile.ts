import { type BuildOptions, buildGraph, type Graph } from './graph/index.ts';
import { type Diagnostic, parseProgram } from './syntax/index.ts';

export type CompileResult =
  | { readonly ok: true; readonly graph: Graph; readonly outputName: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Program text to computational graph: parse, check, build. Diagnostics instead of throwing. */
export function compile(source: string, options: BuildOptions = {}): CompileResult {
  const parsed = parseProgram(source);
  if (parsed.diagnostics.length > 0) return { ok: false, diagnostics: parsed.diagnostics };
  return buildGraph(parsed.program, options);
}
