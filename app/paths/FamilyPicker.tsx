import { useEffect, useState } from 'react';
import { clampSize, FAMILIES, type Family, type FamilyId, familyOf } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';

interface FamilyPickerProps {
  readonly family: Family;
  readonly size: number;
  /** A family and size were chosen: the panel loads that program. */
  readonly onChoose: (family: FamilyId, size: number) => void;
}

/** Choose a family (loads it at its usual size) or a size (loads on Enter or Load). */
export function FamilyPicker({ family, size, onChoose }: FamilyPickerProps) {
  const { t } = useTranslation();
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
        {t('paths.family')}{' '}
        <select
          aria-label={t('paths.family')}
          value={family.id}
          onChange={(event) => {
            const chosen = familyOf(event.currentTarget.value as FamilyId);
            onChoose(chosen.id, chosen.defaultSize);
          }}
        >
          {FAMILIES.map((f) => (
            <option key={f.id} value={f.id}>
              {t(`paths.families.${f.id}.title`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('paths.size')} <var>{family.sizeName}</var>{' '}
        <input
          type="number"
          aria-label={t('paths.size')}
          className="number-field family-size"
          min={family.min}
          max={family.max}
          step={family.step}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('paths.load')}</button>
      <span className="muted">
        {family.min}–{family.max} {t(`paths.families.${family.id}.unit`)}
      </span>
    </form>
  );
}
