import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { EXAMPLES } from './examples.ts';

const selectLoad = (s: AppState) => s.loadShared;

/** The Examples menu: choosing one replaces the program, its input values and the view. */
export function ExamplesMenu() {
  const loadShared = useAppStore(selectLoad);
  const onLoad = (source: string) => loadShared({ source, overrides: {} });
  return (
    <label className="examples-menu">
      Examples{' '}
      <select
        aria-label="Examples"
        value=""
        onChange={(event) => {
          const example = EXAMPLES.find((e) => e.id === event.currentTarget.value);
          if (example) onLoad(example.source);
        }}
      >
        <option value="" disabled>
          Load an example…
        </option>
        {EXAMPLES.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
    </label>
  );
}
