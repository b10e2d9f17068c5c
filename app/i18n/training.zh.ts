import type { Catalog } from './catalog.ts';
import type { TRAINING_EN } from './training.en.ts';

export const trainingZh: Catalog<typeof TRAINING_EN> = {
  title: '训练',
};
