import type { Catalog } from './catalog.ts';
import type { en } from './en.ts';

// Русский. Terms as Russian textbooks use them: вычислительный граф, прямой/обратный режим,
// обратное распространение ошибки, цепное правило, автоматическое дифференцирование, частная
// производная, градиент. Plural forms: `_one` (1, 21), `_few` (2–4, 22), `_many` (5, 11),
// `_other` (fractions).

export const ru: Catalog<typeof en> = {
  bar: {
    language: 'Язык',
    theme: 'Тема',
    themeSystem: 'Как в системе',
    themeLight: 'Светлая',
    themeDark: 'Тёмная',
    undo: 'Отменить',
    redo: 'Вернуть',
    undoTitle: 'Отменить ({{keys}})',
    redoTitle: 'Вернуть ({{keys}})',
  },
  header: {
    intro:
      'Введите функцию и посмотрите её вычислительный граф, её значение и все производные в прямом и обратном режиме: автоматическое дифференцирование, на котором стоит обратное распространение ошибки.',
  },
  examples: {
    label: 'Примеры',
    load: 'Загрузить пример…',
    yours: 'Ваша программа (загрузить пример…)',
    colah: 'colah: (a+b)*(b+1)',
    apples: 'яблоки и налог',
    circuit: 'схема: (x + y) * z',
    max: 'вентиль max направляет градиент',
    neuron: 'сигмоидный нейрон',
    network: 'двухслойная сеть с функцией потерь',
    ladder: 'лестница из sin(x)*cos(x): много путей',
  },
  program: {
    title: 'Программа',
    hint: 'Одна инструкция на строке. <code>a = 2</code> объявляет вход, <code>c = a + b</code> даёт имя шагу, а последняя строка — выход.',
  },
  diagnostics: {
    more_one: '…и ещё {{count, number}} ошибка.',
    more_few: '…и ещё {{count, number}} ошибки.',
    more_many: '…и ещё {{count, number}} ошибок.',
    more_other: '…и ещё {{count, number}} ошибки.',
  },
  inputs: {
    title: 'Входы',
    waiting: 'Входы появятся, когда программа выполнится.',
    none: 'У этой программы нет входов.',
    reset: 'сбросить',
    resetName: 'Сбросить {{name}}',
    resetTitle: 'Взять значение из программы',
    limited:
      'Показаны первые {{shown, number}} из {{count, number}} входов; остальные меняйте в программе.',
  },
  output: {
    title: 'Выход',
    unnamed: 'выход',
    inputs_one: '{{count, number}} вход',
    inputs_few: '{{count, number}} входа',
    inputs_many: '{{count, number}} входов',
    inputs_other: '{{count, number}} входа',
    nodes_one: '{{count, number}} узел',
    nodes_few: '{{count, number}} узла',
    nodes_many: '{{count, number}} узлов',
    nodes_other: '{{count, number}} узла',
    edges_one: '{{count, number}} ребро',
    edges_few: '{{count, number}} ребра',
    edges_many: '{{count, number}} рёбер',
    edges_other: '{{count, number}} ребра',
    size: '{{inputs}}, {{nodes}}, {{edges}}',
  },
  status: {
    computing: 'Вычисление…',
    analysing_one: 'Анализ и раскладка {{count, number}} инструкции…',
    analysing_few: 'Анализ и раскладка {{count, number}} инструкций…',
    analysing_many: 'Анализ и раскладка {{count, number}} инструкций…',
    analysing_other: 'Анализ и раскладка {{count, number}} инструкции…',
    restarted: 'Вычислительное ядро было перезапущено.',
    failed: 'Сбой вычислительного ядра.',
    stored:
      'Эта программа ({{length, number}} симв.) слишком длинна для ссылки, поэтому она хранится в хранилище этого браузера: перезагрузка её восстановит, но скопированная ссылка её не передаст.',
    notStored:
      'Эта программа ({{length, number}} симв.) слишком длинна для ссылки, а хранилище этого браузера её не приняло: при перезагрузке она пропадёт. Сохраните её в файл.',
    missing:
      'Программа этой ссылки хранилась в хранилище браузера, где ссылку создали, а в этом браузере её нет.',
  },
  results: {
    waiting: 'Результаты появятся здесь, когда программа выполнится.',
    stale: 'Это результаты последней работавшей версии.',
  },
  mode: {
    label: 'Режим',
    values: 'Значения',
    forward: 'Прямой режим',
    reverse: 'Обратный режим',
    from: 'По',
    of: 'От',
    withRespectTo: 'Дифференцировать по',
    differentiate: 'Дифференцировать',
  },
  view: {
    orientation: 'Ориентация',
    automatic: 'Авто ({{shown}})',
    up: 'Снизу вверх',
    right: 'Слева направо',
    upLower: 'снизу вверх',
    rightLower: 'слева направо',
    collapse: 'Свернуть инструкции',
    notCollapsible: 'Здесь каждая инструкция — одна операция',
    tree: 'Дерево (без общих узлов)',
    follow: 'Следить за шагом',
  },
  stepper: {
    reset: 'Сброс',
    resetTitle: 'В начало (Home)',
    back: 'Назад',
    backTitle: 'Шаг назад (←)',
    play: 'Пуск',
    playTitle: 'Пуск (Пробел)',
    pause: 'Пауза',
    pauseTitle: 'Пауза (Пробел)',
    forward: 'Вперёд',
    forwardTitle: 'Шаг вперёд (→)',
    timeline: 'Шкала шагов',
    count: 'Шаг {{step, number}} из {{total, number}}',
    speed: 'Скорость',
    currentStep: 'Текущий шаг',
  },
  visualizer: {
    graph: 'Граф',
    noInputs: 'У этой программы нет входов, по которым можно дифференцировать.',
    noTrace:
      'В этом графе больше {{limit, number}} рёбер: результаты показаны без пошаговой анимации.',
    sameTree: 'Здесь нет общих подвыражений, поэтому дерево совпадает с графом.',
    layingOut: 'Раскладка графа…',
  },
  summary: {
    valuesDone: 'Прямой проход завершён: {{name}} = {{value}}.',
    forwardDone:
      'Прямой режим от {{seed}} выполнен за один проход: {{tangent}} = ∂{{out}}/∂{{seed}} = {{value}}; каждый узел показывает свою производную.',
    reverseDone:
      'Обратный режим выполнен за один проход: каждый узел показывает свою ∂{{seed}}/∂node; производные по входам — в таблице ниже.',
    valuesIntro:
      'Нажмите «Пуск» или «Вперёд», чтобы вычислить каждый узел по его операндам, начиная со входов.',
    forwardIntro:
      'Прямой режим начинается с {{seed}}: {{tangent}} = ∂{{seed}}/∂{{seed}} = 1, и идёт к выходу.',
    reverseIntro:
      'Обратный режим начинается с {{seed}}: {{adjoint}} = ∂{{seed}}/∂{{seed}} = 1, и идёт назад, ко входам.',
  },
  graph: {
    fit: 'Вписать',
    name: 'Вычислительный граф',
    canvasName:
      'Вычислительный граф из {{count, number}} узлов, нарисованный на холсте: выбирайте узлы в меню выше',
    canvasNote:
      'Граф больше чем из {{limit, number}} узлов рисуется на холсте, чтобы плавно сдвигать и масштабировать: щёлкните узел, чтобы выбрать его, или воспользуйтесь меню выше.',
    overview: 'Обзор всего графа: щёлкните, чтобы перейти туда',
    expand: 'Развернуть {{name}}',
    collapse: 'Свернуть {{name}}',
  },
  export: {
    svg: 'Экспорт SVG',
    png: 'Экспорт PNG',
    copyLink: 'Копировать ссылку',
    shareLink: 'Ссылка',
    copied: 'Ссылка скопирована',
    pressCopy: 'Нажмите Ctrl+C (⌘C), чтобы скопировать выделенную ссылку',
    failed: 'Не удалось экспортировать рисунок: {{message}}',
    saved: 'Сохранено: {{file}}',
    savedPng: 'Сохранено: {{file}} ({{width, number}} × {{height, number}} пикс.)',
    savedReduced:
      'Сохранено: {{file}} ({{width, number}} × {{height, number}} пикс.: уменьшено, так как браузеры не принимают изображения больше)',
  },
  tables: {
    derivativesOf: 'Производные <var>{{name}}</var>',
    derivativesNote:
      'Обратный режим находит их все за один обратный проход; прямому режиму нужен отдельный проход на каждый вход. Каждая производная — это сумма по всем путям от входа к <var>{{name}}</var> произведений локальных производных вдоль пути.',
    input: 'Вход',
    value: 'Значение',
    byReverse: '∂ обратным режимом',
    byForward: '∂ прямым режимом',
    pathsToOutput: 'Путей к выходу',
    leftOut: 'Пропущено: по проходу прямого режима на каждый вход — здесь слишком много работы',
    nodes: 'Узлы',
    nodesNote:
      'В порядке вычисления. Последний столбец — частная производная выхода <var>{{name}}</var> по каждому узлу, полученная за один обратный проход.',
    node: 'Узел',
    operation: 'Операция',
    warnings: 'Предупреждения',
    notDetailed:
      'В этом графе {{count, number}} узлов: значение и градиент выше точны, но узлы перечисляются только для графов не больше {{limit, number}} узлов.',
    showingNodes: 'Показаны первые {{shown, number}} из {{count, number}} узлов.',
    nodeDerivative: '∂output/∂node',
  },
};
