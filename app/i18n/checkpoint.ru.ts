import type { Catalog } from './catalog.ts';
import type { CHECKPOINT_EN } from './checkpoint.en.ts';

export const checkpointRu: Catalog<typeof CHECKPOINT_EN> = {
  title: 'Хранить или пересчитывать',
};
