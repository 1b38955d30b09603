/**
 * One analysis per text: sentences, tokens (normalised by the language pack) and the language,
 * cached for the last text so that running several validators on the same contribution tokenises it once.
 */
import { type LanguageScores, pickLanguage, resolveLanguageFromScores, scoreSentences } from './language.js';
import { expandTokens } from './normalise.js';
import type { LanguagePack, PackCode } from './pack.js';
import { languagePack, packOrEnglish, registryVersion } from './registry.js';
import { type Sentence, splitSentences } from './sentences.js';

/** The sentences of a text, tokenised for one language. */
export interface Analysis {
  /** The analysed text. */
  text: string;
  /** The language the text is judged in. */
  lang: PackCode;
  /** Its language pack. */
  pack: LanguagePack;
  /** Language scores of the text. */
  scores: LanguageScores;
  /** Sentences with normalised tokens. */
  sentences: Sentence[];
}

/** How the language of an analysis is chosen. */
export interface AnalyseOptions {
  /** Judge the text in this language, no detection (an unknown code is ignored). */
  lang?: PackCode;
  /** The session language: used unless the text is clearly in another language. */
  hint?: PackCode;
}

/**
 * Removes a speaker label before the text ("Pia: …", "Tom: honestly, …"): a capitalised single word
 * followed by a colon at the very start, when more words follow. Offsets of the rest are kept.
 */
function dropSpeakerLabel(text: string, sentences: Sentence[]): Sentence[] {
  const s = sentences[0];
  const name = s?.toks[0];
  if (!s || !name || s.toks.length < 4 || s.toks[1]!.w !== ',' || text.charCodeAt(name.end) !== 58) return sentences;
  const c = text.charCodeAt(name.start);
  if (!(c >= 65 && c <= 90) || name.end - name.start > 20) return sentences;
  return [{ ...s, start: s.toks[2]!.start, toks: s.toks.slice(2) }, ...sentences.slice(1)];
}

let lastText: string | undefined;
let lastVersion = -1;
let lastRaw: Sentence[] = [];
/** The sentences before a speaker label was dropped (the same array when there was none). */
let lastUndropped: Sentence[] = [];
let lastScores: LanguageScores = {};
let lastAnalysis: Analysis | undefined;

/**
 * Analyses `text`. With `lang` the text is judged in that language; with `hint` the hint is used
 * unless the text is clearly in another language; with neither the language is detected.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  if (text !== lastText || lastVersion !== registryVersion()) {
    lastText = text;
    lastVersion = registryVersion();
    lastUndropped = splitSentences(text);
    lastRaw = dropSpeakerLabel(text, lastUndropped);
    lastScores = scoreSentences(lastRaw);
    lastAnalysis = undefined;
  }
  const fixed = options.lang !== undefined && languagePack(options.lang) ? options.lang : undefined;
  const hint = options.hint !== undefined && languagePack(options.hint) ? options.hint : undefined;
  const lang = fixed ?? (hint ? resolveLanguageFromScores(lastScores, hint) : pickLanguage(lastScores, 'en'));
  if (lastAnalysis && lastAnalysis.lang === lang) return lastAnalysis;
  const pack = packOrEnglish(lang);
  // "Tip: …", "Faustregel: …": the label was a cue of the pack's language, not a speaker's name
  const label = lastRaw === lastUndropped ? undefined : lastUndropped[0]?.toks[0]?.w;
  const raw = label !== undefined && pack.start.cueLabels?.has(label) ? lastUndropped : lastRaw;
  const sentences = raw.map((s) => {
    const toks = expandTokens(s.toks, pack);
    return toks === s.toks ? s : { ...s, toks };
  });
  lastAnalysis = { text, lang: pack.code, pack, scores: lastScores, sentences };
  return lastAnalysis;
}
