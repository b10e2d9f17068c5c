import type { Catalog } from './catalog.ts';
import type { LESSONS_EN } from './lessons.en.ts';

export const lessonsZh: Catalog<typeof LESSONS_EN> = {
  title: '课程',
  panel: {
    open: '课程',
    chapters: '章节',
    close: '关闭',
    start: '开始',
    lesson: '课程',
    stepOf: '第 {{step, number}} 步，共 {{total, number}} 步',
    back: '上一步',
    next: '下一步',
    leave: '退出课程',
    yourAnswer: '你的答案',
    check: '检查',
    reveal: '揭晓',
    right: '正确：{{answer}}。',
    wrong: '不太对：再试一次，或者揭晓答案。',
    revealed: '答案是 {{answer}}。',
    notANumber: '请输入一个数。',
    keys: '快捷键：N 下一步，B 上一步。',
    done: '本章结束。',
  },
};
