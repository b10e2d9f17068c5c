// English: the source catalog of everything the engine says. The page's catalogs have the same
// keys under `engine.` (app/i18n/engine.zh.ts, engine.ru.ts); a test fails when one is missing.
// `{{name}}` is filled as it is given: names, formulas and values in the engine's notation
// (`formatNumber`, what a person types), counts and ratios already written the language's way.
// `{{count, number}}` is a count that also chooses the plural form.

export const ENGINE_EN = {
  narrate: {
    inputValue: 'The input {{name}} is {{value}}.',
    constantValue: 'The constant {{name}} is {{value}}.',
    statementRule: 'One statement, drawn as one node: its operations are computed in turn.',
    statementSentence: '{{name}} is computed from its statement: {{value}}.',
    operationSentence: '{{name}} is computed from its operands: {{value}}.',
    seedRuleForward: 'Forward mode starts at {{name}}, which changes one for one with itself.',
    seedRuleReverse: 'Reverse mode starts at {{name}}, which changes one for one with itself.',
    seedSentence: 'Start at {{name}}: its derivative with respect to itself is 1.',
    /** `d = b + 1, so ∂d/∂b = 1` */
    rule: '{{definition}}, so {{local}} = {{value}}',
    statementEdgeRule:
      "{{definition}}, so {{local}} = {{value}}, through the statement's operations",
    poisonRule:
      '{{reason}} is not finite, so every derivative along this edge is NaN, even where 0 arrives',
    poisonSentence: 'The local partial {{reason}} is not finite, so the contribution is NaN.',
    nanArrives: 'NaN arrives: an edge earlier on the path has a local partial that is not finite.',
    /** After a step's sum: `(b̄ now 5)`. */
    runningSum: '({{sum}} now {{value}})',
    forwardSentence:
      'Along the edge from {{from}} to {{to}}: {{local}} times {{incoming}} adds {{contribution}} to the derivative of {{to}} with respect to {{seed}}, now {{accumulated}}.',
    reverseSentence:
      'Back along the edge from {{to}} to {{from}}: {{incoming}} times {{local}} adds {{contribution}} to the derivative of {{seed}} with respect to {{from}}, now {{accumulated}}.',
    legendReverse:
      '{{symbol}} ("{{name}} bar") = {{partial}}, summed over the edges leaving {{name}} as they are reached. Edge labels are local partials.',
    legendForward:
      '{{symbol}} ("{{name}} dot") = {{partial}}, summed over the edges into {{name}} as they are reached. Edge labels are local partials.',
    legendValues:
      'Each node shows what it computes and its value; values flow from the inputs to the output.',
  },
  syntax: {
    tooLong: 'The program is {{length}} characters long; the limit is {{limit}} characters',
    tooLongInput:
      'The program on standard input is longer than the limit of {{limit}} characters; reading stopped there',
    empty: 'The program is empty: type an expression such as (a+b)*(b+1)',
    unexpectedCharacter_one: 'Unexpected character {{shown}} at {{at}}',
    unexpectedCharacter_other: 'Unexpected characters {{shown}} at {{at}}',
    invalidNumberDots:
      "Invalid number '{{number}}' at {{at}}; a number has at most one decimal point",
    invalidNumberDigits: "Invalid number '{{number}}' at {{at}}; expected digits after '{{after}}'",
    unexpected: "Unexpected '{{token}}' at {{at}}",
    /** `{{unexpected}}` is `syntax.unexpected`. */
    unmatchedClose: "{{unexpected}}; there is no '(' for it to close",
    secondEquals: "{{unexpected}}; a statement assigns one name, as in 'c = a + b'",
    expectedOperator:
      "{{unexpected}}; expected an operator such as '*' or the end of the statement",
    expectedClose: "{{unexpected}}; expected ')' to close '(' at {{open}}",
    expectedCommaOrClose: "{{unexpected}}; expected ',' or ')' to close '(' at {{open}}",
    missingClose: "Expected ')' to close '(' at {{open}}",
    endOfProgram: 'Unexpected end of the program at {{at}}; expected an expression',
    endOfStatement: 'Unexpected end of the statement at {{at}}; expected an expression',
    endOfLine: 'Unexpected end of the line at {{at}}; expected an expression',
    endOfProgramAfter:
      "Unexpected end of the program at {{at}}; expected an expression after '{{after}}'",
    endOfStatementAfter:
      "Unexpected end of the statement at {{at}}; expected an expression after '{{after}}'",
    endOfLineAfter:
      "Unexpected end of the line at {{at}}; expected an expression after '{{after}}'",
    unknownFunction: "Unknown function '{{name}}' at {{at}}",
    unknownFunctionSuggest: "Unknown function '{{name}}' at {{at}}; did you mean '{{suggestion}}'?",
    wrongArity_one:
      'Wrong number of arguments at {{at}}: {{name}} takes {{count, number}} argument, got {{given}}',
    wrongArity_other:
      'Wrong number of arguments at {{at}}: {{name}} takes {{count, number}} arguments, got {{given}}',
    tooDeep:
      'The expression is nested too deeply at {{at}}; the limit is {{limit}} levels of parentheses, calls, signs and powers',
    reservedPi: "Cannot assign to 'pi' at {{at}}; it is the constant π",
    redefined: "'{{name}}' is already defined at {{at}}",
    firstDefined: "'{{name}}' is first defined here",
    usedBeforeAssigned: "'{{name}}' is used at {{at}} before it is assigned at {{assigned}}",
    diffNotDefined:
      "diff at {{at}} differentiates '{{name}}', which is not defined before this statement; name the value in an earlier statement",
    diffNotNamed:
      'The first argument of diff at {{at}} must be a name defined before this statement, or a diff(...) of one',
    diffNotInput:
      "diff at {{at}} differentiates with respect to '{{name}}', which is not an input: it is assigned an expression at {{assigned}}",
    diffNotInputExpr: 'The second argument of diff at {{at}} must be the name of an input',
    diffTooDeep:
      'diff at {{at}} would make a derivative of order {{order}}; derivatives of order at most {{limit}} can be taken',
    usedInOwnAssignment:
      "'{{name}}' is used at {{at}} in its own assignment at {{assigned}}; each name is assigned once, so give the new value a new name",
    graphTooLarge: 'The graph has more than {{limit}} nodes, the limit.',
    treeTooLarge:
      'Without sharing this program has more than {{limit}} nodes, the limit for the tree view.',
    /** Several outputs on the last line (`u, v`). */
    outputMissingBefore:
      "Expected an output before ',' at {{at}}; list the outputs separated by commas, as in 'u, v'",
    outputMissingAfter:
      "Expected an output after ',' at {{at}}; list the outputs separated by commas, as in 'u, v', with no comma at the end",
    outputsNotLast:
      "Unexpected ',' at {{at}}; only the last line may list several outputs, as in 'u, v'",
    namedOutputs:
      "{{unexpected}}; several outputs are listed on the last line without a name, as in 'u, v'",
    outputTwice: "'{{item}}' is listed twice as an output; list each output once",
    outputSameNode: "'{{item}}' is the same node as the output '{{first}}'; list each output once",
    outputListedFirst: "'{{first}}' is first listed here",
  },
  warning: {
    nonDifferentiable: 'Not differentiable here; using {{convention}}.',
    outsideDomain: '{{operation}} at {{at}} is {{value}}: outside its domain.',
    /** The conventions: `{{…}}` are formulas. */
    formula: '{{formula}}',
    powZeroZero: '{{formula}}, with both partials 0',
    limitFromRight: '{{formula}}, the limit from the right',
    tieToFirst: '{{formula}} with a = b sends the whole derivative to a',
  },
  paths: {
    noInputs: 'This program has no inputs, so there is nothing to differentiate.',
    nothingToCompare: 'Nothing to compare here.',
    reverseFar:
      'Reverse mode is far cheaper here: one pass gives {{derivatives}}, while forward mode needs {{passes}}, too many to count here.',
    reverseCheaper:
      'Reverse mode is {{ratio}}× cheaper here: one pass gives {{derivatives}}, forward mode needs {{passes}} ({{reverse}} against {{forward}}).',
    forwardCheaper:
      'Forward mode is {{ratio}}× cheaper here: {{forward}} for {{passes}} forward against {{reverse}} for one reverse pass.',
    aboutTheSame:
      'Forward and reverse mode cost about the same here: {{forward}} for {{passes}} forward, {{reverse}} for one reverse pass.',
    operations_one: '{{count, number}} operation',
    operations_other: '{{count, number}} operations',
    passes_one: '{{count, number}} pass',
    passes_other: '{{count, number}} passes',
    derivatives_one: 'the derivative',
    derivatives_other: 'all {{count, number}} derivatives',
  },
  jacobian: {
    noInputs: 'This program has no inputs, so its Jacobian has no columns.',
    reverseCheaper:
      'Reverse mode is {{ratio}}× cheaper here: {{reversePasses}}, one per output, take {{reverse}}; forward mode needs {{forwardPasses}}, one per input, and {{forward}}.',
    forwardCheaper:
      'Forward mode is {{ratio}}× cheaper here: {{forwardPasses}}, one per input, take {{forward}}; reverse mode needs {{reversePasses}}, one per output, and {{reverse}}.',
    aboutTheSame:
      'Forward and reverse mode cost about the same here: {{forwardPasses}} forward take {{forward}}, {{reversePasses}} reverse take {{reverse}}.',
    multiplyAdds_one: '{{count, number}} multiply-add',
    multiplyAdds_other: '{{count, number}} multiply-adds',
  },
  train: {
    programErrors: 'The program has errors; fix them to train.',
    dataEmpty:
      'The data is empty. Write a header row of column names, then one row of numbers per example.',
    raggedRow: 'Row {{row}} (line {{line}}) has {{cells}}, but the header names {{columns}}.',
    emptyCell: "Row {{row}}, column '{{column}}' (line {{line}}) is empty; write a number there.",
    notANumber: "Row {{row}}, column '{{column}}' (line {{line}}): '{{cell}}' is not a number.",
    noRows: 'The data has a header but no rows; add one row of numbers per example.',
    noColumns: 'The data has no columns.',
    columnLength: "Column '{{name}}' has {{rows}}, but column '{{first}}' has {{firstRows}}.",
    notFinite: "Row {{row}}, column '{{column}}': {{value}} is not a finite number.",
    unnamedColumn:
      'Column {{column}} of the header (line {{line}}) has no name; name every column.',
    duplicateColumn:
      "The header (line {{line}}) names column '{{name}}' twice (columns {{first}} and {{second}}); give each column once.",
    notAnInput:
      "Column '{{name}}' of the header (line 1) is not an input of the program (its inputs: {{inputs}}).",
    fixedNotAnInput:
      "'{{name}}' is marked fixed but is not an input of the program (its inputs: {{inputs}}).",
    dataAndFixed: "'{{name}}' is a data column and cannot also be fixed.",
    noParameter:
      'No parameter is left to train: every input of the program ({{inputs}}) is a data column.',
    noParameterFixed:
      'No parameter is left to train: every input of the program ({{inputs}}) is a data column or fixed.',
    noInputs: 'none',
    startNotAnInput: "'{{name}}' is not an input of the program.",
    learningRate: 'The learning rate must be a number above 0; got {{value}}.',
    batchSize: 'The batch size must be a whole number of rows, at least 1; got {{value}}.',
    maxSteps: 'The number of steps must be a whole number, at least 0; got {{value}}.',
    seed: 'The seed must be a whole number; got {{value}}.',
    tolerance: 'The tolerance must be a number.',
    startNotFinite:
      'The mean loss at the starting values is {{loss}}, so training cannot start; check the data and the starting values.',
    divergedNotFinite:
      'Training diverged at step {{step}}: the mean loss is {{loss}}. Try a smaller learning rate.',
    divergedGrew:
      'Training diverged at step {{step}}: the mean loss {{loss}} grew past {{bound}}, {{factor}} times its starting size. Try a smaller learning rate.',
    gradientNotFinite:
      'Training diverged at step {{step}}: the gradient with respect to {{name}} is {{value}}, so no update was made. Try a smaller learning rate or other starting values.',
    belowTolerance: 'The mean loss {{loss}} is below the tolerance {{tolerance}} after {{steps}}.',
    done: 'Done: {{steps}}.',
    steps_one: '{{count, number}} step',
    steps_other: '{{count, number}} steps',
    rows_one: '{{count, number}} row',
    rows_other: '{{count, number}} rows',
    cells_one: '{{count, number}} cell',
    cells_other: '{{count, number}} cells',
    columns_one: '{{count, number}} column',
    columns_other: '{{count, number}} columns',
  },
  engine: {
    failed: 'The engine failed: {{detail}}',
    labFailed: 'The lab failed: {{detail}}',
    labNotCompiled: 'The program does not compile.',
    labNoSuchNodes: 'The chosen nodes are not in this program.',
    drawingSkipped: 'The graph has {{nodes}} nodes; drawings stop at {{limit}}.',
    /** Why the page restarted the engine's worker (`{{reason}}` below is one of these). */
    timedOut: 'It did not answer within {{seconds}} s.',
    stoppedAnswering: 'It stopped answering.',
    stoppedWithError: 'It stopped with an error: {{detail}}',
    stopped: 'It stopped.',
    unreadable: 'It sent an answer that could not be read.',
    sentAgain: '{{reason}} The program was sent again.',
    notSentAgain: '{{reason}} This program made it fail twice, so it was not sent again.',
    stoppedWorking: 'The engine stopped working. {{reason}} Edit the program to try again.',
    labStoppedWithError: 'The lab stopped with an error: {{detail}}',
    labStopped: 'The lab stopped with an error.',
  },
} as const;
