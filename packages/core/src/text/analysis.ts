/**
 * One analysis per text: sentences, tokens (contractions expanded) and the language, cached for
 * the last text so that running several validators on the same contribution tokenises it once.
 */
import type { Lang } from '../shared/lang.js';
import { type LanguageScores, pickLanguage, resolveLanguageFromScores, scoreSentences } from './language.js';
import { expandTokens } from './normalise.js';
import { type Sentence, splitSentences } from './sentences.js';

/** The sentences of a text, tokenised for one language. */
export interface Analysis {
  /** The analysed text. */
  text: string;
  /** The language the text is judged in. */
  lang: Lang;
  /** Language scores of the text. */
  scores: LanguageScores;
  /** Sentences with contraction-expanded tokens. */
  sentences: Sentence[];
}

/** How the language of an analysis is chosen. */
export interface AnalyseOptions {
  /** Judge the text in this language, no detection. */
  lang?: Lang;
  /** The session language: used unless the text is clearly in another language. */
  hint?: Lang;
}

let lastText: string | undefined;
let lastRaw: Sentence[] = [];
let lastScores: LanguageScores = { en: 0, nl: 0, de: 0 };
let lastLang: Lang | undefined;
let lastAnalysis: Analysis | undefined;

/**
 * Analyses `text`. With `lang` the text is judged in that language; with `hint` the hint is used
 * unless the text is clearly in another language; with neither the language is detected.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  if (text !== lastText) {
    lastText = text;
    lastRaw = splitSentences(text);
    lastScores = scoreSentences(lastRaw);
    lastLang = undefined;
    lastAnalysis = undefined;
  }
  const lang = options.lang ?? (options.hint ? resolveLanguageFromScores(lastScores, options.hint) : pickLanguage(lastScores, 'en'));
  if (lastAnalysis && lastLang === lang) return lastAnalysis;
  const sentences = lastRaw.map((s) => {
    const toks = expandTokens(s.toks, lang);
    return toks === s.toks ? s : { ...s, toks };
  });
  lastLang = lang;
  lastAnalysis = { text, lang, scores: lastScores, sentences };
  return lastAnalysis;
}
