import type { StateCreator } from 'zustand';
import { withHistory } from './history.ts';
import type { SharedState } from './program.ts';
import type { AppState } from './state.ts';

/** Input values the user set by hand; they override the program's starting values. */
export interface InputsSlice {
  readonly overrides: Readonly<Record<string, number>>;
  /** Sets a value: changes of one input close together (a slider drag) are one undo step. */
  setInput(name: string, value: number): void;
  /** Forgets the user's value: the input takes the program's starting value again. */
  resetInput(name: string): void;
}

export const createInputsSlice =
  (initial: SharedState): StateCreator<AppState, [], [], InputsSlice> =>
  (set, get) => ({
    overrides: initial.overrides,
    setInput: (name, value) => {
      if (get().overrides[name] === value) return;
      const overrides = { ...get().overrides, [name]: value };
      set(withHistory(get(), { overrides }, { group: `input:${name}` }));
    },
    resetInput: (name) => {
      if (!Object.hasOwn(get().overrides, name)) return;
      const { [name]: _removed, ...rest } = get().overrides;
      set(withHistory(get(), { overrides: rest }));
    },
  });
