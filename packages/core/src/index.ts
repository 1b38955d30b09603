/**
 * `@intervision/core`: intervision methods as data, compiled to XState v5 machines, run by a Session
 * engine that authorises every command, applies rules and keeps a replayable event log.
 *
 * @packageDocumentation
 */

export { explorationInput, exploreMethod, type MethodExploration, type MethodPath } from './analysis/explore.js';
export { builtinConfigs } from './catalog/configs.js';
export { defineMethod, parseMethod } from './catalog/define.js';
export { findMethods, type MethodCriteria, methodName, methods } from './catalog/index.js';
export { scenarios } from './catalog/scenarios/index.js';
export { authorise, type Refusal } from './engine/authorise.js';
export type * from './engine/context.js';
export { HEARD_ATTEMPTS_BEFORE_HELP, MAX_ID_LENGTH, MAX_PARTICIPANTS, MAX_TEXT_LENGTH } from './engine/limits.js';
export * from './engine/schemas.js';
export { deadlineOf, timeboxMs } from './engine/timer.js';
export * from './errors/index.js';
export { formatMessage } from './i18n/format.js';
export { type LocalizedText, LocalizedTextSchema, localize } from './i18n/localized.js';
export { createSessionMachine, type MachineEvent, type SessionMachine } from './machine/compile.js';
export type { DefineMethodOptions, MethodDefinition, ParseMethodResult } from './method/define.js';
export { methodJsonSchema } from './method/json-schema.js';
export { asPhase, isChoice, type MethodPlan, planOf, type Step } from './method/plan.js';
export * from './method/schema.js';
export { applyVariant, deepMerge } from './method/variant.js';
export * from './method/vocabulary.js';
export * from './rules/builtin/index.js';
export { defaultRuleRegistry } from './rules/default-registry.js';
export { createRuleRegistry, type RuleRegistry } from './rules/registry.js';
export type { Finding, Rule, RuleInput, RuleMode, RuleTarget } from './rules/types.js';
export { type RunScenarioOptions, runScenario, type ScenarioStepResult } from './scenario/run.js';
export type { Scenario, ScenarioCommand, ScenarioStep } from './scenario/types.js';
export { type Clock, createManualClock, type ManualClock, systemClock, type TimerHandle } from './session/clock.js';
export { type ActorStart, feed, type SessionActor, type SessionSnapshot, startActor } from './session/fold.js';
export { REJECTION_CODES, type RejectionCatalog, type RejectionCode, rejectionMessage, rejectionMessages } from './session/messages.js';
export { DEFAULT_RULE_TIMEOUT_MS, type RuleErrorHandler } from './session/run-rules.js';
export {
  type CreateSessionOptions,
  createSession,
  type ParticipantInput,
  type RestoreSource,
  restoreSession,
  type SendResult,
  Session,
  type SessionListener,
  type SessionRuntimeOptions,
} from './session/session.js';
export type { ContributionView, PhaseView, SessionView, TurnView } from './session/view.js';
export { isLang, LANGS, type Lang, LangSchema } from './shared/lang.js';
export type { RuleHit, Span } from './shared/span.js';
export { createMemoryStore } from './store/memory.js';
export { REDACTED, redactEvent } from './store/redact.js';
export type { AppendOptions, ListOptions, SessionStore, SnapshotRecord, StoredSessionSummary } from './store/types.js';
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
  BUILTIN_PACKS,
  checkOpenQuestion,
  type DetectAdviceOptions,
  type DetectionProfile,
  detectAdvice,
  detectLanguage,
  detector,
  type LanguagePack,
  LanguagePackError,
  type LanguageScores,
  type Localised,
  languagePack,
  languagePacks,
  MESSAGES as RULE_MESSAGES,
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
  SUGGESTIONS as RULE_SUGGESTIONS,
  type SuggestionKey,
  scoreLanguages,
  splitSentences,
  suggestionText,
  type Token,
  wordSet,
} from './text/index.js';
