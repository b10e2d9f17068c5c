import type { Catalog } from './catalog.ts';
import type { LESSONS_EN } from './lessons.en.ts';

export const lessonsRu: Catalog<typeof LESSONS_EN> = {
  title: 'Уроки',
  panel: {
    open: 'Уроки',
    chapters: 'Главы',
    close: 'Закрыть',
    start: 'Начать',
    lesson: 'Урок',
    stepOf: 'Шаг {{step, number}} из {{total, number}}',
    back: 'Назад',
    next: 'Далее',
    leave: 'Выйти из урока',
    yourAnswer: 'Ваш ответ',
    check: 'Проверить',
    reveal: 'Показать ответ',
    right: 'Верно: {{answer}}.',
    wrong: 'Не совсем: попробуйте ещё раз или посмотрите ответ.',
    revealed: 'Ответ: {{answer}}.',
    notANumber: 'Введите число.',
    keys: 'Клавиши: N — далее, B — назад.',
    done: 'Конец главы.',
  },
};
