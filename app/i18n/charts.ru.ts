import type { Catalog } from './catalog.ts';
import type { CHARTS_EN } from './charts.en.ts';

export const chartsRu: Catalog<typeof CHARTS_EN> = {
  title: 'Обучение',
};
