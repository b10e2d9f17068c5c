// English for the Data editor of the Training panel (app/training/data); zh and ru in
// dataTable.zh.ts, dataTable.ru.ts.
export const DATA_TABLE_EN = {
  title: 'Data',
  rows_one: '{{count, number}} row',
  rows_other: '{{count, number}} rows',
  columns_one: '{{count, number}} column',
  columns_other: '{{count, number}} columns',
  row: 'Row',
  cell: '{{column}}, row {{row, number}}',
  addRow: 'Add row',
  removeRow: 'Remove row {{row, number}}',
  addColumn: 'Add column',
  newColumnName: 'New column name',
  add: 'Add',
  cancel: 'Cancel',
  renameColumn: 'Rename column {{name}}',
  columnName: 'Name of column {{name}}',
  rename: 'Rename',
  removeColumn: 'Remove column {{name}}',
  isInput: 'input',
  isInputTitle: 'Each row gives the input {{name}} its value from this column.',
  notInput: 'not an input',
  notInputTitle: '{{name}} is not an input of the program: rename the column or remove it.',
  nameEmpty: 'Write a name for the column.',
  nameTaken: 'There is already a column named {{name}}.',
  nameSeparator: 'A column name cannot hold a comma or a tab.',
  showing_one:
    'Showing the first {{shown, number}} of {{count, number}} row; edit the rest in Paste CSV.',
  showing_other:
    'Showing the first {{shown, number}} of {{count, number}} rows; edit the rest in Paste CSV.',
  paste: 'Paste CSV',
  pasteHint:
    'A header row of column names, then one row of numbers per example, separated by commas or tabs: a copy from a spreadsheet works.',
  csvText: 'CSV text',
  semicolons: 'These columns seem to be separated by semicolons, which are not read here.',
  useCommas: 'Use commas and decimal points',
  empty: 'No data yet: add a column named after an input of the program, or paste CSV.',
} as const;
