import { describe, expect, it } from 'vitest';
import { analyze, formatNumber } from '../../../src/index.ts';
import { handle } from '../../../src/protocol.ts';
import { LESSONS_EN } from '../../i18n/lessons.en.ts';
import type { Chapter, LessonKey, LessonStep } from '../types.ts';
import { CHAPTERS } from './index.ts';

// Every step of every chapter, run through the engine as the page runs it: the program compiles,
// every name the step uses is a node, every step number is inside its trace, every placeholder
// of its paragraph gets a value, and every prediction's answer is the engine's (and DOMAIN.md's).

/** The English text of a key (`c1.s1`). */
function english(key: LessonKey): string {
  let node: unknown = LESSONS_EN;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no English text for ${key}`);
  return node;
}

/** The `{{name}}` placeholders of a text. */
const placeholders = (text: string) => [
  ...new Set([...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!)),
];

/** The program and inputs in force at step `index`: the last source set, inputs since then. */
function programAt(chapter: Chapter, index: number) {
  let source: string | undefined;
  let inputs: Record<string, number> = {};
  for (const step of chapter.steps.slice(0, index + 1)) {
    if (step.source !== undefined) {
      source = step.source;
      inputs = {};
    }
    if (step.inputs) inputs = { ...inputs, ...step.inputs };
  }
  return { source, inputs };
}

/** What DOMAIN.md says the predictions' answers are, by question. */
const DOMAIN_ANSWERS: Readonly<Partial<Record<LessonKey, number>>> = {
  'c1.q5': 6, // e = 6
  'c2.q3': 4, // ∂g/∂z = 4
  'c2.q4': -3, // ∂g/∂x = −3
  'c3.q1': 5, // ∂e/∂b = 5
  'c3.q3': 9, // 3 · 3 paths
  'c4.q2': 5, // ∂e/∂b by forward mode
  'c4.q5': 2, // ∂e/∂a
  'c4.q6': 5, // ∂e/∂b by reverse mode
  'c5.q2': 200, // ∂price/∂tax
  'c5.q3': 2.2, // ∂price/∂apple
  'c5.q4': 110, // ∂price/∂count
  'c6.q2': 21, // n + 1 evaluations for n = 20 inputs
  'c6.q5': 1, // one reverse pass for one output
  'c7.q2': -6, // ∂loss/∂w on the row (1, 3)
  'c7.q5': -68 / 3, // the mean gradient ∂C/∂w
  'c8.q3': 2, // ∂u/∂y = x
  'c8.q5': 1, // ∂v/∂y = cos y
  'c9.q2': 9, // d²y/dx² = 6x for y = x^3 at x = 1.5
  'c9.q5': 2, // §1's e by hand: ∂e/∂b = a + 2b + 1, so ∂²e/∂b² = 2
};

/** What DOMAIN.md says a paragraph's numbers are, by paragraph and placeholder. */
const DOMAIN_VALUES: Readonly<Partial<Record<LessonKey, Readonly<Record<string, number>>>>> = {
  'c7.s1': { loss: 9 }, // the row (1, 3) at w = 0, b = 0
  'c7.s4': { l1: 9, l2: 25, l3: 49, mean: 83 / 3 }, // mean loss 27.667
  'c7.s5': { w1: -6, w2: -20, w3: -42, b1: -6, b2: -10, b3: -14 },
  'c7.s6': { dw: -68 / 3, db: -10, wnext: (0.1 * 68) / 3, bnext: 1 }, // w = 2.2667, b = 1
  'c8.s1': { u: 0, v: 2, m: 2, n: 2 }, // at x = 2, y = 0
  'c8.s2': { dudx: 0, dvdx: 1 }, // the column of x
  'c8.s4': { dudx: 0, dudy: 2 }, // the row ∂u = (y, x)
  'c9.s2': { x: 1.5, y: 3.375, dy: 6.75 }, // y = x^3 and dy/dx = 3x² at x = 1.5
  'c9.s3': { x: 1.5, dy: 6.75, d2y: 9 }, // d²y/dx² = 6x
  'c9.s5': { aa: 0, ab: 1 }, // §1's e by hand: ∂e/∂a = b + 1
};

const cases = CHAPTERS.flatMap((chapter) =>
  chapter.steps.map((step, index) => ({
    chapter,
    step,
    index,
    name: `${chapter.id} ${index + 1}`,
  })),
);

/** The engine's answer for a step, as the page asks for it. */
function answer(chapter: Chapter, step: LessonStep, index: number) {
  const { source, inputs } = programAt(chapter, index);
  if (source === undefined) throw new Error('no program before this step');
  const response = handle({
    type: 'analyze',
    id: 1,
    source,
    inputs,
    ...(step.forwardFrom !== undefined ? { forwardFrom: step.forwardFrom } : {}),
    ...(step.reverseFrom !== undefined ? { reverseFrom: step.reverseFrom } : {}),
    ...(step.collapse !== undefined ? { collapse: step.collapse } : {}),
  });
  const analyzed = analyze(source, { inputs });
  return { response, analyzed };
}

describe('chapters', () => {
  it('have unique ids, titles and summaries in English, and 4 to 7 steps each', () => {
    expect(new Set(CHAPTERS.map((c) => c.id)).size).toBe(CHAPTERS.length);
    for (const chapter of CHAPTERS) {
      expect(english(chapter.title)).not.toBe('');
      expect(english(chapter.summary)).not.toBe('');
      expect(chapter.steps.length, chapter.id).toBeGreaterThanOrEqual(4);
      expect(chapter.steps.length, chapter.id).toBeLessThanOrEqual(7);
      expect(chapter.steps[0]!.source, `${chapter.id} starts with a program`).toBeDefined();
    }
  });

  it('ask at least one prediction in every chapter from the second on', () => {
    for (const chapter of CHAPTERS.slice(1))
      expect(
        chapter.steps.some((s) => s.predict),
        chapter.id,
      ).toBe(true);
  });

  it.each(cases)(
    '$name: compiles, names nodes, steps within its trace',
    ({ chapter, step, index }) => {
      const { response, analyzed } = answer(chapter, step, index);
      expect(analyzed.ok).toBe(true);
      expect(response.type).toBe('analysis');
      if (response.type !== 'analysis') return;
      const drawn = response.view.drawn;
      const names = new Set(drawn.nodes.map((n) => n.name));
      for (const name of step.highlight ?? []) expect(names, name).toContain(name);
      // A seed must be a node that can be one, and the engine must have taken it.
      const seedId = (name: string) => drawn.nodes.findIndex((n) => n.name === name);
      if (step.forwardFrom !== undefined) {
        expect(names, step.forwardFrom).toContain(step.forwardFrom);
        expect(response.view.seeds.forward).toBe(seedId(step.forwardFrom));
      }
      if (step.reverseFrom !== undefined) {
        expect(names, step.reverseFrom).toContain(step.reverseFrom);
        expect(response.view.seeds.reverse).toBe(seedId(step.reverseFrom));
      }
      // The paragraph reads the same numbers off the analysis drawn (collapsed or not).
      for (const [name, value] of Object.entries(step.values?.(drawn) ?? {}))
        expect(String(value), `${name} on the drawn graph`).not.toContain('?');
      const mode = step.mode ?? 'values';
      const trace = drawn.traces?.[mode];
      expect(trace, `${mode} trace`).toBeDefined();
      for (const shown of [step.step, step.predict?.revealStep])
        if (typeof shown === 'number') {
          expect(Number.isInteger(shown)).toBe(true);
          expect(shown).toBeGreaterThanOrEqual(0);
          expect(shown).toBeLessThanOrEqual(trace!.steps.length);
        }
    },
  );

  it.each(cases)('$name: every placeholder gets a value', ({ chapter, step, index }) => {
    const { analyzed } = answer(chapter, step, index);
    if (!analyzed.ok) throw new Error('does not compile');
    const values = step.values?.(analyzed.analysis) ?? {};
    const wanted = [step.text, ...(step.predict ? [step.predict.question] : [])].flatMap((key) =>
      placeholders(english(key)),
    );
    for (const name of wanted) expect(Object.keys(values), name).toContain(name);
    for (const [name, value] of Object.entries(values)) {
      expect(String(value), name).not.toContain('?');
      expect(String(value), name).not.toMatch(/NaN|undefined/);
    }
  });

  it.each(cases.filter((c) => c.step.predict))(
    '$name: the prediction has a finite answer, DOMAIN.md’s where it gives one',
    ({ chapter, step, index }) => {
      const { analyzed } = answer(chapter, step, index);
      if (!analyzed.ok) throw new Error('does not compile');
      const predict = step.predict!;
      const value = predict.answer(analyzed.analysis);
      expect(Number.isFinite(value)).toBe(true);
      const known = DOMAIN_ANSWERS[predict.question];
      if (known !== undefined) expect(value).toBeCloseTo(known, 9);
    },
  );

  it.each(cases.filter((c) => DOMAIN_VALUES[c.step.text]))(
    '$name: the paragraph’s numbers are DOMAIN.md’s',
    ({ chapter, step, index }) => {
      const { analyzed } = answer(chapter, step, index);
      if (!analyzed.ok) throw new Error('does not compile');
      const values = step.values?.(analyzed.analysis) ?? {};
      for (const [name, known] of Object.entries(DOMAIN_VALUES[step.text]!))
        expect(String(values[name]), name).toBe(formatNumber(known));
    },
  );

  it('show every paragraph whose numbers DOMAIN.md gives', () => {
    const shown = new Set(CHAPTERS.flatMap((c) => c.steps.map((s) => s.text)));
    expect(Object.keys(DOMAIN_VALUES).filter((key) => !shown.has(key as LessonKey))).toEqual([]);
  });

  it('ask every question whose answer DOMAIN.md gives', () => {
    const asked = new Set(
      CHAPTERS.flatMap((c) => c.steps.flatMap((s) => s.predict?.question ?? [])),
    );
    expect(Object.keys(DOMAIN_ANSWERS).filter((key) => !asked.has(key as LessonKey))).toEqual([]);
  });
});
