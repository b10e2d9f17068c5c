// English for the charts strings of the Training panel; zh and ru in charts.zh.ts, charts.ru.ts.
export const CHARTS_EN = {
  title: 'Training',
} as const;
