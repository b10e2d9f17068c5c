import { useEffect, useState } from 'react';
import { clampSize, FAMILIES, type Family, type FamilyId, familyOf } from '../../src/index.ts';

interface FamilyPickerProps {
  readonly family: Family;
  readonly size: number;
  /** A family and size were chosen: the panel loads that program. */
  readonly onChoose: (family: FamilyId, size: number) => void;
}

/** Choose a family (loads it at its usual size) or a size (loads on Enter or Load). */
export function FamilyPicker({ family, size, onChoose }: FamilyPickerProps) {
  const [draft, setDraft] = useState(String(size));
  useEffect(() => setDraft(String(size)), [size]);
  return (
    <form
      className="family-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(family.id, clampSize(family, Number(draft)));
      }}
    >
      <label>
        Family{' '}
        <select
          aria-label="Family"
          value={family.id}
          onChange={(event) => {
            const chosen = familyOf(event.currentTarget.value as FamilyId);
            onChoose(chosen.id, chosen.defaultSize);
          }}
        >
          {FAMILIES.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Size <var>{family.sizeName}</var>{' '}
        <input
          type="number"
          aria-label="Size"
          className="number-field family-size"
          min={family.min}
          max={family.max}
          step={family.step}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      </label>
      <button type="submit">Load</button>
      <span className="muted">
        {family.min}–{family.max} {family.sizeUnit}
      </span>
    </form>
  );
}
