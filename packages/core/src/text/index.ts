/**
 * Text validators of the SDK: advice detection, sphere-of-influence check, open-question check and
 * language detection for English, Dutch and German. Pure functions, no I/O, linear time.
 */
export {
  ADVICE_PATTERNS,
  ADVICE_THRESHOLD,
  type AdvicePattern,
  type AdviceReason,
  type AdviceResult,
  type DetectAdviceOptions,
  detectAdvice,
} from './advice.js';
export { detectLanguage, type LanguageScores, resolveLanguage, scoreLanguages } from './language.js';
export { type Localised, MESSAGES, message, SUGGESTIONS, suggestionText } from './messages.js';
export { checkOpenQuestion, type OpenQuestionOptions } from './open-question.js';
export { type Sentence, splitSentences, type Token } from './sentences.js';
export { assessSphereOfInfluence, OUTSIDE_REASONS, type SphereOptions, type SphereReason, type SphereReasonKind, type SphereResult } from './sphere.js';
