import type { Catalog } from './catalog.ts';
import type { DATA_TABLE_EN } from './dataTable.en.ts';

export const dataTableRu: Catalog<typeof DATA_TABLE_EN> = {
  title: 'Данные',
  rows_one: '{{count, number}} строка',
  rows_few: '{{count, number}} строки',
  rows_many: '{{count, number}} строк',
  rows_other: '{{count, number}} строки',
  columns_one: '{{count, number}} столбец',
  columns_few: '{{count, number}} столбца',
  columns_many: '{{count, number}} столбцов',
  columns_other: '{{count, number}} столбца',
  row: 'Строка',
  cell: '{{column}}, строка {{row, number}}',
  addRow: 'Добавить строку',
  removeRow: 'Удалить строку {{row, number}}',
  addColumn: 'Добавить столбец',
  newColumnName: 'Имя нового столбца',
  add: 'Добавить',
  cancel: 'Отмена',
  renameColumn: 'Переименовать столбец {{name}}',
  columnName: 'Имя столбца {{name}}',
  rename: 'Переименовать',
  removeColumn: 'Удалить столбец {{name}}',
  isInput: 'вход',
  isInputTitle: 'В каждой строке вход {{name}} берёт значение из этого столбца.',
  notInput: 'не вход',
  notInputTitle: '{{name}} — не вход программы: переименуйте столбец или удалите его.',
  nameEmpty: 'Напишите имя столбца.',
  nameTaken: 'Столбец с именем {{name}} уже есть.',
  nameSeparator: 'В имени столбца не может быть запятой или табуляции.',
  showing_one:
    'Показаны первые {{shown, number}} из {{count, number}} строки; остальные правьте в разделе «Вставить CSV».',
  showing_few:
    'Показаны первые {{shown, number}} из {{count, number}} строк; остальные правьте в разделе «Вставить CSV».',
  showing_many:
    'Показаны первые {{shown, number}} из {{count, number}} строк; остальные правьте в разделе «Вставить CSV».',
  showing_other:
    'Показаны первые {{shown, number}} из {{count, number}} строки; остальные правьте в разделе «Вставить CSV».',
  paste: 'Вставить CSV',
  pasteHint:
    'Строка заголовка с именами столбцов, затем по строке чисел на пример, через запятую или табуляцию: подойдёт и копия из электронной таблицы.',
  csvText: 'Текст CSV',
  semicolons: 'Похоже, столбцы разделены точкой с запятой, а она здесь не читается.',
  useCommas: 'Перейти на запятые и десятичные точки',
  empty: 'Данных пока нет: добавьте столбец с именем входа программы или вставьте CSV.',
};
