import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  LANGUAGES,
  langParam,
  parseLanguage,
  pickLanguage,
  withLangParam,
} from './language.ts';

describe('parseLanguage', () => {
  it('reads a language code, a region or script subtag, any case and spacing', () => {
    expect(parseLanguage('zh')).toBe('zh');
    expect(parseLanguage('ru-RU')).toBe('ru');
    expect(parseLanguage('zh-Hans-CN')).toBe('zh');
    expect(parseLanguage('zh_TW')).toBe('zh');
    expect(parseLanguage(' EN-gb ')).toBe('en');
  });

  it('is undefined for a language the page is not translated into, or nothing', () => {
    expect(parseLanguage('de')).toBeUndefined();
    expect(parseLanguage('')).toBeUndefined();
    expect(parseLanguage(null)).toBeUndefined();
    expect(parseLanguage(undefined)).toBeUndefined();
    expect(parseLanguage('english')).toBeUndefined();
  });
});

describe('browserLanguage', () => {
  it('is the first of the browser languages the page speaks', () => {
    expect(browserLanguage(['de-DE', 'ru-RU', 'en-US'])).toBe('ru');
    expect(browserLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(browserLanguage(['fr', 'de'])).toBeUndefined();
    expect(browserLanguage([])).toBeUndefined();
  });
});

describe('langParam', () => {
  it('reads lang= from anywhere in the hash', () => {
    expect(langParam('#lang=ru')).toBe('ru');
    expect(langParam('#p=abc&mode=reverse&lang=zh&step=2')).toBe('zh');
    expect(langParam('lang=en')).toBe('en');
  });

  it('is undefined without the parameter, or with one it does not know', () => {
    expect(langParam('')).toBeUndefined();
    expect(langParam('#mode=reverse')).toBeUndefined();
    expect(langParam('#lang=de')).toBeUndefined();
    // Another parameter that merely ends in "lang" is not it.
    expect(langParam('#xlang=ru')).toBeUndefined();
  });
});

describe('withLangParam', () => {
  it('sets lang= last and keeps every other parameter as written', () => {
    expect(withLangParam('#p=a%20b&mode=reverse', 'ru')).toBe('#p=a%20b&mode=reverse&lang=ru');
    expect(withLangParam('#lang=zh&step=2', 'ru')).toBe('#step=2&lang=ru');
    expect(withLangParam('', 'zh')).toBe('#lang=zh');
  });

  it('leaves English out, so English links look as they always did', () => {
    expect(withLangParam('#mode=forward&lang=ru', 'en')).toBe('#mode=forward');
    expect(withLangParam('#lang=ru', 'en')).toBe('');
  });

  it('round-trips through langParam in every language', () => {
    for (const language of LANGUAGES)
      expect(langParam(withLangParam('#step=1', language)) ?? 'en').toBe(language);
  });
});

describe('pickLanguage', () => {
  it('prefers the hash, then storage, then the browser languages, then English', () => {
    const browser = ['de', 'ru-RU'];
    expect(pickLanguage({ hash: '#lang=zh', stored: 'ru', browser })).toBe('zh');
    expect(pickLanguage({ hash: '#mode=forward', stored: 'zh', browser })).toBe('zh');
    expect(pickLanguage({ hash: '', stored: null, browser })).toBe('ru');
    expect(pickLanguage({ hash: '', stored: 'de', browser: ['fr'] })).toBe('en');
  });

  it('takes English from the hash over a stored language', () => {
    expect(pickLanguage({ hash: '#lang=en', stored: 'ru', browser: ['zh'] })).toBe('en');
  });
});
