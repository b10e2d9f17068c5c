// English for the jacobian panel; zh and ru in jacobian.zh.ts, jacobian.ru.ts.
export const JACOBIAN_EN = {
  title: 'Jacobian',
} as const;
