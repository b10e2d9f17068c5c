import type { Catalog } from './catalog.ts';
import type { DATA_TABLE_EN } from './dataTable.en.ts';

export const dataTableRu: Catalog<typeof DATA_TABLE_EN> = {
  title: 'Обучение',
};
