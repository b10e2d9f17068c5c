interface ToggleProps {
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  /** Why it is disabled, as a tooltip. */
  readonly title?: string;
  readonly onChange: (checked: boolean) => void;
}

/** A labelled checkbox of the graph's view options. */
export function Toggle({ label, checked, disabled, title, onChange }: ToggleProps) {
  return (
    <label title={title}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />{' '}
      {label}
    </label>
  );
}
