/**
 * Text validators of the SDK: advice detection, sphere-of-influence check, open-question check and
 * language detection, driven by one language pack per language (en, nl, de, fr built in; host apps
 * can register their own). Pure functions, no I/O, linear time.
 */
export {
  ADVICE_PATTERNS,
  ADVICE_THRESHOLD,
  type AdvicePattern,
  type AdviceReason,
  type AdviceResult,
  type DetectAdviceOptions,
  detectAdvice,
  type FramingRule,
} from './advice.js';
export { type BenefitWords, benefitConditionalDetector } from './benefit.js';
export { type CuePhrase, cuePhraseDetector } from './cue-phrases.js';
export type { AdviceDetector, SentenceContext } from './detector.js';
export { detector, runDetectors } from './detector.js';
export { applyFraming, FRAMED_CONFIDENCE } from './framing.js';
export { type HypotheticalWords, hypotheticalDetector } from './hypothetical.js';
export { detectLanguage, type LanguageScores, resolveLanguage, scoreLanguages } from './language.js';
export { at, clauseEnd, clauseStarts, findIn, indexOfWord, isWord, MAX_SCAN, PHRASE_WINDOW, phraseAt, skip } from './match.js';
export { message, suggestionText } from './messages.js';
export { type AdviceModel, loadModel, modelDetector } from './model.js';
export { type ObligationWords, obligationDetector } from './obligation.js';
export { checkOpenQuestion, type OpenQuestionOptions } from './open-question.js';
export type {
  DetectionProfile,
  FramingLexicon,
  LanguagePack,
  MessageKey,
  OutsideReasonKind,
  PackCode,
  QuestionLexicon,
  SphereLexicon,
  StartLexicon,
  SuggestionKey,
} from './pack.js';
export { npProposalDetector, type ProposalWords } from './proposal.js';
export { LanguagePackError, languagePack, languagePacks, registerLanguagePack } from './registry.js';
export { type RemedyLexicon, remedyDetector } from './remedy.js';
export { type RhetoricalWords, rhetoricalDetector } from './rhetorical.js';
export { type Sentence, splitSentences, type Token } from './sentences.js';
export { assessSphereOfInfluence, OUTSIDE_REASONS, type SphereOptions, type SphereReason, type SphereReasonKind, type SphereResult } from './sphere.js';
export { clauseTails, MAX_TAILS } from './tails.js';
export { type InfinitiveDirectiveWords, infinitiveDirectiveDetector } from './v2-detectors.js';
export { wordSet } from './words.js';
