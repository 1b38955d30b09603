/**
 * `@intervision/core`: intervision methods as data, compiled to XState v5 machines, run by a Session
 * engine that authorises every command, applies rules and keeps a replayable event log.
 *
 * @packageDocumentation
 */

export type * from './engine/context.js';
export { MAX_ID_LENGTH, MAX_PARTICIPANTS, MAX_TEXT_LENGTH } from './engine/limits.js';
export type { CaseView, ContributionView, PhaseView, ProjectedEvent, SessionView, TurnView, Viewer, ViewerView } from './engine/project.js';
export { REDACTED } from './engine/reduce.js';
export * from './engine/schemas.js';
export { deadlineOf, timeboxMs } from './engine/timer.js';
export * from './errors/index.js';
export { formatMessage } from './i18n/format.js';
export { type LabelGroup, VOCABULARY_LABELS, vocabularyLabel } from './i18n/labels.js';
export { type LocalizedText, LocalizedTextSchema, localize } from './i18n/localized.js';
export type { DefineMethodOptions, MethodDefinition, ParseMethodResult } from './method/define.js';
export { methodJsonSchema } from './method/json-schema.js';
export { MAX_EXTENDS_DEPTH, MAX_ISSUES, MAX_METHOD_DEPTH, MAX_METHOD_NODES } from './method/limits.js';
export { idPath, indexPath } from './method/paths.js';
export { asPhase, isChoice } from './method/plan.js';
export * from './method/schema.js';
export { closest, didYouMean, editDistance } from './method/suggest.js';
export { METHOD_TEXT_FIELDS, type MergedTexts, mergeTexts, TEXT_SECTIONS, type TextSection } from './method/texts.js';
export type { Origin } from './method/variant-origins.js';
export * from './method/vocabulary.js';
export { defineMethod, parseMethod } from './methods/define.js';
export { builtinMethod, builtinScenario, findMethods, isBuiltinMethodId, type MethodCriteria, methodName } from './methods/find.js';
export { type BuiltinMethodId, builtinConfigs, builtinMethodIds, methods, scenarios } from './methods/index.js';
export type { BuiltinMethod } from './methods/types.js';
export * from './rules/builtin/index.js';
export { defaultRuleRegistry } from './rules/default-registry.js';
export { createRuleRegistry, type RuleRegistry } from './rules/registry.js';
export type { Finding, Rule, RuleInput, RuleMode, RuleTarget } from './rules/types.js';
export { type RunScenarioOptions, runScenario, type ScenarioStepResult } from './scenario/run.js';
export type { Scenario, ScenarioCommand, ScenarioStep } from './scenario/types.js';
export { type Clock, createManualClock, type ManualClock, systemClock, type TimerHandle } from './session/clock.js';
export {
  type CreateSessionOptions,
  createSession,
  methodHash,
  type ParticipantInput,
  type RestoreOptions,
  type RestoreSource,
  restoreSession,
} from './session/create.js';
export { REJECTION_CODES, type RejectionCatalog, type RejectionCode, rejectionMessage } from './session/messages.js';
export type { AnonymityRecord, PseudonymKey, WebCryptoKey } from './session/pseudonym-key.js';
export { type ActiveRule, DEFAULT_RULE_TIMEOUT_MS, type RuleErrorHandler, type RuleRequest, rulesFor, runRules } from './session/run-rules.js';
export {
  type ActorCommandInput,
  ParticipantSession,
  type Refusal as CommandRefusal,
  type SendResult,
  Session,
  type SessionListener,
  type SessionRuntimeOptions,
  type ViewerListener,
} from './session/session.js';
export {
  createTimerWorker,
  type DeliverDueTimersOptions,
  deliverDueTimers,
  type TimerDelivery,
  type TimerWorker,
  type TimerWorkerOptions,
} from './session/timer-worker.js';
export { isLang, LANGS, type Lang, LangSchema } from './shared/lang.js';
export type { Dict } from './shared/safe-map.js';
export type { RuleHit, Span } from './shared/span.js';
export { createMemoryStore } from './store/memory.js';
export type * from './store/types.js';
// Language packs: the pack type, the built-in packs and registration of a host app's own pack.
export {
  ADVICE_PATTERNS,
  ADVICE_THRESHOLD,
  type AdviceDetector,
  type AdviceModel,
  type AdvicePattern,
  type AdviceReason,
  type AdviceResult,
  assessSphereOfInfluence,
  checkOpenQuestion,
  type DetectAdviceOptions,
  type DetectionProfile,
  detectAdvice,
  detectLanguage,
  detector,
  type FramingLexicon,
  type FramingRule,
  type LanguagePack,
  LanguagePackError,
  type LanguageScores,
  languagePack,
  languagePacks,
  type MessageKey,
  message as ruleMessage,
  type OpenQuestionOptions,
  OUTSIDE_REASONS,
  type OutsideReasonKind,
  type PackCode,
  type QuestionLexicon,
  type RemedyLexicon,
  registerLanguagePack,
  remedyDetector,
  resolveLanguage,
  type Sentence,
  type SentenceContext,
  type SphereLexicon,
  type SphereOptions,
  type SphereReason,
  type SphereReasonKind,
  type SphereResult,
  type StartLexicon,
  type SuggestionKey,
  scoreLanguages,
  splitSentences,
  suggestionText,
  type Token,
  wordSet,
} from './text/index.js';
