import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';

/** Why a column name is refused, as a key of the catalog; undefined when it is fine. */
export function nameProblem(
  name: string,
  taken: readonly string[],
): 'nameEmpty' | 'nameTaken' | 'nameSeparator' | undefined {
  const clean = name.trim();
  if (clean === '') return 'nameEmpty';
  if (/[,\t\r\n]/.test(clean)) return 'nameSeparator';
  if (taken.includes(clean)) return 'nameTaken';
  return undefined;
}

/**
 * An inline form asking for a column's name: Enter or the submit button accepts it, Escape or
 * Cancel leaves. A refused name says why, next to the field.
 */
export function NameForm(props: {
  readonly initial: string;
  /** Names already in use (the column being renamed left out). */
  readonly taken: readonly string[];
  /** Names to suggest: the program's inputs not yet columns. */
  readonly suggestions: readonly string[];
  readonly label: string;
  readonly submitLabel: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const listId = useId();
  const problemId = useId();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const problem = nameProblem(name, props.taken);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem === undefined) props.onSubmit(name.trim());
  };
  const shownProblem = tried || problem === 'nameTaken' || problem === 'nameSeparator';
  return (
    <form className="data-name-form" onSubmit={submit}>
      <input
        ref={field}
        className="data-name-field"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={name}
        aria-label={props.label}
        placeholder={props.label}
        aria-invalid={(shownProblem && problem !== undefined) || undefined}
        aria-describedby={shownProblem && problem ? problemId : undefined}
        list={props.suggestions.length > 0 ? listId : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onCancel();
          }
        }}
      />
      {props.suggestions.length > 0 && (
        <datalist id={listId}>
          {props.suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <button type="submit">{props.submitLabel}</button>
      <button type="button" onClick={props.onCancel}>
        {t('dataTable.cancel')}
      </button>
      {shownProblem && problem && (
        <span id={problemId} className="data-name-problem">
          {t(`dataTable.${problem}`, { name: name.trim() })}
        </span>
      )}
    </form>
  );
}
