import type { Catalog } from './catalog.ts';
import type { CHARTS_EN } from './charts.en.ts';

export const chartsZh: Catalog<typeof CHARTS_EN> = {
  title: '训练',
};
