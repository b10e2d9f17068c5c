import { describe, expect, it } from 'vitest';
import {
  analyze,
  ENGINE_EN,
  narrateStep,
  notationLegend,
  type Phrase,
  type PhraseKey,
  parseProgram,
  phrase,
  sayEnglish,
} from '../../src/index.ts';
import { i18n } from './i18n.ts';
import { sayIn } from './say.ts';

const LANGUAGES = ['zh', 'ru'] as const;
const say = (language: 'en' | 'zh' | 'ru') => sayIn(i18n.getFixedT(language), language);

/** Letters the translation must be written in. */
const SCRIPT = { zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u } as const;

/**
 * English left in a translation: a run of three or more Latin letters that is not program
 * notation (the names and functions the phrases below use), a symbol read aloud, or the
 * person's own text quoted ('sinn').
 */
const NOTATION = new Set(['NaN', 'bar', 'dot', 'sin', 'cos', 'log', 'sqrt', 'relu', 'max', 'min']);
const english = (text: string) =>
  [...text.replace(/'[^']*'/g, '').matchAll(/[A-Za-z]{3,}/g)]
    .map((m) => m[0])
    .filter((w) => !NOTATION.has(w));

/** Every message of the catalog with each placeholder filled, each plural form reached. */
function everyMessage(): Phrase[] {
  return Object.entries(ENGINE_EN).flatMap(([group, messages]) =>
    Object.entries(messages).flatMap(([name, template]) => {
      const key = `${group}.${name.replace(/_(one|other)$/, '')}` as PhraseKey;
      const names = [...(template as string).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);
      const params = Object.fromEntries(names.map((n) => [n, n === 'count' ? 0 : 'x']));
      return [1, 3, 5, 21].map((count) => phrase(key, { ...params, count }));
    }),
  );
}

/** The phrases the engine says about `programs`: diagnostics, warnings, narration. */
function phrasesOf(programs: readonly string[]): Phrase[] {
  const said: Phrase[] = [];
  const collect = (p: Phrase) => {
    said.push(p);
    return sayEnglish(p);
  };
  for (const source of programs) {
    said.push(...parseProgram(source).diagnostics.map((d) => d.phrase));
    const result = analyze(source);
    if (!result.ok) continue;
    const { analysis } = result;
    said.push(...analysis.nodes.flatMap((n) => n.warnings));
    const context = {
      nodes: analysis.nodes,
      values: analysis.nodes.map((n) => n.value),
      edges: analysis.edges,
    };
    for (const mode of ['values', 'forward', 'reverse'] as const) {
      const trace = analysis.traces?.[mode];
      const seed = trace?.steps.find((s) => s.kind === 'seed')?.node ?? -1;
      for (const step of trace?.steps ?? []) narrateStep(step, mode, seed, context, collect);
      notationLegend(mode, 'e', 'b', collect);
    }
  }
  return said;
}

describe('the engine in the reader language', () => {
  it.each(LANGUAGES)('%s says every message, no placeholder or English left', (language) => {
    for (const p of everyMessage()) {
      const text = say(language)(p);
      expect(text, p.key).not.toMatch(/\{\{|\}\}/);
      expect(english(text), `${p.key}: ${text}`).toEqual([]);
    }
  });

  it.each(LANGUAGES)('%s narrates, diagnoses and warns in its own script', (language) => {
    const phrases = phrasesOf([
      'a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d',
      'x = 0\ny = relu(x) + log(x)\ny',
      'a + * b',
      'c = (a + b\nc = 2',
      'sinn(x) + 1.2.3 + max(x)',
    ]);
    expect(phrases.length).toBeGreaterThan(40);
    for (const p of phrases) {
      const text = say(language)(p);
      expect(text, p.key).toMatch(SCRIPT[language]);
      expect(english(text), `${p.key}: ${text}`).toEqual([]);
    }
  });

  it('English through i18next is the engine English, word for word', () => {
    const phrases = [...everyMessage(), ...phrasesOf(['a = 2\nb = 1\ne = (a + b) * (b + 1)'])];
    for (const p of phrases) expect(say('en')(p)).toBe(sayEnglish(p));
  });

  it('writes counts the language way', () => {
    const passes = phrase('paths.passes', { count: 1234 });
    expect(say('en')(passes)).toBe('1,234 passes');
    // Russian groups thousands with a no-break space and chooses the plural by the count.
    expect(say('ru')(passes)).toMatch(/^1\s234 проход/);
    expect(say('ru')(phrase('paths.passes', { count: 2 }))).not.toBe(
      say('ru')(phrase('paths.passes', { count: 5 })),
    );
  });
});
