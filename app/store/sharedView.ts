import type { SharedView } from './program.ts';
import type { ViewSlice } from './view.ts';

// Between the view slice and a link's view (SharedView): used by the URL sync, example loads and
// the undo history, so it sits apart from the slice (no import cycle with history.ts).

/** The slice's fields for a shared view (defaults where the link says nothing). */
export function viewFromShared(view: SharedView | undefined) {
  return {
    mode: view?.mode ?? 'values',
    forwardFrom: view?.forwardFrom ?? null,
    reverseFrom: view?.reverseFrom ?? null,
    step: view?.step ?? null,
    playing: false,
    sharing: !view?.tree,
    orientation: view?.orientation ?? null,
    collapse: view?.collapse ?? null,
    expanded: view?.expanded ?? [],
    follow: view?.follow ?? true,
  } satisfies Partial<ViewSlice>;
}

/** The view as a link carries it. */
export function sharedView(state: ViewSlice): SharedView {
  return {
    mode: state.mode,
    ...(state.forwardFrom !== null ? { forwardFrom: state.forwardFrom } : {}),
    ...(state.reverseFrom !== null ? { reverseFrom: state.reverseFrom } : {}),
    ...(state.step !== null ? { step: state.step } : {}),
    ...(state.sharing ? {} : { tree: true }),
    ...(state.orientation !== null ? { orientation: state.orientation } : {}),
    ...(state.collapse !== null ? { collapse: state.collapse } : {}),
    ...(state.expanded.length > 0 ? { expanded: state.expanded } : {}),
    ...(state.follow ? {} : { follow: false }),
  };
}
