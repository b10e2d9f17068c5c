import type { ENGINE_EN } from '../../src/phrases/en.ts';
import type { Catalog } from './catalog.ts';

// Русский: what the engine says (narration, diagnostics, warnings, the paths verdict), with the
// terms of ru.ts: вычислительный граф, прямой/обратный режим, проход, инструкция, вход,
// локальная частная производная. Positions are «в позиции 1:3». Program text stays in ASCII
// quotes; prose uses «». Counts and numbers that are not `count` are written so that no noun
// has to agree with them. Plural forms: `_one` (1, 21), `_few` (2–4), `_many` (5, 11), `_other`.

export const engineRu: Catalog<typeof ENGINE_EN> = {
  narrate: {
    inputValue: 'Вход {{name}} равен {{value}}.',
    constantValue: 'Константа {{name}} равна {{value}}.',
    statementRule: 'Одна инструкция нарисована одним узлом: её операции вычисляются по очереди.',
    statementSentence: '{{name}} вычисляется по своей инструкции: {{value}}.',
    operationSentence: '{{name}} вычисляется по своим операндам: {{value}}.',
    seedRuleForward:
      'Прямой режим начинается с {{name}}: величина меняется вместе с самой собой один к одному.',
    seedRuleReverse:
      'Обратный режим начинается с {{name}}: величина меняется вместе с самой собой один к одному.',
    seedSentence: 'Начинаем с {{name}}: производная величины по самой себе равна 1.',
    rule: '{{definition}}, поэтому {{local}} = {{value}}',
    statementEdgeRule: '{{definition}}, поэтому {{local}} = {{value}} — через операции инструкции',
    poisonRule:
      '{{reason}}: значение не конечно, поэтому каждая производная вдоль этого ребра — NaN, даже если по нему приходит 0',
    poisonSentence: 'Локальная частная производная {{reason}} не конечна, поэтому вклад равен NaN.',
    nanArrives:
      'Приходит NaN: у одного из предыдущих рёбер пути локальная частная производная не конечна.',
    runningSum: '({{sum}} теперь {{value}})',
    forwardSentence:
      'По ребру из {{from}} в {{to}}: {{local}}, умноженное на {{incoming}}, добавляет {{contribution}} к производной {{to}} по {{seed}}; теперь она равна {{accumulated}}.',
    reverseSentence:
      'Назад по ребру из {{to}} в {{from}}: {{incoming}}, умноженное на {{local}}, добавляет {{contribution}} к производной {{seed}} по {{from}}; теперь она равна {{accumulated}}.',
    legendReverse:
      '{{symbol}} (читается «{{name}} с чертой») = {{partial}} — сумма по рёбрам, выходящим из {{name}}, которая накапливается по мере их прохождения. Подписи рёбер — локальные частные производные.',
    legendForward:
      '{{symbol}} (читается «{{name}} с точкой») = {{partial}} — сумма по рёбрам, входящим в {{name}}, которая накапливается по мере их прохождения. Подписи рёбер — локальные частные производные.',
    legendValues:
      'Каждый узел показывает, что он вычисляет, и своё значение; значения идут от входов к выходу.',
  },
  syntax: {
    tooLong: 'Длина программы — {{length}} симв.; предел — {{limit}} симв.',
    tooLongInput:
      'Программа из стандартного ввода длиннее предела в {{limit}} симв.; чтение на этом остановлено',
    empty: 'Программа пуста: введите выражение, например (a+b)*(b+1)',
    unexpectedCharacter_one: 'Неожиданный символ {{shown}} в позиции {{at}}',
    unexpectedCharacter_few: 'Неожиданные символы {{shown}} в позиции {{at}}',
    unexpectedCharacter_many: 'Неожиданные символы {{shown}} в позиции {{at}}',
    unexpectedCharacter_other: 'Неожиданные символы {{shown}} в позиции {{at}}',
    invalidNumberDots:
      "Неверное число '{{number}}' в позиции {{at}}; в числе может быть не больше одной десятичной точки",
    invalidNumberDigits:
      "Неверное число '{{number}}' в позиции {{at}}; после '{{after}}' ожидались цифры",
    unexpected: "Не ожидалось '{{token}}' в позиции {{at}}",
    unmatchedClose: "{{unexpected}}; нет '(', которую эта скобка закрывала бы",
    secondEquals: "{{unexpected}}; инструкция присваивает значение одному имени, как в 'c = a + b'",
    expectedOperator: "{{unexpected}}; ожидался знак операции, например '*', или конец инструкции",
    expectedClose: "{{unexpected}}; ожидалась ')', чтобы закрыть '(' в позиции {{open}}",
    expectedCommaOrClose:
      "{{unexpected}}; ожидалась ',' или ')', чтобы закрыть '(' в позиции {{open}}",
    missingClose: "Ожидалась ')', чтобы закрыть '(' в позиции {{open}}",
    endOfProgram: 'Неожиданный конец программы в позиции {{at}}; ожидалось выражение',
    endOfStatement: 'Неожиданный конец инструкции в позиции {{at}}; ожидалось выражение',
    endOfLine: 'Неожиданный конец строки в позиции {{at}}; ожидалось выражение',
    endOfProgramAfter:
      "Неожиданный конец программы в позиции {{at}}; после '{{after}}' ожидалось выражение",
    endOfStatementAfter:
      "Неожиданный конец инструкции в позиции {{at}}; после '{{after}}' ожидалось выражение",
    endOfLineAfter:
      "Неожиданный конец строки в позиции {{at}}; после '{{after}}' ожидалось выражение",
    unknownFunction: "Неизвестная функция '{{name}}' в позиции {{at}}",
    unknownFunctionSuggest:
      "Неизвестная функция '{{name}}' в позиции {{at}}; вы имели в виду '{{suggestion}}'?",
    wrongArity_one:
      'Неверное число аргументов в позиции {{at}}: {{name}} принимает {{count, number}} аргумент, а передано: {{given}}',
    wrongArity_few:
      'Неверное число аргументов в позиции {{at}}: {{name}} принимает {{count, number}} аргумента, а передано: {{given}}',
    wrongArity_many:
      'Неверное число аргументов в позиции {{at}}: {{name}} принимает {{count, number}} аргументов, а передано: {{given}}',
    wrongArity_other:
      'Неверное число аргументов в позиции {{at}}: {{name}} принимает {{count, number}} аргумента, а передано: {{given}}',
    tooDeep:
      'Выражение в позиции {{at}} вложено слишком глубоко; глубина вложенности скобок, вызовов, знаков и степеней не может превышать {{limit}}',
    reservedPi: "Нельзя присвоить значение 'pi' в позиции {{at}}; это константа π",
    redefined: "Имя '{{name}}' уже определено в позиции {{at}}",
    firstDefined: "Здесь имя '{{name}}' определено впервые",
    usedBeforeAssigned:
      "Имя '{{name}}' используется в позиции {{at}} раньше, чем ему присваивается значение в позиции {{assigned}}",
    diffNotDefined:
      "'diff' в позиции {{at}} дифференцирует '{{name}}', но это имя не определено до этой инструкции; назовите значение в одной из предыдущих инструкций",
    diffNotNamed:
      "Первым аргументом 'diff' в позиции {{at}} должно быть имя, определённое до этой инструкции, или 'diff(...)' от него",
    diffNotInput:
      "'diff' в позиции {{at}} дифференцирует по '{{name}}', но это не вход: в позиции {{assigned}} ему присваивается выражение",
    diffNotInputExpr: "Вторым аргументом 'diff' в позиции {{at}} должно быть имя входа",
    diffTooDeep:
      "'diff' в позиции {{at}} дал бы производную порядка {{order}}; можно брать производные порядка не выше {{limit}}",
    usedInOwnAssignment:
      "Имя '{{name}}' используется в позиции {{at}} в собственном присваивании в позиции {{assigned}}; каждому имени значение присваивается один раз, поэтому дайте новому значению новое имя",
    graphTooLarge: 'Число узлов графа превышает предел: {{limit}}.',
    treeTooLarge:
      'Без общих узлов число узлов этой программы превышает {{limit}} — предел для дерева.',
    outputMissingBefore:
      "Перед ',' в позиции {{at}} ожидался выход; выходы перечисляются через запятую, как в 'u, v'",
    outputMissingAfter:
      "После ',' в позиции {{at}} ожидался выход; выходы перечисляются через запятую, как в 'u, v', без запятой в конце",
    outputsNotLast:
      "Не ожидалось ',' в позиции {{at}}; несколько выходов можно перечислить только в последней строке, как в 'u, v'",
    namedOutputs:
      "{{unexpected}}; несколько выходов перечисляются в последней строке без имени, как в 'u, v'",
    outputTwice: "'{{item}}' дважды указан как выход; укажите каждый выход один раз",
    outputSameNode:
      "'{{item}}' — тот же узел, что и выход '{{first}}'; укажите каждый выход один раз",
    outputListedFirst: "Здесь '{{first}}' указан впервые",
  },
  warning: {
    nonDifferentiable: 'Здесь функция не дифференцируема; используется соглашение: {{convention}}.',
    outsideDomain: '{{operation}} в точке {{at}} даёт {{value}}: точка вне области определения.',
    formula: '{{formula}}',
    powZeroZero: '{{formula}}, обе частные производные равны 0',
    limitFromRight: '{{formula}}, предел справа',
    tieToFirst: '{{formula}} при a = b отдаёт всю производную аргументу a',
  },
  paths: {
    noInputs: 'У этой программы нет входов, поэтому дифференцировать нечего.',
    nothingToCompare: 'Здесь нечего сравнивать.',
    reverseFar:
      'Обратный режим здесь гораздо дешевле: один проход даёт {{derivatives}}, а прямой режим требует {{passes}} — столько, что здесь их не подсчитать.',
    reverseCheaper:
      'Обратный режим здесь дешевле, выигрыш — {{ratio}}×: один проход даёт {{derivatives}}, а прямой режим требует {{passes}} (у обратного — {{reverse}}, у прямого — {{forward}}).',
    forwardCheaper:
      'Прямой режим здесь дешевле, выигрыш — {{ratio}}×: у прямого режима {{forward}} за {{passes}}, у обратного — {{reverse}} за один проход.',
    aboutTheSame:
      'Прямой и обратный режим обходятся здесь примерно одинаково: у прямого {{forward}} за {{passes}}, у обратного — {{reverse}} за один проход.',
    operations_one: '{{count, number}} операция',
    operations_few: '{{count, number}} операции',
    operations_many: '{{count, number}} операций',
    operations_other: '{{count, number}} операции',
    passes_one: '{{count, number}} проход',
    passes_few: '{{count, number}} прохода',
    passes_many: '{{count, number}} проходов',
    passes_other: '{{count, number}} прохода',
    // `_one` is also 21, 31 …: "все производные" reads right for 1 and for 21.
    derivatives_one: 'все производные',
    derivatives_few: 'все {{count, number}} производные',
    derivatives_many: 'все {{count, number}} производных',
    derivatives_other: 'все {{count, number}} производной',
  },
  jacobian: {
    noInputs: 'У этой программы нет входов, поэтому у её матрицы Якоби нет столбцов.',
    reverseCheaper:
      'Обратный режим здесь дешевле, выигрыш — {{ratio}}×: у обратного режима {{reverse}} за {{reversePasses}} (по одному на выход), у прямого — {{forward}} за {{forwardPasses}} (по одному на вход).',
    forwardCheaper:
      'Прямой режим здесь дешевле, выигрыш — {{ratio}}×: у прямого режима {{forward}} за {{forwardPasses}} (по одному на вход), у обратного — {{reverse}} за {{reversePasses}} (по одному на выход).',
    aboutTheSame:
      'Прямой и обратный режим обходятся здесь примерно одинаково: у прямого {{forward}} за {{forwardPasses}}, у обратного — {{reverse}} за {{reversePasses}}.',
    multiplyAdds_one: '{{count, number}} умножение со сложением',
    multiplyAdds_few: '{{count, number}} умножения со сложением',
    multiplyAdds_many: '{{count, number}} умножений со сложением',
    multiplyAdds_other: '{{count, number}} умножения со сложением',
  },
  train: {
    programErrors: 'В программе есть ошибки; исправьте их, чтобы обучать.',
    dataEmpty:
      'Данных нет. Напишите строку заголовка с именами столбцов, затем по строке чисел на каждый пример.',
    raggedRow: 'В строке {{row}} (строка текста {{line}}) {{cells}}, а в заголовке {{columns}}.',
    emptyCell:
      "Строка {{row}}, столбец '{{column}}' (строка текста {{line}}) пуста; впишите туда число.",
    notANumber:
      "Строка {{row}}, столбец '{{column}}' (строка текста {{line}}): '{{cell}}' — не число.",
    noRows: 'В данных есть заголовок, но нет строк; добавьте по строке чисел на каждый пример.',
    noColumns: 'В данных нет столбцов.',
    columnLength: "В столбце '{{name}}' {{rows}}, а в столбце '{{first}}' — {{firstRows}}.",
    notFinite: "Строка {{row}}, столбец '{{column}}': {{value}} — не конечное число.",
    unnamedColumn:
      'У столбца {{column}} заголовка (строка текста {{line}}) нет имени; дайте имя каждому столбцу.',
    duplicateColumn:
      "Заголовок (строка текста {{line}}) называет столбец '{{name}}' дважды (столбцы {{first}} и {{second}}); каждое имя должно встречаться один раз.",
    notAnInput:
      "Столбец '{{name}}' заголовка (строка текста 1) не является входом программы (её входы: {{inputs}}).",
    fixedNotAnInput:
      "'{{name}}' отмечен как фиксированный, но не является входом программы (её входы: {{inputs}}).",
    dataAndFixed: "'{{name}}' — столбец данных и не может быть также фиксированным.",
    noParameter:
      'Не осталось параметров для обучения: каждый вход программы ({{inputs}}) — столбец данных.',
    noParameterFixed:
      'Не осталось параметров для обучения: каждый вход программы ({{inputs}}) — столбец данных или фиксирован.',
    noInputs: 'нет',
    startNotAnInput: "'{{name}}' не является входом программы.",
    learningRate: 'Скорость обучения должна быть числом больше 0; получено {{value}}.',
    batchSize: 'Размер пакета должен быть целым числом строк, не меньше 1; получено {{value}}.',
    maxSteps: 'Число шагов должно быть целым, не меньше 0; получено {{value}}.',
    seed: 'Зерно генератора должно быть целым числом; получено {{value}}.',
    tolerance: 'Допуск должен быть числом.',
    startNotFinite:
      'Средние потери при начальных значениях равны {{loss}}, поэтому обучение не может начаться; проверьте данные и начальные значения.',
    divergedNotFinite:
      'Обучение разошлось на шаге {{step}}: средние потери равны {{loss}}. Попробуйте меньшую скорость обучения.',
    divergedGrew:
      'Обучение разошлось на шаге {{step}}: средние потери {{loss}} превысили {{bound}} — в {{factor}} раз больше начальных. Попробуйте меньшую скорость обучения.',
    gradientNotFinite:
      'Обучение разошлось на шаге {{step}}: градиент по {{name}} равен {{value}}, поэтому обновления не было. Попробуйте меньшую скорость обучения или другие начальные значения.',
    belowTolerance: 'Средние потери {{loss}} ниже допуска {{tolerance}}; сделано: {{steps}}.',
    done: 'Готово: {{steps}}.',
    steps_one: '{{count, number}} шаг',
    steps_few: '{{count, number}} шага',
    steps_many: '{{count, number}} шагов',
    steps_other: '{{count, number}} шага',
    rows_one: '{{count, number}} строка',
    rows_few: '{{count, number}} строки',
    rows_many: '{{count, number}} строк',
    rows_other: '{{count, number}} строки',
    cells_one: '{{count, number}} ячейка',
    cells_few: '{{count, number}} ячейки',
    cells_many: '{{count, number}} ячеек',
    cells_other: '{{count, number}} ячейки',
    columns_one: '{{count, number}} столбец',
    columns_few: '{{count, number}} столбца',
    columns_many: '{{count, number}} столбцов',
    columns_other: '{{count, number}} столбца',
  },
  engine: {
    failed: 'Сбой вычислительного ядра: {{detail}}',
    labFailed: 'Сбой лаборатории: {{detail}}',
    labNotCompiled: 'Программа не компилируется.',
    labNoSuchNodes: 'Выбранных узлов нет в этой программе.',
    drawingSkipped:
      'Узлов в графе: {{nodes}}; рисунок строится только для графов не больше {{limit}} узлов.',
    timedOut: 'За {{seconds}} с не пришло ответа.',
    stoppedAnswering: 'Ответы перестали приходить.',
    stoppedWithError: 'Работа прервалась с ошибкой: {{detail}}',
    stopped: 'Работа прервалась.',
    unreadable: 'Пришёл ответ, который не удалось прочитать.',
    sentAgain: '{{reason}} Программа отправлена заново.',
    notSentAgain:
      '{{reason}} Эта программа уже дважды вызвала сбой, поэтому заново её не отправляли.',
    stoppedWorking:
      'Вычислительное ядро перестало работать. {{reason}} Измените программу, чтобы попробовать снова.',
    labStoppedWithError: 'Лаборатория остановилась с ошибкой: {{detail}}',
    labStopped: 'Лаборатория остановилась с ошибкой.',
  },
};
