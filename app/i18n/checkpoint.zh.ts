import type { Catalog } from './catalog.ts';
import type { CHECKPOINT_EN } from './checkpoint.en.ts';

export const checkpointZh: Catalog<typeof CHECKPOINT_EN> = {
  title: '存储还是重算',
};
