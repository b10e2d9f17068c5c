// English for the lessons: the chapters' titles, summaries and paragraphs (app/lessons/), and
// the panel's controls. zh and ru in lessons.zh.ts, lessons.ru.ts.
export const LESSONS_EN = {
  title: 'Lessons',
  panel: {
    open: 'Lessons',
    chapters: 'Chapters',
    close: 'Close',
    start: 'Start',
    lesson: 'Lesson',
    stepOf: 'Step {{step, number}} of {{total, number}}',
    back: 'Back',
    next: 'Next',
    leave: 'Leave the lesson',
    yourAnswer: 'Your answer',
    check: 'Check',
    reveal: 'Reveal',
    right: 'Right: {{answer}}.',
    wrong: 'Not quite: try again, or reveal it.',
    revealed: 'The answer is {{answer}}.',
    notANumber: 'Type a number.',
    keys: 'Keys: N next, B back.',
    done: 'The end of the chapter.',
  },
} as const;
