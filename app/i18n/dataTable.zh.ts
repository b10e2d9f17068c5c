import type { Catalog } from './catalog.ts';
import type { DATA_TABLE_EN } from './dataTable.en.ts';

export const dataTableZh: Catalog<typeof DATA_TABLE_EN> = {
  title: '数据',
  rows_other: '{{count, number}} 行',
  columns_other: '{{count, number}} 列',
  row: '行',
  cell: '{{column}}，第 {{row, number}} 行',
  addRow: '添加行',
  removeRow: '删除第 {{row, number}} 行',
  addColumn: '添加列',
  newColumnName: '新列的名称',
  add: '添加',
  cancel: '取消',
  renameColumn: '重命名列 {{name}}',
  columnName: '列 {{name}} 的名称',
  rename: '重命名',
  removeColumn: '删除列 {{name}}',
  isInput: '输入',
  isInputTitle: '每一行的输入 {{name}} 取这一列的值。',
  notInput: '不是输入',
  notInputTitle: '{{name}} 不是程序的输入：请重命名或删除这一列。',
  nameEmpty: '请为这一列写一个名称。',
  nameTaken: '已有名为 {{name}} 的列。',
  nameSeparator: '列名中不能有逗号或制表符。',
  showing_other:
    '只显示前 {{shown, number}} 行（共 {{count, number}} 行）；其余请在“粘贴 CSV”中编辑。',
  paste: '粘贴 CSV',
  pasteHint:
    '第一行是列名，之后每个样本一行数字，用逗号或制表符分隔：从电子表格复制的内容可以直接粘贴。',
  csvText: 'CSV 文本',
  semicolons: '这些列似乎用分号分隔，这里不识别分号。',
  useCommas: '改用逗号和小数点',
  empty: '还没有数据：添加一列，以程序的某个输入命名，或者粘贴 CSV。',
};
