import type { Catalog } from './catalog.ts';
import type { DATA_TABLE_EN } from './dataTable.en.ts';

export const dataTableZh: Catalog<typeof DATA_TABLE_EN> = {
  title: '训练',
};
