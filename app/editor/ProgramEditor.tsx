import { useAppStore } from '../store/context.tsx';
import { selectHasErrors, selectSetSource, selectSource } from '../store/selectors.ts';
import { DIAGNOSTICS_ID, Diagnostics } from './Diagnostics.tsx';

/** The program text, with its problems listed under it. */
export function ProgramEditor() {
  const source = useAppStore(selectSource);
  const setSource = useAppStore(selectSetSource);
  const hasErrors = useAppStore(selectHasErrors);
  return (
    <section className="panel editor">
      <label htmlFor="program" className="panel-title">
        Program
      </label>
      <p className="hint" id="program-hint">
        One statement a line. <code>a = 2</code> declares an input, <code>c = a + b</code> names a
        step, and the last line is the output.
      </p>
      <textarea
        id="program"
        className="program"
        value={source}
        onChange={(event) => setSource(event.target.value)}
        rows={9}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        aria-invalid={hasErrors}
        aria-describedby={hasErrors ? `program-hint ${DIAGNOSTICS_ID}` : 'program-hint'}
      />
      <Diagnostics />
    </section>
  );
}
