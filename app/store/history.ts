import type { StateCreator } from 'zustand';
import type { SharedState } from './program.ts';
import { sharedView, viewFromShared } from './sharedView.ts';
import type { AppState } from './state.ts';

// The undo history: snapshots of what a person changed (the program, input values, mode, seeds
// and the view a link carries), taken before each change. A small slice of our own rather than
// zundo: it would record every `set`, engine answers and playback steps included, and we would
// still need the grouping and filtering below.

/** Consecutive edits of one kind closer together than this form one undo step. */
export const GROUP_PAUSE_MS = 1000;
/** The most undo steps kept; the oldest go first. */
export const HISTORY_LIMIT = 100;
/**
 * The most program text (characters, counting a text once where neighbouring steps share it)
 * the history keeps: one step of a 2,000,000-character program is 4 MB.
 */
export const HISTORY_TEXT_BUDGET = 10_000_000;

/** What undo restores: a program, its input values and the view, step included (not `follow`). */
export type Snapshot = SharedState;

/**
 * Which edits may merge into one step: typing, changing one input (`input:x`), or a training
 * run's reports moving the parameters (one run, one step).
 */
export type ChangeGroup = 'typing' | 'training' | `input:${string}`;

export interface HistorySlice {
  /** Older states, the newest last. */
  readonly past: readonly Snapshot[];
  /** States undone, the next to redo last. */
  readonly future: readonly Snapshot[];
  /** The step that further edits of the same group merge into, and when it last changed. */
  readonly openGroup: { readonly group: ChangeGroup; readonly at: number } | null;
  undo(): void;
  redo(): void;
}

/** The state a snapshot holds, as a link would carry it. */
export function snapshotOf(state: AppState): Snapshot {
  const { follow: _follow, ...view } = sharedView(state);
  return { source: state.source, overrides: state.overrides, view };
}

/** Equal apart from the step: moving through the trace is not a change worth undoing. */
function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  const { step: _a, ...viewA } = a.view ?? {};
  const { step: _b, ...viewB } = b.view ?? {};
  return (
    a.source === b.source &&
    shallowEqual(a.overrides, b.overrides) &&
    JSON.stringify(viewA) === JSON.stringify(viewB)
  );
}

function shallowEqual(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** The fields that restore `snapshot`: playback stops, the `follow` preference stays. */
function restore(snapshot: Snapshot): Partial<AppState> {
  const { follow: _follow, ...view } = viewFromShared(snapshot.view);
  return { source: snapshot.source, overrides: snapshot.overrides, ...view };
}

export interface ChangeOptions {
  /** Edits of the same group within GROUP_PAUSE_MS of each other merge into one step. */
  readonly group?: ChangeGroup;
  /** Starts a new step even inside an open group (a new word is typed). */
  readonly newStep?: boolean;
}

/**
 * `change`, plus the history fields that record it as an undo step:
 * 1. a change that leaves the snapshot as it is (a step, playback) is not recorded;
 * 2. an edit of the open group, soon enough after its last edit, extends that step;
 * 3. otherwise the state before it becomes a new step, and the redo states are dropped.
 */
export function withHistory(
  state: AppState,
  change: Partial<AppState>,
  options: ChangeOptions = {},
): Partial<AppState> {
  const before = snapshotOf(state);
  if (sameSnapshot(before, snapshotOf({ ...state, ...change }))) return change;
  const now = Date.now();
  const { group, newStep = false } = options;
  const open = state.openGroup;
  const openGroup = group ? { group, at: now } : null;
  if (!newStep && group && open?.group === group && now - open.at < GROUP_PAUSE_MS)
    return { ...change, openGroup };
  return { ...change, past: capped([...state.past, before]), future: [], openGroup };
}

/** The newest steps within HISTORY_LIMIT and HISTORY_TEXT_BUDGET. */
export function capped(past: readonly Snapshot[]): readonly Snapshot[] {
  let text = 0;
  let first = past.length;
  while (first > 0 && past.length - first < HISTORY_LIMIT) {
    const snapshot = past[first - 1]!;
    if (snapshot.source !== past[first]?.source) text += snapshot.source.length;
    if (text > HISTORY_TEXT_BUDGET && first < past.length) break;
    first--;
  }
  return first === 0 ? past : past.slice(first);
}

/** Past this length, typing is grouped by pauses alone: finding the edit costs a scan. */
export const WORD_GROUPING_LIMIT = 100_000;

/** Does this edit type the first character of a word (after a space or a line break)? */
export function startsWord(before: string, after: string): boolean {
  if (after.length !== before.length + 1 || before.length > WORD_GROUPING_LIMIT) return false;
  let i = 0;
  while (i < before.length && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  return i > 0 && /\s/.test(after[i - 1]!) && /\S/.test(after[i]!);
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  openGroup: null,
  // Undo and redo set the restored fields directly: they never record a step themselves.
  undo: () => {
    const state = get();
    const previous = state.past.at(-1);
    if (!previous) return;
    set({
      ...restore(previous),
      past: state.past.slice(0, -1),
      future: [...state.future, snapshotOf(state)],
      openGroup: null,
    });
  },
  redo: () => {
    const state = get();
    const next = state.future.at(-1);
    if (!next) return;
    set({
      ...restore(next),
      past: capped([...state.past, snapshotOf(state)]),
      future: state.future.slice(0, -1),
      openGroup: null,
    });
  },
});
