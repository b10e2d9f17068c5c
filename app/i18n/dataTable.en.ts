// English for the dataTable strings of the Training panel; zh and ru in dataTable.zh.ts, dataTable.ru.ts.
export const DATA_TABLE_EN = {
  title: 'Training',
} as const;
