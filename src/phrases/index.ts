export { ENGINE_EN } from './en.ts';
export { sayEnglish } from './english.ts';
export {
  isPhrase,
  type Phrase,
  type PhraseKey,
  type PhraseParam,
  phrase,
  type Say,
} from './phrase.ts';
export { type Lookup, renderPhrase } from './render.ts';
