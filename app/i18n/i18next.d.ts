import 'i18next';
import type { en } from './en.ts';

// Typed keys: `t('stepper.play')` is checked against the English catalog by `tsc -b`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
