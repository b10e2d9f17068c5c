import type { InputInfo } from '../../src/index.ts';
import type { AppState } from './state.ts';

// Selectors live at module scope so that components do not make new ones on every render.
// Those returning objects are used with `useShallow`.

const NO_INPUTS: readonly InputInfo[] = [];

export const selectSource = (s: AppState) => s.source;
export const selectSetSource = (s: AppState) => s.setSource;
export const selectHasErrors = (s: AppState) => s.diagnostics.length > 0;

export const selectDiagnostics = (s: AppState) => ({
  diagnostics: s.diagnostics,
  source: s.answeredSource,
});

export const selectResults = (s: AppState) => ({ analysis: s.analysis, stale: s.stale });

export const selectInputsPanel = (s: AppState) => ({
  ready: s.analysis !== null,
  inputs: s.analysis?.inputs ?? NO_INPUTS,
  overrides: s.overrides,
  setInput: s.setInput,
  resetInput: s.resetInput,
});

export const selectStatus = (s: AppState) => ({
  status: s.status,
  message: s.statusMessage,
  statements: s.status === 'working' ? statementCount(s.requestedSource) : 0,
});

/** The last program counted, and its count: selectors run at every change of the store. */
let counted: { source: string; count: number } = { source: '', count: 0 };

/** Lines that hold a statement (not blank, not only a comment): what the engine is working on. */
function statementCount(source: string): number {
  if (counted.source !== source) counted = { source, count: countStatements(source) };
  return counted.count;
}

function countStatements(source: string): number {
  let count = 0;
  for (const line of source.split(/\n|;/)) {
    const code = line.replace(/(#|\/\/).*$/, '').trim();
    if (code !== '') count++;
  }
  return count;
}
