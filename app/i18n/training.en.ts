// English for the training strings of the Training panel; zh and ru in training.zh.ts, training.ru.ts.
export const TRAINING_EN = {
  title: 'Training',
} as const;
