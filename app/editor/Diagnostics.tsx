import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DiagnosticView } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { caretSnippet, sourceLines } from './caret.ts';

/** The id of the alert, for the editor's aria-describedby. */
export const DIAGNOSTICS_ID = 'diagnostics';

/** Problems after this many are summarised in one line (the engine sends no more than this). */
export const SHOWN_DIAGNOSTICS = 100;

const selectProblems = (s: AppState) => ({
  diagnostics: s.diagnostics,
  count: s.diagnosticCount,
  source: s.answeredSource,
});

/** The program's problems, each as `line:column  message` with a caret under the place. */
export function Diagnostics() {
  const { diagnostics, count, source } = useAppStore(useShallow(selectProblems));
  if (diagnostics.length === 0) return null;
  return <DiagnosticList diagnostics={diagnostics} count={count} source={source} />;
}

/** The list itself: the first SHOWN_DIAGNOSTICS problems, then how many more there are. */
export function DiagnosticList(props: {
  readonly diagnostics: readonly DiagnosticView[];
  /** How many problems there are in all; more than `diagnostics.length` when the engine cut. */
  readonly count: number;
  readonly source: string;
}) {
  const { t } = useTranslation();
  const say = useSay();
  const { diagnostics, source } = props;
  const lineAt = useMemo(() => sourceLines(source), [source]);
  const shown = diagnostics.slice(0, SHOWN_DIAGNOSTICS);
  const hidden = Math.max(props.count, diagnostics.length) - shown.length;
  return (
    <div role="alert" id={DIAGNOSTICS_ID} className="diagnostics">
      <ul>
        {shown.map((d, index) => {
          const snippet = caretSnippet(source, d, lineAt);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no identity of their own
            <li key={index}>
              <span className="position">
                {d.line}:{d.column}
              </span>
              {'  '}
              <span className="message">{say(d.phrase)}</span>
              <pre className="snippet" aria-hidden="true">
                {snippet.text}
                {'\n'}
                <span className="caret">{snippet.caret}</span>
              </pre>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p>{t('diagnostics.more', { count: hidden })}</p>}
    </div>
  );
}
