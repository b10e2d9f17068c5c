import { useTranslation } from '../i18n/i18n.ts';
import { headerNames } from './config.ts';

interface RolesLineProps {
  /** The program's inputs, in order. */
  readonly inputs: readonly string[];
  /** The data's CSV text: its header names the data inputs. */
  readonly data: string;
  readonly fixed: readonly string[];
  readonly onFixed: (fixed: readonly string[]) => void;
}

/**
 * What each input is in training: data (a column of the table), a parameter (trained), or
 * fixed (a checkbox on each input that is not data holds it where it is).
 */
export function RolesLine({ inputs, data, fixed, onFixed }: RolesLineProps) {
  const { t } = useTranslation();
  const columns = new Set(headerNames(data));
  return (
    <fieldset className="training-roles">
      <legend>{t('training.roles')}</legend>
      <ul>
        {inputs.map((name) => {
          const isData = columns.has(name);
          const isFixed = !isData && fixed.includes(name);
          const role = isData ? 'data' : isFixed ? 'fixed' : 'parameter';
          return (
            <li key={name} className={`role role-${role}`}>
              <var>{name}</var>{' '}
              {isData ? (
                <span className="role-name">{t('training.roleData')}</span>
              ) : (
                <label>
                  <input
                    type="checkbox"
                    checked={isFixed}
                    aria-label={t('training.fixedLabel', { name })}
                    onChange={(event) =>
                      onFixed(
                        event.currentTarget.checked
                          ? [...fixed, name]
                          : fixed.filter((other) => other !== name),
                      )
                    }
                  />{' '}
                  <span className="role-name">
                    {isFixed ? t('training.roleFixed') : t('training.roleParameter')}
                  </span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
