// English for the checkpoint panel; zh and ru in checkpoint.zh.ts, checkpoint.ru.ts.
export const CHECKPOINT_EN = {
  title: 'Store or recompute',
} as const;
