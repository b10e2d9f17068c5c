import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/context.tsx';
import { selectDiagnostics } from '../store/selectors.ts';
import { caretSnippet } from './caret.ts';

/** The id of the alert, for the editor's aria-describedby. */
export const DIAGNOSTICS_ID = 'diagnostics';

/** More than this many problems are summarised in one line. */
const SHOWN_DIAGNOSTICS = 20;

/** The program's problems, each as `line:column  message` with a caret under the place. */
export function Diagnostics() {
  const { diagnostics, source } = useAppStore(useShallow(selectDiagnostics));
  if (diagnostics.length === 0) return null;
  const hidden = diagnostics.length - SHOWN_DIAGNOSTICS;
  return (
    <div role="alert" id={DIAGNOSTICS_ID} className="diagnostics">
      <ul>
        {diagnostics.slice(0, SHOWN_DIAGNOSTICS).map((d, index) => {
          const snippet = caretSnippet(source, d);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no identity of their own
            <li key={index}>
              <span className="position">
                {d.line}:{d.column}
              </span>
              {'  '}
              <span className="message">{d.message}</span>
              <pre className="snippet" aria-hidden="true">
                {snippet.text}
                {'\n'}
                <span className="caret">{snippet.caret}</span>
              </pre>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p>…and {hidden} more.</p>}
    </div>
  );
}
