import type { Catalog } from './catalog.ts';
import type { TRAINING_EN } from './training.en.ts';

export const trainingRu: Catalog<typeof TRAINING_EN> = {
  title: 'Обучение',
  intro:
    'Градиентный спуск: каждый шаг запускает программу на каждой строке данных (или мини-пакете), усредняет градиент потерь и сдвигает каждый параметр против него, <var>w ← w − η·∂C/∂w</var>.',
  noData:
    'Для обучения нужны данные: таблица, столбцы которой названы как входы программы (они принимают значения каждой строки); остальные входы — параметры, которые она обучает. Выход программы — потери на одной строке.',
  addData: 'Добавить данные',
  removeData: 'Убрать данные',
  examples: 'Или загрузите пример обучения из меню «Примеры».',
  roles: 'Роли входов',
  roleData: 'данные',
  roleParameter: 'параметр',
  roleFixed: 'фиксирован',
  fixedLabel: 'Фиксировать {{name}}',
  learningRate: 'Скорость обучения',
  batchSize: 'Размер пакета',
  batchAll: 'все строки',
  seed: 'Зерно',
  steps: 'Шагов за запуск',
  tolerance: 'Остановить при потерях ниже',
  toleranceNone: 'нет',
  trainStep: 'Шаг обучения',
  train: 'Обучать',
  pause: 'Пауза',
  resetParameters: 'Сбросить параметры',
  progress: 'Шаг {{step, number}}: средние потери {{loss}}',
  progressRunning: 'Обучение… шаг {{step, number}}: средние потери {{loss}}',
  notStarted:
    'Обучение ещё не начато: средние потери при начальных значениях появятся с первым шагом.',
  resumed: 'Сделано шагов: {{step, number}}. Кривые начинаются отсюда заново.',
  paused: 'Пауза.',
  lastStep: 'Последний шаг (шаг {{step, number}}, η = {{rate}}, среднее по: {{rows}}):',
  rows_one: '{{count, number}} строка',
  rows_few: '{{count, number}} строки',
  rows_many: '{{count, number}} строк',
  rows_other: '{{count, number}} строки',
  updateRule: '{{name}} ← {{name}} − η·{{gradient}} = {{before}} − {{rate}}·{{value}} = {{after}}',
  graphUpdate: '{{name}} ← {{name}} − η·{{adjoint}} = {{before}} − {{rate}}·{{value}} = {{after}}',
  graphUpdateRule:
    'Градиентный спуск только по этой строке (размер пакета 1): каждый параметр сдвигается против своей производной, умноженной на скорость обучения η.',
  graphUpdateSentence:
    'Обновление {{name}}: {{before}} минус {{rate}}, умноженное на {{value}}, даёт {{after}}.',
  showRow: 'Строка для показа на графе',
  showOnGraph: 'Показать на графе',
  scale: 'Шкала потерь',
  scaleLinear: 'линейная',
  scaleLog: 'логарифмическая',
  stored:
    'Данные длинные ({{count, number}} символов), поэтому хранятся в хранилище этого браузера: ссылка отсюда несёт программу и настройки, но не данные.',
  missing: 'Ссылка указывает на данные из хранилища другого браузера; здесь их нет.',
};
